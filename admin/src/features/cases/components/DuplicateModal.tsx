import { Alert, Button, Modal, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { DuplicateMatches, type DuplicateMatch } from '@/components/DuplicateMatches';

interface Props {
  matches: DuplicateMatch[];
  saving: boolean;
  /** Saves the new case linked to an open one (`linkedCaseId`), or unlinked when `null`. */
  onSave: (linkedCaseId: string | null) => void;
  onCancel: () => void;
}

/**
 * Open cases of the same worker against the same employer, found before saving (domain.md §5):
 * the clerk links the new case to one of them, saves it anyway, or goes back to the form.
 */
export function DuplicateModal({ matches, saving, onSave, onCancel }: Props) {
  const { t } = useTranslation();

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
        <DuplicateMatches
          matches={matches}
          // only a case can be linked to; an application is shown for the clerk to judge
          action={(m) =>
            m.kind === 'case' && (
              <Button size="small" type="primary" loading={saving} onClick={() => onSave(m.id)}>
                {t('cases.linkAndSave')}
              </Button>
            )
          }
        />
      </Space>
    </Modal>
  );
}
