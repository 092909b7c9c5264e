import { Select, Space, Typography, type SelectProps } from 'antd';
import { mediationOrgTypeLabels, type MediationOrg, type OfficeTreeNode } from '@union/shared';
import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '@/features/auth';
import { useOfficeTree } from '@/features/offices';
import { useLabel } from '@/lib/i18n';
import { regionPrefix } from '@/lib/regions';
import { useHandlerOrgs } from '../api/get-handler-orgs';

type Props = Omit<SelectProps<string>, 'options' | 'showSearch' | 'filterOption' | 'onSearch'>;

const idsOf = (nodes: OfficeTreeNode[]): string[] => nodes.flatMap((n) => [n.id, ...idsOf(n.children)]);

/**
 * Picks the organization that will handle a new case: a filed mediation organization the user's
 * office may use (one of its subtree, or, for a street station, its street's room), searched by
 * name. The server checks the same rule when the case is saved.
 */
export function HandlerOrgSelect({ value, placeholder, ...props }: Props) {
  const { t } = useTranslation();
  const label = useLabel();
  const me = useMe().data;
  const tree = useOfficeTree();
  const [search, setSearch] = useState('');
  const q = useDeferredValue(search.trim());
  const root = tree.data?.[0];
  // the orgs of a district or street sit under its region code; a city's or a group's anywhere in the city
  const region = root && (root.tier === 'district' || root.tier === 'street') ? regionPrefix(root.regionCode) : undefined;
  const found = useHandlerOrgs(q, region, !!tree.data);
  const subtree = useMemo(() => new Set(idsOf(tree.data ?? [])), [tree.data]);
  const usable = (o: MediationOrg) =>
    subtree.has(o.officeId) || (me?.officeKind === 'street_service_station' && o.type === 'street_room' && o.regionCode === root?.regionCode);
  const items = (found.data ?? []).filter(usable);

  return (
    <Select<string>
      allowClear
      showSearch={{ filterOption: false, onSearch: setSearch }}
      value={value}
      placeholder={placeholder ?? t('cases.handlerDefault')}
      loading={found.isFetching || tree.isLoading}
      notFoundContent={found.isFetching ? undefined : t('cases.noHandler')}
      options={items.map((o) => ({ value: o.id, label: o.name, org: o }))}
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
