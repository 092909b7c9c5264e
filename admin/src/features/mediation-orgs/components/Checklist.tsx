import { CheckCircleFilled, CloseCircleOutlined } from '@ant-design/icons';
import { Space, Tag, Tooltip } from 'antd';
import { checklistItems, checklistLabels, type Checklist as ChecklistValue } from '@union/shared';
import { useTranslation } from 'react-i18next';
import { useLabel } from '@/lib/i18n';

/** The four points of 规范化建设, each ticked or missing. */
export function Checklist({ checklist }: { checklist: ChecklistValue }) {
  const label = useLabel();
  return (
    <Space size="middle" wrap>
      {checklistItems.map((item) => (
        <Space key={item} size={4}>
          {checklist[item] ? <CheckCircleFilled style={{ color: '#52c41a' }} /> : <CloseCircleOutlined style={{ color: '#ff4d4f' }} />}
          <span>{label(checklistLabels[item])}</span>
        </Space>
      ))}
    </Space>
  );
}

/** 规范 / 不规范, with what is missing on hover. */
export function StandardizedTag({ checklist, standardized }: { checklist: ChecklistValue; standardized: boolean }) {
  const { t } = useTranslation();
  const label = useLabel();
  if (standardized) return <Tag color="green">{t('mediationOrgs.standardized')}</Tag>;
  const missing = checklistItems.filter((item) => !checklist[item]).map((item) => label(checklistLabels[item]));
  return (
    <Tooltip title={t('mediationOrgs.missing', { items: missing.join(t('mediationOrgs.listSeparator')) })}>
      <Tag color="orange">{t('mediationOrgs.notStandardized')}</Tag>
    </Tooltip>
  );
}
