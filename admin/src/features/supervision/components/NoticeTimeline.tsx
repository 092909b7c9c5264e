import { Typography } from 'antd';
import { noticeEventLabels, noticeTypeLabels, noticeTypes, type NoticeEvent, type NoticeType } from '@union/shared';
import { useTranslation } from 'react-i18next';
import { EventTimeline } from '@/components/EventTimeline';
import { useLabel } from '@/lib/i18n';
import { useNoticeEvents } from '../api/supervision';
import { NoticeStatusTag } from './NoticeTags';

const isNoticeType = (note: string | null): note is NoticeType => !!note && (noticeTypes as readonly string[]).includes(note);
const colorOf = (e: NoticeEvent) => (e.toStatus === 'rectified' ? 'green' : e.toStatus === 'escalated' ? 'red' : e.toStatus === 'closed' ? 'gray' : 'blue');

/** Every step of the notice: who, when, what, from which state to which, and the answer or check recorded. */
export function NoticeTimeline({ id }: { id: string }) {
  const { t } = useTranslation();
  const label = useLabel();
  const events = useNoticeEvents(id);

  return (
    <EventTimeline
      events={events}
      empty={t('supervision.noEvents')}
      step={(e) => ({
        key: e.id,
        at: e.at,
        color: colorOf(e),
        title: label(noticeEventLabels[e.type]),
        from: <NoticeStatusTag status={e.fromStatus} />,
        to: <NoticeStatusTag status={e.toStatus} />,
        actor: (
          <>
            {e.actor ?? t('supervision.system')}
            {e.officeName && ` · ${e.officeName}`}
          </>
        ),
        // escalated by the next rung going out: the note names that rung
        details:
          e.type === 'escalate' && isNoticeType(e.note) ? (
            <Typography.Text>{t('supervision.escalatedBy', { type: label(noticeTypeLabels[e.note]) })}</Typography.Text>
          ) : (
            e.note && <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{e.note}</Typography.Text>
          ),
      })}
    />
  );
}
