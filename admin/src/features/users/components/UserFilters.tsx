import { Input, Select, Space } from 'antd';
import { roleLabels, roles, type UserListQuery } from '@union/shared';
import { useTranslation } from 'react-i18next';
import { OfficeTreeSelect } from '@/features/offices';
import { useLabel } from '@/lib/i18n';

export type UserFilterValues = Pick<UserListQuery, 'q' | 'role' | 'active' | 'officeId'>;

interface Props {
  value: UserFilterValues;
  onChange: (change: Partial<UserFilterValues>) => void;
}

export function UserFilters({ value, onChange }: Props) {
  const { t } = useTranslation();
  const label = useLabel();
  return (
    <Space wrap>
      <Input.Search
        key={value.q ?? ''}
        allowClear
        defaultValue={value.q}
        placeholder={t('users.search')}
        onSearch={(q) => onChange({ q: q.trim() || undefined })}
        style={{ width: 240 }}
      />
      <Select
        allowClear
        placeholder={t('users.roles')}
        value={value.role}
        onChange={(role) => onChange({ role })}
        options={roles.map((role) => ({ value: role, label: label(roleLabels[role]) }))}
        style={{ width: 160 }}
      />
      <Select<'true' | 'false'>
        allowClear
        placeholder={t('users.status')}
        value={value.active === undefined ? undefined : value.active ? 'true' : 'false'}
        onChange={(active) => onChange({ active: active === undefined ? undefined : active === 'true' })}
        options={[
          { value: 'true', label: t('users.active') },
          { value: 'false', label: t('users.inactive') },
        ]}
        style={{ width: 120 }}
      />
      <OfficeTreeSelect
        allowClear
        placeholder={t('users.office')}
        value={value.officeId}
        onChange={(officeId) => onChange({ officeId })}
        style={{ width: 280 }}
        popupMatchSelectWidth={360}
      />
    </Space>
  );
}
