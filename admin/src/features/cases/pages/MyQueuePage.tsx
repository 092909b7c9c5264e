import { Badge, Empty, Space, Typography } from 'antd';
import { openCaseStatuses, type Case } from '@union/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryError } from '@/components/QueryError';
import { Panel } from '@/components/Panel';
import { useCases } from '../api/get-cases';
import { CaseTable } from '../components/CaseTable';

const QUEUE_LIMIT = 100;
const byDueAt = (a: Case, b: Case) => (a.dueAt ?? '').localeCompare(b.dueAt ?? '');

/**
 * 我的待办: what needs the user's subtree today, in the order it needs it: overdue cases, then
 * those due soon, then transfers waiting for the user's organizations to accept them.
 */
export default function MyQueuePage() {
  const { t } = useTranslation();
  // cases the subtree handles; those it only sent on or is only told of are not its work
  const mine = (items: Case[] | undefined) => items?.filter((c) => c.access === 'handler');

  const overdue = useCases({ overdue: true, sort: 'dueAt', limit: QUEUE_LIMIT });
  // no filter answers "due soon" directly: the open cases not yet overdue, nearest deadline first, one status at a time
  const received = useCases({ overdue: false, status: 'received', sort: 'dueAt', limit: QUEUE_LIMIT });
  const accepted = useCases({ overdue: false, status: 'accepted', sort: 'dueAt', limit: QUEUE_LIMIT });
  const mediating = useCases({ overdue: false, status: 'mediating', sort: 'dueAt', limit: QUEUE_LIMIT });
  const awaiting = useCases({ awaitingMyAcceptance: true, sort: 'receivedAt', limit: QUEUE_LIMIT });

  const open = [received, accepted, mediating];
  const dueSoon = open.every((q) => q.data)
    ? open
        .flatMap((q) => mine(q.data?.items) ?? [])
        .filter((c) => c.clock === 'due_soon' && openCaseStatuses.includes(c.status))
        .sort(byDueAt)
    : undefined;
  const failed = [overdue, ...open, awaiting].find((q) => q.isError);
  if (failed) return <QueryError error={failed.error} onRetry={() => void failed.refetch()} />;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Section testId="queue-overdue" title={t('queue.overdue')} help={t('queue.overdueHelp')} color="red" items={mine(overdue.data?.items)} loading={overdue.isFetching} />
      <Section
        testId="queue-due-soon"
        title={t('queue.dueSoon')}
        help={t('queue.dueSoonHelp')}
        color="orange"
        items={dueSoon}
        loading={open.some((q) => q.isFetching)}
      />
      <Section
        testId="queue-awaiting"
        title={t('queue.awaiting')}
        help={t('queue.awaitingHelp')}
        color="gold"
        items={awaiting.data?.items}
        loading={awaiting.isFetching}
      />
      <Typography.Text type="secondary">
        {t('queue.allCases')} <Link to="/cases">{t('cases.title')}</Link>
      </Typography.Text>
    </Space>
  );
}

interface SectionProps {
  title: string;
  help: string;
  color: string;
  items: Case[] | undefined;
  loading: boolean;
  testId: string;
}

function Section({ title, help, color, items, loading, testId }: SectionProps): ReactNode {
  const { t } = useTranslation();
  return (
    <Panel
      data-testid={testId}
      title={
        <Space>
          <span>{title}</span>
          <Badge count={items?.length ?? 0} color={color} showZero overflowCount={QUEUE_LIMIT - 1} />
        </Space>
      }
      extra={<Typography.Text type="secondary">{help}</Typography.Text>}
    >
      {items && items.length === 0 && !loading ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('queue.nothing')} />
      ) : (
        <CaseTable items={items} loading={loading && !items} compact />
      )}
    </Panel>
  );
}
