import { App, Button, Form, Input, Modal, Select, Space, Tag, Typography } from 'antd';
import {
  LegalAidEventBody,
  hardshipKinds,
  hardshipLabels,
  legalAidEventLabels,
  legalAidOutcomeLabels,
  legalAidOfficeKinds,
  legalAidOutcomes,
  legalAidTransition,
  officeKindRules,
  ruleMessage,
  type HardshipKind,
  type LegalAidApplication,
  type LegalAidEventType,
  type LegalAidOutcome,
} from '@union/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNetworkOffices } from '@/features/employers';
import { isApiError } from '@/lib/api';
import { useShowApiError } from '@/lib/form-errors';
import { useLabel, useLanguage } from '@/lib/i18n';
import { stringRules } from '@/lib/schema-rules';
import { useAppendLegalAidEvent, useLawyerCandidates } from '../api/legal-aid';

const { reason: reasonSchema, note: noteSchema, amountRecovered: amountSchema } = LegalAidEventBody.properties;
const forward: LegalAidEventType[] = ['start_review', 'approve', 'resubmit', 'assign', 'start', 'close', 'transfer_accept'];
const dangerous: LegalAidEventType[] = ['reject', 'transfer_decline'];

/** The state the shared machine reads an application in. */
const stateOf = (a: LegalAidApplication) => ({ status: a.status, pendingTransfer: !!a.pendingTransferOfficeId, rereviewUsed: a.rereviewUsed });

interface Values {
  reason?: string;
  note?: string;
  lawyerId?: string;
  outcome?: LegalAidOutcome;
  amountRecovered?: string;
  hardship?: HardshipKind;
  toOfficeId?: string;
}

/** The steps the user may take now: exactly the answer's `allowedEvents`, each asking what the shared machine requires. */
export function LegalAidActions({ a }: { a: LegalAidApplication }) {
  const label = useLabel();
  const [event, setEvent] = useState<LegalAidEventType | null>(null);
  const events = a.allowedEvents;
  if (events.length === 0) return null;
  return (
    <>
      <Space wrap>
        {events.map((type) => (
          <Button key={type} type={forward.includes(type) ? 'primary' : 'default'} danger={dangerous.includes(type)} onClick={() => setEvent(type)}>
            {label(legalAidEventLabels[type])}
          </Button>
        ))}
      </Space>
      {event && <EventModal a={a} event={event} onClose={() => setEvent(null)} />}
    </>
  );
}

