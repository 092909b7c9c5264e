import { Alert, Button, Modal, Space, Table, Tag, type TableColumnsType } from 'antd';
import { caseStatuses, caseStatusLabels, type CaseStatus } from '@union/shared';
import { useTranslation } from 'react-i18next';
import { useFormatDateTime } from '@/lib/format';
import { useLabel } from '@/lib/i18n';
import type { DuplicateMatch } from '../api/types';

interface Props {
  matches: DuplicateMatch[];
  saving: boolean;
  /** Saves the new case linked to an open one (`linkedCaseId`), or unlinked when `null`. */
  onSave: (linkedCaseId: string | null) => void;
  onCancel: () => void;
}

const isStatus = (s: string): s is CaseStatus => (caseStatuses as readonly string[]).includes(s);

/**
 * Open cases of the same worker against the same employer, found before saving (domain.md §5):
 * the clerk links the new case to one of them, saves it anyway, or goes back to the form.
 */
export function DuplicateModal({ matches, saving, onSave, onCancel }: Props) {
  const { t } = useTranslation();
  const label = useLabel();
  const formatDateTime = useFormatDateTime();

  const columns: TableColumnsType<DuplicateMatch> = [
    {
      key: 'number',
      title: t('cases.caseNo'),
      render: (_, m) => (
        <a href={`/cases/${m.id}`} target="_blank" rel="noreferrer" style={{ fontFamily: 'monospace' }}>
          {m.number}
        </a>
      ),
    },
    { key: 'worker', title: t('cases.workerName'), dataIndex: 'workerName' },
    { key: 'matchedOn', title: t('cases.matchedOn'), render: (_, m) => <Tag color={m.matchedOn === 'id_number' ? 'red' : 'orange'}>{t(`cases.matchedBy.${m.matchedOn}`)}</Tag> },
    { key: 'status', title: t('cases.status'), render: (_, m) => (isStatus(m.status) ? label(caseStatusLabels[m.status]) : m.status) },
    { key: 'receivedAt', title: t('cases.receivedAt'), render: (_, m) => formatDateTime(m.receivedAt) },
    {
      key: 'link',
      title: t('common.actions'),
      render: (_, m) => (
        <Button size="small" type="primary" loading={saving} onClick={() => onSave(m.id)}>
          {t('cases.linkAndSave')}
        </Button>
      ),
    },
  ];

  return (
    <Modal
      open
      width={860}
      title={t('cases.duplicatesTitle', { count: matches.length })}
      onCancel={onCancel}
      footer={
        <Space>
          <Button onClick={onCancel}>{t('cases.backToForm')}</Button>
          <Button loading={saving} onClick={() => onSave(null)}>
            {t('cases.saveUnlinked')}
          </Button>
        </Space>
      }
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Alert type="warning" showIcon title={t('cases.duplicatesHelp')} />
        <Table<DuplicateMatch> data-testid="duplicates" rowKey="id" size="small" columns={columns} dataSource={matches} pagination={false} />
      </Space>
    </Modal>
  );
}
