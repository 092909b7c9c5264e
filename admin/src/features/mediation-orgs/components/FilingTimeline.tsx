import { Empty, Skeleton, Space, Timeline, Typography } from 'antd';
import { filingEventLabels, type FilingStatus } from '@union/shared';
import { useTranslation } from 'react-i18next';
import { QueryError } from '@/components/QueryError';
import { useFormatDateTime } from '@/lib/format';
import { useLabel } from '@/lib/i18n';
import { useFilingEvents } from '../api/get-filing-events';
import { FilingStatusTag } from './FilingStatusTag';

const colors: Partial<Record<FilingStatus, string>> = { filed: 'green', returned: 'orange', revoked: 'red', dissolved: 'gray' };

/** Every step of the filing: who, when, what, from which state to which, and why. */
export function FilingTimeline({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const label = useLabel();
  const formatDateTime = useFormatDateTime();
  const events = useFilingEvents(orgId);

  if (events.isError) return <QueryError error={events.error} onRetry={() => void events.refetch()} />;
  if (!events.data) return <Skeleton active />;
  if (events.data.length === 0) return <Empty description={t('filing.noEvents')} />;

  return (
    <Timeline
      items={events.data.map((e) => ({
        key: e.id,
        color: colors[e.toStatus] ?? 'blue',
        content: (
          <Space orientation="vertical" size={2} data-testid="timeline-event">
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {formatDateTime(e.at)}
            </Typography.Text>
            <Space wrap size={4}>
              <Typography.Text strong>{label(filingEventLabels[e.type])}</Typography.Text>
              {e.fromStatus && <FilingStatusTag status={e.fromStatus} />}
              {e.fromStatus && <span>→</span>}
              <FilingStatusTag status={e.toStatus} />
            </Space>
            <Typography.Text type="secondary">{e.actorName ?? t('filing.system')}</Typography.Text>
            {e.reason && <Typography.Text>{t('filing.reasonIs', { reason: e.reason })}</Typography.Text>}
            {e.note && <Typography.Text type="secondary">{t('filing.noteIs', { note: e.note })}</Typography.Text>}
          </Space>
        ),
      }))}
    />
  );
}
