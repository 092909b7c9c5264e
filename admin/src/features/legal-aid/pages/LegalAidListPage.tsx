import { PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Flex, Input, Select, Space, Table, type TableColumnsType } from 'antd';
import { caseClockLabels, legalAidMatterLabels, legalAidServiceLabels, legalAidStatuses, legalAidStatusLabels, type LegalAidApplication } from '@union/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CursorPager } from '@/components/CursorPager';
import { ExportButton } from '@/components/ExportButton';
import { ParamSelect } from '@/components/ParamSelect';
import { QueryError } from '@/components/QueryError';
import { useCan } from '@/features/auth';
import { ClockTag } from '@/components/ClockTag';
import { Panel } from '@/components/Panel';
import { formatYuan } from '@/lib/money';
import { useFormatDateTime } from '@/lib/format';
import { useLabel } from '@/lib/i18n';
import { useCursorPaging } from '@/lib/paging';
import { readBoolean, readEnum, useUrlParams } from '@/lib/url-state';
import { useLegalAidApplications } from '../api/legal-aid';
import { GreenChannelTag, LegalAidStatusTag } from '../components/LegalAidTags';

/** The clock standings the queue filters on: what needs deciding or assigning soon, and what is late. */
const queueClocks = ['due_soon', 'overdue'] as const;

/** 法律援助审查: the applications of the user's subtree, green channel first, then the nearest decision due; paged on the server. */
export default function LegalAidListPage() {
  const { t } = useTranslation();
  const label = useLabel();
  const formatDateTime = useFormatDateTime();
  const canWrite = useCan('legal_aid:write');
  const [params, setParams] = useUrlParams();
  const q = params.get('q') ?? undefined;
  const status = readEnum(params, 'status', legalAidStatuses);
  const greenChannel = readBoolean(params, 'greenChannel');
  const clock = readEnum(params, 'clock', queueClocks);
  const paging = useCursorPaging(params.toString());
  const list = useLegalAidApplications({ q, status, greenChannel, clock, limit: paging.limit, cursor: paging.cursor });

  if (list.isError) return <QueryError error={list.error} onRetry={() => void list.refetch()} />;

  const columns: TableColumnsType<LegalAidApplication> = [
    {
      key: 'no',
      title: t('legalAid.applicationNo'),
      render: (_, a) => (
        <Link to={`/legal-aid/${a.id}`} style={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }}>
          {a.applicationNo}
        </Link>
      ),
    },
    {
      key: 'status',
      title: t('legalAid.status'),
      render: (_, a) => (
        <Space size={0} wrap>
          <LegalAidStatusTag status={a.status} />
          <GreenChannelTag green={a.greenChannel} />
        </Space>
      ),
    },
    { key: 'applicant', title: t('legalAid.applicant'), render: (_, a) => a.applicant.name },
    { key: 'employer', title: t('legalAid.employer'), render: (_, a) => a.employerName },
    { key: 'matter', title: t('legalAid.matter'), render: (_, a) => label(legalAidMatterLabels[a.matter]) },
    { key: 'service', title: t('legalAid.service'), render: (_, a) => label(legalAidServiceLabels[a.service]) },
    { key: 'amount', title: t('legalAid.amount'), align: 'right', render: (_, a) => formatYuan(a.amount) },
    { key: 'receivedAt', title: t('legalAid.receivedAt'), render: (_, a) => formatDateTime(a.receivedAt) },
    {
      key: 'decisionDueAt',
      title: t('legalAid.decisionDueAt'),
      render: (_, a) => (a.decisionDueAt ? <ClockTag clock={a.clockRule === 'legal_aid.decision' ? a.clock : 'stopped'} dueAt={a.decisionDueAt} /> : '—'),
    },
  ];

  return (
    <Panel
      title={t('legalAid.title')}
      extra={
        <Space>
          <ExportButton list="legal-aid" query={{ q, status, greenChannel, clock }} title={t('legalAid.title')} />
          {canWrite && (
            <Link to="/legal-aid/new">
              <Button type="primary" icon={<PlusOutlined />}>
                {t('legalAid.create')}
              </Button>
            </Link>
          )}
        </Space>
      }
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Flex gap="small" wrap>
          <Input.Search allowClear defaultValue={q} placeholder={t('legalAid.searchPlaceholder')} onSearch={(value) => setParams({ q: value.trim() })} style={{ width: 280 }} />
          <Select
            allowClear
            value={status}
            placeholder={t('legalAid.status')}
            onChange={(value) => setParams({ status: value })}
            options={legalAidStatuses.map((s) => ({ value: s, label: label(legalAidStatusLabels[s]) }))}
            style={{ width: 180 }}
          />
          <ParamSelect param="clock" value={clock} values={queueClocks} labels={caseClockLabels} name={t('legalAid.clockFilter')} width={140} />
          <Checkbox checked={greenChannel === true} onChange={(e) => setParams({ greenChannel: e.target.checked ? true : undefined })}>
            {t('legalAid.greenChannelOnly')}
          </Checkbox>
        </Flex>
        <Table<LegalAidApplication>
          data-testid="legal-aid-table"
          rowKey="id"
          columns={columns}
          dataSource={list.data?.items}
          loading={list.isFetching}
          pagination={false}
          scroll={{ x: 'max-content' }}
        />
        <CursorPager paging={paging} nextCursor={list.data?.nextCursor} loading={list.isPlaceholderData} />
      </Space>
    </Panel>
  );
}
