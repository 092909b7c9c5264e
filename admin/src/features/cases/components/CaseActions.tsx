import { Form, Input } from 'antd';
import { CaseEventBody, caseEventLabels, caseTransition, ruleMessage, type Case, type CaseEventType } from '@union/shared';
import { useTranslation } from 'react-i18next';
import { EventActions, EventDialog, reasonAndNote } from '@/components/EventActions';
import { useLabel, useLanguage } from '@/lib/i18n';
import { stringRules } from '@/lib/schema-rules';
import { useAppendCaseEvent } from '../api/append-case-event';
import { TransferModal } from './TransferModal';

const { reason: reasonSchema, note: noteSchema } = CaseEventBody.properties;
const forward: CaseEventType[] = ['accept', 'start_mediation', 'settle', 'close', 'transfer_accept'];
const dangerous: CaseEventType[] = ['reject', 'fail', 'withdraw', 'transfer_decline'];

/** The state the shared machine reads a case in. */
export const caseState = (c: Case) => ({ status: c.status, pendingTransfer: !!c.pendingTransferOrgId, sourced: !!c.source });

interface Values {
  reason?: string;
  note?: string;
}

/**
 * The steps the user may take on this case now: exactly the detail answer's `allowedEvents`. Each
 * asks for a reason where the shared `caseMachine` requires one; a transfer picks its target from
 * the route table. Every event goes out with the version seen (If-Match).
 */
export function CaseActions({ c }: { c: Case }) {
  const label = useLabel();
  return (
    <EventActions events={c.allowedEvents} label={(type) => label(caseEventLabels[type])} forward={forward} dangerous={dangerous}>
      {(event, onClose) => (event === 'transfer_request' ? <TransferModal c={c} onClose={onClose} /> : <EventModal c={c} event={event} onClose={onClose} />)}
    </EventActions>
  );
}

function EventModal({ c, event, onClose }: { c: Case; event: CaseEventType; onClose: () => void }) {
  const { t } = useTranslation();
  const label = useLabel();
  const language = useLanguage();
  const append = useAppendCaseEvent();
  const reasonRequired = caseTransition(caseState(c), event)?.reasonRequired ?? false;
  const eventLabel = label(caseEventLabels[event]);

  return (
    <EventDialog
      record={c}
      append={append}
      body={(values: Values) => ({ type: event, ...reasonAndNote(values) })}
      title={t('cases.eventTitle', { event: eventLabel, caseNo: c.caseNo })}
      eventLabel={eventLabel}
      danger={dangerous.includes(event)}
      doneMessage={t('cases.eventDone', { event: eventLabel })}
      changedMessage={t('cases.changedMeanwhile')}
      onClose={onClose}
    >
      {reasonRequired && (
        <Form.Item
          name="reason"
          label={t('cases.reason')}
          rules={[{ required: true, whitespace: true, message: ruleMessage('case.reason_required', language) }, ...stringRules(reasonSchema, t('common.blank'))]}
        >
          <Input.TextArea rows={3} placeholder={t('cases.reasonPlaceholder')} />
        </Form.Item>
      )}
      <Form.Item name="note" label={t('cases.note')} rules={stringRules(noteSchema, t('common.blank'))}>
        <Input.TextArea rows={2} placeholder={t('cases.optional')} />
      </Form.Item>
    </EventDialog>
  );
}
