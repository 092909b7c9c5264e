import { Select, Space, Typography } from 'antd';
import { officeKindRules, type OfficeKind } from '@union/shared';
import type { CSSProperties } from 'react';
import { useLabel } from '@/lib/i18n';
import { useNetworkOffices } from '../api/get-network-offices';

interface Named {
  id: string;
  name: string;
}

interface Props {
  value?: string | null;
  onChange?: (id: string | null) => void;
  /** The kinds of office that can be picked. */
  kinds: readonly OfficeKind[];
  /** The office the record names now, shown by name until the network's list has loaded. */
  current?: Named | null;
  placeholder?: string;
  disabled?: boolean;
  id?: string;
  style?: CSSProperties;
}

/**
 * Picks the office an employer's union reports to, or its group union, by name from the whole
 * city network (GET /offices/network): an employer of a district may report to the city
 * federation or a group union that lies outside the user's own subtree.
 */
export function UnionOfficePicker({ value, onChange, kinds, current, ...props }: Props) {
  const label = useLabel();
  const { offices, isLoading } = useNetworkOffices(kinds);
  const listed = current && !offices.some((o) => o.id === current.id) ? [{ ...current, kind: null, regionCode: '' }, ...offices] : offices;
  return (
    <Select<string>
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      loading={isLoading}
      value={value ?? undefined}
      onChange={(id) => onChange?.(id ?? null)}
      popupMatchSelectWidth={360}
      options={listed.map((o) => ({ value: o.id, label: o.name, kind: o.kind }))}
      optionRender={(option) => {
        const kind = (option.data as { kind: OfficeKind | null }).kind;
        return (
          <Space size="small">
            <span>{option.label}</span>
            {kinds.length > 1 && kind && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {label(officeKindRules[kind].label)}
              </Typography.Text>
            )}
          </Space>
        );
      }}
      {...props}
    />
  );
}
