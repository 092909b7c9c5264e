import { EditOutlined, LockOutlined } from '@ant-design/icons';
import { Alert, Button, Space, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { clockRules, type ClockUnit } from '@union/shared';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '@/components/QueryError';
import { Panel } from '@/components/Panel';
import { useCan } from '@/features/auth';
import { useLabel } from '@/lib/i18n';
import { useClockSettings, type ClockSetting } from '../api/get-clock-settings';

// The edit dialog (and its form) loads when a setting is edited, not with the page.
const ClockSettingModal = lazy(() => import('../components/ClockSettingModal'));

/**
 * 期限设置: every deadline of the product with the rule it comes from. Lengths set by national law
 * are shown, not edited; those local rules set differently (perCity) can be changed by users
 * holding settings:write, for the whole city.
 */
export default function ClockSettingsPage() {
  const { t } = useTranslation();
  const label = useLabel();
  const canWrite = useCan('settings:write');
  const settings = useClockSettings();
  const [editing, setEditing] = useState<ClockSetting | null>(null);
  const length = (n: number, unit: ClockUnit) => t('settings.lengthIs', { count: n, unit: t(`settings.units.${unit}`) });

  const columns: TableColumnsType<ClockSetting> = [
    {
      key: 'rule',
      title: t('settings.rule'),
      render: (_, s) => (
        <Space orientation="vertical" size={0}>
          <Typography.Text strong>{label(clockRules[s.rule].label)}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {s.rule}
          </Typography.Text>
        </Space>
      ),
    },
    { key: 'source', title: t('settings.source'), render: (_, s) => label(clockRules[s.rule].source) },
    {
      key: 'length',
      title: t('settings.length'),
      render: (_, s) => (
        <Space>
          <span data-testid={`clock-${s.rule}`}>{length(s.length, s.unit)}</span>
          {(s.length !== s.defaultLength || s.unit !== s.defaultUnit) && <Tag color="blue">{t('settings.cityOwn')}</Tag>}
        </Space>
      ),
    },
    { key: 'default', title: t('settings.default'), render: (_, s) => length(s.defaultLength, s.defaultUnit) },
    {
      key: 'dueSoon',
      title: t('settings.dueSoon'),
      render: (_, s) => t('settings.hoursBefore', { count: clockRules[s.rule].dueSoonHours }),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      render: (_, s) =>
        s.perCity ? (
          canWrite && (
            <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(s)}>
              {t('common.edit')}
            </Button>
          )
        ) : (
          <Tooltip title={t('settings.fixedHelp')}>
            <Tag icon={<LockOutlined />}>{t('settings.fixed')}</Tag>
          </Tooltip>
        ),
    },
  ];

  if (settings.isError) return <QueryError error={settings.error} onRetry={() => void settings.refetch()} />;

  return (
    <Panel title={t('settings.title')}>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Alert type="info" showIcon title={canWrite ? t('settings.intro') : t('settings.readOnly')} />
        <Table<ClockSetting> rowKey="rule" columns={columns} dataSource={settings.data} loading={settings.isFetching} pagination={false} scroll={{ x: 'max-content' }} />
      </Space>
      {editing && (
        <Suspense fallback={null}>
          <ClockSettingModal setting={editing} onClose={() => setEditing(null)} />
        </Suspense>
      )}
    </Panel>
  );
}
