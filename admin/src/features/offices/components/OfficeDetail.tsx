import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Descriptions, Space, Tooltip } from 'antd';
import { officeKindRules, officeTierLabels, type Office } from '@union/shared';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '@/features/auth';
import { useLabel } from '@/lib/i18n';
import { childKindsOf } from '../utils/placement';
import { Panel } from '@/components/Panel';

// The form (and the schema rules it brings) loads when first opened, not with the page.
const OfficeFormModal = lazy(() => import('./OfficeFormModal').then((m) => ({ default: m.OfficeFormModal })));

interface Props {
  office: Office;
  /** Called with an office just created or saved. */
  onSaved: (office: Office) => void;
}

export function OfficeDetail({ office, onSaved }: Props) {
  const { t } = useTranslation();
  const label = useLabel();
  const canWrite = useCan('offices:write');
  const [form, setForm] = useState<{ mode: 'create' | 'edit'; open: boolean } | null>(null);
  const canHaveChildren = childKindsOf(office.kind).length > 0;
  const none = t('common.none');
  const close = () => setForm((f) => f && { ...f, open: false });
  const saved = (result: Office) => {
    close();
    onSaved(result);
  };

  return (
    <Panel
      title={office.name}
      extra={
        canWrite && (
          <Space>
            <Tooltip title={canHaveChildren ? undefined : t('offices.noChildKinds')}>
              <Button type="primary" icon={<PlusOutlined />} disabled={!canHaveChildren} onClick={() => setForm({ mode: 'create', open: true })}>
                {t('offices.createChild')}
              </Button>
            </Tooltip>
            <Button icon={<EditOutlined />} onClick={() => setForm({ mode: 'edit', open: true })}>
              {t('common.edit')}
            </Button>
          </Space>
        )
      }
    >
      <Descriptions column={1} bordered size="middle" styles={{ label: { width: 140 } }}>
        <Descriptions.Item label={t('offices.name')}>{office.name}</Descriptions.Item>
        <Descriptions.Item label={t('offices.kind')}>{label(officeKindRules[office.kind].label)}</Descriptions.Item>
        <Descriptions.Item label={t('offices.tier')}>{label(officeTierLabels[office.tier])}</Descriptions.Item>
        <Descriptions.Item label={t('offices.region')}>
          {office.regionCode} {office.regionName}
        </Descriptions.Item>
        <Descriptions.Item label={t('offices.address')}>{office.address || none}</Descriptions.Item>
        <Descriptions.Item label={t('offices.phone')}>{office.phone || none}</Descriptions.Item>
        <Descriptions.Item label={t('offices.childCount')}>{office.childCount}</Descriptions.Item>
      </Descriptions>
      {form && (
        <Suspense fallback={null}>
          {form.mode === 'create' ? (
            <OfficeFormModal mode="create" parent={office} open={form.open} onClose={close} onSaved={saved} />
          ) : (
            <OfficeFormModal mode="edit" office={office} open={form.open} onClose={close} onSaved={saved} />
          )}
        </Suspense>
      )}
    </Panel>
  );
}
