import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Space, Table, Tag, type TableColumnsType } from 'antd';
import { genderLabels, type Mediator } from '@union/shared';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CursorPager } from '@/components/CursorPager';
import { ExportButton } from '@/components/ExportButton';
import { QueryError } from '@/components/QueryError';
import { useCan } from '@/features/auth';
import { MediationOrgSelect } from '@/features/mediation-orgs';
import { useLabel } from '@/lib/i18n';
import { useCursorPaging } from '@/lib/paging';
import { readBoolean, readEnum, readSort, sortFromTable, sortOrderOf, useUrlParams } from '@/lib/url-state';
import { useMediators } from '../api/get-mediators';
import { ActiveTag, CertificateCell } from './CertificateCell';
import { PeopleFilters } from './PeopleFilters';

const MediatorFormModal = lazy(() => import('./MediatorFormModal').then((m) => ({ default: m.MediatorFormModal })));
const sortable = ['name', 'certificateExpiry', 'createdAt'] as const;

/** 调解员: the mediators of the organizations the user sees. */
export function MediatorsPanel() {
  const { t } = useTranslation();
  const label = useLabel();
  const canWrite = useCan('people:write');
  const [params, setParams] = useUrlParams();
  const filters = {
    q: params.get('q') ?? undefined,
    orgId: params.get('orgId') ?? undefined,
    active: readBoolean(params, 'active'),
    certificate: readEnum(params, 'certificate', ['expiring', 'expired'] as const),
  };
  const sort = readSort(params, sortable);
  const paging = useCursorPaging(params.toString());
  const mediators = useMediators({ ...filters, sort, limit: paging.limit, cursor: paging.cursor });
  const [modal, setModal] = useState<{ open: boolean; id?: string } | null>(null);
  const none = t('common.none');

  const columns: TableColumnsType<Mediator> = [
    { key: 'name', title: t('people.name'), dataIndex: 'name', sorter: true, sortOrder: sortOrderOf(sort, 'name') },
    { key: 'org', title: t('people.org'), render: (_, m) => <Link to={`/mediation-orgs/${m.orgId}`}>{m.orgName}</Link> },
    { key: 'gender', title: t('people.gender'), render: (_, m) => (m.gender ? label(genderLabels[m.gender]) : none) },
    { key: 'phone', title: t('people.phone'), render: (_, m) => m.phone ?? none },
    {
      key: 'kind',
      title: t('people.mediatorKind'),
      render: (_, m) => (
        <Space size={4}>
          <Tag>{m.partTime ? t('people.partTime') : t('people.fullTime')}</Tag>
          {m.alsoSupervisor && <Tag color="blue">{t('people.alsoSupervisor')}</Tag>}
        </Space>
      ),
    },
    { key: 'active', title: t('people.status'), render: (_, m) => <ActiveTag active={m.active} /> },
    {
      key: 'certificateExpiry',
      title: t('people.certificate'),
      sorter: true,
      sortOrder: sortOrderOf(sort, 'certificateExpiry'),
      render: (_, m) => <CertificateCell no={m.certificateNo} expiry={m.certificateExpiry} standing={m.certificateStanding} />,
    },
    ...(canWrite
      ? [
          {
            key: 'actions',
            title: t('common.actions'),
            render: (_: unknown, m: Mediator) => (
              <Button type="link" size="small" onClick={() => setModal({ open: true, id: m.id })}>
                {t('common.edit')}
              </Button>
            ),
          },
        ]
      : []),
  ];

  if (mediators.isError) return <QueryError error={mediators.error} onRetry={() => void mediators.refetch()} />;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Flex justify="space-between" align="flex-start" gap="middle">
        <PeopleFilters value={filters} onChange={setParams} searchPlaceholder={t('people.searchMediators')}>
          <MediationOrgSelect
            allowClear
            value={filters.orgId}
            onChange={(orgId) => setParams({ orgId })}
            placeholder={t('people.org')}
            style={{ width: 260 }}
            popupMatchSelectWidth={360}
          />
        </PeopleFilters>
        <Space>
          <ExportButton list="mediators" query={{ ...filters, sort }} title={t('people.tabs.mediators')} />
          {canWrite && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setModal({ open: true })}>
              {t('people.createMediator')}
            </Button>
          )}
        </Space>
      </Flex>
      <Table<Mediator>
        rowKey="id"
        columns={columns}
        dataSource={mediators.data?.items}
        loading={mediators.isFetching}
        pagination={false}
        scroll={{ x: 'max-content' }}
        onChange={(_, __, sorter) => setParams({ sort: sortFromTable(sorter, sortable) })}
      />
      <CursorPager paging={paging} nextCursor={mediators.data?.nextCursor} loading={mediators.isPlaceholderData} />
      {modal && (
        <Suspense fallback={null}>
          <MediatorFormModal open={modal.open} mediatorId={modal.id} orgId={filters.orgId} onClose={() => setModal({ ...modal, open: false })} />
        </Suspense>
      )}
    </Space>
  );
}
