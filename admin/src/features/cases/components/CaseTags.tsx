import { Tag } from 'antd';
import { caseStatusLabels, type Case, type CaseStatus } from '@union/shared';
import { useTranslation } from 'react-i18next';
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
