import { Tag } from 'antd';
import { legalAidStatusLabels, type LegalAidStatus } from '@union/shared';
import { useTranslation } from 'react-i18next';
import { useLabel } from '@/lib/i18n';

const statusColors: Record<LegalAidStatus, string> = {
  submitted: 'blue',
  under_review: 'cyan',
  approved: 'geekblue',
  rejected: 'red',
  needs_materials: 'orange',
  assigned: 'purple',
  in_progress: 'processing',
  closed: 'default',
};

export function LegalAidStatusTag({ status }: { status: LegalAidStatus }) {
  const label = useLabel();
  return <Tag color={statusColors[status]}>{label(legalAidStatusLabels[status])}</Tag>;
}

/** 绿色通道: a migrant worker claiming wages or work-injury compensation (Legal Aid Law art. 42). */
export function GreenChannelTag({ green }: { green: boolean }) {
  const { t } = useTranslation();
  return green ? (
    <Tag color="green" data-testid="green-channel">
      {t('legalAid.greenChannel')}
    </Tag>
  ) : null;
}
