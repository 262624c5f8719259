import type { DependencyType } from '../model/action.js';

/** A scheduling link between two tasks, by index. */
export interface TaskLink {
  readonly from: number;
  readonly to: number;
  readonly type: DependencyType;
  readonly lag: number;
}

/** The four link types, in the order of their codes in a {@link LinkTable}. */
export const DEPENDENCY_TYPES: readonly DependencyType[] = ['FS', 'SS', 'FF', 'SF'];
const TYPE_CODE: Readonly<Record<DependencyType, number>> = { FS: 0, SS: 1, FF: 2, SF: 3 };

/**
 * Links as parallel typed arrays: link `k` runs from task `from[k]` to `to[k]`, of type
 * `DEPENDENCY_TYPES[type[k]]` with `lag[k]` working days. For large plans this is far lighter than
 * an object per link, for the garbage collector and for the processor's caches.
 */
export interface LinkTable {
  readonly length: number;
  readonly from: Int32Array;
  readonly to: Int32Array;
  readonly type: Uint8Array;
  readonly lag: Float64Array;
}

/** Builds a {@link LinkTable} from link objects. */
export function linkTable(links: readonly TaskLink[]): LinkTable {
  const table = newLinkTable(links.length);
  for (const link of links) addLink(table, link.from, link.to, link.type, link.lag);
  return table;
}

/** An empty table with room for `capacity` links; fill it with {@link addLink}. */
export function newLinkTable(capacity: number): LinkTable & { length: number } {
  return {
    length: 0,
    from: new Int32Array(capacity),
    to: new Int32Array(capacity),
    type: new Uint8Array(capacity),
    lag: new Float64Array(capacity),
  };
}

/** Appends a link to a table made by {@link newLinkTable} (which must have room for it). */
export function addLink(table: LinkTable & { length: number }, from: number, to: number, type: DependencyType, lag: number): void {
  const k = table.length;
  table.from[k] = from;
  table.to[k] = to;
  table.type[k] = TYPE_CODE[type];
  table.lag[k] = lag;
  table.length = k + 1;
}

/** Link `k` of a table as an object. */
export function linkAt(table: LinkTable, k: number): TaskLink {
  return {
    from: table.from[k] as number,
    to: table.to[k] as number,
    type: DEPENDENCY_TYPES[table.type[k] as number] as DependencyType,
    lag: table.lag[k] as number,
  };
}

/** The result of a CPM pass over tasks given in working time. */
export interface CpmResult {
  /** Tasks in a dependency order; tasks in a cycle are left out. */
  readonly order: Int32Array;
  readonly earlyStart: Float64Array;
  readonly earlyFinish: Float64Array;
  readonly lateStart: Float64Array;
  readonly lateFinish: Float64Array;
  /** Every cycle, as task indexes in link order. */
  readonly cycles: readonly (readonly number[])[];
  /** Whether each task is in a cycle (and so has no CPM values: NaN). */
  readonly inCycle: Uint8Array;
  /** The latest early finish: the plan's finish. */
  readonly projectFinish: number;
  /** Each task's incoming links, as indexes into the links given (compressed rows). */
  readonly incoming: LinkAdjacency;
}

/**
 * The earliest time a link lets its successor start, given the successor's duration.
 * Times are in working days: a task occupies [start, start + duration).
 */
export function earliestStartAllowed(type: DependencyType, lag: number, predStart: number, predFinish: number, duration: number): number {
  return earliestStartByCode(TYPE_CODE[type], lag, predStart, predFinish, duration);
}

/** {@link earliestStartAllowed} for link `k` of a table. */
export function earliestStartAllowedAt(table: LinkTable, k: number, predStart: number, predFinish: number, duration: number): number {
  return earliestStartByCode(table.type[k] as number, table.lag[k] as number, predStart, predFinish, duration);
}

function earliestStartByCode(code: number, lag: number, predStart: number, predFinish: number, duration: number): number {
  switch (code) {
    case 0:
      return predFinish + lag;
    case 1:
      return predStart + lag;
    case 2:
      return predFinish + lag - duration;
    default:
      return predStart + lag - duration;
  }
}

