import { Col, Empty, Input, Row, Space, Statistic, Table, Typography, type TableColumnsType } from 'antd';
import { labelIn, noticeTypeLabels, noticeTypes, type SupervisionStats } from '@union/shared';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatShare, LazyChart, ReportCard, StatsAccess, StatsOfficeFilter, type ChartOption } from '@/features/statistics';
import { useLabel, useLanguage } from '@/lib/i18n';
import { useUrlParams } from '@/lib/url-state';
import { useSupervisionStats } from '../api/supervision';
import { Panel } from '@/components/Panel';

type District = SupervisionStats['byDistrict'][number];
const rungColors = ['#faad14', '#fa8c16', '#f5222d', '#c41d7f'];

/** A China calendar day's start (or the next day's, for an end) as the API's timestamp. */
const dayStart = (date: string | null, next = false) => {
  if (!date) return undefined;
  const d = new Date(`${date}T00:00:00+08:00`);
  if (next) d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString();
};
const days = (n: number | null) => (n === null ? '—' : n.toFixed(1));

/** 监督统计: notices by rung, the rectification rate and the time to rectify for an office's subtree, and per district. */
export default function SupervisionStatsPage() {
  return <StatsAccess>{(ownOfficeId) => <Figures ownOfficeId={ownOfficeId} />}</StatsAccess>;
}

