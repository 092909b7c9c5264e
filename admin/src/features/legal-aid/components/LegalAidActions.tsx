import { legalAidEventLabels, type LegalAidApplication, type LegalAidEventType } from '@union/shared';
import { lazy } from 'react';
import { EventActions } from '@/components/EventActions';
import { useLabel } from '@/lib/i18n';

// The dialog (its form, and the schema rules it brings) loads when an event is chosen, not with the page.
const LegalAidEventDialog = lazy(() => import('./LegalAidEventDialog'));

const forward: LegalAidEventType[] = ['start_review', 'approve', 'resubmit', 'assign', 'start', 'close', 'transfer_accept'];
export const dangerous: LegalAidEventType[] = ['reject', 'transfer_decline'];

/** The steps the user may take now: exactly the answer's `allowedEvents`, each asking what the shared machine requires. */
export function LegalAidActions({ a }: { a: LegalAidApplication }) {
  const label = useLabel();
  return (
    <EventActions events={a.allowedEvents} label={(type) => label(legalAidEventLabels[type])} forward={forward} dangerous={dangerous}>
      {(event, onClose) => <LegalAidEventDialog a={a} event={event} onClose={onClose} />}
    </EventActions>
  );
}
