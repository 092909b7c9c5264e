import { PlusOutlined } from '@ant-design/icons';
import { Button, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { employerSortFields, type Employer } from '@union/shared';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { CursorPager } from '@/components/CursorPager';
import { ExportButton } from '@/components/ExportButton';
import { QueryError } from '@/components/QueryError';
import { Panel } from '@/components/Panel';
import { useCan } from '@/features/auth';
import { useFormatDateTime } from '@/lib/format';
import { useCursorPaging } from '@/lib/paging';
import { regionPrefix } from '@/lib/regions';
import { readBoolean, readSort, sortFromTable, sortOrderOf, useUrlParams } from '@/lib/url-state';
import { useEmployers } from '../api/get-employers';
import { EmployerFilters, type EmployerFilterValues } from '../components/EmployerFilters';

// The form (and the rules it brings) loads when first opened, not with the page.
const EmployerFormModal = lazy(() => import('../components/EmployerFormModal').then((m) => ({ default: m.EmployerFormModal })));

/** The registry of employers (用人单位): searched, filtered, sorted and paged on the server. */
export default function EmployersPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const formatDateTime = useFormatDateTime();
  const canWrite = useCan('employers:write');
  const [params, setParams] = useUrlParams();
  const filters: EmployerFilterValues = {
    q: params.get('q') ?? undefined,
    regionCode: params.get('regionCode') ?? undefined,
    unionized: readBoolean(params, 'unionized'),
    groupId: params.get('groupId') ?? undefined,
  };
  const sort = readSort(params, employerSortFields);
  const paging = useCursorPaging(params.toString());
  // the URL keeps the code picked; the API matches the prefix it stands for
  const employers = useEmployers({ ...filters, regionCode: regionPrefix(filters.regionCode), sort, limit: paging.limit, cursor: paging.cursor });
  const [creating, setCreating] = useState<boolean | null>(null);

  const columns: TableColumnsType<Employer> = [
    {
      key: 'name',
      title: t('employers.name'),
      sorter: true,
      sortOrder: sortOrderOf(sort, 'name'),
      render: (_, e) => <Link to={`/employers/${e.id}`}>{e.name}</Link>,
    },
    {
      key: 'creditCode',
      title: t('employers.creditCode'),
      sorter: true,
      sortOrder: sortOrderOf(sort, 'creditCode'),
      render: (_, e) => <Typography.Text copyable style={{ fontFamily: 'monospace' }}>{e.creditCode}</Typography.Text>,
    },
    { key: 'region', title: t('employers.street'), render: (_, e) => e.regionName ?? e.regionCode },
    { key: 'industry', title: t('employers.industry'), dataIndex: 'industry' },
    {
      key: 'employeeCount',
      title: t('employers.employeeCount'),
      align: 'right',
      sorter: true,
      sortOrder: sortOrderOf(sort, 'employeeCount'),
      render: (_, e) => e.employeeCount.toLocaleString(),
    },
    {
      key: 'unionized',
      title: t('employers.unionized'),
      render: (_, e) => (e.unionized ? <Tag color="green">{t('employers.unionizedYes')}</Tag> : <Tag>{t('employers.unionizedNo')}</Tag>),
    },
    { key: 'unionOffice', title: t('employers.unionOffice'), render: (_, e) => e.unionOfficeName ?? t('common.none') },
    { key: 'group', title: t('employers.group'), render: (_, e) => e.groupName ?? t('common.none') },
    { key: 'createdAt', title: t('employers.createdAt'), sorter: true, sortOrder: sortOrderOf(sort, 'createdAt'), render: (_, e) => formatDateTime(e.createdAt) },
  ];

  if (employers.isError) return <QueryError error={employers.error} onRetry={() => void employers.refetch()} />;

  return (
    <Panel
      title={t('employers.title')}
      extra={
        <Space>
          <ExportButton list="employers" query={{ ...filters, regionCode: regionPrefix(filters.regionCode), sort }} title={t('employers.title')} />
          {canWrite && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('employers.create')}
            </Button>
          )}
        </Space>
      }
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <EmployerFilters value={filters} onChange={setParams} />
        <Table<Employer>
          rowKey="id"
          columns={columns}
          dataSource={employers.data?.items}
          loading={employers.isFetching}
          pagination={false}
          scroll={{ x: 'max-content' }}
          onChange={(_, __, sorter) => setParams({ sort: sortFromTable(sorter, employerSortFields) })}
        />
        <CursorPager paging={paging} nextCursor={employers.data?.nextCursor} loading={employers.isPlaceholderData} />
      </Space>
      {creating !== null && (
        <Suspense fallback={null}>
          <EmployerFormModal open={creating} onClose={() => setCreating(false)} onSaved={(e) => navigate(`/employers/${e.id}`)} />
        </Suspense>
      )}
    </Panel>
  );
}
