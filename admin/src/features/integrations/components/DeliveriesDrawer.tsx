import { Badge, Drawer, Select, Space, Table, Typography, type TableColumnsType } from 'antd';
import { webhookDeliveryStatusLabels, webhookDeliveryStatuses, webhookEventLabels, type WebhookDelivery, type WebhookDeliveryStatus, type WebhookSubscription } from '@union/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CursorPager } from '@/components/CursorPager';
import { QueryError } from '@/components/QueryError';
import { useFormatDateTime } from '@/lib/format';
import { useLabel } from '@/lib/i18n';
import { useCursorPaging } from '@/lib/paging';
import { useDeliveries } from '../api/webhooks';

const badge: Record<WebhookDeliveryStatus, 'processing' | 'success' | 'error'> = { pending: 'processing', delivered: 'success', failed: 'error' };

/** The delivery log of one subscription: each event, its tries and what the receiver answered. */
export function DeliveriesDrawer({ subscription, onClose }: { subscription: WebhookSubscription | null; onClose: () => void }) {
  const { t } = useTranslation();
  const label = useLabel();
  const formatDateTime = useFormatDateTime();
  const [status, setStatus] = useState<WebhookDeliveryStatus | undefined>();
  const paging = useCursorPaging(`${subscription?.id}|${status}`);
  const deliveries = useDeliveries(subscription?.id, { status, limit: paging.limit, cursor: paging.cursor });

  const columns: TableColumnsType<WebhookDelivery> = [
    { key: 'createdAt', title: t('integrations.eventAt'), render: (_, d) => formatDateTime(d.createdAt) },
    { key: 'eventType', title: t('integrations.eventType'), render: (_, d) => label(webhookEventLabels[d.eventType]) },
    { key: 'status', title: t('integrations.status'), render: (_, d) => <Badge status={badge[d.status]} text={label(webhookDeliveryStatusLabels[d.status])} /> },
    { key: 'attempts', title: t('integrations.attempts'), dataIndex: 'attempts' },
    { key: 'response', title: t('integrations.response'), render: (_, d) => d.error ?? d.responseStatus ?? t('common.none') },
    {
      key: 'when',
      title: t('integrations.when'),
      render: (_, d) =>
        d.deliveredAt
          ? t('integrations.deliveredAt', { at: formatDateTime(d.deliveredAt) })
          : d.nextAttemptAt
            ? t('integrations.nextAttemptAt', { at: formatDateTime(d.nextAttemptAt) })
            : formatDateTime(d.lastAttemptAt),
    },
    { key: 'eventId', title: 'X-Webhook-Id', render: (_, d) => <Typography.Text code copyable>{d.eventId}</Typography.Text> },
  ];

  return (
    <Drawer open={subscription !== null} onClose={onClose} size="large" title={t('integrations.deliveriesOf', { url: subscription?.url ?? '' })}>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Select
          allowClear
          placeholder={t('integrations.status')}
          value={status}
          onChange={setStatus}
          style={{ width: 160 }}
          options={webhookDeliveryStatuses.map((s) => ({ value: s, label: label(webhookDeliveryStatusLabels[s]) }))}
        />
        {deliveries.isError ? (
          <QueryError error={deliveries.error} onRetry={() => void deliveries.refetch()} />
        ) : (
          <Table<WebhookDelivery> rowKey="id" size="small" columns={columns} dataSource={deliveries.data?.items} loading={deliveries.isFetching} pagination={false} />
        )}
        <CursorPager paging={paging} nextCursor={deliveries.data?.nextCursor} loading={deliveries.isPlaceholderData} />
      </Space>
    </Drawer>
  );
}
