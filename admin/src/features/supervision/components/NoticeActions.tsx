import { Button } from 'antd';
import { nextRung, noticeEventLabels, noticeTypeLabels, type Notice, type NoticeEventType } from '@union/shared';
import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCan } from '@/features/auth';
import { EventActions } from '@/components/EventActions';
import { useLabel } from '@/lib/i18n';

// The dialog (its form, and the schema rules it brings) loads when an event is chosen, not with the page.
const NoticeEventDialog = lazy(() => import('./NoticeEventDialog'));

const forward: NoticeEventType[] = ['issue', 'respond', 'rectify', 'approve_publication'];
export const dangerous: NoticeEventType[] = ['escalate', 'close'];

/** The steps the user may take now: the answer's `allowedEvents`, each with its note, and drafting the next rung when the answer's shared ladder rule allows it. */
export function NoticeActions({ n }: { n: Notice }) {
  const { t } = useTranslation();
  const label = useLabel();
  const canWrite = useCan('supervision:write');
  const canApprove = useCan('supervision:approve_publication');
  if (!canWrite) return null;
  const events = n.allowedEvents.filter((e) => e !== 'approve_publication' || canApprove);
  const next = nextRung(n.type);
  return (
    <EventActions
      events={events}
      label={(type) => label(noticeEventLabels[type])}
      forward={forward}
      dangerous={dangerous}
      extra={
        next &&
        n.mayDraftNextRung && (
          <Link to={`/notices/new?previousNoticeId=${n.id}`}>
            <Button type="primary" danger data-testid="draft-next-rung">
              {t('supervision.draftNext', { type: label(noticeTypeLabels[next]) })}
            </Button>
          </Link>
        )
      }
    >
      {(event, onClose) => <NoticeEventDialog n={n} event={event} onClose={onClose} />}
    </EventActions>
  );
}
