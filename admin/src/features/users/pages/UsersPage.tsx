import { PlusOutlined } from '@ant-design/icons';
import { Badge, Button, Flex, Select, Space, Table, Tag, Tooltip, type TableColumnsType } from 'antd';
import { grantableRoles, roleLabels, roles, type Role, type User, type UserListQuery } from '@union/shared';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ExportButton } from '@/components/ExportButton';
import { QueryError } from '@/components/QueryError';
import { Panel } from '@/components/Panel';
import { useCan, useMe } from '@/features/auth';
import { useFormatDateTime } from '@/lib/format';
import { useLabel } from '@/lib/i18n';
import { useUsers } from '../api/get-users';
import { UserFilters, type UserFilterValues } from '../components/UserFilters';

// The form (and the schema rules it brings) loads when first opened, not with the page.
const UserFormModal = lazy(() => import('../components/UserFormModal').then((m) => ({ default: m.UserFormModal })));

type Sort = NonNullable<UserListQuery['sort']>;
const sortable = ['username', 'createdAt'] as const;
const pageSizes = [20, 50, 100];

/** Filters and sort live in the URL, so a view can be bookmarked and the back button works. */
function readQuery(params: URLSearchParams): UserFilterValues & { sort?: Sort } {
  const role = params.get('role') as Role | null;
  const active = params.get('active');
  const sort = params.get('sort');
  return {
    q: params.get('q') ?? undefined,
    role: role && roles.includes(role) ? role : undefined,
    active: active === 'true' ? true : active === 'false' ? false : undefined,
    officeId: params.get('officeId') ?? undefined,
    sort: sortable.some((field) => sort === field || sort === `-${field}`) ? (sort as Sort) : undefined,
  };
}

export default function UsersPage() {
  const { t } = useTranslation();
  const label = useLabel();
  const formatDateTime = useFormatDateTime();
  const canWrite = useCan('users:write');
  const grantable = grantableRoles(useMe().data?.roles ?? []);
  const [params, setParams] = useSearchParams();
  const filters = readQuery(params);
  const [pageSize, setPageSize] = useState(pageSizes[0]);
  const [modal, setModal] = useState<{ open: boolean; userId?: string } | null>(null);

  // Cursors of the pages walked through after the first; new filters start again at page one.
  const [cursors, setCursors] = useState<string[]>([]);
  const pagingKey = `${params.toString()}|${pageSize}`;
  const [pagedFor, setPagedFor] = useState(pagingKey);
  if (pagedFor !== pagingKey) {
    setPagedFor(pagingKey);
    setCursors([]);
  }

  const users = useUsers({ ...filters, limit: pageSize, cursor: cursors.at(-1) });

  const setQuery = (change: Partial<UserFilterValues> & { sort?: Sort }) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      for (const [key, value] of Object.entries(change)) {
        if (value === undefined || value === '') next.delete(key);
        else next.set(key, String(value));
      }
      return next;
    });

  const sortOrder = (field: (typeof sortable)[number]) =>
    filters.sort === field ? ('ascend' as const) : filters.sort === `-${field}` ? ('descend' as const) : null;

  const columns: TableColumnsType<User> = [
    { key: 'username', title: t('users.username'), dataIndex: 'username', sorter: true, sortOrder: sortOrder('username') },
    { key: 'displayName', title: t('users.displayName'), dataIndex: 'displayName' },
    { key: 'office', title: t('users.office'), dataIndex: 'officeName' },
    {
      key: 'roles',
      title: t('users.roles'),
      render: (_, user) => user.roles.map((role) => <Tag key={role}>{label(roleLabels[role])}</Tag>),
    },
    {
      key: 'active',
      title: t('users.status'),
      render: (_, user) => (
        <Badge status={user.active ? 'success' : 'default'} text={user.active ? t('users.active') : t('users.inactive')} style={{ whiteSpace: 'nowrap' }} />
      ),
    },
    { key: 'lastLoginAt', title: t('users.lastLogin'), render: (_, user) => formatDateTime(user.lastLoginAt) },
    {
      key: 'createdAt',
      title: t('users.createdAt'),
      sorter: true,
      sortOrder: sortOrder('createdAt'),
      render: (_, user) => formatDateTime(user.createdAt),
    },
    ...(canWrite
      ? [
          {
            key: 'actions',
            title: t('common.actions'),
            render: (_: unknown, user: User) => {
              const editable = user.roles.every((role) => grantable.includes(role));
              return (
                <Tooltip title={editable ? undefined : t('users.notEditable')}>
                  <Button type="link" size="small" disabled={!editable} onClick={() => setModal({ open: true, userId: user.id })}>
                    {t('common.edit')}
                  </Button>
                </Tooltip>
              );
            },
          },
        ]
      : []),
  ];

  if (users.isError) return <QueryError error={users.error} onRetry={() => void users.refetch()} />;

  return (
    <Panel
      title={t('users.title')}
      extra={
        <Space>
          <ExportButton list="users" query={filters} title={t('users.title')} />
          {canWrite && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setModal({ open: true })}>
              {t('users.create')}
            </Button>
          )}
        </Space>
      }
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <UserFilters value={filters} onChange={setQuery} />
        <Table<User>
          rowKey="id"
          columns={columns}
          dataSource={users.data?.items}
          loading={users.isFetching}
          pagination={false}
          onChange={(_, __, sorter) => {
            const { columnKey, order } = Array.isArray(sorter) ? sorter[0] : sorter;
            const field = sortable.find((f) => f === columnKey);
            setQuery({ sort: field && order ? ((order === 'descend' ? `-${field}` : field) as Sort) : undefined });
          }}
        />
        <Flex justify="flex-end" align="center" gap="small">
          <Button disabled={cursors.length === 0} onClick={() => setCursors(cursors.slice(0, -1))}>
            {t('common.previousPage')}
          </Button>
          <span>{cursors.length + 1}</span>
          <Button
            disabled={!users.data?.nextCursor || users.isPlaceholderData}
            onClick={() => users.data?.nextCursor && setCursors([...cursors, users.data.nextCursor])}
          >
            {t('common.nextPage')}
          </Button>
          <Select
            value={pageSize}
            onChange={setPageSize}
            options={pageSizes.map((size) => ({ value: size, label: t('common.perPage', { size }) }))}
            style={{ width: 120 }}
          />
        </Flex>
      </Space>
      {modal && (
        <Suspense fallback={null}>
          <UserFormModal open={modal.open} userId={modal.userId} onClose={() => setModal({ ...modal, open: false })} />
        </Suspense>
      )}
    </Panel>
  );
}
