import { Form, Input } from 'antd';
import { filingEventLabels, filingMachine, FilingEventBody, ruleMessage, type FilingEventType } from '@union/shared';
import { useTranslation } from 'react-i18next';
import { EventDialog, reasonAndNote } from '@/components/EventDialog';
import { useLabel, useLanguage } from '@/lib/i18n';
import { stringRules } from '@/lib/schema-rules';
import { useAppendFilingEvent } from '../api/append-filing-event';
import type { MediationOrgDetail } from '../api/get-mediation-org';
import { dangerous } from './FilingActions';

const { reason: reasonSchema, note: noteSchema } = FilingEventBody.properties;

interface Values {
  reason?: string;
  note?: string;
}

/** The dialog of one filing event: a reason where the shared `filingMachine` requires one, and a note. */
export default function FilingEventDialog({ org, event, onClose }: { org: MediationOrgDetail; event: FilingEventType; onClose: () => void }) {
  const { t } = useTranslation();
  const label = useLabel();
  const language = useLanguage();
  const append = useAppendFilingEvent();
  const reasonRequired = filingMachine[org.status][event]?.reasonRequired ?? false;
  const eventLabel = label(filingEventLabels[event]);

  return (
    <EventDialog
      record={org}
      append={append}
      body={(values: Values) => ({ type: event, ...reasonAndNote(values) })}
      title={t('filing.eventTitle', { event: eventLabel, name: org.name })}
      eventLabel={eventLabel}
      danger={dangerous.includes(event)}
      doneMessage={t('filing.eventDone', { event: eventLabel })}
      changedMessage={t('filing.changedMeanwhile')}
      onClose={onClose}
    >
      <Form.Item
        name="reason"
        label={t('filing.reason')}
        rules={[
          ...(reasonRequired ? [{ required: true, whitespace: true, message: ruleMessage('filing.reason_required', language) }] : []),
          ...stringRules(reasonSchema, t('common.blank')),
        ]}
      >
        <Input.TextArea rows={3} placeholder={reasonRequired ? t('filing.reasonRequiredPlaceholder') : t('filing.optional')} />
      </Form.Item>
      <Form.Item name="note" label={t('filing.note')} rules={stringRules(noteSchema, t('common.blank'))}>
        <Input.TextArea rows={2} placeholder={t('filing.optional')} />
      </Form.Item>
    </EventDialog>
  );
}