function EventModal({ a, event, onClose }: { a: LegalAidApplication; event: LegalAidEventType; onClose: () => void }) {
  const { t } = useTranslation();
  const label = useLabel();
  const language = useLanguage();
  const { message } = App.useApp();
  const showApiError = useShowApiError();
  const [form] = Form.useForm<Values>();
  const append = useAppendLegalAidEvent();
  const reasonRequired = legalAidTransition(stateOf(a), event)?.reasonRequired ?? false;
  const eventLabel = label(legalAidEventLabels[event]);

  const send = (v: Values) => {
    const reason = v.reason?.trim();
    const note = v.note?.trim();
    const body: LegalAidEventBody = {
      type: event,
      ...(reason && { reason }),
      ...(note && { note }),
      ...(event === 'assign' && { lawyerId: v.lawyerId }),
      ...(event === 'close' && { outcome: v.outcome, amountRecovered: v.amountRecovered }),
      ...(event === 'resubmit' && v.hardship && { hardship: v.hardship }),
      ...(event === 'transfer' && { toOfficeId: v.toOfficeId }),
    };
    append.mutate(
      { id: a.id, version: a.version, event: body },
      {
        onSuccess: () => {
          message.success(t('legalAid.eventDone', { event: eventLabel }));
          onClose();
        },
        onError: (error) => {
          if (isApiError(error, 'version_conflict') || isApiError(error, 'transition_not_allowed')) {
            message.warning(t('legalAid.changedMeanwhile'));
            onClose();
          } else showApiError(error, form);
        },
      },
    );
  };

  return (
    <Modal
      open
      title={t('legalAid.eventTitle', { event: eventLabel, no: a.applicationNo })}
      okText={eventLabel}
      okButtonProps={{ danger: dangerous.includes(event), loading: append.isPending }}
      cancelText={t('common.cancel')}
      onCancel={onClose}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={send} disabled={append.isPending} style={{ marginTop: 16 }}>
        {event === 'assign' && <LawyerField id={a.id} />}
        {event === 'transfer' && <ReceivingOfficeField ownOfficeId={a.officeId} />}
        {event === 'close' && (
          <>
            <Form.Item name="outcome" label={t('legalAid.outcome')} rules={[{ required: true, message: ruleMessage('legal_aid.outcome_required', language) }]}>
              <Select options={legalAidOutcomes.map((o) => ({ value: o, label: label(legalAidOutcomeLabels[o]) }))} />
            </Form.Item>
            <Form.Item
              name="amountRecovered"
              label={t('legalAid.amountRecovered')}
              rules={[{ required: true, message: ruleMessage('legal_aid.outcome_required', language) }, ...stringRules(amountSchema, t('legalAid.amountInvalid'))]}
            >
              <Input inputMode="decimal" suffix={t('legalAid.yuan')} />
            </Form.Item>
          </>
        )}
        {event === 'resubmit' && (
          <Form.Item name="hardship" label={t('legalAid.hardship')}>
            <Select allowClear options={hardshipKinds.map((h) => ({ value: h, label: label(hardshipLabels[h]) }))} />
          </Form.Item>
        )}
        {reasonRequired && (
          <Form.Item name="reason" label={t('legalAid.reason')} rules={[{ required: true, whitespace: true, message: ruleMessage('legal_aid.reason_required', language) }, ...stringRules(reasonSchema, t('common.blank'))]}>
            <Input.TextArea rows={3} />
          </Form.Item>
        )}
        <Form.Item name="note" label={t('legalAid.note')} rules={stringRules(noteSchema, t('common.blank'))}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 异地协作: the receiving office, any other office of the network that decides legal aid, grouped by kind. */
function ReceivingOfficeField({ ownOfficeId }: { ownOfficeId: string }) {
  const { t } = useTranslation();
  const label = useLabel();
  const language = useLanguage();
  const { offices, isLoading } = useNetworkOffices(legalAidOfficeKinds);
  return (
    <Form.Item name="toOfficeId" label={t('legalAid.receivingOffice')} rules={[{ required: true, message: ruleMessage('legal_aid.target_required', language) }]}>
      <Select
        showSearch={{ optionFilterProp: 'label' }}
        loading={isLoading}
        placeholder={t('legalAid.receivingOfficeHint')}
        options={legalAidOfficeKinds.map((kind) => ({
          label: label(officeKindRules[kind].label),
          title: kind,
          options: offices.filter((o) => o.kind === kind && o.id !== ownOfficeId).map((o) => ({ value: o.id, label: o.name })),
        }))}
      />
    </Form.Item>
  );
}

/** The lawyers who may be assigned, each with their load; those who may not are shown, disabled, with the reason. */
function LawyerField({ id }: { id: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const candidates = useLawyerCandidates(id);
  return (
    <Form.Item name="lawyerId" label={t('legalAid.lawyer')} rules={[{ required: true, message: ruleMessage('legal_aid.lawyer_required', language) }]}>
      <Select
        loading={candidates.isLoading}
        optionLabelProp="title"
        options={(candidates.data ?? []).map((c) => ({
          value: c.lawyerId,
          title: c.name,
          disabled: !c.assignable,
          label: (
            <Space orientation="vertical" size={0} data-testid="lawyer-candidate">
              <Space size={4}>
                <Typography.Text strong={c.assignable}>{c.name}</Typography.Text>
                <Typography.Text type="secondary">{c.firm}</Typography.Text>
                <Tag color={c.activeMatters >= c.maxActiveMatters ? 'red' : 'blue'}>{t('legalAid.load', { active: c.activeMatters, max: c.maxActiveMatters })}</Tag>
              </Space>
              {!c.assignable && c.refusalMessage && <Typography.Text type="danger">{c.refusalMessage}</Typography.Text>}
            </Space>
          ),
        }))}
      />
    </Form.Item>
  );
}
