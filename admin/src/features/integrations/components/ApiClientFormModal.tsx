import { Button, Checkbox, Flex, Form, Input, Modal } from 'antd';
import { apiClientPermissionProblems, ApiClientCreate, permissionLabels, type ApiClientCreated, type Permission } from '@union/shared';
import { useTranslation } from 'react-i18next';
import { useMe } from '@/features/auth';
import { OfficeTreeSelect } from '@/features/offices';
import { useShowApiError } from '@/lib/form-errors';
import { useLabel } from '@/lib/i18n';
import { stringRules } from '@/lib/schema-rules';
import { useCreateApiClient } from '../api/api-clients';

interface Values {
  name: string;
  officeId: string;
  permissions: Permission[];
}

interface Props {
  open: boolean;
  onClose: () => void;
  /** Called with the create answer, whose key is shown this once. */
  onCreated: (created: ApiClientCreated) => void;
}

/** A new API key for an office of the caller's subtree, with some of the caller's own permissions. */
export function ApiClientFormModal({ open, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const label = useLabel();
  const me = useMe().data;
  const showApiError = useShowApiError();
  const [form] = Form.useForm<Values>();
  const create = useCreateApiClient();
  const held = new Set(me?.permissions ?? []);
  // the same rule the server applies: what the caller holds, never the right to make keys
  const grantable = (me?.permissions ?? []).filter((p) => apiClientPermissionProblems([p], held).length === 0);

  const save = (values: Values) =>
    create.mutate(
      { name: values.name.trim(), officeId: values.officeId, permissions: values.permissions },
      {
        onSuccess: (created) => {
          form.resetFields();
          onCreated(created);
        },
        onError: (error) => showApiError(error, form),
      },
    );

  return (
    <Modal open={open} title={t('integrations.createKey')} footer={null} onCancel={onClose} destroyOnHidden width={640}>
      <Form form={form} layout="vertical" onFinish={save} initialValues={{ officeId: me?.officeId, permissions: [] }} disabled={create.isPending} style={{ marginTop: 16 }}>
        <Form.Item name="name" label={t('integrations.keyName')} extra={t('integrations.keyNameHelp')} rules={[{ required: true }, ...stringRules(ApiClientCreate.properties.name, t('common.blank'))]}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="officeId" label={t('integrations.office')} extra={t('integrations.officeHelp')} rules={[{ required: true }]}>
          <OfficeTreeSelect />
        </Form.Item>
        <Form.Item name="permissions" label={t('integrations.permissions')} rules={[{ required: true, type: 'array', min: 1 }]}>
          <Checkbox.Group style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 8 }} options={grantable.map((p) => ({ value: p, label: label(permissionLabels[p]) }))} />
        </Form.Item>
        <Flex justify="end" gap="small">
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" htmlType="submit" loading={create.isPending}>
            {t('integrations.createKey')}
          </Button>
        </Flex>
      </Form>
    </Modal>
  );
}
