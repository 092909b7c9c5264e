import { Table, type TableColumnsType, type TableProps } from 'antd';
import { mediationOrgSortFields, mediationOrgTypeLabels, type MediationOrg } from '@union/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatDateTime } from '@/lib/format';
import { useLabel } from '@/lib/i18n';
import { sortFromTable, sortOrderOf } from '@/lib/url-state';
import { StandardizedTag } from './Checklist';
import { FilingStatusTag } from './FilingStatusTag';

export type MediationOrgSort = NonNullable<Parameters<typeof sortOrderOf>[0]>;

interface Props {
  items: MediationOrg[] | undefined;
  loading: boolean;
  sort: string | undefined;
  onSort: (sort: (typeof mediationOrgSortFields)[number] | `-${(typeof mediationOrgSortFields)[number]}` | undefined) => void;
}

/** Mediation organizations as the list and the review queue show them; the name opens the filing. */
export function MediationOrgTable({ items, loading, sort, onSort }: Props) {
  const { t } = useTranslation();
  const label = useLabel();
  const formatDateTime = useFormatDateTime();
  const none = t('common.none');

  const columns: TableColumnsType<MediationOrg> = [
    {
      key: 'name',
      title: t('mediationOrgs.name'),
      sorter: true,
      sortOrder: sortOrderOf(sort, 'name'),
      render: (_, o) => <Link to={`/mediation-orgs/${o.id}`}>{o.name}</Link>,
    },
    { key: 'type', title: t('mediationOrgs.type'), render: (_, o) => label(mediationOrgTypeLabels[o.type]) },
    { key: 'employer', title: t('mediationOrgs.employer'), render: (_, o) => (o.employerId ? <Link to={`/employers/${o.employerId}`}>{o.employerName}</Link> : none) },
    { key: 'filingOffice', title: t('mediationOrgs.filingOffice'), dataIndex: 'filingOfficeName' },
    { key: 'status', title: t('mediationOrgs.status'), render: (_, o) => <FilingStatusTag status={o.status} /> },
    { key: 'standardized', title: t('mediationOrgs.standardization'), render: (_, o) => <StandardizedTag checklist={o.checklist} standardized={o.standardized} /> },
    { key: 'regionCode', title: t('mediationOrgs.regionCode'), sorter: true, sortOrder: sortOrderOf(sort, 'regionCode'), dataIndex: 'regionCode' },
    { key: 'mediatorCount', title: t('mediationOrgs.mediatorCount'), align: 'right', dataIndex: 'mediatorCount' },
    { key: 'createdAt', title: t('mediationOrgs.submittedAt'), sorter: true, sortOrder: sortOrderOf(sort, 'createdAt'), render: (_, o) => formatDateTime(o.createdAt) },
  ];

  const onChange: TableProps<MediationOrg>['onChange'] = (_, __, sorter) => onSort(sortFromTable(sorter, mediationOrgSortFields));
  return <Table<MediationOrg> rowKey="id" columns={columns} dataSource={items} loading={loading} pagination={false} scroll={{ x: 'max-content' }} onChange={onChange} />;
}
