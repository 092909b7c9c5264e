import { useQueries } from '@tanstack/react-query';
import { Cascader } from 'antd';
import { regionWithin, type Region } from '@union/shared';
import { useState, type CSSProperties } from 'react';
import { levelsAbove, regionsQueryOptions } from '@/lib/regions';

export interface RegionPickerProps {
  value?: string;
  onChange?: (code: string | undefined) => void;
  placeholder?: string;
  id?: string;
  /** Only a street or township can be chosen (an employer's address); otherwise any level (a filter, an office). */
  streetsOnly?: boolean;
  /** The cascade stops at districts (a district filter, an outside body's district). */
  districtsDeepest?: boolean;
  allowClear?: boolean;
  disabled?: boolean;
  style?: CSSProperties;
}

interface Option {
  value: string;
  label: string;
  isLeaf: boolean;
  children?: Option[];
}

/**
 * Picks a GB/T 2260 code level by level (province → city → district → street), loading each
 * level when opened. One picker for offices, employers, filings and cases.
 */
export function RegionCascader({ value, onChange, placeholder, id, streetsOnly = false, districtsDeepest = false, allowClear, disabled, style }: RegionPickerProps) {
  const [opened, setOpened] = useState<string[]>([]);
  const parents: (string | null)[] = [...new Set([null, ...(value ? levelsAbove(value) : []), ...opened])];
  const results = useQueries({ queries: parents.map((code) => regionsQueryOptions(code)) });
  const loaded = new Map<string | null, Region[] | undefined>(parents.map((code, i) => [code, results[i].data]));

  const isLeaf = (r: Region) => r.level === 'street' || (districtsDeepest && r.level === 'district');
  const optionsUnder = (code: string | null): Option[] | undefined =>
    loaded.get(code)?.map((r) => ({ value: r.code, label: r.name, isLeaf: isLeaf(r), children: isLeaf(r) ? undefined : optionsUnder(r.code) }));

  // The path of codes from the province down to `value`, as far as it is loaded.
  const path: string[] = [];
  for (let step = loaded.get(null); value && step; ) {
    const found = step.find((r) => r.code === value || regionWithin(value, r.code));
    if (!found) break;
    path.push(found.code);
    step = found.code === value ? undefined : loaded.get(found.code);
  }

  return (
    <Cascader<Option>
      id={id}
      options={optionsUnder(null) ?? []}
      value={value ? (path.at(-1) === value ? path : [value]) : undefined}
      onChange={(codes) => onChange?.(codes?.at(-1))}
      loadData={(selected) => {
        const code = selected.at(-1)?.value;
        if (code) setOpened((codes) => [...codes, code]);
      }}
      changeOnSelect={!streetsOnly}
      showSearch
      allowClear={allowClear}
      disabled={disabled}
      placeholder={placeholder}
      loading={results.some((r) => r.isLoading)}
      style={style}
    />
  );
}
