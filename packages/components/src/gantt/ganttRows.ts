import type { ActionAnalysis, PlanAnalysis, WorkstreamAnalysis } from '@wsoa-kit/core';

/** One row of the Gantt's tree: a workstream or an action. */
export interface GanttRow {
  /** Unique across kinds: `ws:<id>` or `a:<id>`. */
  readonly key: string;
  readonly kind: 'workstream' | 'action';
  readonly item: WorkstreamAnalysis | ActionAnalysis;
  /** 1 for a top-level workstream. */
  readonly level: number;
  readonly posInSet: number;
  readonly setSize: number;
  readonly hasChildren: boolean;
  readonly expanded: boolean;
  readonly parentKey?: string;
}

/** Which rows are expanded: every row, or the keys listed. */
export type ExpandedState = 'all' | ReadonlySet<string>;

export const isExpanded = (expanded: ExpandedState, key: string) => expanded === 'all' || expanded.has(key);

/**
 * Flattens an analysis into the visible rows of the tree: workstreams (and their child
 * workstreams), then their top-level actions and each action's children, skipping the insides of
 * collapsed rows. Builds the tree once per analysis; `visibleRows` walks it per expand state.
 */
export function buildGanttTree(analysis: PlanAnalysis): GanttTree {
  const childrenOf = new Map<string, GanttNode[]>();
  const node = (kind: GanttNode['kind'], item: GanttNode['item']): GanttNode => ({
    key: `${kind === 'workstream' ? 'ws' : 'a'}:${item.id}`,
    kind,
    item,
  });
  const actionNodes = (ids: readonly string[]) =>
    ids
      .map((id) => analysis.actionsById.get(id))
      .filter((a): a is ActionAnalysis => a !== undefined)
      .map((a) => node('action', a));
  for (const ws of analysis.workstreams) {
    const children = [
      ...ws.childWorkstreamIds
        .map((id) => analysis.workstreamsById.get(id))
        .filter((w): w is WorkstreamAnalysis => w !== undefined)
        .map((w) => node('workstream', w)),
      ...actionNodes(ws.topLevelActionIds),
    ];
    childrenOf.set(`ws:${ws.id}`, children);
  }
  for (const action of analysis.actions) if (action.childIds.length > 0) childrenOf.set(`a:${action.id}`, actionNodes(action.childIds));
  const roots = analysis.workstreams
    .filter((w) => w.parentId === undefined || !analysis.workstreamsById.has(w.parentId))
    .map((w) => node('workstream', w));
  return { roots, childrenOf };
}

interface GanttNode {
  readonly key: string;
  readonly kind: 'workstream' | 'action';
  readonly item: WorkstreamAnalysis | ActionAnalysis;
}

/** The tree behind the rows. */
export interface GanttTree {
  readonly roots: readonly GanttNode[];
  readonly childrenOf: ReadonlyMap<string, readonly GanttNode[]>;
}

/** The rows a person can see, in order, for an expand state. */
export function visibleRows(tree: GanttTree, expanded: ExpandedState): GanttRow[] {
  const rows: GanttRow[] = [];
  // An explicit stack rather than recursion, so a deep tree cannot overflow.
  const stack: { nodes: readonly GanttNode[]; index: number; level: number; parentKey?: string }[] = [
    { nodes: tree.roots, index: 0, level: 1 },
  ];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1] as (typeof stack)[number];
    if (frame.index >= frame.nodes.length) {
      stack.pop();
      continue;
    }
    const n = frame.nodes[frame.index] as GanttNode;
    frame.index++;
    const children = tree.childrenOf.get(n.key) ?? [];
    const open = children.length > 0 && isExpanded(expanded, n.key);
    rows.push({
      key: n.key,
      kind: n.kind,
      item: n.item,
      level: frame.level,
      posInSet: frame.index,
      setSize: frame.nodes.length,
      hasChildren: children.length > 0,
      expanded: open,
      parentKey: frame.parentKey,
    });
    if (open) stack.push({ nodes: children, index: 0, level: frame.level + 1, parentKey: n.key });
  }
  return rows;
}

/** Every key that has children: what "expand all" opens. */
export function expandableKeys(tree: GanttTree): string[] {
  return [...tree.childrenOf.entries()].filter(([, children]) => children.length > 0).map(([key]) => key);
}
