import { Space, Table, type TableColumnsType } from 'antd';
import type { Notice } from '@union/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ClockTag } from '@/components/ClockTag';
import { useFormatDateTime } from '@/lib/format';
import { CategoryTags, NoticeStatusTag, NoticeTypeTag, ReadyToEscalateTag, SeriousTag } from './NoticeTags';

/** Notices, one a row: number, rung, status, employer, breach, when issued and the opinion's deadline. */
export function NoticeTable({ items, loading, testId }: { items: Notice[] | undefined; loading: boolean; testId: string }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const columns: TableColumnsType<Notice> = [
    {
      key: 'no',
      title: t('supervision.noticeNo'),
      render: (_, n) => (
        <Link to={`/notices/${n.id}`} style={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }}>
          {n.noticeNo ?? t('supervision.unnumbered')}
        </Link>
      ),
    },
    { key: 'type', title: t('supervision.type'), render: (_, n) => <NoticeTypeTag type={n.type} /> },
    {
      key: 'status',
      title: t('supervision.status'),
      render: (_, n) => (
        <Space size={0} wrap>
          <NoticeStatusTag status={n.status} />
          <SeriousTag serious={n.serious} />
          <ReadyToEscalateTag ready={n.readyToEscalate} />
        </Space>
      ),
    },
    { key: 'employer', title: t('supervision.employer'), render: (_, n) => n.employerName },
    { key: 'categories', title: t('supervision.categories'), render: (_, n) => <CategoryTags categories={n.categories} /> },
    { key: 'office', title: t('supervision.office'), render: (_, n) => n.officeName },
    { key: 'issuedAt', title: t('supervision.issuedAt'), render: (_, n) => formatDateTime(n.issuedAt) },
    { key: 'deadlineAt', title: t('supervision.deadlineAt'), render: (_, n) => (n.deadlineAt ? <ClockTag clock={n.clock} dueAt={n.deadlineAt} /> : '—') },
  ];
  return <Table<Notice> data-testid={testId} rowKey="id" columns={columns} dataSource={items} loading={loading} pagination={false} scroll={{ x: 'max-content' }} />;
}
