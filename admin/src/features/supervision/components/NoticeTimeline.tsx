import { Empty, Skeleton, Space, Timeline, Typography } from 'antd';
import { noticeEventLabels, noticeTypeLabels, noticeTypes, type NoticeEvent, type NoticeType } from '@union/shared';
import { useTranslation } from 'react-i18next';
import { QueryError } from '@/components/QueryError';
import { useFormatDateTime } from '@/lib/format';
import { useLabel } from '@/lib/i18n';
import { useNoticeEvents } from '../api/supervision';
import { NoticeStatusTag } from './NoticeTags';

const isNoticeType = (note: string | null): note is NoticeType => !!note && (noticeTypes as readonly string[]).includes(note);
const colorOf = (e: NoticeEvent) => (e.toStatus === 'rectified' ? 'green' : e.toStatus === 'escalated' ? 'red' : e.toStatus === 'closed' ? 'gray' : 'blue');

/** Every step of the notice: who, when, what, from which state to which, and the answer or check recorded. */
export function NoticeTimeline({ id }: { id: string }) {
  const { t } = useTranslation();
  const label = useLabel();
  const formatDateTime = useFormatDateTime();
  const events = useNoticeEvents(id);

  if (events.isError) return <QueryError error={events.error} onRetry={() => void events.refetch()} />;
  if (!events.data) return <Skeleton active />;
  if (events.data.length === 0) return <Empty description={t('supervision.noEvents')} />;

  return (
    <Timeline
      items={events.data.map((e) => ({
        key: e.id,
        color: colorOf(e),
        content: (
          <Space orientation="vertical" size={2} data-testid="timeline-event">
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {formatDateTime(e.at)}
            </Typography.Text>
            <Space wrap size={4}>
              <Typography.Text strong>{label(noticeEventLabels[e.type])}</Typography.Text>
              <NoticeStatusTag status={e.fromStatus} />
              <span>→</span>
              <NoticeStatusTag status={e.toStatus} />
            </Space>
            <Typography.Text type="secondary">
              {e.actor ?? t('supervision.system')}
              {e.officeName && ` · ${e.officeName}`}
            </Typography.Text>
            {/* escalated by the next rung going out: the note names that rung */}
            {e.type === 'escalate' && isNoticeType(e.note) ? (
              <Typography.Text>{t('supervision.escalatedBy', { type: label(noticeTypeLabels[e.note]) })}</Typography.Text>
            ) : (
              e.note && <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{e.note}</Typography.Text>
            )}
          </Space>
        ),
      }))}
    />
  );
}
