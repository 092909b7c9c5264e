import { Col, Empty, Row, Space, Statistic, Table, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatYuan } from '@/lib/money';
import { readEnum, useUrlParams } from '@/lib/url-state';
import { useLegalAidStats, type LegalAidDistrictStats, type LegalAidStats } from '../api/get-legal-aid-stats';
import type { ChartOption } from '../components/EChart';
import { LazyChart } from '../components/LazyChart';
import { ByDistrictSwitch, DistrictsCard, ReportCard, StatsAccess, StatsOfficeFilter, useDistrictsInOrder } from '../components/StatsScaffold';
import { formatShare } from '../utils/format';
import { Panel } from '@/components/Panel';

/** The figures a district can be compared on, each read from the answer as a number. */
const districtFigures = ['applications', 'approvals', 'greenChannelShare', 'averageDecisionDays', 'amountRecovered'] as const;
type DistrictFigure = (typeof districtFigures)[number];
const figureValue: Record<DistrictFigure, (s: LegalAidStats) => number | null> = {
  applications: (s) => s.applications,
  approvals: (s) => s.approvals,
  greenChannelShare: (s) => (s.greenChannelShare === null ? null : Math.round(s.greenChannelShare * 1000) / 10),
  averageDecisionDays: (s) => s.averageDecisionDays,
  amountRecovered: (s) => Number(s.amountRecovered),
};

/** 援助统计: applications, approvals, green-channel share, decision times and amounts recovered of a subtree, overall or by district. */
export default function LegalAidFiguresPage() {
  return <StatsAccess>{(ownOfficeId) => <Figures ownOfficeId={ownOfficeId} />}</StatsAccess>;
}

function Figures({ ownOfficeId }: { ownOfficeId: string }) {
  const { t } = useTranslation();
  const [params] = useUrlParams();
  const officeId = params.get('officeId') ?? undefined;
  const byDistrict = params.get('by') === 'district';
  const figure = readEnum(params, 'figure', districtFigures) ?? districtFigures[0];
  const stats = useLegalAidStats({ officeId, ...(byDistrict && { by: 'district' as const }) });
  const report = stats.data;
  const districts = useDistrictsInOrder(report?.districts);

  const districtColumns: TableColumnsType<LegalAidDistrictStats> = [
    { key: 'office', title: t('statistics.district'), dataIndex: 'officeName', fixed: 'left' },
    { key: 'applications', title: t('legalAidFigures.applications'), dataIndex: 'applications', align: 'right' },
    { key: 'approvals', title: t('legalAidFigures.approvals'), dataIndex: 'approvals', align: 'right' },
    { key: 'rejections', title: t('legalAidFigures.rejections'), dataIndex: 'rejections', align: 'right' },
    { key: 'green', title: t('legalAidFigures.greenChannelShare'), align: 'right', render: (_, d) => formatShare(d.greenChannelShare) },
    { key: 'days', title: t('legalAidFigures.averageDecisionDays'), align: 'right', render: (_, d) => d.averageDecisionDays ?? '—' },
    { key: 'overdue', title: t('legalAidFigures.decidedOverdue'), dataIndex: 'decidedOverdue', align: 'right' },
    { key: 'closed', title: t('legalAidFigures.closed'), dataIndex: 'closed', align: 'right' },
    { key: 'recovered', title: t('legalAidFigures.amountRecovered'), align: 'right', render: (_, d) => formatYuan(d.amountRecovered) },
  ];

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <ReportCard
        title={t('legalAidFigures.title')}
        filters={
          <>
            <StatsOfficeFilter ownOfficeId={ownOfficeId} width={280} />
            <ByDistrictSwitch />
          </>
        }
        report={stats}
        intro={(r) => t('legalAidFigures.intro', { office: r.officeName })}
      >
        {(r) => (
          <>
            <Totals report={r} />
            <Row gutter={[16, 16]}>
              <Col xs={24} lg={14}>
                <Panel size="small" title={t('legalAidFigures.flow')}>
                  <FlowChart report={r} />
                </Panel>
              </Col>
              <Col xs={24} lg={10}>
                <Panel size="small" title={t('legalAidFigures.greenChannelShare')}>
                  <GreenChannelChart report={r} />
                </Panel>
              </Col>
            </Row>
          </>
        )}
      </ReportCard>
      {byDistrict && report && (
        <DistrictsCard
          title={t('statistics.byDistrictTitle', { office: report.officeName })}
          figures={districtFigures}
          figure={figure}
          figureLabel={(f) => t(`legalAidFigures.${f}`)}
          selectWidth={220}
          any={districts.length > 0}
        >
          <DistrictChart figure={figure} districts={districts} />
          <Table<LegalAidDistrictStats> data-testid="legal-aid-districts" rowKey="officeId" size="small" columns={districtColumns} dataSource={districts} pagination={false} scroll={{ x: 'max-content' }} />
        </DistrictsCard>
      )}
    </Space>
  );
}

