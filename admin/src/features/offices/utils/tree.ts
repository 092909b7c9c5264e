import { officeKinds, type OfficeTreeNode } from '@union/shared';

export interface IndexedOffice {
  node: OfficeTreeNode;
  /** Ids from the root down to the parent. */
  ancestors: string[];
}

/** Every office of the tree by id, with the path to it. */
export function indexTree(roots: OfficeTreeNode[]): Map<string, IndexedOffice> {
  const index = new Map<string, IndexedOffice>();
  const walk = (nodes: OfficeTreeNode[], ancestors: string[]) => {
    for (const node of nodes) {
      index.set(node.id, { node, ancestors });
      walk(node.children, [...ancestors, node.id]);
    }
  };
  walk(roots, []);
  return index;
}

const kindOrder = new Map(officeKinds.map((kind, i) => [kind, i]));
const collator = new Intl.Collator('zh-CN');

/** Siblings in a stable, readable order: by kind (centres before stations), then by name. */
export function sortSiblings(nodes: OfficeTreeNode[]): OfficeTreeNode[] {
  return [...nodes].sort((a, b) => kindOrder.get(a.kind)! - kindOrder.get(b.kind)! || collator.compare(a.name, b.name));
}

/** The ids of `node` and everything under it. */
export function subtreeIds(node: OfficeTreeNode): Set<string> {
  const ids = new Set<string>();
  const walk = (n: OfficeTreeNode) => {
    ids.add(n.id);
    n.children.forEach(walk);
  };
  walk(node);
  return ids;
}
