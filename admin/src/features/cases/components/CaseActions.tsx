import { App, Button, Form, Input, Modal, Space } from 'antd';
import { CaseEventBody, caseEventLabels, caseTransition, ruleMessage, type Case, type CaseEventType } from '@union/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api';
import { useShowApiError } from '@/lib/form-errors';
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
  const [event, setEvent] = useState<CaseEventType | null>(null);
  if (c.allowedEvents.length === 0) return null;
  return (
    <>
      <Space wrap>
        {c.allowedEvents.map((type) => (
          <Button key={type} type={forward.includes(type) ? 'primary' : 'default'} danger={dangerous.includes(type)} onClick={() => setEvent(type)}>
            {label(caseEventLabels[type])}
          </Button>
        ))}
      </Space>
      {event === 'transfer_request' && <TransferModal c={c} onClose={() => setEvent(null)} />}
      {event && event !== 'transfer_request' && <EventModal c={c} event={event} onClose={() => setEvent(null)} />}
    </>
  );
}

function EventModal({ c, event, onClose }: { c: Case; event: CaseEventType; onClose: () => void }) {
  const { t } = useTranslation();
  const label = useLabel();
  const language = useLanguage();
  const { message } = App.useApp();
  const showApiError = useShowApiError();
  const [form] = Form.useForm<Values>();
  const append = useAppendCaseEvent();
  const reasonRequired = caseTransition(caseState(c), event)?.reasonRequired ?? false;
  const eventLabel = label(caseEventLabels[event]);

  const send = (values: Values) =>
    append.mutate(
      { id: c.id, version: c.version, event: { type: event, ...(values.reason?.trim() && { reason: values.reason.trim() }), ...(values.note?.trim() && { note: values.note.trim() }) } },
      {
        onSuccess: () => {
          message.success(t('cases.eventDone', { event: eventLabel }));
          onClose();
        },
        onError: (error) => {
          if (isApiError(error, 'version_conflict') || isApiError(error, 'transition_not_allowed')) {
            message.warning(t('cases.changedMeanwhile'));
            onClose();
          } else showApiError(error, form);
        },
      },
    );

  return (
    <Modal
      open
      title={t('cases.eventTitle', { event: eventLabel, caseNo: c.caseNo })}
      okText={eventLabel}
      okButtonProps={{ danger: dangerous.includes(event), loading: append.isPending }}
      cancelText={t('common.cancel')}
      onCancel={onClose}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={send} disabled={append.isPending} style={{ marginTop: 16 }}>
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
      </Form>
    </Modal>
  );
}
