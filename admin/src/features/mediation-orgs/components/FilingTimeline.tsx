import { Typography } from 'antd';
import { filingEventLabels, type FilingStatus } from '@union/shared';
import { useTranslation } from 'react-i18next';
import { EventTimeline } from '@/components/EventTimeline';
import { useLabel } from '@/lib/i18n';
import { useFilingEvents } from '../api/get-filing-events';
import { FilingStatusTag } from './FilingStatusTag';

const colors: Partial<Record<FilingStatus, string>> = { filed: 'green', returned: 'orange', revoked: 'red', dissolved: 'gray' };

/** Every step of the filing: who, when, what, from which state to which, and why. */
export function FilingTimeline({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const label = useLabel();
  const events = useFilingEvents(orgId);

  return (
    <EventTimeline
      events={events}
      empty={t('filing.noEvents')}
      step={(e) => ({
        key: e.id,
        at: e.at,
        color: colors[e.toStatus] ?? 'blue',
        title: label(filingEventLabels[e.type]),
        from: e.fromStatus && <FilingStatusTag status={e.fromStatus} />,
        to: <FilingStatusTag status={e.toStatus} />,
        actor: e.actorName ?? t('filing.system'),
        details: (
          <>
            {e.reason && <Typography.Text>{t('filing.reasonIs', { reason: e.reason })}</Typography.Text>}
            {e.note && <Typography.Text type="secondary">{t('filing.noteIs', { note: e.note })}</Typography.Text>}
          </>
        ),
      })}
    />
  );
}
