import { Skeleton, Space, Steps, Typography } from 'antd';
import { noticeTypeLabels, noticeTypes, type Notice, type NoticeType } from '@union/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryError } from '@/components/QueryError';
import { useFormatDateTime } from '@/lib/format';
import { useLabel } from '@/lib/i18n';
import { useNotices } from '../api/supervision';
import { NoticeStatusTag } from './NoticeTags';

/** More than any one employer's chain could hold, so the chain is always whole. */
const EMPLOYER_NOTICES = 500;

/**
 * The chain a notice belongs to, lowest rung first: its predecessors by `previousNoticeId`, then
 * what was drafted or issued on top of it (the issued successor when there is one).
 */
export function ladderChain(notice: Notice, all: readonly Notice[]): Notice[] {
  const byId = new Map(all.map((n) => [n.id, n]));
  byId.set(notice.id, notice);
  const chain = [notice];
  for (let n = notice; n.previousNoticeId && byId.has(n.previousNoticeId); ) {
    n = byId.get(n.previousNoticeId)!;
    if (chain.includes(n)) break;
    chain.unshift(n);
  }
  for (let n: Notice | undefined = notice; n; ) {
    const from: Notice = n;
    n = (from.nextNoticeId && byId.get(from.nextNoticeId)) || all.find((m) => m.previousNoticeId === from.id && m.status !== 'closed');
    if (!n || chain.includes(n)) break;
    chain.push(n);
  }
  return chain;
}

/** The ladder reminder → opinion → recommendation → publication for this notice's employer and breach, each rung with its notice. */
export function NoticeLadder({ notice }: { notice: Notice }) {
  const { t } = useTranslation();
  const label = useLabel();
  const formatDateTime = useFormatDateTime();
  const siblings = useNotices({ employerId: notice.employerId, limit: EMPLOYER_NOTICES });

  if (siblings.isError) return <QueryError error={siblings.error} onRetry={() => void siblings.refetch()} />;
  if (!siblings.data) return <Skeleton active paragraph={{ rows: 1 }} />;
  const chain = ladderChain(notice, siblings.data.items);
  const onRung = new Map<NoticeType, Notice>(chain.map((n) => [n.type, n]));
  const current = noticeTypes.indexOf(notice.type);

  return (
    <div data-testid="notice-ladder">
    <Steps
      current={current}
      size="small"
      items={noticeTypes.map((type, i) => {
        const n = onRung.get(type);
        const skipped = !n && i < current;
        return {
          title: label(noticeTypeLabels[type]),
          status: n?.id === notice.id ? 'process' : n ? (n.status === 'rectified' ? 'finish' : n.status === 'escalated' ? 'error' : 'finish') : 'wait',
          content: n ? (
            <Space orientation="vertical" size={0} data-testid={`ladder-${type}`}>
              {n.id === notice.id ? (
                <Typography.Text strong>{n.noticeNo ?? t('supervision.unnumbered')}</Typography.Text>
              ) : (
                <Link to={`/notices/${n.id}`}>{n.noticeNo ?? t('supervision.unnumbered')}</Link>
              )}
              <NoticeStatusTag status={n.status} />
              {n.issuedAt && <Typography.Text type="secondary">{formatDateTime(n.issuedAt)}</Typography.Text>}
            </Space>
          ) : (
            <Typography.Text type="secondary">{skipped ? t('supervision.rungSkipped') : t('supervision.rungNotYet')}</Typography.Text>
          ),
        };
      })}
    />
    </div>
  );
}
