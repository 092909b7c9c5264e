import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Space, Table, type TableColumnsType } from 'antd';
import type { Supervisor } from '@union/shared';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CursorPager } from '@/components/CursorPager';
import { ExportButton } from '@/components/ExportButton';
import { QueryError } from '@/components/QueryError';
import { useCan } from '@/features/auth';
import { EmployerSelect } from '@/features/employers';
import { OfficeTreeSelect } from '@/features/offices';
import { useCursorPaging } from '@/lib/paging';
import { readBoolean, readEnum, readSort, sortFromTable, sortOrderOf, useUrlParams } from '@/lib/url-state';
import { useSupervisors } from '../api/get-supervisors';
import { ActiveTag, CertificateCell } from './CertificateCell';
import { PeopleFilters } from './PeopleFilters';

const SupervisorFormModal = lazy(() => import('./SupervisorFormModal').then((m) => ({ default: m.SupervisorFormModal })));
const sortable = ['name', 'certificateExpiry', 'createdAt'] as const;

/** 劳动法律监督员 of the user's subtree. */
export function SupervisorsPanel() {
  const { t } = useTranslation();
  const canWrite = useCan('people:write');
  const [params, setParams] = useUrlParams();
  const filters = {
    q: params.get('q') ?? undefined,
    officeId: params.get('officeId') ?? undefined,
    employerId: params.get('employerId') ?? undefined,
    active: readBoolean(params, 'active'),
    certificate: readEnum(params, 'certificate', ['expiring', 'expired'] as const),
  };
  const sort = readSort(params, sortable);
  const paging = useCursorPaging(params.toString());
  const supervisors = useSupervisors({ ...filters, sort, limit: paging.limit, cursor: paging.cursor });
  const [modal, setModal] = useState<{ open: boolean; id?: string } | null>(null);
  const none = t('common.none');

  const columns: TableColumnsType<Supervisor> = [
    { key: 'name', title: t('people.name'), dataIndex: 'name', sorter: true, sortOrder: sortOrderOf(sort, 'name') },
    { key: 'office', title: t('people.office'), dataIndex: 'officeName' },
    { key: 'employer', title: t('people.employer'), render: (_, s) => (s.employerId ? <Link to={`/employers/${s.employerId}`}>{s.employerName}</Link> : none) },
    { key: 'mediator', title: t('people.asMediator'), render: (_, s) => (s.mediatorId ? t('people.yes') : none) },
    { key: 'phone', title: t('people.phone'), render: (_, s) => s.phone ?? none },
    { key: 'active', title: t('people.status'), render: (_, s) => <ActiveTag active={s.active} /> },
    {
      key: 'certificateExpiry',
      title: t('people.certificate'),
      sorter: true,
      sortOrder: sortOrderOf(sort, 'certificateExpiry'),
      render: (_, s) => <CertificateCell no={s.certificateNo} expiry={s.certificateExpiry} standing={s.certificateStanding} />,
    },
    ...(canWrite
      ? [
          {
            key: 'actions',
            title: t('common.actions'),
            render: (_: unknown, s: Supervisor) => (
              <Button type="link" size="small" onClick={() => setModal({ open: true, id: s.id })}>
                {t('common.edit')}
              </Button>
            ),
          },
        ]
      : []),
  ];

  if (supervisors.isError) return <QueryError error={supervisors.error} onRetry={() => void supervisors.refetch()} />;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Flex justify="space-between" align="flex-start" gap="middle">
        <PeopleFilters value={filters} onChange={setParams} searchPlaceholder={t('people.searchSupervisors')}>
          <OfficeTreeSelect
            allowClear
            placeholder={t('people.office')}
            value={filters.officeId}
            onChange={(officeId) => setParams({ officeId })}
            style={{ width: 220 }}
            popupMatchSelectWidth={360}
          />
          <EmployerSelect
            allowClear
            value={filters.employerId}
            onChange={(employerId) => setParams({ employerId })}
            placeholder={t('people.employer')}
            style={{ width: 220 }}
            popupMatchSelectWidth={360}
          />
        </PeopleFilters>
        <Space>
          <ExportButton list="supervisors" query={{ ...filters, sort }} title={t('people.tabs.supervisors')} />
          {canWrite && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setModal({ open: true })}>
              {t('people.createSupervisor')}
            </Button>
          )}
        </Space>
      </Flex>
      <Table<Supervisor>
        rowKey="id"
        columns={columns}
        dataSource={supervisors.data?.items}
        loading={supervisors.isFetching}
        pagination={false}
        scroll={{ x: 'max-content' }}
        onChange={(_, __, sorter) => setParams({ sort: sortFromTable(sorter, sortable) })}
      />
      <CursorPager paging={paging} nextCursor={supervisors.data?.nextCursor} loading={supervisors.isPlaceholderData} />
      {modal && (
        <Suspense fallback={null}>
          <SupervisorFormModal open={modal.open} supervisorId={modal.id} onClose={() => setModal({ ...modal, open: false })} />
        </Suspense>
      )}
    </Space>
  );
}
