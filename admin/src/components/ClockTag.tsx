import { Space, Tag, Tooltip } from 'antd';
import { caseClockLabels } from '@union/shared';
import { useTranslation } from 'react-i18next';
import { useFormatDateTime } from '@/lib/format';
import { useLabel } from '@/lib/i18n';

type Clock = keyof typeof caseClockLabels;
const clockColors: Record<Clock, string> = { running: 'blue', due_soon: 'orange', overdue: 'red', stopped: 'default' };

/** Where a deadline clock stands, with the due date beside it (cases and legal aid alike). */
export function ClockTag({ clock, dueAt, showDate = true }: { clock: Clock; dueAt: string | null; showDate?: boolean }) {
  const { t } = useTranslation();
  const label = useLabel();
  const formatDateTime = useFormatDateTime();
  const tag = <Tag color={clockColors[clock]}>{label(caseClockLabels[clock])}</Tag>;
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
