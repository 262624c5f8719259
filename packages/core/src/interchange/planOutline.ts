import type { PlanAnalysis } from '../analysis/types.js';

/** A row of a plan's outline: a workstream or an action, at its depth. */
export interface OutlineRow {
  readonly kind: 'workstream' | 'action';
  readonly id: string;
  /** 1 for a workstream at the top, one deeper for each workstream or action it sits under. */
  readonly level: number;
  /** Its outline number, as project tools give one: `2.1.3`. */
  readonly outline: string;
}

/**
 * A plan in outline order, as project files and tables write it: each workstream, its actions with
 * their sub-actions under them, then the workstreams within it, each one level down.
 */
export function planOutline(analysis: PlanAnalysis): OutlineRow[] {
  const rows: OutlineRow[] = [];
  const written = new Set<string>();
  const addAction = (id: string, level: number, outline: string) => {
    const action = analysis.actionsById.get(id);
    if (action === undefined) return;
    rows.push({ kind: 'action', id, level, outline });
    action.childIds.forEach((child, i) => addAction(child, level + 1, `${outline}.${i + 1}`));
  };
  const addWorkstream = (id: string, level: number, outline: string) => {
    const ws = analysis.workstreamsById.get(id);
    if (ws === undefined || written.has(id)) return;
    written.add(id);
    rows.push({ kind: 'workstream', id, level, outline });
    ws.topLevelActionIds.forEach((action, i) => addAction(action, level + 1, `${outline}.${i + 1}`));
    let n = ws.topLevelActionIds.length;
    for (const child of ws.childWorkstreamIds) if (!written.has(child)) addWorkstream(child, level + 1, `${outline}.${++n}`);
  };
  let top = 0;
  for (const ws of analysis.workstreams)
    if (ws.parentId === undefined || !analysis.workstreamsById.has(ws.parentId)) addWorkstream(ws.id, 1, String(++top));
  // A workstream in a loop of parents (which parsePlan refuses) still gets a row of its own.
  for (const ws of analysis.workstreams) if (!written.has(ws.id)) addWorkstream(ws.id, 1, String(++top));
  return rows;
}
