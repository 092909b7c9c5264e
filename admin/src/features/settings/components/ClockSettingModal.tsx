import { Form, InputNumber, Modal, Select, Space, Typography } from 'antd';
import { ClockSettingUpdate, clockRules, clockUnits, type ClockUnit } from '@union/shared';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api';
import { useFeedback } from '@/lib/feedback';
import { useShowApiError } from '@/lib/form-errors';
import { useLabel } from '@/lib/i18n';
import type { ClockSetting } from '../api/get-clock-settings';
import { useUpdateClockSetting } from '../api/update-clock-setting';

const lengthBounds = ClockSettingUpdate.properties.length as { minimum?: number; maximum?: number };

interface Values {
  length: number;
  unit: ClockUnit;
}

/** Changes one per-city deadline for the whole city, at the version shown. */
export default function ClockSettingModal({ setting, onClose }: { setting: ClockSetting; onClose: () => void }) {
  const { t } = useTranslation();
  const label = useLabel();
  const { message } = useFeedback();
  const showApiError = useShowApiError();
  const [form] = Form.useForm<Values>();
  const update = useUpdateClockSetting();

  const save = (values: Values) =>
    update.mutate(
      { rule: setting.rule, version: setting.version, ...values },
      {
        onSuccess: () => {
          message.success(t('settings.saved'));
          onClose();
        },
        onError: (error) => {
          if (isApiError(error, 'version_conflict')) {
            message.warning(t('settings.changedMeanwhile'));
            onClose();
          } else showApiError(error, form);
        },
      },
    );

  return (
    <Modal
      open
      title={t('settings.editTitle', { rule: label(clockRules[setting.rule].label) })}
      okText={t('common.save')}
      okButtonProps={{ loading: update.isPending }}
      cancelText={t('common.cancel')}
      onCancel={onClose}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={{ length: setting.length, unit: setting.unit }} onFinish={save} disabled={update.isPending} style={{ marginTop: 16 }}>
        <Space align="start">
          <Form.Item name="length" label={t('settings.length')} rules={[{ required: true }]}>
            <InputNumber min={lengthBounds.minimum} max={lengthBounds.maximum} precision={0} style={{ width: 140 }} />
          </Form.Item>
          <Form.Item name="unit" label={t('settings.unit')} rules={[{ required: true }]}>
            <Select options={clockUnits.map((u) => ({ value: u, label: t(`settings.units.${u}`) }))} style={{ width: 160 }} />
          </Form.Item>
        </Space>
        <Typography.Text type="secondary">{t('settings.defaultIs', { length: t('settings.lengthIs', { count: setting.defaultLength, unit: t(`settings.units.${setting.defaultUnit}`) }) })}</Typography.Text>
      </Form>
    </Modal>
  );
}
