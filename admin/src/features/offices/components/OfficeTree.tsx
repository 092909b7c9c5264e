import { Empty, Input, Tree, type GetRef, type TreeDataNode } from 'antd';
import type { OfficeTreeNode } from '@union/shared';
import { useDeferredValue, useEffect, useMemo, useRef, useState, type Key } from 'react';
import { useTranslation } from 'react-i18next';
import { indexTree, sortSiblings } from '../utils/tree';

interface Props {
  roots: OfficeTreeNode[];
  selectedId: string | undefined;
  onSelect: (id: string) => void;
}

const matches = (node: OfficeTreeNode, query: string) => node.name.includes(query) || node.regionCode.startsWith(query);

function Highlighted({ text, query }: { text: string; query: string }) {
  const at = query ? text.indexOf(query) : -1;
  if (at < 0) return text;
  return (
    <>
      {text.slice(0, at)}
      <span style={{ color: '#f5222d' }}>{query}</span>
      {text.slice(at + query.length)}
    </>
  );
}

/**
 * The tree as antd nodes. With a query it keeps the matching offices, their ancestors (which it
 * lists in `open`, to expand) and everything under a match.
 */
function toTreeData(roots: OfficeTreeNode[], query: string): { data: TreeDataNode[]; open: string[] } {
  const open: string[] = [];
  const visit = (nodes: OfficeTreeNode[], underMatch: boolean): [TreeDataNode[], boolean] => {
    let anyHit = false;
    const data = sortSiblings(nodes).flatMap((node) => {
      const hit = query !== '' && matches(node, query);
      const [children, childHit] = visit(node.children, underMatch || hit);
      if (childHit) open.push(node.id);
      anyHit ||= hit || childHit;
      if (query && !underMatch && !hit && !childHit) return [];
      return [{ key: node.id, title: <Highlighted text={node.name} query={query} />, children, isLeaf: children.length === 0 }];
    });
    return [data, anyHit];
  };
  return { data: visit(roots, false)[0], open };
}

/** The office tree with a search box that filters it as you type. */
export function OfficeTree({ roots, selectedId, onSelect }: Props) {
  const { t } = useTranslation();
  const treeRef = useRef<GetRef<typeof Tree>>(null);
  const [search, setSearch] = useState('');
  const query = useDeferredValue(search.trim());
  const index = useMemo(() => indexTree(roots), [roots]);
  const { data, open } = useMemo(() => toTreeData(roots, query), [roots, query]);
  const [expanded, setExpanded] = useState<Key[]>(() => roots.map((r) => r.id));

  // A new query opens the branches of its matches.
  const [openedFor, setOpenedFor] = useState('');
  if (query !== openedFor) {
    setOpenedFor(query);
    if (query) setExpanded(open);
  }

  // An office selected from outside (a link, a newly created one) gets its branch opened, once it is in the tree.
  const [revealed, setRevealed] = useState<string>();
  const selected = selectedId ? index.get(selectedId) : undefined;
  if (selected && selectedId !== revealed) {
    setRevealed(selectedId);
    setExpanded((keys) => [...new Set([...keys, ...selected.ancestors])]);
  }
  useEffect(() => {
    if (revealed) treeRef.current?.scrollTo({ key: revealed, align: 'auto' });
  }, [revealed]);

  return (
    <>
      <Input.Search allowClear placeholder={t('offices.search')} value={search} onChange={(e) => setSearch(e.target.value)} style={{ marginBottom: 12 }} />
      {data.length === 0 ? (
        <Empty description={t('offices.noMatch')} />
      ) : (
        <Tree
          ref={treeRef}
          showLine
          blockNode
          treeData={data}
          height={Math.max(360, window.innerHeight - 300)}
          expandedKeys={expanded}
          onExpand={setExpanded}
          selectedKeys={selectedId ? [selectedId] : []}
          onSelect={(_, { node }) => onSelect(String(node.key))}
        />
      )}
    </>
  );
}
