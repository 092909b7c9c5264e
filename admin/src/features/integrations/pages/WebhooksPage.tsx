import { PlusOutlined } from '@ant-design/icons';
import { Button, Popconfirm, Space, Switch, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { webhookEventLabels, type WebhookSubscription } from '@union/shared';
import { lazy, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CursorPager } from '@/components/CursorPager';
import { QueryError } from '@/components/QueryError';
import { Panel } from '@/components/Panel';
import { OnceOpened } from '@/components/OnceOpened';
import { useShowApiError } from '@/lib/form-errors';
import { useFormatDateTime } from '@/lib/format';
import { useLabel } from '@/lib/i18n';
import { useCursorPaging } from '@/lib/paging';
import { useRotateWebhookSecret, useUpdateWebhook, useWebhooks } from '../api/webhooks';
import { ShownOnceModal } from '../components/ShownOnceModal';

// Dialogs (and the forms they bring) load when first opened, not with the page.
const WebhookFormModal = lazy(() => import('../components/WebhookFormModal').then((m) => ({ default: m.WebhookFormModal })));
const DeliveriesDrawer = lazy(() => import('../components/DeliveriesDrawer').then((m) => ({ default: m.DeliveriesDrawer })));

/** 事件订阅: where events of this subtree are sent, and what became of each delivery. */
export default function WebhooksPage() {
  const { t } = useTranslation();
  const label = useLabel();
  const showApiError = useShowApiError();
  const formatDateTime = useFormatDateTime();
  const paging = useCursorPaging('webhooks');
  const webhooks = useWebhooks({ limit: paging.limit, cursor: paging.cursor });
  const update = useUpdateWebhook();
  const rotate = useRotateWebhookSecret();
  const [creating, setCreating] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  const [logOf, setLogOf] = useState<WebhookSubscription | null>(null);

  const columns: TableColumnsType<WebhookSubscription> = [
    { key: 'url', title: t('integrations.url'), render: (_, w) => <Typography.Text code>{w.url}</Typography.Text> },
    { key: 'eventTypes', title: t('integrations.eventTypes'), render: (_, w) => w.eventTypes.map((e) => <Tag key={e}>{label(webhookEventLabels[e])}</Tag>) },
    { key: 'owner', title: t('integrations.owner'), render: (_, w) => (w.apiClientName ? `${w.apiClientName}（${w.officeName}）` : w.officeName) },
    { key: 'createdAt', title: t('integrations.createdAt'), render: (_, w) => formatDateTime(w.createdAt) },
    {
      key: 'active',
      title: t('integrations.status'),
      render: (_, w) => (
        <Switch
          checked={w.active}
          checkedChildren={t('integrations.active')}
          unCheckedChildren={t('integrations.paused')}
          loading={update.isPending && update.variables?.id === w.id}
          onChange={(active) => update.mutate({ id: w.id, version: w.version, changes: { active } }, { onError: (e) => showApiError(e) })}
        />
      ),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      render: (_, w) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => setLogOf(w)}>
            {t('integrations.deliveries')}
          </Button>
          <Popconfirm
            title={t('integrations.rotateSecretConfirm')}
            onConfirm={async () => {
              try {
                setSecret((await rotate.mutateAsync({ id: w.id, version: w.version })).secret);
              } catch (e) {
                showApiError(e);
              }
            }}
          >
            <Button type="link" size="small" loading={rotate.isPending && rotate.variables?.id === w.id}>
              {t('integrations.rotateSecret')}
            </Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];

  if (webhooks.isError) return <QueryError error={webhooks.error} onRetry={() => void webhooks.refetch()} />;

  return (
    <Panel
      title={t('integrations.webhooksTitle')}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          {t('integrations.createWebhook')}
        </Button>
      }
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Paragraph type="secondary">{t('integrations.webhooksIntro')}</Typography.Paragraph>
        <Table<WebhookSubscription> rowKey="id" columns={columns} dataSource={webhooks.data?.items} loading={webhooks.isFetching} pagination={false} />
        <CursorPager paging={paging} nextCursor={webhooks.data?.nextCursor} loading={webhooks.isPlaceholderData} />
      </Space>
      <OnceOpened open={creating}>
        <WebhookFormModal
          open={creating}
          onClose={() => setCreating(false)}
          onCreated={(created) => {
            setCreating(false);
            setSecret(created.secret);
          }}
        />
      </OnceOpened>
      <ShownOnceModal title={t('integrations.newSecret')} value={secret} onClose={() => setSecret(null)} />
      <OnceOpened open={logOf !== null}>
        <DeliveriesDrawer subscription={logOf} onClose={() => setLogOf(null)} />
      </OnceOpened>
    </Panel>
  );
}
