import { Button, Checkbox, Flex, Form, Input, Modal, Radio, Select } from 'antd';
import { webhookEventLabels, webhookEventTypes, type WebhookEventType, type WebhookSubscriptionCreated } from '@union/shared';
import { useTranslation } from 'react-i18next';
import { useCan, useMe } from '@/features/auth';
import { OfficeTreeSelect } from '@/features/offices';
import { useShowApiError } from '@/lib/form-errors';
import { useLabel } from '@/lib/i18n';
import { useApiClients } from '../api/api-clients';
import { useCreateWebhook } from '../api/webhooks';

interface Values {
  url: string;
  eventTypes: WebhookEventType[];
  owner: 'office' | 'client';
  officeId?: string;
  apiClientId?: string;
}

interface Props {
  open: boolean;
  onClose: () => void;
  /** Called with the create answer, whose signing secret is shown this once. */
  onCreated: (created: WebhookSubscriptionCreated) => void;
}

/** Subscribes a URL to events of an office's subtree, or of an API client's. */
export function WebhookFormModal({ open, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const label = useLabel();
  const me = useMe().data;
  const showApiError = useShowApiError();
  const [form] = Form.useForm<Values>();
  const owner = Form.useWatch('owner', form);
  const canManageKeys = useCan('api_clients:write');
  const clients = useApiClients({ revoked: false, limit: 500 }, open && canManageKeys);
  const create = useCreateWebhook();

  const save = ({ url, eventTypes, owner, officeId, apiClientId }: Values) =>
    create.mutate(
      { url: url.trim(), eventTypes, ...(owner === 'client' ? { apiClientId } : { officeId }) },
      {
        onSuccess: (created) => {
          form.resetFields();
          onCreated(created);
        },
        onError: (error) => showApiError(error, form),
      },
    );

  return (
    <Modal open={open} title={t('integrations.createWebhook')} footer={null} onCancel={onClose} destroyOnHidden width={640}>
      <Form form={form} layout="vertical" onFinish={save} initialValues={{ owner: 'office', officeId: me?.officeId, eventTypes: [] }} disabled={create.isPending} style={{ marginTop: 16 }}>
        <Form.Item name="url" label={t('integrations.url')} extra={t('integrations.urlHelp')} rules={[{ required: true, type: 'url' }]}>
          <Input placeholder="https://" autoComplete="off" />
        </Form.Item>
        <Form.Item name="eventTypes" label={t('integrations.eventTypes')} rules={[{ required: true, type: 'array', min: 1 }]}>
          <Checkbox.Group style={{ display: 'grid', gap: 8 }} options={webhookEventTypes.map((type) => ({ value: type, label: `${label(webhookEventLabels[type])} (${type})` }))} />
        </Form.Item>
        <Form.Item name="owner" label={t('integrations.owner')}>
          <Radio.Group
            options={[
              { value: 'office', label: t('integrations.ownerOffice') },
              { value: 'client', label: t('integrations.ownerClient') },
            ]}
          />
        </Form.Item>
        {owner === 'client' ? (
          <Form.Item name="apiClientId" label={t('integrations.apiClient')} rules={[{ required: true }]}>
            <Select loading={clients.isLoading} options={clients.data?.items.map((c) => ({ value: c.id, label: `${c.name} (${c.keyPrefix}…)` }))} />
          </Form.Item>
        ) : (
          <Form.Item name="officeId" label={t('integrations.office')} rules={[{ required: true }]}>
            <OfficeTreeSelect />
          </Form.Item>
        )}
        <Flex justify="end" gap="small">
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" htmlType="submit" loading={create.isPending}>
            {t('integrations.createWebhook')}
          </Button>
        </Flex>
      </Form>
    </Modal>
  );
}
