import { Tag } from 'antd';
import { findingCategoryLabels, noticeStatusLabels, noticeTypeLabels, type FindingCategory, type NoticeStatus, type NoticeType } from '@union/shared';
import { useTranslation } from 'react-i18next';
import { useLabel } from '@/lib/i18n';

const statusColors: Record<NoticeStatus, string> = {
  draft: 'default',
  issued: 'blue',
  responded: 'cyan',
  rectified: 'green',
  escalated: 'volcano',
  closed: 'default',
};
/** Warmer the higher the rung. */
const typeColors: Record<NoticeType, string> = { reminder: 'gold', opinion: 'orange', recommendation: 'red', publication: 'magenta' };

export function NoticeStatusTag({ status }: { status: NoticeStatus }) {
  const label = useLabel();
  return <Tag color={statusColors[status]}>{label(noticeStatusLabels[status])}</Tag>;
}

export function NoticeTypeTag({ type }: { type: NoticeType }) {
  const label = useLabel();
  return <Tag color={typeColors[type]}>{label(noticeTypeLabels[type])}</Tag>;
}

export function CategoryTags({ categories }: { categories: readonly FindingCategory[] }) {
  const label = useLabel();
  return (
    <>
      {categories.map((c) => (
        <Tag key={c}>{label(findingCategoryLabels[c])}</Tag>
      ))}
    </>
  );
}

/** 严重违法: an opinion may open the ladder without a reminder. */
export function SeriousTag({ serious }: { serious: boolean }) {
  const { t } = useTranslation();
  return serious ? <Tag color="red">{t('supervision.serious')}</Tag> : null;
}

/** An opinion past its deadline, unrectified (set by the daily sweep). */
export function ReadyToEscalateTag({ ready }: { ready: boolean }) {
  const { t } = useTranslation();
  return ready ? (
    <Tag color="error" data-testid="ready-to-escalate">
      {t('supervision.readyToEscalate')}
    </Tag>
  ) : null;
}
