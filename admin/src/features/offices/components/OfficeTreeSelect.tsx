import { TreeSelect, type TreeSelectProps } from 'antd';
import type { OfficeTreeNode } from '@union/shared';
import { useMemo } from 'react';
import { useOfficeTree } from '../api/get-office-tree';
import { sortSiblings } from '../utils/tree';

export type OfficeTreeSelectProps = Omit<TreeSelectProps<string>, 'treeData' | 'showSearch' | 'loading'> & {
  /** Offices that cannot be picked, shown greyed. */
  isDisabled?: (office: OfficeTreeNode) => boolean;
};

interface Option {
  value: string;
  title: string;
  disabled: boolean;
  children: Option[];
}

/** Picks an office of the signed-in user's subtree. */
export function OfficeTreeSelect({ isDisabled, ...props }: OfficeTreeSelectProps) {
  const tree = useOfficeTree();
  const treeData = useMemo(() => {
    const toOptions = (nodes: OfficeTreeNode[]): Option[] =>
      sortSiblings(nodes).map((node) => ({ value: node.id, title: node.name, disabled: isDisabled?.(node) ?? false, children: toOptions(node.children) }));
    return toOptions(tree.data ?? []);
  }, [tree.data, isDisabled]);

  return (
    <TreeSelect<string>
      showSearch={{ treeNodeFilterProp: 'title' }}
      loading={tree.isLoading}
      treeData={treeData}
      treeDefaultExpandedKeys={tree.data?.map((root) => root.id)}
      {...props}
    />
  );
}
