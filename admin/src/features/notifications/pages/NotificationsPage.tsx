import { CheckOutlined } from '@ant-design/icons';
import { Badge, Button, Segmented, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { notificationKindLabels, type Notification, type NotificationKind } from '@union/shared';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { CursorPager } from '@/components/CursorPager';
import { ExportButton } from '@/components/ExportButton';
import { QueryError } from '@/components/QueryError';
import { Panel } from '@/components/Panel';
import { useFeedback } from '@/lib/feedback';
import { useShowApiError } from '@/lib/form-errors';
import { useFormatDateTime } from '@/lib/format';
import { useLabel } from '@/lib/i18n';
import { useCursorPaging } from '@/lib/paging';
import { useUrlParams } from '@/lib/url-state';
import { useNotifications } from '../api/get-notifications';
import { useMarkAllRead } from '../api/mark-all-read';
import { useMarkRead } from '../api/mark-read';

/** Kinds that ask for action now stand out; any other kind shows plain. */
const kindColors: Partial<Record<NotificationKind, string>> = {
  transfer_waiting: 'gold',
  transfer_declined: 'orange',
  case_due_soon: 'orange',
  case_overdue: 'red',
  major_report: 'volcano',
  major_report_alarm: 'red',
  notice_ready_to_escalate: 'red',
};

/** Where a notice leads: the record it is about. */
function pathOf(n: Notification): string | null {
  switch (n.entity) {
    case 'case':
      return `/cases/${n.entityId}`;
    case 'major_report':
      return '/major-reports';
    case 'warning':
      return `/warnings/${n.entityId}`;
    case 'notice':
      return `/notices/${n.entityId}`;
    default:
      return null;
  }
}

/** 消息: the office's notices, unread first to the eye; opening one marks it read. */
export default function NotificationsPage() {
  const { t } = useTranslation();
  const label = useLabel();
  const navigate = useNavigate();
  const formatDateTime = useFormatDateTime();
  const { message } = useFeedback();
  const showApiError = useShowApiError();
  const [params, setParams] = useUrlParams();
  const unreadOnly = params.get('unread') === 'true';
  const paging = useCursorPaging(params.toString());
  const inbox = useNotifications({ ...(unreadOnly && { unread: true }), limit: paging.limit, cursor: paging.cursor });
  const markRead = useMarkRead();
  const markAllRead = useMarkAllRead();

  const open = (n: Notification) => {
    if (!n.read) markRead.mutate(n.id, { onError: (error) => showApiError(error) });
    const path = pathOf(n);
    if (path) navigate(path);
  };

  const columns: TableColumnsType<Notification> = [
    { key: 'read', width: 32, render: (_, n) => (n.read ? null : <Badge status="processing" aria-label={t('notifications.unread')} />) },
    { key: 'kind', title: t('notifications.kind'), render: (_, n) => <Tag color={kindColors[n.kind]}>{notificationKindLabels[n.kind] ? label(notificationKindLabels[n.kind]) : n.kind}</Tag> },
    {
      key: 'title',
      title: t('notifications.subject'),
      render: (_, n) => (
        <Typography.Link strong={!n.read} onClick={() => open(n)}>
          {n.title}
        </Typography.Link>
      ),
    },
    { key: 'createdAt', title: t('notifications.createdAt'), render: (_, n) => formatDateTime(n.createdAt) },
    {
      key: 'actions',
      title: t('common.actions'),
      render: (_, n) =>
        !n.read && (
          <Button size="small" type="link" onClick={() => markRead.mutate(n.id, { onError: (error) => showApiError(error) })}>
            {t('notifications.markRead')}
          </Button>
        ),
    },
  ];

  if (inbox.isError) return <QueryError error={inbox.error} onRetry={() => void inbox.refetch()} />;

  return (
    <Panel
      title={
        <Space>
          <span>{t('notifications.title')}</span>
          {inbox.data && <Badge count={inbox.data.unread} showZero color={inbox.data.unread ? undefined : '#d9d9d9'} />}
        </Space>
      }
      extra={
        <Space>
          <ExportButton list="notifications" query={{ unread: unreadOnly || undefined }} title={t('notifications.title')} />
          <Button
            icon={<CheckOutlined />}
            disabled={!inbox.data?.unread}
            loading={markAllRead.isPending}
            onClick={() => markAllRead.mutate(undefined, { onSuccess: () => void message.success(t('notifications.allRead')), onError: (error) => showApiError(error) })}
          >
            {t('notifications.markAllRead')}
          </Button>
        </Space>
      }
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Segmented<'all' | 'unread'>
          value={unreadOnly ? 'unread' : 'all'}
          onChange={(v) => setParams({ unread: v === 'unread' ? true : undefined })}
          options={[
            { value: 'all', label: t('notifications.all') },
            { value: 'unread', label: t('notifications.unreadOnly') },
          ]}
        />
        <Table<Notification>
          data-testid="notifications"
          rowKey="id"
          columns={columns}
          dataSource={inbox.data?.items}
          loading={inbox.isFetching && !inbox.data}
          pagination={false}
          scroll={{ x: 'max-content' }}
        />
        <CursorPager paging={paging} nextCursor={inbox.data?.nextCursor} loading={inbox.isPlaceholderData} />
      </Space>
    </Panel>
  );
}