function Totals({ report }: { report: LegalAidStats }) {
  const { t } = useTranslation();
  const yuan = t('legalAid.yuan');
  const items = [
    { key: 'applications', value: report.applications },
    { key: 'approvals', value: report.approvals },
    { key: 'greenChannelShare', value: formatShare(report.greenChannelShare) },
    { key: 'averageDecisionDays', value: report.averageDecisionDays ?? '—' },
    { key: 'decidedOverdue', value: report.decidedOverdue },
    { key: 'amountRecovered', value: formatYuan(report.amountRecovered), suffix: yuan },
    { key: 'subsidiesOwed', value: formatYuan(report.subsidiesOwed), suffix: yuan },
    { key: 'subsidiesPaid', value: formatYuan(report.subsidiesPaid), suffix: yuan },
  ] as const;
  return (
    <Row gutter={[16, 16]} data-testid="legal-aid-totals">
      {items.map((i) => (
        <Col key={i.key} xs={12} md={6}>
          <Panel size="small">
            <Statistic title={t(`legalAidFigures.${i.key}`)} value={i.value} suffix={'suffix' in i ? i.suffix : undefined} />
          </Panel>
        </Col>
      ))}
    </Row>
  );
}

/** From application to closure: how many were received, approved, refused and closed. */
function FlowChart({ report }: { report: LegalAidStats }) {
  const { t } = useTranslation();
  const steps = ['applications', 'approvals', 'rejections', 'closed'] as const;
  const option = useMemo<ChartOption>(
    () => ({
      grid: { left: 16, right: 24, top: 28, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: steps.map((s) => t(`legalAidFigures.${s}`)) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ type: 'bar', data: steps.map((s) => report[s]), barMaxWidth: 48, label: { show: true, position: 'top' }, itemStyle: { color: '#1677ff' } }],
    }),
    [report, t],
  );
  return <LazyChart option={option} style={{ height: 260 }} ariaLabel={t('legalAidFigures.flow')} />;
}

/** The green channel's share of the applications: one bar of 100%, split into the green channel and the rest. */
function GreenChannelChart({ report }: { report: LegalAidStats }) {
  const { t } = useTranslation();
  const option = useMemo<ChartOption>(() => {
    const parts = [
      { name: t('legalAid.greenChannel'), count: report.greenChannel, color: '#52c41a' },
      { name: t('legalAidFigures.otherApplications'), count: report.applications - report.greenChannel, color: '#bfbfbf' },
    ];
    const share = (count: number) => Math.round((count / report.applications) * 1000) / 10;
    return {
      grid: { left: 8, right: 8, top: 8, bottom: 8, containLabel: true },
      tooltip: { trigger: 'item', formatter: (p: { seriesName: string; dataIndex: number; value: number }) => `${p.seriesName}: ${parts.find((x) => x.name === p.seriesName)!.count} (${p.value}%)` },
      xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
      yAxis: { type: 'category', data: [''], axisTick: { show: false } },
      series: parts.map((part) => ({
        type: 'bar',
        stack: 'share',
        name: part.name,
        data: [share(part.count)],
        barWidth: 48,
        itemStyle: { color: part.color },
        label: { show: part.count > 0, formatter: `${part.name} {c}%` },
      })),
    };
  }, [report, t]);
  return report.applications ? <LazyChart option={option} style={{ height: 260 }} ariaLabel={t('legalAidFigures.greenChannelShare')} /> : <Empty description={t('statistics.noData')} />;
}

/** One figure for each district of the subtree. */
function DistrictChart({ figure, districts }: { figure: DistrictFigure; districts: LegalAidDistrictStats[] }) {
  const { t } = useTranslation();
  const name = t(`legalAidFigures.${figure}`);
  const suffix = figure === 'greenChannelShare' ? '%' : '';
  const option = useMemo<ChartOption>(
    () => ({
      grid: { left: 16, right: 24, top: 36, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis', valueFormatter: (v: number) => `${v}${suffix}` },
      xAxis: { type: 'category', data: districts.map((d) => d.officeName), axisLabel: { interval: 0, rotate: districts.length > 8 ? 40 : 0 } },
      // counts step by whole numbers
      yAxis: { type: 'value', minInterval: figure === 'applications' || figure === 'approvals' ? 1 : 0, axisLabel: { formatter: `{value}${suffix}` } },
      series: [
        {
          type: 'bar',
          name,
          // a district without applications has no share or decision time: no bar, rather than a bar of zero
          data: districts.map((d) => figureValue[figure](d) ?? '-'),
          barMaxWidth: 36,
          itemStyle: { color: '#1677ff' },
          label: { show: districts.length <= 20, position: 'top', formatter: `{c}${suffix}` },
        },
      ],
    }),
    [districts, figure, name, suffix],
  );
  return <LazyChart option={option} style={{ height: 380 }} ariaLabel={t('statistics.byDistrictOf', { figure: name })} />;
}
