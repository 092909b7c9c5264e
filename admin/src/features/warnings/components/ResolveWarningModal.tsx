import { Form, Input, Modal } from 'antd';
import { LaborWarningResolve } from '@union/shared';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api';
import { useFeedback } from '@/lib/feedback';
import { useShowApiError } from '@/lib/form-errors';
import { stringRules } from '@/lib/schema-rules';
import { useResolveWarning } from '../api/resolve-warning';
import type { LaborWarning } from '../api/types';

const { resolution: resolutionSchema } = LaborWarningResolve.properties;

/** 处置完毕: closes a warning with what was done about it. */
export function ResolveWarningModal({ warning, onClose }: { warning: LaborWarning; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const showApiError = useShowApiError();
  const [form] = Form.useForm<{ resolution: string }>();
  const resolve = useResolveWarning();

  const send = ({ resolution }: { resolution: string }) =>
    resolve.mutate(
      { id: warning.id, version: warning.version, resolution: resolution.trim() },
      {
        onSuccess: () => {
          message.success(t('warnings.resolved'));
          onClose();
        },
        onError: (error) => {
          if (isApiError(error, 'version_conflict') || isApiError(error, 'conflict') || isApiError(error, 'transition_not_allowed')) {
            message.warning(t('warnings.changedMeanwhile'));
            onClose();
          } else showApiError(error, form);
        },
      },
    );

  return (
    <Modal
      open
      title={t('warnings.resolveTitle', { employer: warning.employerName })}
      okText={t('warnings.resolve')}
      okButtonProps={{ loading: resolve.isPending }}
      cancelText={t('common.cancel')}
      onCancel={onClose}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={send} disabled={resolve.isPending} style={{ marginTop: 16 }}>
        <Form.Item
          name="resolution"
          label={t('warnings.resolution')}
          rules={[{ required: true, whitespace: true, message: t('warnings.resolutionRequired') }, ...stringRules(resolutionSchema, t('common.blank'))]}
        >
          <Input.TextArea rows={4} placeholder={t('warnings.resolutionPlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
