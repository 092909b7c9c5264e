import { Flex, Segmented, Select, Space, Statistic, Table, type TableColumnsType } from 'antd';
import { mediationOrgTypeLabels, reportStandingLabels, type OfficeKind, type OfficeTreeNode } from '@union/shared';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ExportButton } from '@/components/ExportButton';
import { QueryError } from '@/components/QueryError';
import { Panel } from '@/components/Panel';
import { OfficeTreeSelect } from '@/features/offices';
import { useFormatDateTime } from '@/lib/format';
import { useLabel, useLanguage } from '@/lib/i18n';
import { readEnum, useUrlParams } from '@/lib/url-state';
import { useReportStanding, type ReportStanding, type Standing } from '../api/get-report-standing';
import { standings, StandingTag } from '../components/StandingTag';
import { endedPeriods, periodLabel } from '../utils/periods';

const authorityKinds: readonly OfficeKind[] = ['city_federation', 'city_mediation_guidance_center', 'district_mediation_center', 'street_service_station', 'group_union'];
const notAuthority = (office: OfficeTreeNode) => !authorityKinds.includes(office.kind);
const collator = new Intl.Collator('zh-CN');
const figureColors: Record<Standing, string | undefined> = { missing: '#cf1322', late: '#d46b08', on_time: '#389e0d', not_due: undefined };

/** 信息报送: for a period, where each filed organization's report stands, per filing authority. */
export default function ReportStandingPage() {
  const { t } = useTranslation();
  const label = useLabel();
  const language = useLanguage();
  const formatDateTime = useFormatDateTime();
  const [params, setParams] = useUrlParams();
  const quarters = useMemo(() => endedPeriods('quarter', 8), []);
  const months = useMemo(() => endedPeriods('month', 12), []);
  const period = [...quarters, ...months].find((p) => p === params.get('period')) ?? quarters[0];
  const standing = readEnum(params, 'standing', standings);
  const filingOfficeId = params.get('filingOfficeId') ?? undefined;
  // the counts cover every standing; the table shows the one picked
  const all = useReportStanding({ period, filingOfficeId });
  const rows = useMemo(
    () =>
      (all.data ?? [])
        .filter((r) => !standing || r.standing === standing)
        .sort((a, b) => collator.compare(a.filingOfficeName, b.filingOfficeName) || collator.compare(a.orgName, b.orgName)),
    [all.data, standing],
  );
  const counts = Object.fromEntries(standings.map((s) => [s, all.data?.filter((r) => r.standing === s).length ?? 0])) as Record<Standing, number>;

  const columns: TableColumnsType<ReportStanding> = [
    { key: 'filingOffice', title: t('mediationOrgs.filingOffice'), dataIndex: 'filingOfficeName' },
    { key: 'org', title: t('mediationOrgs.name'), render: (_, r) => <Link to={`/mediation-orgs/${r.orgId}`}>{r.orgName}</Link> },
    { key: 'type', title: t('mediationOrgs.type'), render: (_, r) => label(mediationOrgTypeLabels[r.type]) },
    { key: 'dueAt', title: t('reports.dueAt'), render: (_, r) => formatDateTime(r.dueAt) },
    { key: 'submittedAt', title: t('reports.submittedAt'), render: (_, r) => formatDateTime(r.submittedAt) },
    { key: 'standing', title: t('reports.standing'), render: (_, r) => <StandingTag standing={r.standing} /> },
  ];

  if (all.isError) return <QueryError error={all.error} onRetry={() => void all.refetch()} />;

  return (
    <Panel title={t('reports.standingTitle')} extra={<ExportButton list="org-reports/standing" query={{ period, filingOfficeId, standing }} title={t('reports.standingTitle')} />}>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Space wrap>
          <Select
            value={period}
            onChange={(p) => setParams({ period: p })}
            options={[
              { label: t('reports.quarters'), options: quarters.map((p) => ({ value: p, label: periodLabel(p, language) })) },
              { label: t('reports.months'), options: months.map((p) => ({ value: p, label: periodLabel(p, language) })) },
            ]}
            style={{ width: 180 }}
          />
          <OfficeTreeSelect
            allowClear
            placeholder={t('mediationOrgs.filingOffice')}
            value={filingOfficeId}
            onChange={(id) => setParams({ filingOfficeId: id })}
            isDisabled={notAuthority}
            style={{ width: 260 }}
            popupMatchSelectWidth={360}
          />
          <Segmented<Standing | 'all'>
            value={standing ?? 'all'}
            onChange={(s) => setParams({ standing: s === 'all' ? undefined : s })}
            options={[{ value: 'all', label: t('common.all') }, ...standings.map((s) => ({ value: s, label: label(reportStandingLabels[s]) }))]}
          />
        </Space>
        <Flex gap="large" wrap>
          {standings.map((s) => (
            <Statistic key={s} title={label(reportStandingLabels[s])} value={counts[s]} styles={{ content: { color: figureColors[s] } }} />
          ))}
        </Flex>
        <Table<ReportStanding>
          rowKey="orgId"
          columns={columns}
          dataSource={rows}
          loading={all.isFetching}
          pagination={{ defaultPageSize: 20, showSizeChanger: true, hideOnSinglePage: false }}
          scroll={{ x: 'max-content' }}
        />
      </Space>
    </Panel>
  );
}
