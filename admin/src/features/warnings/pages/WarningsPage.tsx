import { PlusOutlined } from '@ant-design/icons';
import { Button, Space, Table, Typography, type TableColumnsType } from 'antd';
import { warningKindLabels, warningKinds, warningLevels, warningStatuses } from '@union/shared';
import { lazy, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { CursorPager } from '@/components/CursorPager';
import { ExportButton } from '@/components/ExportButton';
import { QueryError } from '@/components/QueryError';
import { Panel } from '@/components/Panel';
import { OnceOpened } from '@/components/OnceOpened';
import { useCan } from '@/features/auth';
import { useFormatDateTime } from '@/lib/format';
import { useLabel } from '@/lib/i18n';
import { useCursorPaging } from '@/lib/paging';
import { regionPrefix } from '@/lib/regions';
import { readEnum, useUrlParams } from '@/lib/url-state';
import { useWarnings } from '../api/get-warnings';
import type { LaborWarning } from '../api/types';
import { WarningFilters, type WarningFilterValues } from '../components/WarningFilters';
import { WarningLevelTag, WarningStatusTag } from '../components/WarningTags';

// Dialogs (and the forms they bring) load when first opened, not with the page.
const WarningFormModal = lazy(() => import('../components/WarningFormModal').then((m) => ({ default: m.WarningFormModal })));

/** 劳动关系预警: the warnings filed in the user's subtree, newest first, filtered on the server. */
export default function WarningsPage() {
  const { t } = useTranslation();
  const label = useLabel();
  const navigate = useNavigate();
  const formatDateTime = useFormatDateTime();
  const canWrite = useCan('cases:write');
  const [params, setParams] = useUrlParams();
  const filters: WarningFilterValues = {
    status: readEnum(params, 'status', warningStatuses),
    kind: readEnum(params, 'kind', warningKinds),
    level: readEnum(params, 'level', warningLevels),
    regionCode: params.get('regionCode') ?? undefined,
    employerId: params.get('employerId') ?? undefined,
  };
  const paging = useCursorPaging(params.toString());
  const warnings = useWarnings({ ...filters, regionCode: regionPrefix(filters.regionCode), limit: paging.limit, cursor: paging.cursor });
  const [creating, setCreating] = useState(false);

  const columns: TableColumnsType<LaborWarning> = [
    { key: 'filedAt', title: t('warnings.filedAt'), render: (_, w) => <Link to={`/warnings/${w.id}`}>{formatDateTime(w.filedAt)}</Link> },
    { key: 'employer', title: t('warnings.employer'), dataIndex: 'employerName' },
    { key: 'kind', title: t('warnings.kind'), render: (_, w) => label(warningKindLabels[w.kind]) },
    { key: 'level', title: t('warnings.level'), render: (_, w) => <WarningLevelTag level={w.level} /> },
    {
      key: 'description',
      title: t('warnings.description'),
      render: (_, w) => (
        <Typography.Text ellipsis={{ tooltip: w.description }} style={{ maxWidth: 320 }}>
          {w.description}
        </Typography.Text>
      ),
    },
    { key: 'office', title: t('warnings.office'), dataIndex: 'officeName' },
    { key: 'status', title: t('warnings.status'), render: (_, w) => <WarningStatusTag status={w.status} /> },
  ];

  if (warnings.isError) return <QueryError error={warnings.error} onRetry={() => void warnings.refetch()} />;

  return (
    <Panel
      title={t('warnings.title')}
      extra={
        <Space>
          <ExportButton list="warnings" query={{ ...filters, regionCode: regionPrefix(filters.regionCode) }} title={t('warnings.title')} />
          {canWrite && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('warnings.create')}
            </Button>
          )}
        </Space>
      }
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <WarningFilters value={filters} onChange={setParams} />
        <Table<LaborWarning>
          rowKey="id"
          columns={columns}
          dataSource={warnings.data?.items}
          loading={warnings.isFetching}
          pagination={false}
          scroll={{ x: 'max-content' }}
          onRow={(w) => ({ onDoubleClick: () => navigate(`/warnings/${w.id}`) })}
        />
        <CursorPager paging={paging} nextCursor={warnings.data?.nextCursor} loading={warnings.isPlaceholderData} />
      </Space>
      <OnceOpened open={creating}>
        {creating && <WarningFormModal onClose={() => setCreating(false)} onSaved={(w) => navigate(`/warnings/${w.id}`)} />}
      </OnceOpened>
    </Panel>
  );
}
