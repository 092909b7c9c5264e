import { Button, Flex, Form, Input, Modal, Radio, Select } from 'antd';
import { LaborWarningCreate, warningKindLabels, warningKinds, warningLevelLabels, warningLevels, type WarningKind } from '@union/shared';
import { useTranslation } from 'react-i18next';
import { EmployerSelect } from '@/features/employers';
import { useFeedback } from '@/lib/feedback';
import { useShowApiError } from '@/lib/form-errors';
import { useLabel } from '@/lib/i18n';
import { stringRules } from '@/lib/schema-rules';
import { useCreateWarning } from '../api/create-warning';
import type { LaborWarning } from '../api/types';

interface Values {
  employerId: string;
  kind: WarningKind;
  level: (typeof warningLevels)[number];
  description: string;
}

const { description: descriptionSchema } = LaborWarningCreate.properties;

/** 上报预警: what a station or coordinator saw at an employer (wage arrears rumours, layoffs), before any case. */
export function WarningFormModal({ onClose, onSaved }: { onClose: () => void; onSaved?: (warning: LaborWarning) => void }) {
  const { t } = useTranslation();
  const label = useLabel();
  const { message } = useFeedback();
  const showApiError = useShowApiError();
  const [form] = Form.useForm<Values>();
  const create = useCreateWarning();

  const save = (values: Values) =>
    create.mutate(
      { ...values, description: values.description.trim() },
      {
        onSuccess: (warning) => {
          message.success(t('warnings.created', { employer: warning.employerName }));
          onSaved?.(warning);
          onClose();
        },
        onError: (error) => showApiError(error, form),
      },
    );

  return (
    <Modal open title={t('warnings.create')} footer={null} onCancel={onClose} destroyOnHidden width={640}>
      <Form form={form} layout="vertical" initialValues={{ level: 'attention' }} onFinish={save} disabled={create.isPending} style={{ marginTop: 16 }}>
        <Form.Item name="employerId" label={t('warnings.employer')} rules={[{ required: true, message: t('warnings.employerRequired') }]}>
          <EmployerSelect />
        </Form.Item>
        <Form.Item name="kind" label={t('warnings.kind')} rules={[{ required: true, message: t('warnings.kindRequired') }]}>
          <Select options={warningKinds.map((k) => ({ value: k, label: label(warningKindLabels[k]) }))} />
        </Form.Item>
        <Form.Item name="level" label={t('warnings.level')} rules={[{ required: true }]}>
          <Radio.Group optionType="button" options={warningLevels.map((l) => ({ value: l, label: label(warningLevelLabels[l]) }))} />
        </Form.Item>
        <Form.Item
          name="description"
          label={t('warnings.description')}
          rules={[{ required: true, whitespace: true, message: t('warnings.descriptionRequired') }, ...stringRules(descriptionSchema, t('common.blank'))]}
        >
          <Input.TextArea rows={5} showCount maxLength={(descriptionSchema as { maxLength?: number }).maxLength} placeholder={t('warnings.descriptionPlaceholder')} />
        </Form.Item>
        <Flex justify="end" gap="small">
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" htmlType="submit" loading={create.isPending}>
            {t('warnings.submit')}
          </Button>
        </Flex>
      </Form>
    </Modal>
  );
}
