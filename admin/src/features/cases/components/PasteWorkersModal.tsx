import { Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseWorkerLines, type WorkerValues } from './WorkersField';

/** Workers pasted from a spreadsheet, one a line, added to the list. */
export default function PasteWorkersModal({ onClose, onAdd }: { onClose: () => void; onAdd: (workers: WorkerValues[]) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const parsed = parseWorkerLines(text);
  return (
    <Modal
      open
      title={t('cases.pasteWorkers')}
      okText={t('cases.pasteAdd', { count: parsed.length })}
      okButtonProps={{ disabled: parsed.length === 0 }}
      cancelText={t('common.cancel')}
      onCancel={onClose}
      onOk={() => onAdd(parsed)}
    >
      <Typography.Paragraph type="secondary">{t('cases.pasteHelp')}</Typography.Paragraph>
      <Input.TextArea rows={10} value={text} onChange={(e) => setText(e.target.value)} placeholder={'张三\t110105199001011234\t13800000000'} aria-label={t('cases.pasteWorkers')} />
    </Modal>
  );
}
