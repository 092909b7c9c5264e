import { Tag } from 'antd';
import { reportStandingLabels } from '@union/shared';
import { useLabel } from '@/lib/i18n';
import type { Standing } from '../api/get-report-standing';

export const standings: readonly Standing[] = ['missing', 'late', 'on_time', 'not_due'];
export const standingColors: Record<Standing, string> = { missing: 'red', late: 'orange', on_time: 'green', not_due: 'default' };

export function StandingTag({ standing }: { standing: Standing }) {
  const label = useLabel();
  return <Tag color={standingColors[standing]}>{label(reportStandingLabels[standing])}</Tag>;
}
