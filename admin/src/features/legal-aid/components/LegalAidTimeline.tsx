import { Empty, Skeleton, Space, Timeline, Typography } from 'antd';
import { legalAidChannelLabels, legalAidChannels, legalAidEventLabels, legalAidEventTypes, legalAidOutcomeLabels, legalAidOutcomes, type LegalAidChannel, type LegalAidEventType, type LegalAidOutcome } from '@union/shared';
import { useTranslation } from 'react-i18next';
import { QueryError } from '@/components/QueryError';
import { formatYuan } from '@/lib/money';
import { useFormatDateTime } from '@/lib/format';
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
  const formatDateTime = useFormatDateTime();
  const events = useLegalAidEvents(id);

  if (events.isError) return <QueryError error={events.error} onRetry={() => void events.refetch()} />;
  if (!events.data) return <Skeleton active />;
  if (events.data.length === 0) return <Empty />;

  return (
    <Timeline
      items={events.data.map((e) => ({
        key: e.id,
        color: e.toStatus === 'rejected' ? 'red' : e.toStatus === 'closed' ? 'gray' : 'blue',
        content: (
          <Space orientation="vertical" size={2} data-testid="timeline-event">
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {formatDateTime(e.at)}
            </Typography.Text>
            <Space wrap size={4}>
              <Typography.Text strong>{isEventType(e.type) ? label(legalAidEventLabels[e.type]) : e.type === 'submit' ? t('legalAid.received') : e.type}</Typography.Text>
              {e.fromStatus && e.fromStatus !== e.toStatus && (
                <>
                  <LegalAidStatusTag status={e.fromStatus} />
                  <span>→</span>
                </>
              )}
              <LegalAidStatusTag status={e.toStatus} />
            </Space>
            <Typography.Text type="secondary">{e.actor ?? t('legalAid.system')}</Typography.Text>
            {isOutcome(e.outcome) && (
              <Typography.Text>
                {label(legalAidOutcomeLabels[e.outcome])}
                {e.amountRecovered !== null && ` · ${t('legalAid.amountRecovered')} ${formatYuan(e.amountRecovered)} ${t('legalAid.yuan')}`}
              </Typography.Text>
            )}
            {e.toOfficeName && <Typography.Text>{t('legalAid.transferredTo', { office: e.toOfficeName })}</Typography.Text>}
            {e.reason && <Typography.Text>{t('legalAid.reasonIs', { reason: e.reason })}</Typography.Text>}
            {e.note && <Typography.Text type="secondary">{e.type === 'submit' && isChannel(e.note) ? label(legalAidChannelLabels[e.note]) : e.note}</Typography.Text>}
          </Space>
        ),
      }))}
    />
  );
}
