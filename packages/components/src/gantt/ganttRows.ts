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
  // Plain loops, no recursion however deep the tree, and each node's children on the node itself:
  // this runs over every action of a plan of 10,000 before the chart's first render, mostly before
  // V8 has compiled it.
  // Every workstream and every action with sub-actions: what "expand all" looks through.
  const parents: GanttNode[] = [];
  const withChildren: GanttNode[] = [];
  const actionNodes = (ids: readonly string[], into: GanttNode[]): void => {
    for (let i = 0; i < ids.length; i++) {
      const action = analysis.actionsById.get(ids[i] as string);
      if (action === undefined) continue;
      const node: GanttNode = { key: `a:${action.id}`, kind: 'action', item: action, children: action.childIds.length > 0 ? [] : NO_NODES };
      if (action.childIds.length > 0) withChildren.push(node);
      into.push(node);
    }
  };
  const workstreamNodes = new Map<string, GanttNode>();
  for (const ws of analysis.workstreams) workstreamNodes.set(ws.id, { key: `ws:${ws.id}`, kind: 'workstream', item: ws, children: [] });
  const roots: GanttNode[] = [];
  for (const ws of analysis.workstreams) {
    const node = workstreamNodes.get(ws.id) as GanttNode;
    const children = node.children as GanttNode[];
    for (const id of ws.childWorkstreamIds) {
      const child = workstreamNodes.get(id);
      if (child !== undefined) children.push(child);
    }
    actionNodes(ws.topLevelActionIds, children);
    parents.push(node);
    if (ws.parentId === undefined || !workstreamNodes.has(ws.parentId)) roots.push(node);
  }
  // Sub-actions, level by level: the list grows as actions with children of their own are found.
  for (let i = 0; i < withChildren.length; i++) {
    const node = withChildren[i] as GanttNode;
    actionNodes((node.item as ActionAnalysis).childIds, node.children as GanttNode[]);
    parents.push(node);
  }
  return { roots, parents };
}

interface GanttNode {
  readonly key: string;
  readonly kind: 'workstream' | 'action';
  readonly item: WorkstreamAnalysis | ActionAnalysis;
  readonly children: readonly GanttNode[];
}

const NO_NODES: readonly GanttNode[] = Object.freeze([]);

/** The tree behind the rows. */
export interface GanttTree {
  readonly roots: readonly GanttNode[];
  readonly parents: readonly GanttNode[];
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
    const hasChildren = n.children.length > 0;
    const open = hasChildren && isExpanded(expanded, n.key);
    rows.push({
      key: n.key,
      kind: n.kind,
      item: n.item,
      level: frame.level,
      posInSet: frame.index,
      setSize: frame.nodes.length,
      hasChildren,
      expanded: open,
      parentKey: frame.parentKey,
    });
    if (open) stack.push({ nodes: n.children, index: 0, level: frame.level + 1, parentKey: n.key });
  }
  return rows;
}

/** Every key that has children: what "expand all" opens. */
export function expandableKeys(tree: GanttTree): string[] {
  return tree.parents.filter((node) => node.children.length > 0).map((node) => node.key);
}
