import { Button, Checkbox, Flex, Form, Input, Modal, Radio } from 'antd';
import {
  checklistItems,
  checklistLabels,
  MediationOrgCreate,
  reportingCadenceLabels,
  reportingCadences,
  ruleMessage,
  type ChecklistItem,
  type MediationOrgUpdate,
  type ReportingCadence,
} from '@union/shared';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api';
import { useFeedback } from '@/lib/feedback';
import { useShowApiError } from '@/lib/form-errors';
import { useLabel, useLanguage } from '@/lib/i18n';
import { stringRules } from '@/lib/schema-rules';
import type { MediationOrgDetail } from '../api/get-mediation-org';
import { useUpdateMediationOrg } from '../api/update-mediation-org';

interface Values {
  name: string;
  coordinatorName?: string;
  checklist: ChecklistItem[];
  phone?: string;
  address?: string;
  reportingCadence: ReportingCadence;
}

const { name: nameSchema, phone: phoneSchema, address: addressSchema, coordinatorName: coordinatorSchema } = MediationOrgCreate.properties;
const blankToNull = (text: string | undefined) => text?.trim() || null;

/** Corrects a filing's own facts (a returned one before it is resubmitted, or a filed one's checklist); its version goes out as If-Match. */
export function OrgEditModal({ org, onClose }: { org: MediationOrgDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const label = useLabel();
  const language = useLanguage();
  const { message } = useFeedback();
  const showApiError = useShowApiError();
  const [form] = Form.useForm<Values>();
  const update = useUpdateMediationOrg();
  const coordinator = org.type === 'labor_relations_coordinator';

  const save = (values: Values) => {
    const checklist = Object.fromEntries(checklistItems.map((item) => [item, values.checklist.includes(item)])) as Record<ChecklistItem, boolean>;
    const next = {
      name: values.name.trim(),
      phone: blankToNull(values.phone),
      address: blankToNull(values.address),
      reportingCadence: values.reportingCadence,
      ...(coordinator && { coordinatorName: blankToNull(values.coordinatorName) }),
    };
    const changes: MediationOrgUpdate = {
      ...(Object.fromEntries(Object.entries(next).filter(([key, value]) => value !== org[key as keyof typeof next])) as MediationOrgUpdate),
      ...(checklistItems.some((item) => checklist[item] !== org.checklist[item]) && { checklist }),
    };
    if (Object.keys(changes).length === 0) {
      onClose();
      return;
    }
    update.mutate(
      { id: org.id, version: org.version, changes },
      {
        onSuccess: () => {
          message.success(t('mediationOrgs.saved'));
          onClose();
        },
        onError: (error) => {
          if (isApiError(error, 'version_conflict')) {
            message.warning(t('mediationOrgs.recordChanged'));
            onClose();
          } else showApiError(error, form);
        },
      },
    );
  };

  return (
    <Modal open title={t('mediationOrgs.edit')} footer={null} onCancel={onClose} destroyOnHidden width={600}>
      <Form
        form={form}
        layout="vertical"
        onFinish={save}
        disabled={update.isPending}
        initialValues={{
          name: org.name,
          coordinatorName: org.coordinatorName ?? '',
          checklist: checklistItems.filter((item) => org.checklist[item]),
          phone: org.phone ?? '',
          address: org.address ?? '',
          reportingCadence: org.reportingCadence,
        }}
        style={{ marginTop: 16 }}
      >
        <Form.Item name="name" label={t('mediationOrgs.name')} rules={[{ required: true }, ...stringRules(nameSchema, t('common.blank'))]}>
          <Input />
        </Form.Item>
        {coordinator && (
          <Form.Item
            name="coordinatorName"
            label={t('mediationOrgs.coordinatorName')}
            rules={[{ required: true, whitespace: true, message: ruleMessage('filing.coordinator_name', language) }, ...stringRules(coordinatorSchema, t('common.blank'))]}
          >
            <Input />
          </Form.Item>
        )}
        <Form.Item name="checklist" label={t('mediationOrgs.checklist')}>
          <Checkbox.Group options={checklistItems.map((item) => ({ value: item, label: label(checklistLabels[item]) }))} />
        </Form.Item>
        <Form.Item name="phone" label={t('mediationOrgs.phone')} rules={stringRules(phoneSchema, t('offices.phoneInvalid'))}>
          <Input />
        </Form.Item>
        <Form.Item name="address" label={t('mediationOrgs.address')} rules={stringRules(addressSchema, t('common.blank'))}>
          <Input />
        </Form.Item>
        <Form.Item name="reportingCadence" label={t('mediationOrgs.reportingCadence')}>
          <Radio.Group options={reportingCadences.map((cadence) => ({ value: cadence, label: t('mediationOrgs.per', { cadence: label(reportingCadenceLabels[cadence]) }) }))} />
        </Form.Item>
        <Flex justify="end" gap="small">
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" htmlType="submit" loading={update.isPending}>
            {t('common.save')}
          </Button>
        </Flex>
      </Form>
    </Modal>
  );
}
