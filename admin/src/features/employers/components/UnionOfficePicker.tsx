import type { TreeSelectProps } from 'antd';
import type { OfficeKind, OfficeTreeNode } from '@union/shared';
import { useCallback, useState, type CSSProperties, type ReactNode } from 'react';
import { OfficeTreeSelect } from '@/features/offices';

interface Named {
  id: string;
  name: string;
}

interface Props {
  value?: string | null;
  onChange?: (id: string | null) => void;
  /** The kinds of office that can be picked; others show greyed. */
  kinds: readonly OfficeKind[];
  /** The office the record names now, shown by name even when it lies outside the user's subtree. */
  current?: Named | null;
  placeholder?: string;
  disabled?: boolean;
  id?: string;
  style?: CSSProperties;
}

/**
 * Picks the office an employer's union reports to, or its group union, from the user's subtree.
 * The value travels with its name so a link to an office above the user still reads as a name.
 */
export function UnionOfficePicker({ value, onChange, kinds, current, ...props }: Props) {
  const isDisabled = useCallback((office: OfficeTreeNode) => !kinds.includes(office.kind), [kinds]);
  const [picked, setPicked] = useState<Named | null>(null);
  const name = [picked, current].find((office) => office?.id === value)?.name;
  const labelled = {
    labelInValue: true,
    value: value ? { value, label: name ?? value } : undefined,
    onChange: (choice: { value: string; label: ReactNode } | undefined) => {
      setPicked(choice ? { id: choice.value, name: String(choice.label) } : null);
      onChange?.(choice?.value ?? null);
    },
  } as unknown as Pick<TreeSelectProps<string>, 'value' | 'onChange' | 'labelInValue'>;
  return <OfficeTreeSelect allowClear isDisabled={isDisabled} popupMatchSelectWidth={360} {...labelled} {...props} />;
}
