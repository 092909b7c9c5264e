import { Form, Input } from 'antd';
import { CaseEventBody, caseEventLabels, caseTransition, ruleMessage, type Case, type CaseEventType } from '@union/shared';
import { useTranslation } from 'react-i18next';
import { EventDialog, reasonAndNote } from '@/components/EventDialog';
import { useLabel, useLanguage } from '@/lib/i18n';
import { stringRules } from '@/lib/schema-rules';
import { useAppendCaseEvent } from '../api/append-case-event';
import { caseState, dangerous } from './CaseActions';

const { reason: reasonSchema, note: noteSchema } = CaseEventBody.properties;

interface Values {
  reason?: string;
  note?: string;
}

/** The dialog of one case event: a reason where the shared machine requires one, and a note. */
export default function CaseEventDialog({ c, event, onClose }: { c: Case; event: CaseEventType; onClose: () => void }) {
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
