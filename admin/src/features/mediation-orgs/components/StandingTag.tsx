import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Standing } from '../api/get-report-standing';

export const standings: readonly Standing[] = ['missing', 'late', 'on_time', 'not_due'];
export const standingColors: Record<Standing, string> = { missing: 'red', late: 'orange', on_time: 'green', not_due: 'default' };

export function StandingTag({ standing }: { standing: Standing }) {
  const { t } = useTranslation();
  return <Tag color={standingColors[standing]}>{t(`reports.standings.${standing}`)}</Tag>;
}
