import { Typography } from 'antd';
import { legalAidChannelLabels, legalAidChannels, legalAidEventLabels, legalAidEventTypes, legalAidOutcomeLabels, legalAidOutcomes, type LegalAidChannel, type LegalAidEventType, type LegalAidOutcome } from '@union/shared';
import { useTranslation } from 'react-i18next';
import { EventTimeline } from '@/components/EventTimeline';
import { formatYuan } from '@/lib/money';
import { useLabel } from '@/lib/i18n';
import { useLegalAidEvents } from '../api/legal-aid';
import { LegalAidStatusTag } from './LegalAidTags';

const isEventType = (type: string): type is LegalAidEventType => (legalAidEventTypes as readonly string[]).includes(type);
const isChannel = (note: string | null): note is LegalAidChannel => !!note && (legalAidChannels as readonly string[]).includes(note);
const isOutcome = (o: string | null): o is LegalAidOutcome => !!o && (legalAidOutcomes as readonly string[]).includes(o);

/** Every step of the application: who, when, what, from which state to which, and why. */
export function LegalAidTimeline({ id }: { id: string }) {
  const { t } = useTranslation();
  const label = useLabel();
  const events = useLegalAidEvents(id);

  return (
    <EventTimeline
      events={events}
      step={(e) => ({
        key: e.id,
        at: e.at,
        color: e.toStatus === 'rejected' ? 'red' : e.toStatus === 'closed' ? 'gray' : 'blue',
        title: isEventType(e.type) ? label(legalAidEventLabels[e.type]) : e.type === 'submit' ? t('legalAid.received') : e.type,
        from: e.fromStatus && e.fromStatus !== e.toStatus && <LegalAidStatusTag status={e.fromStatus} />,
        to: <LegalAidStatusTag status={e.toStatus} />,
        actor: e.actor ?? t('legalAid.system'),
        details: (
          <>
            {isOutcome(e.outcome) && (
              <Typography.Text>
                {label(legalAidOutcomeLabels[e.outcome])}
                {e.amountRecovered !== null && ` · ${t('legalAid.amountRecovered')} ${formatYuan(e.amountRecovered)} ${t('legalAid.yuan')}`}
              </Typography.Text>
            )}
            {e.toOfficeName && <Typography.Text>{t('legalAid.transferredTo', { office: e.toOfficeName })}</Typography.Text>}
            {e.reason && <Typography.Text>{t('legalAid.reasonIs', { reason: e.reason })}</Typography.Text>}
            {e.note && <Typography.Text type="secondary">{e.type === 'submit' && isChannel(e.note) ? label(legalAidChannelLabels[e.note]) : e.note}</Typography.Text>}
          </>
        ),
      })}
    />
  );
}
