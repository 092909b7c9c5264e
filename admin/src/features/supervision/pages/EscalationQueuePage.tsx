import { Alert, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { CursorPager } from '@/components/CursorPager';
import { QueryError } from '@/components/QueryError';
import { Panel } from '@/components/Panel';
import { useCursorPaging } from '@/lib/paging';
import { useNotices } from '../api/supervision';
import { NoticeTable } from '../components/NoticeTable';

/** 待升级: opinions whose rectification deadline passed unrectified, as the daily sweep lists them; each opens to draft the recommendation. */
export default function EscalationQueuePage() {
  const { t } = useTranslation();
  const paging = useCursorPaging('');
  const list = useNotices({ readyToEscalate: true, limit: paging.limit, cursor: paging.cursor });

  if (list.isError) return <QueryError error={list.error} onRetry={() => void list.refetch()} />;

  return (
    <Panel title={t('supervision.escalationQueue')}>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Alert type="info" showIcon title={t('supervision.escalationQueueHelp')} />
        <NoticeTable testId="escalation-table" items={list.data?.items} loading={list.isFetching} />
        <CursorPager paging={paging} nextCursor={list.data?.nextCursor} loading={list.isPlaceholderData} />
      </Space>
    </Panel>
  );
}
