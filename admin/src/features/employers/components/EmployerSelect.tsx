import { Select, Space, Typography, type SelectProps } from 'antd';
import type { Employer } from '@union/shared';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEmployer } from '../api/get-employer';
import { useEmployers } from '../api/get-employers';

type Props = Omit<SelectProps<string>, 'options' | 'onChange' | 'showSearch' | 'filterOption' | 'onSearch'> & {
  onChange?: (id: string | undefined, employer: Employer | undefined) => void;
};

/** Picks an employer of the network by name or credit code, searched on the server as the user types. */
export function EmployerSelect({ value, onChange, placeholder, ...props }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const q = useDeferredValue(search.trim());
  const found = useEmployers({ q: q || undefined, limit: 20, sort: 'name' });
  // the chosen one, which a search may not list, still shows by name
  const chosen = useEmployer(value ?? undefined);
  const items = found.data?.items ?? [];
  const all = chosen.data && !items.some((e) => e.id === chosen.data.id) ? [chosen.data, ...items] : items;

  return (
    <Select<string>
      showSearch={{ filterOption: false, onSearch: setSearch }}
      value={value}
      placeholder={placeholder ?? t('employers.pick')}
      loading={found.isFetching}
      notFoundContent={found.isFetching ? undefined : t('employers.noMatch')}
      onChange={(id) => onChange?.(id, all.find((e) => e.id === id))}
      options={all.map((e) => ({
        value: e.id,
        label: e.name,
        title: e.name,
        employer: e,
      }))}
      optionRender={(option) => {
        const employer = (option.data as { employer: Employer }).employer;
        return (
          <Space orientation="vertical" size={0}>
            <span>{employer.name}</span>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {employer.creditCode} · {t('employers.employeeCountShort', { count: employer.employeeCount })}
            </Typography.Text>
          </Space>
        );
      }}
      {...props}
    />
  );
}
