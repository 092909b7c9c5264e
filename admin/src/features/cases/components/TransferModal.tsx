import { Alert, Empty, Form, Input, Modal, Radio, Select, Skeleton, Space, Typography } from 'antd';
import { CaseEventBody, caseEventLabels, mediationOrgTypeLabels, routeReasonLabels, ruleMessage, type Case, type MediationOrgType, type RouteReason } from '@union/shared';
import { useTranslation } from 'react-i18next';
import { QueryError } from '@/components/QueryError';
import { isApiError } from '@/lib/api';
import { useFeedback } from '@/lib/feedback';
import { useShowApiError } from '@/lib/form-errors';
import { useLabel, useLanguage } from '@/lib/i18n';
import { stringRules } from '@/lib/schema-rules';
import { useAppendCaseEvent } from '../api/append-case-event';
import { useTransferTargets } from '../api/get-transfer-targets';

const { note: noteSchema } = CaseEventBody.properties;

interface Values {
  toOrgId?: string;
  reason?: RouteReason;
  note?: string;
}

/**
 * 申请转办: only the organizations the route table allows from this case's handler (GET
 * …/transfer-targets), each with the reason codes its route takes. The receiver must accept.
 */
export function TransferModal({ c, onClose }: { c: Case; onClose: () => void }) {
  const { t } = useTranslation();
  const label = useLabel();
  const language = useLanguage();
  const { message } = useFeedback();
  const showApiError = useShowApiError();
  const [form] = Form.useForm<Values>();
  const targets = useTransferTargets(c.id);
  const append = useAppendCaseEvent();
  const toOrgId = Form.useWatch('toOrgId', form);
  const target = targets.data?.find((o) => o.orgId === toOrgId);
  const eventLabel = label(caseEventLabels.transfer_request);

  const send = (values: Values) =>
    append.mutate(
      { id: c.id, version: c.version, event: { type: 'transfer_request', toOrgId: values.toOrgId, reason: values.reason, ...(values.note?.trim() && { note: values.note.trim() }) } },
      {
        onSuccess: () => {
          message.success(t('cases.transferSent', { org: target?.name ?? '' }));
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

  const body = targets.isError ? (
    <QueryError error={targets.error} onRetry={() => void targets.refetch()} />
  ) : !targets.data ? (
    <Skeleton active />
  ) : targets.data.length === 0 ? (
    <Empty description={t('cases.noTargets')} />
  ) : (
    <Form form={form} layout="vertical" onFinish={send} disabled={append.isPending} style={{ marginTop: 16 }}>
      <Form.Item name="toOrgId" label={t('cases.transferTo')} rules={[{ required: true, message: ruleMessage('case.target_required', language) }]}>
        <Radio.Group
          onChange={(e) => {
            // a target's route names its own reasons: keep the one picked only if it still fits
            const next = targets.data.find((o) => o.orgId === e.target.value);
            const reason = form.getFieldValue('reason') as RouteReason | undefined;
            form.setFieldValue('reason', next?.reasons.length === 1 ? next.reasons[0] : reason && next?.reasons.includes(reason) ? reason : undefined);
          }}
        >
          <Space orientation="vertical">
            {targets.data.map((o) => (
              <Radio key={o.orgId} value={o.orgId}>
                <Space size="small">
                  <span>{o.name}</span>
                  <Typography.Text type="secondary">{label(mediationOrgTypeLabels[o.type as MediationOrgType])}</Typography.Text>
                </Space>
              </Radio>
            ))}
          </Space>
        </Radio.Group>
      </Form.Item>
      <Form.Item name="reason" label={t('cases.transferReason')} rules={[{ required: true, message: ruleMessage('case.reason_required', language) }]}>
        <Select
          placeholder={toOrgId ? t('cases.transferReasonPick') : t('cases.pickTargetFirst')}
          disabled={!target}
          options={(target?.reasons ?? []).map((r) => ({ value: r, label: label(routeReasonLabels[r]) }))}
        />
      </Form.Item>
      <Form.Item name="note" label={t('cases.note')} rules={stringRules(noteSchema, t('common.blank'))}>
        <Input.TextArea rows={2} placeholder={t('cases.optional')} />
      </Form.Item>
    </Form>
  );

  return (
    <Modal
      open
      width={640}
      title={t('cases.eventTitle', { event: eventLabel, caseNo: c.caseNo })}
      okText={eventLabel}
      okButtonProps={{ loading: append.isPending, disabled: !targets.data?.length }}
      cancelText={t('common.cancel')}
      onCancel={onClose}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Alert type="info" showIcon title={t('cases.transferHelp', { org: c.handlerOrgName })} />
        {body}
      </Space>
    </Modal>
  );
}
