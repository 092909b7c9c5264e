import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Select, Space, Table, Tag, type TableColumnsType } from 'antd';
import { lawyerKindLabels, lawyerKinds, lawyerPoolLabels, lawyerPools, type Lawyer } from '@union/shared';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CursorPager } from '@/components/CursorPager';
import { ExportButton } from '@/components/ExportButton';
import { QueryError } from '@/components/QueryError';
import { useCan } from '@/features/auth';
import { OfficeTreeSelect } from '@/features/offices';
import { useLabel } from '@/lib/i18n';
import { useCursorPaging } from '@/lib/paging';
import { readBoolean, readEnum, readSort, sortFromTable, sortOrderOf, useUrlParams } from '@/lib/url-state';
import { useLawyers } from '../api/get-lawyers';
import { ActiveTag, CertificateCell } from './CertificateCell';
import { PeopleFilters } from './PeopleFilters';

const LawyerFormModal = lazy(() => import('./LawyerFormModal').then((m) => ({ default: m.LawyerFormModal })));
const sortable = ['name', 'certificateExpiry', 'createdAt'] as const;

/** 律师: the network's lawyers, their kind, pools and cap on active matters. */
export function LawyersPanel() {
  const { t } = useTranslation();
  const label = useLabel();
  const canWrite = useCan('people:write');
  const [params, setParams] = useUrlParams();
  const filters = {
    q: params.get('q') ?? undefined,
    officeId: params.get('officeId') ?? undefined,
    kind: readEnum(params, 'kind', lawyerKinds),
    pool: readEnum(params, 'pool', lawyerPools),
    active: readBoolean(params, 'active'),
    certificate: readEnum(params, 'certificate', ['expiring', 'expired'] as const),
  };
  const sort = readSort(params, sortable);
  const paging = useCursorPaging(params.toString());
  const lawyers = useLawyers({ ...filters, sort, limit: paging.limit, cursor: paging.cursor });
  const [modal, setModal] = useState<{ open: boolean; id?: string } | null>(null);
  const none = t('common.none');

  const columns: TableColumnsType<Lawyer> = [
    { key: 'name', title: t('people.name'), dataIndex: 'name', sorter: true, sortOrder: sortOrderOf(sort, 'name') },
    { key: 'licenseNo', title: t('people.licenseNo'), render: (_, l) => <span style={{ fontFamily: 'monospace' }}>{l.licenseNo}</span> },
    { key: 'firm', title: t('people.firm'), dataIndex: 'firm' },
    { key: 'kind', title: t('people.lawyerKind'), render: (_, l) => label(lawyerKindLabels[l.kind]) },
    { key: 'pools', title: t('people.pools'), render: (_, l) => (l.pools.length ? l.pools.map((p) => <Tag key={p} color="blue">{label(lawyerPoolLabels[p])}</Tag>) : none) },
    { key: 'maxActiveMatters', title: t('people.maxActiveMatters'), dataIndex: 'maxActiveMatters', align: 'right' },
    { key: 'office', title: t('people.keptBy'), dataIndex: 'officeName' },
    { key: 'active', title: t('people.status'), render: (_, l) => <ActiveTag active={l.active} /> },
    {
      key: 'certificateExpiry',
      title: t('people.licenseExpiry'),
      sorter: true,
      sortOrder: sortOrderOf(sort, 'certificateExpiry'),
      render: (_, l) => <CertificateCell expiry={l.certificateExpiry} standing={l.certificateStanding} />,
    },
    ...(canWrite
      ? [
          {
            key: 'actions',
            title: t('common.actions'),
            render: (_: unknown, l: Lawyer) => (
              <Button type="link" size="small" onClick={() => setModal({ open: true, id: l.id })}>
                {t('common.edit')}
              </Button>
            ),
          },
        ]
      : []),
  ];

  if (lawyers.isError) return <QueryError error={lawyers.error} onRetry={() => void lawyers.refetch()} />;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Flex justify="space-between" align="flex-start" gap="middle">
        <PeopleFilters value={filters} onChange={setParams} searchPlaceholder={t('people.searchLawyers')}>
          <Select
            allowClear
            placeholder={t('people.lawyerKind')}
            value={filters.kind}
            onChange={(kind) => setParams({ kind })}
            options={lawyerKinds.map((kind) => ({ value: kind, label: label(lawyerKindLabels[kind]) }))}
            style={{ width: 130 }}
          />
          <Select
            allowClear
            placeholder={t('people.pools')}
            value={filters.pool}
            onChange={(pool) => setParams({ pool })}
            options={lawyerPools.map((pool) => ({ value: pool, label: label(lawyerPoolLabels[pool]) }))}
            style={{ width: 180 }}
          />
          <OfficeTreeSelect
            allowClear
            placeholder={t('people.keptBy')}
            value={filters.officeId}
            onChange={(officeId) => setParams({ officeId })}
            style={{ width: 220 }}
            popupMatchSelectWidth={360}
          />
        </PeopleFilters>
        <Space>
          <ExportButton list="lawyers" query={{ ...filters, sort }} title={t('people.tabs.lawyers')} />
          {canWrite && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setModal({ open: true })}>
              {t('people.createLawyer')}
            </Button>
          )}
        </Space>
      </Flex>
      <Table<Lawyer>
        rowKey="id"
        columns={columns}
        dataSource={lawyers.data?.items}
        loading={lawyers.isFetching}
        pagination={false}
        scroll={{ x: 'max-content' }}
        onChange={(_, __, sorter) => setParams({ sort: sortFromTable(sorter, sortable) })}
      />
      <CursorPager paging={paging} nextCursor={lawyers.data?.nextCursor} loading={lawyers.isPlaceholderData} />
      {modal && (
        <Suspense fallback={null}>
          <LawyerFormModal open={modal.open} lawyerId={modal.id} onClose={() => setModal({ ...modal, open: false })} />
        </Suspense>
      )}
    </Space>
  );
}
