import { PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Flex, Input, Space } from 'antd';
import { findingCategories, findingCategoryLabels, noticeStatuses, noticeStatusLabels, noticeTypes, noticeTypeLabels } from '@union/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CursorPager } from '@/components/CursorPager';
import { ParamSelect } from '@/components/ParamSelect';
import { QueryError } from '@/components/QueryError';
import { Panel } from '@/components/Panel';
import { useCan } from '@/features/auth';
import { EmployerSelect } from '@/features/employers';
import { useCursorPaging } from '@/lib/paging';
import { readBoolean, readEnum, useUrlParams } from '@/lib/url-state';
import { useNotices } from '../api/supervision';
import { NoticeTable } from '../components/NoticeTable';

/** 监督文书: the notices of the user's subtree, newest first, filtered by rung, status, breach, employer and readiness to escalate. */
export default function NoticesPage() {
  const { t } = useTranslation();
  const canWrite = useCan('supervision:write');
  const [params, setParams] = useUrlParams();
  const q = params.get('q') ?? undefined;
  const type = readEnum(params, 'type', noticeTypes);
  const status = readEnum(params, 'status', noticeStatuses);
  const category = readEnum(params, 'category', findingCategories);
  const employerId = params.get('employerId') ?? undefined;
  const readyToEscalate = readBoolean(params, 'readyToEscalate');
  const paging = useCursorPaging(params.toString());
  const list = useNotices({ q, type, status, category, employerId, readyToEscalate, limit: paging.limit, cursor: paging.cursor });

  if (list.isError) return <QueryError error={list.error} onRetry={() => void list.refetch()} />;

  return (
    <Panel
      title={t('supervision.notices')}
      extra={
        canWrite && (
          <Link to="/notices/new">
            <Button type="primary" icon={<PlusOutlined />}>
              {t('supervision.newNotice')}
            </Button>
          </Link>
        )
      }
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Flex gap="small" wrap align="center">
          <Input.Search allowClear defaultValue={q} placeholder={t('supervision.searchPlaceholder')} onSearch={(value) => setParams({ q: value.trim() })} style={{ width: 260 }} />
          <ParamSelect param="type" value={type} values={noticeTypes} labels={noticeTypeLabels} name={t('supervision.type')} width={130} />
          <ParamSelect param="status" value={status} values={noticeStatuses} labels={noticeStatusLabels} name={t('supervision.status')} width={130} />
          <ParamSelect param="category" value={category} values={findingCategories} labels={findingCategoryLabels} name={t('supervision.category')} width={180} />
          <EmployerSelect
            allowClear
            value={employerId}
            aria-label={t('supervision.employer')}
            onChange={(id) => setParams({ employerId: id })}
            style={{ width: 240 }}
            popupMatchSelectWidth={320}
          />
          <Checkbox checked={readyToEscalate === true} onChange={(e) => setParams({ readyToEscalate: e.target.checked ? true : undefined })}>
            {t('supervision.readyToEscalate')}
          </Checkbox>
        </Flex>
        <NoticeTable testId="notices-table" items={list.data?.items} loading={list.isFetching} />
        <CursorPager paging={paging} nextCursor={list.data?.nextCursor} loading={list.isPlaceholderData} />
      </Space>
    </Panel>
  );
}
