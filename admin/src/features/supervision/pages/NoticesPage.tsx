import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, Flex, Input, Select, Space } from 'antd';
import { findingCategories, findingCategoryLabels, noticeStatuses, noticeStatusLabels, noticeTypes, noticeTypeLabels } from '@union/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CursorPager } from '@/components/CursorPager';
import { QueryError } from '@/components/QueryError';
import { useCan } from '@/features/auth';
import { EmployerSelect } from '@/features/employers';
import { useLabel } from '@/lib/i18n';
import { useCursorPaging } from '@/lib/paging';
import { readBoolean, readEnum, useUrlParams } from '@/lib/url-state';
import { useNotices } from '../api/supervision';
import { NoticeTable } from '../components/NoticeTable';

/** 监督文书: the notices of the user's subtree, newest first, filtered by rung, status, breach, employer and readiness to escalate. */
export default function NoticesPage() {
  const { t } = useTranslation();
  const label = useLabel();
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
    <Card
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
          <Select
            allowClear
            value={type}
            placeholder={t('supervision.type')}
            aria-label={t('supervision.type')}
            onChange={(value) => setParams({ type: value })}
            options={noticeTypes.map((v) => ({ value: v, label: label(noticeTypeLabels[v]) }))}
            style={{ width: 130 }}
          />
          <Select
            allowClear
            value={status}
            placeholder={t('supervision.status')}
            aria-label={t('supervision.status')}
            onChange={(value) => setParams({ status: value })}
            options={noticeStatuses.map((v) => ({ value: v, label: label(noticeStatusLabels[v]) }))}
            style={{ width: 130 }}
          />
          <Select
            allowClear
            value={category}
            placeholder={t('supervision.category')}
            aria-label={t('supervision.category')}
            onChange={(value) => setParams({ category: value })}
            options={findingCategories.map((v) => ({ value: v, label: label(findingCategoryLabels[v]) }))}
            style={{ width: 180 }}
          />
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
    </Card>
  );
}
