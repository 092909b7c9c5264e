import { Alert, Space } from 'antd';
import { mediationOrgSortFields, mediationOrgTypes } from '@union/shared';
import { useTranslation } from 'react-i18next';
import { CursorPager } from '@/components/CursorPager';
import { ExportButton } from '@/components/ExportButton';
import { Forbidden } from '@/components/Forbidden';
import { QueryError } from '@/components/QueryError';
import { Panel } from '@/components/Panel';
import { useCan, useMe } from '@/features/auth';
import { useCursorPaging } from '@/lib/paging';
import { readEnum, readSort, useUrlParams } from '@/lib/url-state';
import { useMediationOrgs } from '../api/get-mediation-orgs';
import { MediationOrgFilters, type MediationOrgFilterValues } from '../components/MediationOrgFilters';
import { MediationOrgTable } from '../components/MediationOrgTable';

/** 备案审核: the filings waiting for the reviewer's office, oldest first unless sorted otherwise. */
export default function ReviewQueuePage() {
  const me = useMe().data;
  const canReview = useCan('mediation_orgs:review');
  if (me && !canReview) return <Forbidden />;
  return <ReviewQueue officeName={me?.officeName ?? ''} />;
}

function ReviewQueue({ officeName }: { officeName: string }) {
  const { t } = useTranslation();
  const [params, setParams] = useUrlParams();
  const filters: MediationOrgFilterValues = { q: params.get('q') ?? undefined, type: readEnum(params, 'type', mediationOrgTypes) };
  const sort = readSort(params, mediationOrgSortFields) ?? 'createdAt';
  const paging = useCursorPaging(params.toString());
  const queue = useMediationOrgs({ ...filters, awaitingMyReview: true, sort, limit: paging.limit, cursor: paging.cursor });

  if (queue.isError) return <QueryError error={queue.error} onRetry={() => void queue.refetch()} />;

  return (
    <Panel title={t('review.title')} extra={<ExportButton list="mediation-orgs" query={{ ...filters, awaitingMyReview: true, sort }} title={t('review.title')} />}>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Alert type="info" showIcon title={t('review.intro', { office: officeName })} />
        <MediationOrgFilters value={filters} onChange={setParams} compact />
        <MediationOrgTable items={queue.data?.items} loading={queue.isFetching} sort={sort} onSort={(s) => setParams({ sort: s })} />
        <CursorPager paging={paging} nextCursor={queue.data?.nextCursor} loading={queue.isPlaceholderData} />
      </Space>
    </Panel>
  );
}
