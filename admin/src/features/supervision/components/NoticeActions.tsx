import { Button } from 'antd';
import { failedNoticeStatuses, noticeEventLabels, noticeLadder, noticeTypeLabels, noticeTypes, type Notice, type NoticeEventType, type NoticeType } from '@union/shared';
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

/** The rung above, whose predecessor this notice would be. */
export const nextRung = (type: NoticeType): NoticeType | undefined => noticeTypes.find((t) => noticeLadder[t].predecessor === type);

/**
 * Whether the next rung may be drafted on top of this notice now: it went out and failed, nothing
 * went out on top of it yet, and an opinion's deadline has passed (by the server's clock).
 */
function mayClimb(n: Notice): boolean {
  const next = nextRung(n.type);
  if (!next || n.nextNoticeId || !failedNoticeStatuses.includes(n.status)) return false;
  return !noticeLadder[next].afterPredecessorDeadline || n.readyToEscalate || n.clock === 'overdue' || n.status === 'escalated';
}

/** The steps the user may take now: the answer's `allowedEvents`, each with its note, and drafting the next rung. */
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
        mayClimb(n) && (
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
