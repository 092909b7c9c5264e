import { Space, Table, Tag, type TableColumnsType } from 'antd';
import type { Mediator } from '@union/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryError } from '@/components/QueryError';
import { useOrgMediators } from '../api/get-org-mediators';

/** The mediators of one organization; the people pages hold the full list and the forms. */
export function OrgMediators({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const mediators = useOrgMediators(orgId);
  const none = t('common.none');
  const columns: TableColumnsType<Mediator> = [
    { key: 'name', title: t('people.name'), dataIndex: 'name' },
    { key: 'phone', title: t('people.phone'), render: (_, m) => m.phone ?? none },
    {
      key: 'roles',
      title: t('people.mediatorKind'),
      render: (_, m) => (
        <Space size={4}>
          <Tag>{m.partTime ? t('people.partTime') : t('people.fullTime')}</Tag>
          {m.alsoSupervisor && <Tag color="blue">{t('people.alsoSupervisor')}</Tag>}
          {!m.active && <Tag>{t('people.inactive')}</Tag>}
        </Space>
      ),
    },
    { key: 'certificateNo', title: t('people.certificateNo'), render: (_, m) => m.certificateNo ?? none },
    { key: 'certificateExpiry', title: t('people.certificateExpiry'), render: (_, m) => m.certificateExpiry ?? none },
  ];
  if (mediators.isError) return <QueryError error={mediators.error} onRetry={() => void mediators.refetch()} />;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Table<Mediator> rowKey="id" size="small" columns={columns} dataSource={mediators.data?.items} loading={mediators.isFetching} pagination={false} />
      <Link to={`/people/mediators?orgId=${orgId}`}>{t('mediationOrgs.allMediators')}</Link>
    </Space>
  );
}
