import type { ActionAnalysis, PlanAnalysis, RagStatusOrUnrated, ResolvedLead, WorkstreamAnalysis } from '@wsoa-kit/core';
import { compareText } from './compareText.js';

/** The columns a {@link RagTable} can show, in the order given. */
export type RagTableColumn = 'ref' | 'action' | 'leads' | 'days' | 'start' | 'finish' | 'percent' | 'rag' | 'reason' | 'update';

/** Columns that sort: every one but the reason and the latest update, which are sentences. */
export type RagTableSortColumn = Exclude<RagTableColumn, 'reason' | 'update'>;

/** Whether a column sorts. */
export const isSortColumn = (column: RagTableColumn): column is RagTableSortColumn => column !== 'reason' && column !== 'update';

/** A sort order; `undefined` in its place means plan order. */
export interface RagTableSort {
  readonly column: RagTableSortColumn;
  readonly direction: 'ascending' | 'descending';
}

/** What the table is filtered by; every filter left out shows everything. */
export interface RagTableFilters {
  readonly workstreamId?: string;
  /** A person's id: actions they lead in any role. */
  readonly leadId?: string;
  readonly rag?: RagStatusOrUnrated;
  readonly overdueOnly?: boolean;
  /** Free text: every word must appear in the ref, title, leads, RAG word or reasons (any case). */
  readonly text?: string;
}

/** One workstream's rows after sorting and filtering. */
export interface RagTableGroup {
  readonly workstream: WorkstreamAnalysis;
  readonly actions: readonly ActionAnalysis[];
}

/** The table's rows: groups in plan order, and how many actions match out of how many. */
export interface RagTableRows {
  readonly groups: readonly RagTableGroup[];
  readonly shown: number;
  readonly total: number;
}

export const DEFAULT_RAG_TABLE_COLUMNS: readonly RagTableColumn[] = [
  'ref',
  'action',
  'leads',
  'days',
  'start',
  'finish',
  'percent',
  'rag',
  'reason',
];

export const RAG_TABLE_COLUMN_NAMES: Readonly<Record<RagTableColumn, string>> = {
  ref: 'Ref',
  action: 'Action',
  leads: 'Leads',
  days: 'Working days',
  start: 'Start',
  finish: 'Finish',
  percent: '% complete',
  rag: 'RAG',
  reason: 'Reason for RAG',
  update: 'Latest update',
};

/** Which direction a column sorts first: worst RAG first, otherwise ascending. */
export const firstSortDirection = (column: RagTableSortColumn): RagTableSort['direction'] =>
  column === 'rag' ? 'descending' : 'ascending';

/**
 * The order in words, for the live announcement: "Sorted by Finish, earliest first".
 *
 * @example
 * describeSort({ column: 'rag', direction: 'descending' }); // 'Sorted by RAG, most severe first'
 */
export function describeSort(sort: RagTableSort | undefined): string {
  if (!sort) return 'In plan order';
  const up = sort.direction === 'ascending';
  const words: Record<RagTableSortColumn, readonly [string, string]> = {
    ref: ['in ref order', 'in reverse ref order'],
    action: ['A to Z', 'Z to A'],
    leads: ['A to Z', 'Z to A'],
    days: ['fewest first', 'most first'],
    start: ['earliest first', 'latest first'],
    finish: ['earliest first', 'latest first'],
    percent: ['lowest first', 'highest first'],
    rag: ['least severe first', 'most severe first'],
  };
  return `Sorted by ${RAG_TABLE_COLUMN_NAMES[sort.column]}, ${words[sort.column][up ? 0 : 1]}`;
}

/** Per-analysis lookups, each built once and only when first needed: plan order, search text, lead ids. */
interface Prepared {
  readonly planOrder: ReadonlyMap<string, number>;
  readonly byWorkstream: ReadonlyMap<string, readonly ActionAnalysis[]>;
  searchText?: ReadonlyMap<string, string>;
  leadIds?: ReadonlyMap<string, ReadonlySet<string>>;
}

const prepared = new WeakMap<PlanAnalysis, Prepared>();

function prepare(analysis: PlanAnalysis): Prepared {
  const cached = prepared.get(analysis);
  if (cached) return cached;
  // Plan order is the tree's: each action followed by its sub-actions.
  const planOrder = new Map<string, number>();
  const visit = (id: string) => {
    const action = analysis.actionsById.get(id);
    if (!action || planOrder.has(id)) return;
    planOrder.set(id, planOrder.size);
    for (const child of action.childIds) visit(child);
  };
  for (const ws of analysis.workstreams) for (const id of ws.topLevelActionIds) visit(id);
  for (const action of analysis.actions) visit(action.id);

  const byWorkstream = new Map<string, ActionAnalysis[]>();
  for (const action of analysis.actions) {
    const list = byWorkstream.get(action.workstreamId);
    if (list) list.push(action);
    else byWorkstream.set(action.workstreamId, [action]);
  }
  for (const list of byWorkstream.values()) list.sort((a, b) => (planOrder.get(a.id) ?? 0) - (planOrder.get(b.id) ?? 0));
  const result: Prepared = { planOrder, byWorkstream };
  prepared.set(analysis, result);
  return result;
}

function searchTextOf(analysis: PlanAnalysis, p: Prepared): ReadonlyMap<string, string> {
  if (!p.searchText) {
    const map = new Map<string, string>();
    for (const action of analysis.actions) {
      map.set(
        action.id,
        [
          action.ref,
          action.title,
          ...action.leads.flatMap((l) => (l.name === undefined ? [l.initials] : [l.initials, l.name])),
          action.rag.label,
          ...action.rag.reasons,
        ]
          .join('\n')
          .toLocaleLowerCase('en-GB'),
      );
    }
    p.searchText = map;
  }
  return p.searchText;
}

