import { caseEventLabels, type Case, type CaseEventType } from '@union/shared';
import { lazy } from 'react';
import { EventActions } from '@/components/EventActions';
import { useLabel } from '@/lib/i18n';

// The dialogs (their forms, and the schema rules they bring) load when an event is chosen, not with the page.
const CaseEventDialog = lazy(() => import('./CaseEventDialog'));
const TransferModal = lazy(() => import('./TransferModal').then((m) => ({ default: m.TransferModal })));

const forward: CaseEventType[] = ['accept', 'start_mediation', 'settle', 'close', 'transfer_accept'];
export const dangerous: CaseEventType[] = ['reject', 'fail', 'withdraw', 'transfer_decline'];

/** The state the shared machine reads a case in. */
export const caseState = (c: Case) => ({ status: c.status, pendingTransfer: !!c.pendingTransferOrgId, sourced: !!c.source });

/**
 * The steps the user may take on this case now: exactly the detail answer's `allowedEvents`. Each
 * asks for a reason where the shared `caseMachine` requires one; a transfer picks its target from
 * the route table. Every event goes out with the version seen (If-Match).
 */
export function CaseActions({ c }: { c: Case }) {
  const label = useLabel();
  return (
    <EventActions events={c.allowedEvents} label={(type) => label(caseEventLabels[type])} forward={forward} dangerous={dangerous}>
      {(event, onClose) => (event === 'transfer_request' ? <TransferModal c={c} onClose={onClose} /> : <CaseEventDialog c={c} event={event} onClose={onClose} />)}
    </EventActions>
  );
}
