import { Table, Tag, type TableColumnsType } from 'antd';
import { caseStatuses, caseStatusLabels, legalAidStatuses, legalAidStatusLabels, type DuplicateMatch as DuplicateMatchSchema } from '@union/shared';
import type { ReactNode } from 'react';
import type Type from 'typebox';
import { useTranslation } from 'react-i18next';
import { useFormatDateTime } from '@/lib/format';
import { useLabel } from '@/lib/i18n';

export type DuplicateMatch = Type.Static<typeof DuplicateMatchSchema>;

const statusLabels = { case: [caseStatuses, caseStatusLabels], legal_aid: [legalAidStatuses, legalAidStatusLabels] } as const;
const pathOf = { case: '/cases', legal_aid: '/legal-aid' } as const;

/**
 * Open cases and legal-aid applications of the same worker against the same employer (domain.md §5),
 * each opening in a new tab so the form being filled stays as it is.
 */
export function DuplicateMatches({ matches, action }: { matches: DuplicateMatch[]; action?: (m: DuplicateMatch) => ReactNode }) {
  const { t } = useTranslation();
  const label = useLabel();
  const formatDateTime = useFormatDateTime();
  const statusOf = (m: DuplicateMatch) => {
    const [statuses, labels] = statusLabels[m.kind];
    const i = (statuses as readonly string[]).indexOf(m.status);
    return i < 0 ? m.status : label((labels as Record<string, { zh: string; en: string }>)[statuses[i]]);
  };

  const columns: TableColumnsType<DuplicateMatch> = [
    { key: 'kind', title: t('duplicates.kind'), render: (_, m) => t(`duplicates.kinds.${m.kind}`) },
    {
      key: 'number',
      title: t('duplicates.number'),
      render: (_, m) => (
        <a href={`${pathOf[m.kind]}/${m.id}`} target="_blank" rel="noreferrer" style={{ fontFamily: 'monospace' }}>
          {m.number}
        </a>
      ),
    },
    { key: 'worker', title: t('duplicates.worker'), dataIndex: 'workerName' },
    { key: 'matchedOn', title: t('duplicates.matchedOn'), render: (_, m) => <Tag color={m.matchedOn === 'id_number' ? 'red' : 'orange'}>{t(`duplicates.matchedBy.${m.matchedOn}`)}</Tag> },
    { key: 'status', title: t('duplicates.status'), render: (_, m) => statusOf(m) },
    { key: 'receivedAt', title: t('duplicates.receivedAt'), render: (_, m) => formatDateTime(m.receivedAt) },
    ...(action ? [{ key: 'action', title: t('common.actions'), render: (_: unknown, m: DuplicateMatch) => action(m) }] : []),
  ];

  return <Table<DuplicateMatch> data-testid="duplicates" rowKey="id" size="small" columns={columns} dataSource={matches} pagination={false} />;
}
