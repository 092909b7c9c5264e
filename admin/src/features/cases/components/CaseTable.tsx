import { Space, Table, Typography, type TableColumnsType } from 'antd';
import { caseSortFields, claimCategoryLabels, type Case, type CaseListQuery } from '@union/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatDateTime } from '@/lib/format';
import { useLabel } from '@/lib/i18n';
import { sortFromTable, sortOrderOf } from '@/lib/url-state';
import { formatYuan } from '@/lib/money';
import { CaseFlags, CaseStatusTag } from './CaseTags';
import { ClockTag } from '@/components/ClockTag';

type Sort = CaseListQuery['sort'];

interface Props {
  items: Case[] | undefined;
  loading: boolean;
  /** The server's sort; none for a queue whose order is fixed. */
  sort?: Sort;
  onSort?: (sort: Sort) => void;
  /** Columns a queue leaves out. */
  compact?: boolean;
  testId?: string;
}

/** Cases as rows: number, state and clock, parties, claims, the organization handling them. */
export function CaseTable({ items, loading, sort, onSort, compact = false, testId }: Props) {
  const { t } = useTranslation();
  const label = useLabel();
  const formatDateTime = useFormatDateTime();
  const sortable = onSort !== undefined;

  const columns: TableColumnsType<Case> = [
    {
      key: 'caseNo',
      title: t('cases.caseNo'),
      sorter: sortable,
      sortOrder: sortable ? sortOrderOf(sort, 'caseNo') : undefined,
      render: (_, c) => (
        <Link to={`/cases/${c.id}`} style={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }}>
          {c.caseNo}
        </Link>
      ),
    },
    {
      key: 'status',
      title: t('cases.status'),
      render: (_, c) => (
        <Space size={0} wrap>
          <CaseStatusTag status={c.status} />
          <CaseFlags c={c} />
        </Space>
      ),
    },
    { key: 'employer', title: t('cases.employer'), render: (_, c) => c.employerName },
    {
      key: 'workers',
      title: t('cases.workers'),
      render: (_, c) => (c.workerCount > 1 ? t('cases.workersShort', { name: c.workers[0]?.name ?? '', count: c.workerCount }) : (c.workers[0]?.name ?? '')),
    },
    ...(compact
      ? []
      : [
          {
            key: 'claims',
            title: t('cases.claims'),
            render: (_: unknown, c: Case) => c.claims.map((claim) => label(claimCategoryLabels[claim.category])).join(t('cases.listSeparator')),
          },
        ]),
    { key: 'amountClaimed', title: t('cases.amountClaimed'), align: 'right', render: (_, c) => formatYuan(c.amountClaimed) },
    { key: 'handler', title: t('cases.handlerOrg'), render: (_, c) => <Typography.Text style={{ maxWidth: 240 }} ellipsis={{ tooltip: c.handlerOrgName }}>{c.handlerOrgName}</Typography.Text> },
    {
      key: 'receivedAt',
      title: t('cases.receivedAt'),
      sorter: sortable,
      sortOrder: sortable ? sortOrderOf(sort, 'receivedAt') : undefined,
      render: (_, c) => formatDateTime(c.receivedAt),
    },
    {
      key: 'dueAt',
      title: t('cases.dueAt'),
      sorter: sortable,
      sortOrder: sortable ? sortOrderOf(sort, 'dueAt') : undefined,
      render: (_, c) => <ClockTag clock={c.clock} dueAt={c.dueAt} />,
    },
  ];

  return (
    <Table<Case>
      data-testid={testId}
      rowKey="id"
      columns={columns}
      dataSource={items}
      loading={loading}
      pagination={false}
      scroll={{ x: 'max-content' }}
      onChange={(_, __, sorter) => onSort?.(sortFromTable(sorter, caseSortFields))}
    />
  );
}
