import { useQueries } from '@tanstack/react-query';
import { Empty, Skeleton, Space, Timeline, Typography } from 'antd';
import { caseChannelLabels, caseChannels, caseEventLabels, caseEventTypes, routeReasonLabels, routeReasons, type CaseChannel, type CaseEventType, type CaseStatus, type RouteReason } from '@union/shared';
import { useTranslation } from 'react-i18next';
import { QueryError } from '@/components/QueryError';
import { useFormatDateTime } from '@/lib/format';
import { useLabel } from '@/lib/i18n';
import { useCaseEvents } from '../api/get-case-events';
import { orgQueryOptions } from '../api/get-org';
import type { CaseEvent } from '../api/types';
import { CaseStatusTag } from './CaseTags';

const colors: Partial<Record<CaseStatus, string>> = { settled: 'green', failed: 'orange', rejected: 'red', withdrawn: 'gray', closed: 'gray' };
const isEventType = (type: string): type is CaseEventType => (caseEventTypes as readonly string[]).includes(type);
const isRouteReason = (reason: string | null): reason is RouteReason => !!reason && (routeReasons as readonly string[]).includes(reason);
const isChannel = (note: string | null): note is CaseChannel => !!note && (caseChannels as readonly string[]).includes(note);

/** Every step of the case: who, when, what, from which state to which, where it was sent, and why. */
export function CaseTimeline({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const label = useLabel();
  const formatDateTime = useFormatDateTime();
  const events = useCaseEvents(caseId);
  // the organizations transfers named, by name
  const orgIds = [...new Set((events.data ?? []).flatMap((e) => (e.toOrgId ? [e.toOrgId] : [])))];
  const orgNames = useQueries({
    queries: orgIds.map((id) => ({ ...orgQueryOptions(id), retry: false })),
    combine: (results) => new Map(results.flatMap((r, i) => (r.data ? [[orgIds[i], r.data.name] as const] : []))),
  });

  if (events.isError) return <QueryError error={events.error} onRetry={() => void events.refetch()} />;
  if (!events.data) return <Skeleton active />;
  if (events.data.length === 0) return <Empty description={t('cases.noEvents')} />;

  const eventLabel = (e: CaseEvent) => (isEventType(e.type) ? label(caseEventLabels[e.type]) : e.type === 'receive' ? t('cases.events.receive') : e.type);
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
              <Typography.Text strong>{eventLabel(e)}</Typography.Text>
              {e.fromStatus && e.fromStatus !== e.toStatus && (
                <>
                  <CaseStatusTag status={e.fromStatus} />
                  <span>→</span>
                </>
              )}
              <CaseStatusTag status={e.toStatus} />
            </Space>
            <Typography.Text type="secondary">{e.actor ?? t('cases.system')}</Typography.Text>
            {e.toOrgId && <Typography.Text>{t('cases.toOrgIs', { org: orgNames.get(e.toOrgId) ?? '…' })}</Typography.Text>}
            {e.reason && <Typography.Text>{t('cases.reasonIs', { reason: isRouteReason(e.reason) ? label(routeReasonLabels[e.reason]) : e.reason })}</Typography.Text>}
            {e.note && (
              <Typography.Text type="secondary">
                {e.type === 'receive' && isChannel(e.note) ? t('cases.channelIs', { channel: label(caseChannelLabels[e.note]) }) : t('cases.noteIs', { note: e.note })}
              </Typography.Text>
            )}
          </Space>
        ),
      }))}
    />
  );
}
