import { PlusOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import { caseChannels, caseSortFields, caseStatuses, claimCategories } from '@union/shared';
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
import { useCases } from '../api/get-cases';
import { CaseFilters, type CaseFilterValues } from '../components/CaseFilters';
import { CaseTable } from '../components/CaseTable';

/** 争议案件: the cases of the user's subtree and those it sent on, filtered, sorted and paged on the server. */
export default function CasesPage() {
  const { t } = useTranslation();
  const canWrite = useCan('cases:write');
  const [params, setParams] = useUrlParams();
  const filters: CaseFilterValues = {
    q: params.get('q') ?? undefined,
    status: readEnum(params, 'status', caseStatuses),
    channel: readEnum(params, 'channel', caseChannels),
    handlerOrgId: params.get('handlerOrgId') ?? undefined,
    regionCode: params.get('regionCode') ?? undefined,
    category: readEnum(params, 'category', claimCategories),
    overdue: readBoolean(params, 'overdue'),
    collective: readBoolean(params, 'collective'),
  };
  const sort = readSort(params, caseSortFields) ?? '-receivedAt';
  const paging = useCursorPaging(params.toString());
  // the URL keeps the code picked; the API matches the prefix it stands for
  const query = { ...filters, regionCode: regionPrefix(filters.regionCode), sort };
  const cases = useCases({ ...query, limit: paging.limit, cursor: paging.cursor });

  if (cases.isError) return <QueryError error={cases.error} onRetry={() => void cases.refetch()} />;

  return (
    <Panel
      title={t('cases.title')}
      extra={
        <Space>
          <ExportButton list="cases" query={query} title={t('cases.title')} />
          {canWrite && (
            <Link to="/cases/new">
              <Button type="primary" icon={<PlusOutlined />}>
                {t('cases.create')}
              </Button>
            </Link>
          )}
        </Space>
      }
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <CaseFilters value={filters} onChange={setParams} />
        <CaseTable items={cases.data?.items} loading={cases.isFetching} sort={sort} onSort={(s) => setParams({ sort: s })} />
        <CursorPager paging={paging} nextCursor={cases.data?.nextCursor} loading={cases.isPlaceholderData} />
      </Space>
    </Panel>
  );
}
