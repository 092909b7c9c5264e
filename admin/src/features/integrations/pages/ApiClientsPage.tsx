import { PlusOutlined } from '@ant-design/icons';
import { Badge, Button, Popconfirm, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { permissionLabels, type ApiClient } from '@union/shared';
import { lazy, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CursorPager } from '@/components/CursorPager';
import { QueryError } from '@/components/QueryError';
import { Panel } from '@/components/Panel';
import { OnceOpened } from '@/components/OnceOpened';
import { useFeedback } from '@/lib/feedback';
import { useShowApiError } from '@/lib/form-errors';
import { useFormatDateTime } from '@/lib/format';
import { useLabel } from '@/lib/i18n';
import { useCursorPaging } from '@/lib/paging';
import { useApiClients, useRevokeApiClient } from '../api/api-clients';
import { ShownOnceModal } from '../components/ShownOnceModal';

// Dialogs (and the forms they bring) load when first opened, not with the page.
const ApiClientFormModal = lazy(() => import('../components/ApiClientFormModal').then((m) => ({ default: m.ApiClientFormModal })));

/** 接口密钥: the keys other systems call the API with, for this office's subtree. */
export default function ApiClientsPage() {
  const { t } = useTranslation();
  const label = useLabel();
  const { message } = useFeedback();
  const showApiError = useShowApiError();
  const formatDateTime = useFormatDateTime();
  const paging = useCursorPaging('api-clients');
  const clients = useApiClients({ limit: paging.limit, cursor: paging.cursor });
  const revoke = useRevokeApiClient();
  const [creating, setCreating] = useState(false);
  const [newKey, setNewKey] = useState<string | null>(null);

  const columns: TableColumnsType<ApiClient> = [
    { key: 'name', title: t('integrations.keyName'), dataIndex: 'name' },
    { key: 'prefix', title: t('integrations.keyPrefix'), render: (_, c) => <Typography.Text code style={{ whiteSpace: 'nowrap' }}>{c.keyPrefix}…</Typography.Text> },
    { key: 'office', title: t('integrations.office'), dataIndex: 'officeName' },
    {
      key: 'permissions',
      title: t('integrations.permissions'),
      render: (_, c) => c.permissions.map((p) => <Tag key={p}>{label(permissionLabels[p])}</Tag>),
    },
    { key: 'createdAt', title: t('integrations.createdAt'), render: (_, c) => `${formatDateTime(c.createdAt)} ${c.createdBy ?? ''}` },
    { key: 'lastUsedAt', title: t('integrations.lastUsedAt'), render: (_, c) => formatDateTime(c.lastUsedAt) },
    {
      key: 'status',
      title: t('integrations.status'),
      render: (_, c) =>
        c.revokedAt ? <Badge status="default" text={t('integrations.revokedAt', { at: formatDateTime(c.revokedAt) })} /> : <Badge status="success" text={t('integrations.activeKey')} />,
    },
    {
      key: 'actions',
      title: t('common.actions'),
      render: (_, c) =>
        !c.revokedAt && (
          <Popconfirm
            title={t('integrations.revokeConfirm', { name: c.name })}
            okButtonProps={{ danger: true }}
            onConfirm={() =>
              revoke.mutate({ id: c.id, version: c.version }, { onSuccess: () => message.success(t('integrations.revoked')), onError: (e) => showApiError(e) })
            }
          >
            <Button type="link" size="small" danger>
              {t('integrations.revoke')}
            </Button>
          </Popconfirm>
        ),
    },
  ];

  if (clients.isError) return <QueryError error={clients.error} onRetry={() => void clients.refetch()} />;

  return (
    <Panel
      title={t('integrations.keysTitle')}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          {t('integrations.createKey')}
        </Button>
      }
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Paragraph type="secondary">{t('integrations.keysIntro')}</Typography.Paragraph>
        <Table<ApiClient> rowKey="id" columns={columns} dataSource={clients.data?.items} loading={clients.isFetching} pagination={false} />
        <CursorPager paging={paging} nextCursor={clients.data?.nextCursor} loading={clients.isPlaceholderData} />
      </Space>
      <OnceOpened open={creating}>
        <ApiClientFormModal
          open={creating}
          onClose={() => setCreating(false)}
          onCreated={(created) => {
            setCreating(false);
            setNewKey(created.key);
          }}
        />
      </OnceOpened>
      <ShownOnceModal title={t('integrations.newKey')} value={newKey} onClose={() => setNewKey(null)} />
    </Panel>
  );
}
