import { useQueries } from '@tanstack/react-query';
import { Typography } from 'antd';
import { caseChannelLabels, caseChannels, caseEventLabels, caseEventTypes, routeReasonLabels, routeReasons, type CaseChannel, type CaseEventType, type CaseStatus, type RouteReason } from '@union/shared';
import { useTranslation } from 'react-i18next';
import { EventTimeline } from '@/components/EventTimeline';
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
  const events = useCaseEvents(caseId);
  // the organizations transfers named, by name
  const orgIds = [...new Set((events.data ?? []).flatMap((e) => (e.toOrgId ? [e.toOrgId] : [])))];
  const orgNames = useQueries({
    queries: orgIds.map((id) => ({ ...orgQueryOptions(id), retry: false })),
    combine: (results) => new Map(results.flatMap((r, i) => (r.data ? [[orgIds[i], r.data.name] as const] : []))),
  });

  const eventLabel = (e: CaseEvent) => (isEventType(e.type) ? label(caseEventLabels[e.type]) : e.type === 'receive' ? t('cases.events.receive') : e.type);
  return (
    <EventTimeline
      events={events}
      empty={t('cases.noEvents')}
      step={(e) => ({
        key: e.id,
        at: e.at,
        color: colors[e.toStatus] ?? 'blue',
        title: eventLabel(e),
        from: e.fromStatus && e.fromStatus !== e.toStatus && <CaseStatusTag status={e.fromStatus} />,
        to: <CaseStatusTag status={e.toStatus} />,
        actor: e.actor ?? t('cases.system'),
        details: (
          <>
            {e.toOrgId && <Typography.Text>{t('cases.toOrgIs', { org: orgNames.get(e.toOrgId) ?? '…' })}</Typography.Text>}
            {e.reason && <Typography.Text>{t('cases.reasonIs', { reason: isRouteReason(e.reason) ? label(routeReasonLabels[e.reason]) : e.reason })}</Typography.Text>}
            {e.note && (
              <Typography.Text type="secondary">
                {e.type === 'receive' && isChannel(e.note) ? t('cases.channelIs', { channel: label(caseChannelLabels[e.note]) }) : t('cases.noteIs', { note: e.note })}
              </Typography.Text>
            )}
          </>
        ),
      })}
    />
  );
}
