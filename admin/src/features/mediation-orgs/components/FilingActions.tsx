import { filingEventLabels, type FilingEventType } from '@union/shared';
import { lazy } from 'react';
import { EventActions } from '@/components/EventActions';
import { useLabel } from '@/lib/i18n';
import type { MediationOrgDetail } from '../api/get-mediation-org';

// The dialog (its form, and the schema rules it brings) loads when an event is chosen, not with the page.
const FilingEventDialog = lazy(() => import('./FilingEventDialog'));

const forward: FilingEventType[] = ['file', 'resubmit'];
export const dangerous: FilingEventType[] = ['return', 'revoke', 'dissolve'];

/**
 * The steps the caller may take on this filing now: exactly the detail answer's `allowedEvents`.
 * Each asks for a reason where the shared `filingMachine` requires one, and goes out with If-Match.
 */
export function FilingActions({ org }: { org: MediationOrgDetail }) {
  const label = useLabel();
  return (
    <EventActions events={org.allowedEvents} label={(type) => label(filingEventLabels[type])} forward={forward} dangerous={dangerous}>
      {(event, onClose) => <FilingEventDialog org={org} event={event} onClose={onClose} />}
    </EventActions>
  );
}
