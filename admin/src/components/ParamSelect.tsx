import { Select } from 'antd';
import type { Label } from '@union/shared';
import { useLabel } from '@/lib/i18n';
import { useUrlParams } from '@/lib/url-state';

interface ParamSelectProps<T extends string> {
  /** The search param the filter sets (cleared, it is removed). */
  param: string;
  value: T | undefined;
  values: readonly T[];
  labels: Record<T, Label>;
  /** Its placeholder and accessible name. */
  name: string;
  width: number;
}

/** A list page's filter on one of a set of values, kept in the URL. */
export function ParamSelect<T extends string>({ param, value, values, labels, name, width }: ParamSelectProps<T>) {
  const label = useLabel();
  const [, setParams] = useUrlParams();
  return (
    <Select<T>
      allowClear
      value={value}
      placeholder={name}
      aria-label={name}
      onChange={(v) => setParams({ [param]: v })}
      options={values.map((v) => ({ value: v, label: label(labels[v]) }))}
      style={{ width }}
    />
  );
}
