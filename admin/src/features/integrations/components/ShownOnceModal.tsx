import { Alert, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

interface Props {
  title: string;
  /** The key or secret: answered by the server this once, kept nowhere in the app. */
  value: string | null;
  onClose: () => void;
}

/** Shows a new key or signing secret once, with a copy button; closing it forgets the value. */
export function ShownOnceModal({ title, value, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal open={value !== null} title={title} onOk={onClose} onCancel={onClose} cancelButtonProps={{ style: { display: 'none' } }} okText={t('integrations.copiedDone')} maskClosable={false}>
      <Alert type="warning" showIcon title={t('integrations.shownOnce')} style={{ marginBottom: 16 }} />
      <Typography.Paragraph copyable={{ text: value ?? '' }} code style={{ wordBreak: 'break-all' }} data-testid="shown-once-value">
        {value}
      </Typography.Paragraph>
    </Modal>
  );
}
