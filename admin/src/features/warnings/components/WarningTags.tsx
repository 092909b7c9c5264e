import { Tag } from 'antd';
import { warningLevelLabels, type warningLevels } from '@union/shared';
import { useTranslation } from 'react-i18next';
import { useLabel } from '@/lib/i18n';
import type { LaborWarning } from '../api/types';

type Level = (typeof warningLevels)[number];
const levelColors: Record<Level, string> = { attention: 'gold', serious: 'red' };

export function WarningLevelTag({ level }: { level: Level }) {
  const label = useLabel();
  return <Tag color={levelColors[level]}>{label(warningLevelLabels[level])}</Tag>;
}

export function WarningStatusTag({ status }: { status: LaborWarning['status'] }) {
  const { t } = useTranslation();
  return <Tag color={status === 'open' ? 'blue' : 'green'}>{t(`warnings.statuses.${status}`)}</Tag>;
}
