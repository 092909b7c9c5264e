import { useQueries } from '@tanstack/react-query';
import { Cascader } from 'antd';
import { regionWithin, type Region } from '@union/shared';
import { useState, type CSSProperties } from 'react';
import { regionsQueryOptions } from '../api/get-regions';

interface Props {
  value?: string;
  onChange?: (code: string | undefined) => void;
  placeholder?: string;
  id?: string;
  /** Only a street or township can be chosen (an employer's address); otherwise any level (a filter). */
  streetsOnly?: boolean;
  allowClear?: boolean;
  style?: CSSProperties;
}

interface Option {
  value: string;
  label: string;
  isLeaf: boolean;
  children?: Option[];
}

/** The 6-digit codes whose children must be loaded to show `code` in place. */
const levelsAbove = (code: string) => [2, 4, 6].map((n) => code.slice(0, n).padEnd(6, '0')).filter((c) => c.length === 6 && c !== '000000');

/**
 * Picks a GB/T 2260 code level by level (province → city → district → street), loading each
 * level when opened.
 */
export function RegionPicker({ value, onChange, placeholder, id, streetsOnly = false, allowClear, style }: Props) {
  const [opened, setOpened] = useState<string[]>([]);
  const parents: (string | null)[] = [...new Set([null, ...(value ? levelsAbove(value) : []), ...opened])];
  const results = useQueries({ queries: parents.map((code) => regionsQueryOptions(code)) });
  const loaded = new Map<string | null, Region[] | undefined>(parents.map((code, i) => [code, results[i].data]));

  const optionsUnder = (code: string | null): Option[] | undefined =>
    loaded.get(code)?.map((r) => ({ value: r.code, label: r.name, isLeaf: r.level === 'street', children: optionsUnder(r.code) }));

  // The path of codes from the province down to `value`, as far as it is loaded.
  const path: string[] = [];
  for (let level = loaded.get(null); value && level; ) {
    const step = level.find((r) => r.code === value || regionWithin(value, r.code));
    if (!step) break;
    path.push(step.code);
    level = step.code === value ? undefined : loaded.get(step.code);
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
      placeholder={placeholder}
      loading={results.some((r) => r.isLoading)}
      style={style}
    />
  );
}
