import { Space, Tag, Tooltip } from 'antd';
import { caseStatusLabels, type Case, type CaseStatus } from '@union/shared';
import { useTranslation } from 'react-i18next';
import { useFormatDateTime } from '@/lib/format';
import { useLabel } from '@/lib/i18n';

const statusColors: Record<CaseStatus, string> = {
  received: 'blue',
  accepted: 'cyan',
  mediating: 'geekblue',
  settled: 'green',
  failed: 'orange',
  closed: 'default',
  rejected: 'red',
  withdrawn: 'default',
};

export function CaseStatusTag({ status }: { status: CaseStatus }) {
  const label = useLabel();
  return <Tag color={statusColors[status]}>{label(caseStatusLabels[status])}</Tag>;
}

type Clock = Case['clock'];
const clockColors: Record<Clock, string> = { running: 'blue', due_soon: 'orange', overdue: 'red', stopped: 'default' };

/** Where the 15-day clock stands (art. 14), with the due date beside it. */
export function ClockTag({ clock, dueAt, showDate = true }: { clock: Clock; dueAt: string | null; showDate?: boolean }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const tag = <Tag color={clockColors[clock]}>{t(`cases.clocks.${clock}`)}</Tag>;
  if (!dueAt) return tag;
  return showDate ? (
    <Space size={4} wrap>
      <span>{formatDateTime(dueAt)}</span>
      {tag}
    </Space>
  ) : (
    <Tooltip title={t('cases.dueOn', { date: formatDateTime(dueAt) })}>{tag}</Tooltip>
  );
}

/** 集体争议, 群体性事件, 重大案件, and a transfer waiting for its receiver. */
export function CaseFlags({ c }: { c: Pick<Case, 'collective' | 'massIncident' | 'major' | 'pendingTransferOrgId'> }) {
  const { t } = useTranslation();
  return (
    <>
      {c.collective && <Tag color="purple">{t('cases.collective')}</Tag>}
      {c.massIncident && <Tag color="magenta">{t('cases.massIncident')}</Tag>}
      {c.major && <Tag color="volcano">{t('cases.major')}</Tag>}
      {c.pendingTransferOrgId && <Tag color="gold">{t('cases.pendingTransfer')}</Tag>}
    </>
  );
}
