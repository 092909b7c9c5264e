import { Input, Select, Space } from 'antd';
import type { ReactNode } from 'react';
import { certificateStandingLabels } from '@union/shared';
import { useTranslation } from 'react-i18next';
import { useLabel } from '@/lib/i18n';

export interface CommonPeopleFilters {
  q?: string;
  active?: boolean;
  certificate?: 'expiring' | 'expired';
}

interface Props {
  value: CommonPeopleFilters;
  onChange: (change: Partial<CommonPeopleFilters>) => void;
  searchPlaceholder: string;
  /** Filters of one kind of person, between the search box and the common ones. */
  children?: ReactNode;
}

/** The search box and the filters every list of people has: active, and certificate standing. */
export function PeopleFilters({ value, onChange, searchPlaceholder, children }: Props) {
  const { t } = useTranslation();
  const label = useLabel();
  return (
    <Space wrap>
      <Input.Search
        key={value.q ?? ''}
        allowClear
        defaultValue={value.q}
        placeholder={searchPlaceholder}
        onSearch={(q) => onChange({ q: q.trim() || undefined })}
        style={{ width: 260 }}
      />
      {children}
      <Select<'true' | 'false'>
        allowClear
        placeholder={t('people.status')}
        value={value.active === undefined ? undefined : value.active ? 'true' : 'false'}
        onChange={(active) => onChange({ active: active === undefined ? undefined : active === 'true' })}
        options={[
          { value: 'true', label: t('people.active') },
          { value: 'false', label: t('people.inactive') },
        ]}
        style={{ width: 110 }}
      />
      <Select<'expiring' | 'expired'>
        allowClear
        placeholder={t('people.certificate')}
        value={value.certificate}
        onChange={(certificate) => onChange({ certificate })}
        options={[
          { value: 'expiring', label: label(certificateStandingLabels.expiring) },
          { value: 'expired', label: label(certificateStandingLabels.expired) },
        ]}
        style={{ width: 140 }}
      />
    </Space>
  );
}