function leadIdsOf(analysis: PlanAnalysis, p: Prepared): ReadonlyMap<string, ReadonlySet<string>> {
  if (!p.leadIds) {
    const map = new Map<string, ReadonlySet<string>>();
    for (const action of analysis.actions) map.set(action.id, new Set(action.leads.map((l) => l.personId)));
    p.leadIds = map;
  }
  return p.leadIds;
}

const leadsText = (action: ActionAnalysis) => action.leads.map((l) => l.initials).join('/');

/** Compares two actions on a column, ascending; missing values sort last either way. */
function comparator(column: RagTableSortColumn, direction: RagTableSort['direction']): (a: ActionAnalysis, b: ActionAnalysis) => number {
  const sign = direction === 'ascending' ? 1 : -1;
  const missingLast = <T>(get: (a: ActionAnalysis) => T | undefined, compare: (x: T, y: T) => number) => {
    return (a: ActionAnalysis, b: ActionAnalysis) => {
      const x = get(a);
      const y = get(b);
      if (x === undefined || y === undefined) return x === y ? 0 : x === undefined ? 1 : -1;
      return sign * compare(x, y);
    };
  };
  const text = compareText;
  const number = (x: number, y: number) => x - y;
  const date = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  switch (column) {
    case 'ref':
      return missingLast((a) => a.ref, text);
    case 'action':
      return missingLast((a) => a.title, text);
    case 'leads':
      return missingLast((a) => (a.leads.length > 0 ? leadsText(a) : undefined), text);
    case 'days':
      return missingLast((a) => a.durationDays, number);
    case 'start':
      return missingLast((a) => a.start, date);
    case 'finish':
      return missingLast((a) => a.finish, date);
    case 'percent':
      return missingLast((a) => a.percentComplete, number);
    case 'rag':
      // By severity (Red worst … Blue best), never alphabetically; unrated sorts last.
      return missingLast((a) => (a.rag.severity < 0 ? undefined : a.rag.severity), number);
  }
}

/**
 * The rows a RAG table shows: each workstream's actions (sub-actions included, after their parent
 * in plan order), filtered, then sorted within the workstream. Ties keep plan order. Workstreams
 * with no matching action are left out. Pure: the analysis is not changed.
 *
 * @example
 * ragTableRows(analysis, { column: 'rag', direction: 'descending' }, { overdueOnly: true }).shown; // 3
 */
export function ragTableRows(analysis: PlanAnalysis, sort?: RagTableSort, filters: RagTableFilters = {}): RagTableRows {
  const p = prepare(analysis);
  const { planOrder, byWorkstream } = p;
  const words = (filters.text ?? '').toLocaleLowerCase('en-GB').split(/\s+/).filter(Boolean);
  const searchText = words.length > 0 ? searchTextOf(analysis, p) : undefined;
  const leadIds = filters.leadId !== undefined ? leadIdsOf(analysis, p) : undefined;
  const keep = (a: ActionAnalysis) =>
    (filters.rag === undefined || a.rag.status === filters.rag) &&
    (!filters.overdueOnly || a.overdue) &&
    (filters.leadId === undefined || (leadIds?.get(a.id)?.has(filters.leadId) ?? false)) &&
    (words.length === 0 || words.every((w) => searchText?.get(a.id)?.includes(w)));
  const compare = sort ? comparator(sort.column, sort.direction) : undefined;
  const byPlan = (a: ActionAnalysis, b: ActionAnalysis) => (planOrder.get(a.id) ?? 0) - (planOrder.get(b.id) ?? 0);

  const groups: RagTableGroup[] = [];
  let shown = 0;
  for (const workstream of analysis.workstreams) {
    if (filters.workstreamId !== undefined && workstream.id !== filters.workstreamId) continue;
    const all = byWorkstream.get(workstream.id) ?? [];
    const actions = all.filter(keep);
    if (actions.length === 0) continue;
    if (compare) actions.sort((a, b) => compare(a, b) || byPlan(a, b));
    groups.push({ workstream, actions });
    shown += actions.length;
  }
  return { groups, shown, total: analysis.actions.length };
}

/** The people who lead any action, by name (or initials, where the plan gives no name), for the lead filter; with `workstreams`, their leads too (for the key). */
export function actionLeads(analysis: PlanAnalysis, options: { workstreams?: boolean } = {}): ResolvedLead[] {
  const people = new Map<string, ResolvedLead>();
  const add = (leads: readonly ResolvedLead[]) => {
    for (const lead of leads) if (!people.has(lead.personId)) people.set(lead.personId, lead);
  };
  for (const action of analysis.actions) add(action.leads);
  if (options.workstreams) for (const ws of analysis.workstreams) add(ws.leads);
  return [...people.values()].sort((a, b) => compareText(a.name ?? a.initials, b.name ?? b.initials));
}

/** The RAG statuses the actions have, worst first, for the RAG filter. */
export function ragStatusesPresent(analysis: PlanAnalysis): { status: RagStatusOrUnrated; label: string }[] {
  const seen = new Map<RagStatusOrUnrated, { status: RagStatusOrUnrated; label: string; severity: number }>();
  for (const action of analysis.actions) {
    if (!seen.has(action.rag.status))
      seen.set(action.rag.status, { status: action.rag.status, label: action.rag.label, severity: action.rag.severity });
  }
  return [...seen.values()].sort((a, b) => b.severity - a.severity).map(({ status, label }) => ({ status, label }));
}
