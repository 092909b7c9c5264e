import { FileAddOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import { filingStatuses, mediationOrgSortFields, mediationOrgTypes } from '@union/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CursorPager } from '@/components/CursorPager';
import { ExportButton } from '@/components/ExportButton';
import { QueryError } from '@/components/QueryError';
import { Panel } from '@/components/Panel';
import { useCan } from '@/features/auth';
import { useCursorPaging } from '@/lib/paging';
import { regionPrefix } from '@/lib/regions';
import { readBoolean, readEnum, readSort, useUrlParams } from '@/lib/url-state';
import { useMediationOrgs } from '../api/get-mediation-orgs';
import { MediationOrgFilters, type MediationOrgFilterValues } from '../components/MediationOrgFilters';
import { MediationOrgTable } from '../components/MediationOrgTable';

/** Mediation organizations and their filings (调解组织), filtered on the server; `?standardized=false` lists the non-standard ones. */
export default function MediationOrgsPage() {
  const { t } = useTranslation();
  const canFile = useCan('mediation_orgs:write');
  const [params, setParams] = useUrlParams();
  const filters: MediationOrgFilterValues = {
    q: params.get('q') ?? undefined,
    type: readEnum(params, 'type', mediationOrgTypes),
    status: readEnum(params, 'status', filingStatuses),
    filingOfficeId: params.get('filingOfficeId') ?? undefined,
    regionCode: params.get('regionCode') ?? undefined,
    standardized: readBoolean(params, 'standardized'),
    employerId: params.get('employerId') ?? undefined,
  };
  const sort = readSort(params, mediationOrgSortFields);
  const paging = useCursorPaging(params.toString());
  // the URL keeps the code picked; the API matches the prefix it stands for
  const query = { ...filters, regionCode: regionPrefix(filters.regionCode), sort };
  const orgs = useMediationOrgs({ ...query, limit: paging.limit, cursor: paging.cursor });

  if (orgs.isError) return <QueryError error={orgs.error} onRetry={() => void orgs.refetch()} />;

  return (
    <Panel
      title={t('mediationOrgs.title')}
      extra={
        <Space>
          <ExportButton list="mediation-orgs" query={query} title={t('mediationOrgs.title')} />
          {canFile && (
            <Link to={filters.employerId ? `/mediation-orgs/new?employerId=${filters.employerId}` : '/mediation-orgs/new'}>
              <Button type="primary" icon={<FileAddOutlined />}>
                {t('mediationOrgs.create')}
              </Button>
            </Link>
          )}
        </Space>
      }
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <MediationOrgFilters value={filters} onChange={setParams} />
        <MediationOrgTable items={orgs.data?.items} loading={orgs.isFetching} sort={sort} onSort={(s) => setParams({ sort: s })} />
        <CursorPager paging={paging} nextCursor={orgs.data?.nextCursor} loading={orgs.isPlaceholderData} />
      </Space>
    </Panel>
  );
}
