import { Select, Space, Typography, type SelectProps } from 'antd';
import type { Supervisor } from '@union/shared';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSupervisors } from '../api/get-supervisors';

type Props = Omit<SelectProps<string[]>, 'mode' | 'options' | 'showSearch' | 'filterOption' | 'onSearch'>;

/**
 * Picks labor-law supervisors (劳动法律监督员) of the user's subtree by name, phone or certificate
 * number, searched on the server; the ones chosen stay shown by name while the search moves on.
 */
export function SupervisorSelect({ value, ...props }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [known, setKnown] = useState<Record<string, Supervisor>>({});
  const q = useDeferredValue(search.trim());
  const found = useSupervisors({ q: q || undefined, active: true, limit: 20, sort: 'name' });
  const items = found.data?.items ?? [];
  const chosen = (value ?? []).map((id) => known[id]).filter((s): s is Supervisor => !!s && !items.some((i) => i.id === s.id));
  const all = [...chosen, ...items];
  return (
    <Select<string[]>
      mode="multiple"
      showSearch={{ filterOption: false, onSearch: setSearch }}
      value={value}
      loading={found.isFetching}
      notFoundContent={found.isFetching ? undefined : t('people.noMatch')}
      onSelect={(id: string) => {
        const s = items.find((i) => i.id === id);
        if (s) setKnown((k) => ({ ...k, [id]: s }));
      }}
      options={all.map((s) => ({ value: s.id, label: s.name, supervisor: s }))}
      optionRender={(option) => {
        const s = (option.data as { supervisor: Supervisor }).supervisor;
        return (
          <Space orientation="vertical" size={0}>
            <span>{s.name}</span>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {s.employerName ?? s.officeName}
            </Typography.Text>
          </Space>
        );
      }}
      {...props}
    />
  );
}
