import { Form, Input, Select, Space, Tag, Typography } from 'antd';
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
import { useTranslation } from 'react-i18next';
import { useNetworkOffices } from '@/features/employers';
import { EventDialog, reasonAndNote } from '@/components/EventDialog';
import { useLabel, useLanguage } from '@/lib/i18n';
import { stringRules } from '@/lib/schema-rules';
import { useAppendLegalAidEvent, useLawyerCandidates } from '../api/legal-aid';
import { dangerous } from './LegalAidActions';

const { reason: reasonSchema, note: noteSchema, amountRecovered: amountSchema } = LegalAidEventBody.properties;

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

/** The dialog of one legal-aid event: what the shared machine requires of it (a reason, a lawyer, an outcome, a target office). */
export default function LegalAidEventDialog({ a, event, onClose }: { a: LegalAidApplication; event: LegalAidEventType; onClose: () => void }) {
  const { t } = useTranslation();
  const label = useLabel();
  const language = useLanguage();
  const append = useAppendLegalAidEvent();
  const reasonRequired = legalAidTransition(stateOf(a), event)?.reasonRequired ?? false;
  const eventLabel = label(legalAidEventLabels[event]);

  const body = (v: Values): LegalAidEventBody => ({
    type: event,
    ...reasonAndNote(v),
    ...(event === 'assign' && { lawyerId: v.lawyerId }),
    ...(event === 'close' && { outcome: v.outcome, amountRecovered: v.amountRecovered }),
    ...(event === 'resubmit' && v.hardship && { hardship: v.hardship }),
    ...(event === 'transfer' && { toOfficeId: v.toOfficeId }),
  });

  return (
    <EventDialog
      record={a}
      append={append}
      body={body}
      title={t('legalAid.eventTitle', { event: eventLabel, no: a.applicationNo })}
      eventLabel={eventLabel}
      danger={dangerous.includes(event)}
      doneMessage={t('legalAid.eventDone', { event: eventLabel })}
      changedMessage={t('legalAid.changedMeanwhile')}
      onClose={onClose}
    >
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
    </EventDialog>
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
