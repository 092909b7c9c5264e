import { Select, Space, Typography, type SelectProps } from 'antd';
import type { Mediator } from '@union/shared';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMediator } from '../api/get-mediator';
import { useMediators } from '../api/get-mediators';

type Props = Omit<SelectProps<string>, 'options' | 'showSearch' | 'filterOption' | 'onSearch'>;

/** Picks a mediator by name, phone or certificate number, searched on the server. */
export function MediatorSelect({ value, ...props }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const q = useDeferredValue(search.trim());
  const found = useMediators({ q: q || undefined, limit: 20, sort: 'name' });
  const chosen = useMediator(value ?? undefined);
  const items = found.data?.items ?? [];
  const all = chosen.data && !items.some((m) => m.id === chosen.data.id) ? [chosen.data, ...items] : items;
  return (
    <Select<string>
      showSearch={{ filterOption: false, onSearch: setSearch }}
      value={value}
      loading={found.isFetching}
      notFoundContent={found.isFetching ? undefined : t('people.noMatch')}
      options={all.map((m) => ({ value: m.id, label: m.name, mediator: m }))}
      optionRender={(option) => {
        const m = (option.data as { mediator: Mediator }).mediator;
        return (
          <Space orientation="vertical" size={0}>
            <span>{m.name}</span>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {m.orgName}
            </Typography.Text>
          </Space>
        );
      }}
      {...props}
    />
  );
}
