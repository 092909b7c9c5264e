import { AlertOutlined, CheckOutlined } from '@ant-design/icons';
import { Button, Flex, Popconfirm, Segmented, Space, Statistic, Table, Tag, type TableColumnsType } from 'antd';
import { mayAcknowledgeMajorReport } from '@union/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CursorPager } from '@/components/CursorPager';
import { ExportButton } from '@/components/ExportButton';
import { QueryError } from '@/components/QueryError';
import { Panel } from '@/components/Panel';
import { useCan, useMe } from '@/features/auth';
import { useFeedback } from '@/lib/feedback';
import { useShowApiError } from '@/lib/form-errors';
import { useFormatDateTime } from '@/lib/format';
import { useCursorPaging } from '@/lib/paging';
import { readEnum, useUrlParams } from '@/lib/url-state';
import { useAcknowledgeMajorReport } from '../api/acknowledge-major-report';
import { useMajorReports } from '../api/get-major-reports';
import type { MajorReport, MajorReportQuery } from '../api/types';

const views = ['all', 'unacknowledged', 'alarm', 'acknowledged'] as const;
type View = (typeof views)[number];
const viewQuery: Record<View, MajorReportQuery> = {
  all: {},
  unacknowledged: { acknowledged: false },
  alarm: { alarm: true, acknowledged: false },
  acknowledged: { acknowledged: true },
};
const reasonColors = { collective: 'purple', mass_incident: 'magenta', major: 'volcano' } as const;
const COUNT_LIMIT = 100;

/**
 * 重大案件: the city's board of fast reports (collective disputes, mass incidents, major cases) to
 * the legal service center. Those unacknowledged past their time are alarms, highlighted first.
 */
export default function MajorReportsPage() {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const { message } = useFeedback();
  const showApiError = useShowApiError();
  const me = useMe().data;
  // the city legal service center signs for the reports (or an administrator); other staff read the board
  const canAcknowledge = useCan('major_reports:acknowledge') && !!me && mayAcknowledgeMajorReport(me.officeKind, me.roles);
  const [params, setParams] = useUrlParams();
  const view = readEnum(params, 'view', views) ?? 'unacknowledged';
  const paging = useCursorPaging(params.toString());
  const reports = useMajorReports({ ...viewQuery[view], limit: paging.limit, cursor: paging.cursor });
  // the figures above the board, whatever it shows
  const alarms = useMajorReports({ ...viewQuery.alarm, limit: COUNT_LIMIT });
  const waiting = useMajorReports({ ...viewQuery.unacknowledged, limit: COUNT_LIMIT });
  const acknowledge = useAcknowledgeMajorReport();
  const count = (items: unknown[] | undefined) => (items ? (items.length >= COUNT_LIMIT ? `${COUNT_LIMIT - 1}+` : items.length) : '—');

  const columns: TableColumnsType<MajorReport> = [
    {
      key: 'alarm',
      title: t('majorReports.state'),
      render: (_, r) =>
        r.acknowledgedAt ? (
          <Tag color="green">{t('majorReports.acknowledged')}</Tag>
        ) : r.alarm ? (
          <Tag color="red" icon={<AlertOutlined />}>
            {t('majorReports.alarm')}
          </Tag>
        ) : (
          <Tag color="orange">{t('majorReports.waiting')}</Tag>
        ),
    },
    {
      key: 'caseNo',
      title: t('cases.caseNo'),
      render: (_, r) => (
        <Link to={`/cases/${r.caseId}`} style={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }}>
          {r.caseNo}
        </Link>
      ),
    },
    { key: 'employer', title: t('cases.employer'), dataIndex: 'employerName' },
    { key: 'workerCount', title: t('cases.workerCountLabel'), dataIndex: 'workerCount', align: 'right' },
    {
      key: 'reasons',
      title: t('majorReports.reasons'),
      render: (_, r) => (
        <Space size={0} wrap>
          {r.reasons.map((reason) => (
            <Tag key={reason} color={reasonColors[reason]}>
              {t(`majorReports.reasonLabels.${reason}`)}
            </Tag>
          ))}
        </Space>
      ),
    },
    { key: 'reportedAt', title: t('majorReports.reportedAt'), render: (_, r) => formatDateTime(r.reportedAt) },
    { key: 'acknowledgeBy', title: t('majorReports.acknowledgeBy'), render: (_, r) => formatDateTime(r.acknowledgeBy) },
    { key: 'acknowledgedAt', title: t('majorReports.acknowledgedAt'), render: (_, r) => formatDateTime(r.acknowledgedAt) },
    ...(canAcknowledge
      ? [
          {
            key: 'actions',
            title: t('common.actions'),
            render: (_: unknown, r: MajorReport) =>
              !r.acknowledgedAt && (
                <Popconfirm
                  title={t('majorReports.confirm', { caseNo: r.caseNo })}
                  okText={t('majorReports.acknowledge')}
                  cancelText={t('common.cancel')}
                  onConfirm={() =>
                    acknowledge.mutateAsync(r.id).then(
                      () => void message.success(t('majorReports.done', { caseNo: r.caseNo })),
                      (error: unknown) => showApiError(error),
                    )
                  }
                >
                  <Button size="small" type="primary" icon={<CheckOutlined />}>
                    {t('majorReports.acknowledge')}
                  </Button>
                </Popconfirm>
              ),
          },
        ]
      : []),
  ];

  if (reports.isError) return <QueryError error={reports.error} onRetry={() => void reports.refetch()} />;

  return (
    <Panel title={t('majorReports.title')} extra={<ExportButton list="major-reports" query={viewQuery[view]} title={t('majorReports.title')} />}>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Flex gap="large" wrap>
          <Statistic title={t('majorReports.alarms')} value={count(alarms.data?.items)} styles={{ content: { color: '#cf1322' } }} />
          <Statistic title={t('majorReports.unacknowledged')} value={count(waiting.data?.items)} styles={{ content: { color: '#d46b08' } }} />
        </Flex>
        <Segmented<View> value={view} onChange={(v) => setParams({ view: v })} options={views.map((v) => ({ value: v, label: t(`majorReports.views.${v}`) }))} />
        <Table<MajorReport>
          data-testid="major-reports"
          rowKey="id"
          columns={columns}
          dataSource={reports.data?.items}
          loading={reports.isFetching && !reports.data}
          pagination={false}
          scroll={{ x: 'max-content' }}
          onRow={(r) => (r.alarm && !r.acknowledgedAt ? { style: { background: '#fff1f0' }, 'data-alarm': 'true' } as object : {})}
        />
        <CursorPager paging={paging} nextCursor={reports.data?.nextCursor} loading={reports.isPlaceholderData} />
      </Space>
    </Panel>
  );
}