/** The latest time a link lets its predecessor finish, given the successor's late dates. */
function latestFinishByCode(code: number, lag: number, succLateStart: number, succLateFinish: number, predDuration: number): number {
  switch (code) {
    case 0:
      return succLateStart - lag;
    case 1:
      return succLateStart - lag + predDuration;
    case 2:
      return succLateFinish - lag;
    default:
      return succLateFinish - lag + predDuration;
  }
}

/**
 * Runs the critical path method over `count` tasks with fixed durations. With `auto`, a task with
 * predecessors starts as early as its links allow; otherwise every task keeps `start`. Cycles are
 * found (Tarjan's algorithm, without recursion so a long chain cannot overflow the stack) and
 * left out. Float is late start minus early start.
 */
export function criticalPathMethod(
  count: number,
  start: Float64Array,
  duration: Float64Array,
  links: readonly TaskLink[] | LinkTable,
  auto: boolean,
): CpmResult {
  const table = Array.isArray(links) ? linkTable(links as readonly TaskLink[]) : (links as LinkTable);
  const { from, to, type, lag } = table;
  const outgoing = adjacency(count, from, table.length);
  const incoming = adjacency(count, to, table.length);

  const { cycles, inCycle, reverseTopological } = stronglyConnected(count, outgoing, to);
  const order = new Int32Array(reverseTopological.length);
  let placed = 0;
  for (let i = reverseTopological.length - 1; i >= 0; i--) {
    const task = reverseTopological[i] as number;
    if (!inCycle[task]) order[placed++] = task;
  }
  const ordered = order.subarray(0, placed);

  const earlyStart = new Float64Array(count).fill(Number.NaN);
  const earlyFinish = new Float64Array(count).fill(Number.NaN);
  let projectFinish = Number.NEGATIVE_INFINITY;
  for (let k = 0; k < ordered.length; k++) {
    const task = ordered[k] as number;
    let es = start[task] as number;
    const d = duration[task] as number;
    if (auto) {
      let bound = Number.NEGATIVE_INFINITY;
      for (let k = incoming.offsets[task] as number; k < (incoming.offsets[task + 1] as number); k++) {
        const link = incoming.items[k] as number;
        const pred = from[link] as number;
        if (inCycle[pred]) continue;
        bound = Math.max(
          bound,
          earliestStartByCode(type[link] as number, lag[link] as number, earlyStart[pred] as number, earlyFinish[pred] as number, d),
        );
      }
      if (bound !== Number.NEGATIVE_INFINITY) es = bound;
    }
    earlyStart[task] = es;
    earlyFinish[task] = es + d;
    if (es + d > projectFinish) projectFinish = es + d;
  }

  const lateStart = new Float64Array(count).fill(Number.NaN);
  const lateFinish = new Float64Array(count).fill(Number.NaN);
  for (let i = ordered.length - 1; i >= 0; i--) {
    const task = ordered[i] as number;
    const d = duration[task] as number;
    let lf = projectFinish;
    for (let k = outgoing.offsets[task] as number; k < (outgoing.offsets[task + 1] as number); k++) {
      const link = outgoing.items[k] as number;
      const succ = to[link] as number;
      if (inCycle[succ]) continue;
      lf = Math.min(
        lf,
        latestFinishByCode(type[link] as number, lag[link] as number, lateStart[succ] as number, lateFinish[succ] as number, d),
      );
    }
    lateFinish[task] = lf;
    lateStart[task] = lf - d;
  }

  return { order: ordered, earlyStart, earlyFinish, lateStart, lateFinish, cycles, inCycle, projectFinish, incoming };
}

/**
 * Tarjan's strongly connected components, iteratively and in typed arrays (a few bytes per task,
 * no array per component). Components come out in reverse topological order.
 */