function Figures({ ownOfficeId }: { ownOfficeId: string }) {
  const { t } = useTranslation();
  const label = useLabel();
  const [params, setParams] = useUrlParams();
  const officeId = params.get('officeId') ?? undefined;
  const from = params.get('from');
  const to = params.get('to');
  const stats = useSupervisionStats({ officeId, from: dayStart(from), to: dayStart(to, true) });
  const report = stats.data;
  const language = useLanguage();
  const rungNames = useMemo(() => noticeTypes.map((type) => labelIn(noticeTypeLabels[type], language)), [language]);

  const byRung = useMemo<ChartOption | null>(
    () =>
      report ? {
        grid: { left: 8, right: 16, top: 24, bottom: 8, containLabel: true },
        tooltip: { trigger: 'axis' },
        xAxis: { type: 'category', data: rungNames },
        yAxis: { type: 'value', minInterval: 1 },
        series: [{ type: 'bar', barMaxWidth: 48, label: { show: true, position: 'top' }, data: noticeTypes.map((type, i) => ({ value: report.byType[type], itemStyle: { color: rungColors[i] } })) }],
      } : null,
    [report, rungNames],
  );

  const districtCharts = useMemo(() => {
    const districts = report?.byDistrict ?? [];
    if (!districts.length) return null;
    const names = districts.map((d) => d.officeName);
    const axis = { type: 'category', data: names, axisLabel: { interval: 0, rotate: names.length > 8 ? 40 : 0 } };
    const notices: ChartOption = {
      grid: { left: 16, right: 16, top: 40, bottom: 8, containLabel: true },
      legend: { top: 0 },
      tooltip: { trigger: 'axis' },
      xAxis: axis,
      yAxis: { type: 'value', minInterval: 1 },
      series: noticeTypes.map((type, i) => ({ type: 'bar', stack: 'notices', name: rungNames[i], itemStyle: { color: rungColors[i] }, data: districts.map((d) => d.byType[type]) })),
    };
    const rectification: ChartOption = {
      grid: { left: 16, right: 16, top: 24, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis', valueFormatter: (v: number) => `${v}%` },
      xAxis: axis,
      yAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
      series: [
        {
          type: 'bar',
          name: t('supervisionStats.rectificationRate'),
          barMaxWidth: 36,
          itemStyle: { color: '#52c41a' },
          label: { show: names.length <= 20, position: 'top', formatter: '{c}%' },
          data: districts.map((d) => (d.rectificationRate === null ? '-' : Math.round(d.rectificationRate * 1000) / 10)),
        },
      ],
    };
    return { notices, rectification };
  }, [report, rungNames, t]);

  const columns: TableColumnsType<District> = [
    { key: 'office', title: t('supervisionStats.district'), dataIndex: 'officeName', fixed: 'left' },
    { key: 'inspections', title: t('supervisionStats.inspections'), align: 'right', dataIndex: 'inspections' },
    ...noticeTypes.map((type) => ({ key: type, title: label(noticeTypeLabels[type]), align: 'right' as const, render: (_: unknown, d: District) => d.byType[type] })),
    { key: 'rate', title: t('supervisionStats.rectificationRate'), align: 'right', render: (_, d) => formatShare(d.rectificationRate) },
    { key: 'avg', title: t('supervisionStats.averageDays'), align: 'right', render: (_, d) => days(d.averageDaysToRectify) },
    { key: 'ready', title: t('supervisionStats.readyToEscalate'), align: 'right', dataIndex: 'readyToEscalate' },
  ];

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <ReportCard
        title={t('supervisionStats.title')}
        filters={
          <>
            <StatsOfficeFilter ownOfficeId={ownOfficeId} width={260} />
            <Input type="date" value={from ?? ''} aria-label={t('supervisionStats.from')} onChange={(e) => setParams({ from: e.target.value })} style={{ width: 150 }} />
            <span>—</span>
            <Input type="date" value={to ?? ''} aria-label={t('supervisionStats.to')} onChange={(e) => setParams({ to: e.target.value })} style={{ width: 150 }} />
          </>
        }
        report={stats}
        intro={(r) => t('supervisionStats.intro', { office: r.officeName })}
      >
        {(r) => (
          <>
            <Row gutter={[16, 16]} data-testid="supervision-figures">
              <Col xs={12} md={8} xl={4}>
                <Statistic title={t('supervisionStats.inspections')} value={r.inspections} />
              </Col>
              <Col xs={12} md={8} xl={4}>
                <Statistic title={t('supervisionStats.issued')} value={r.issued} />
              </Col>
              <Col xs={12} md={8} xl={4}>
                <Statistic title={t('supervisionStats.rectified')} value={r.rectified} />
              </Col>
              <Col xs={12} md={8} xl={4}>
                <Statistic title={t('supervisionStats.rectificationRate')} value={formatShare(r.rectificationRate)} />
              </Col>
              <Col xs={12} md={8} xl={4}>
                <Statistic title={t('supervisionStats.daysToRectify')} value={`${days(r.averageDaysToRectify)} / ${days(r.medianDaysToRectify)}`} />
              </Col>
              <Col xs={12} md={8} xl={4}>
                <Statistic title={t('supervisionStats.readyToEscalate')} value={r.readyToEscalate} styles={{ content: { color: r.readyToEscalate ? '#cf1322' : undefined } }} />
              </Col>
            </Row>
            <Panel size="small" title={t('supervisionStats.byRung')}>
              {byRung && <LazyChart option={byRung} style={{ height: 260 }} ariaLabel={t('supervisionStats.byRung')} />}
            </Panel>
          </>
        )}
      </ReportCard>
      {report && (
        <Panel title={t('supervisionStats.byDistrictTitle', { office: report.officeName })}>
          {districtCharts ? (
            <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
              <Typography.Text strong>{t('supervisionStats.noticesByDistrict')}</Typography.Text>
              <LazyChart option={districtCharts.notices} style={{ height: 340 }} ariaLabel={t('supervisionStats.noticesByDistrict')} />
              <Typography.Text strong>{t('supervisionStats.rateByDistrict')}</Typography.Text>
              <LazyChart option={districtCharts.rectification} style={{ height: 300 }} ariaLabel={t('supervisionStats.rateByDistrict')} />
              <Table<District> rowKey="officeId" size="small" columns={columns} dataSource={report.byDistrict} pagination={false} scroll={{ x: 'max-content' }} />
            </Space>
          ) : (
            <Empty description={t('statistics.noDistricts')} />
          )}
        </Panel>
      )}
    </Space>
  );
}
