import { Select, Space, Typography, type SelectProps } from 'antd';
import { mediationOrgTypeLabels, type MediationOrg } from '@union/shared';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLabel } from '@/lib/i18n';
import { useMediationOrg } from '../api/get-mediation-org';
import { useMediationOrgs } from '../api/get-mediation-orgs';

type Props = Omit<SelectProps<string>, 'options' | 'showSearch' | 'filterOption' | 'onSearch'>;

/** Picks a mediation organization by name, searched on the server as the user types. */
export function MediationOrgSelect({ value, placeholder, ...props }: Props) {
  const { t } = useTranslation();
  const label = useLabel();
  const [search, setSearch] = useState('');
  const q = useDeferredValue(search.trim());
  const found = useMediationOrgs({ q: q || undefined, limit: 20, sort: 'name' });
  const chosen = useMediationOrg(value ?? undefined);
  const items: MediationOrg[] = found.data?.items ?? [];
  const all = chosen.data && !items.some((o) => o.id === chosen.data.id) ? [chosen.data, ...items] : items;

  return (
    <Select<string>
      showSearch={{ filterOption: false, onSearch: setSearch }}
      value={value}
      placeholder={placeholder ?? t('mediationOrgs.pick')}
      loading={found.isFetching}
      notFoundContent={found.isFetching ? undefined : t('mediationOrgs.noMatch')}
      options={all.map((o) => ({ value: o.id, label: o.name, org: o }))}
      optionRender={(option) => {
        const org = (option.data as { org: MediationOrg }).org;
        return (
          <Space orientation="vertical" size={0}>
            <span>{org.name}</span>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {label(mediationOrgTypeLabels[org.type])}
            </Typography.Text>
          </Space>
        );
      }}
      {...props}
    />
  );
}