function stronglyConnected(count: number, outgoing: Adjacency, to: Int32Array) {
  const { offsets, items } = outgoing;
  const index = new Int32Array(count).fill(-1);
  const low = new Int32Array(count);
  const onStack = new Uint8Array(count);
  const inCycle = new Uint8Array(count);
  const stack = new Int32Array(count);
  const callStack = new Int32Array(count);
  // The next outgoing link each task on the call stack will follow.
  const cursor = new Int32Array(count);
  const reverseTopological = new Int32Array(count);
  const cycles: number[][] = [];
  let next = 0;
  let top = 0;
  let depth = 0;
  let emitted = 0;

  for (let root = 0; root < count; root++) {
    if (index[root] !== -1) continue;
    index[root] = low[root] = next++;
    stack[top++] = root;
    onStack[root] = 1;
    callStack[depth++] = root;
    cursor[root] = offsets[root] as number;
    while (depth > 0) {
      const v = callStack[depth - 1] as number;
      const k = cursor[v] as number;
      if (k < (offsets[v + 1] as number)) {
        cursor[v] = k + 1;
        const w = to[items[k] as number] as number;
        if (index[w] === -1) {
          index[w] = low[w] = next++;
          stack[top++] = w;
          onStack[w] = 1;
          callStack[depth++] = w;
          cursor[w] = offsets[w] as number;
        } else if (onStack[w] === 1 && (index[w] as number) < (low[v] as number)) {
          low[v] = index[w] as number;
        }
        continue;
      }
      depth--;
      if (depth > 0) {
        const parent = callStack[depth - 1] as number;
        if ((low[v] as number) < (low[parent] as number)) low[parent] = low[v] as number;
      }
      if (low[v] !== index[v]) continue;
      // v roots a component: pop it off the stack, straight into the output order.
      const begin = emitted;
      let w: number;
      do {
        w = stack[--top] as number;
        onStack[w] = 0;
        reverseTopological[emitted++] = w;
      } while (w !== v);
      if (emitted - begin > 1 || hasSelfLoop(v, outgoing, to)) {
        const component = Array.from(reverseTopological.subarray(begin, emitted));
        for (const task of component) inCycle[task] = 1;
        cycles.push(cycleOrder(component, outgoing, to));
      }
    }
  }
  return { cycles, inCycle, reverseTopological };
}

function hasSelfLoop(task: number, outgoing: Adjacency, to: Int32Array): boolean {
  for (let k = outgoing.offsets[task] as number; k < (outgoing.offsets[task + 1] as number); k++) {
    if (to[outgoing.items[k] as number] === task) return true;
  }
  return false;
}

/** Orders a component's tasks along one loop through them, starting from the lowest index. */
function cycleOrder(component: number[], outgoing: Adjacency, to: Int32Array): number[] {
  const members = new Set(component);
  const first = Math.min(...component);
  // Breadth-first search inside the component for the shortest path back to the first task.
  const previous = new Map<number, number>();
  const queue = [first];
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head] as number;
    for (const li of linksOf(outgoing, v)) {
      const w = to[li] as number;
      if (!members.has(w)) continue;
      if (w === first) {
        const path = [v];
        let cursor = v;
        while (cursor !== first) {
          cursor = previous.get(cursor) as number;
          path.push(cursor);
        }
        return path.reverse();
      }
      if (!previous.has(w)) {
        previous.set(w, v);
        queue.push(w);
      }
    }
  }
  return [...component].sort((a, b) => a - b);
}

/**
 * Links grouped by task in two flat arrays (compressed rows), far fewer objects than an array per
 * task: task `t`'s links are `items[offsets[t]]` up to `items[offsets[t + 1]]`.
 */
export interface LinkAdjacency {
  readonly offsets: Int32Array;
  readonly items: Int32Array;
}
type Adjacency = LinkAdjacency;

function adjacency(count: number, end: Int32Array, length: number): Adjacency {
  const offsets = new Int32Array(count + 1);
  for (let k = 0; k < length; k++) offsets[(end[k] as number) + 1] = (offsets[(end[k] as number) + 1] as number) + 1;
  for (let i = 0; i < count; i++) offsets[i + 1] = (offsets[i + 1] as number) + (offsets[i] as number);
  const fill = offsets.slice(0, count);
  const items = new Int32Array(length);
  for (let k = 0; k < length; k++) {
    const task = end[k] as number;
    const at = fill[task] as number;
    items[at] = k;
    fill[task] = at + 1;
  }
  return { offsets, items };
}

function linksOf(adjacency: Adjacency, task: number): number[] {
  return Array.from(adjacency.items.subarray(adjacency.offsets[task], adjacency.offsets[task + 1]));
}
