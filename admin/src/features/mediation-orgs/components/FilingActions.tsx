import { App, Button, Form, Input, Modal, Space } from 'antd';
import { filingEventLabels, filingMachine, FilingEventBody, ruleMessage, type FilingEventType } from '@union/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api';
import { useShowApiError } from '@/lib/form-errors';
import { useLabel, useLanguage } from '@/lib/i18n';
import { stringRules } from '@/lib/schema-rules';
import { useAppendFilingEvent } from '../api/append-filing-event';
import type { MediationOrgDetail } from '../api/get-mediation-org';

const { reason: reasonSchema, note: noteSchema } = FilingEventBody.properties;
const dangerous: FilingEventType[] = ['return', 'revoke', 'dissolve'];

interface Values {
  reason?: string;
  note?: string;
}

/**
 * The steps the caller may take on this filing now: exactly the detail answer's `allowedEvents`.
 * Each asks for a reason where the shared `filingMachine` requires one, and goes out with If-Match.
 */
export function FilingActions({ org }: { org: MediationOrgDetail }) {
  const label = useLabel();
  const [event, setEvent] = useState<FilingEventType | null>(null);
  if (org.allowedEvents.length === 0) return null;
  return (
    <>
      <Space wrap>
        {org.allowedEvents.map((type) => (
          <Button key={type} type={type === 'file' || type === 'resubmit' ? 'primary' : 'default'} danger={dangerous.includes(type)} onClick={() => setEvent(type)}>
            {label(filingEventLabels[type])}
          </Button>
        ))}
      </Space>
      {event && <EventModal org={org} event={event} onClose={() => setEvent(null)} />}
    </>
  );
}

function EventModal({ org, event, onClose }: { org: MediationOrgDetail; event: FilingEventType; onClose: () => void }) {
  const { t } = useTranslation();
  const label = useLabel();
  const language = useLanguage();
  const { message } = App.useApp();
  const showApiError = useShowApiError();
  const [form] = Form.useForm<Values>();
  const append = useAppendFilingEvent();
  const reasonRequired = filingMachine[org.status][event]?.reasonRequired ?? false;
  const eventLabel = label(filingEventLabels[event]);

  const send = (values: Values) =>
    append.mutate(
      { id: org.id, version: org.version, event: { type: event, ...(values.reason?.trim() && { reason: values.reason.trim() }), ...(values.note?.trim() && { note: values.note.trim() }) } },
      {
        onSuccess: () => {
          message.success(t('filing.eventDone', { event: eventLabel }));
          onClose();
        },
        onError: (error) => {
          if (isApiError(error, 'version_conflict') || isApiError(error, 'transition_not_allowed')) {
            message.warning(t('filing.changedMeanwhile'));
            onClose();
          } else showApiError(error, form);
        },
      },
    );

  return (
    <Modal
      open
      title={t('filing.eventTitle', { event: eventLabel, name: org.name })}
      okText={eventLabel}
      okButtonProps={{ danger: dangerous.includes(event), loading: append.isPending }}
      cancelText={t('common.cancel')}
      onCancel={onClose}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={send} disabled={append.isPending} style={{ marginTop: 16 }}>
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
      </Form>
    </Modal>
  );
}
