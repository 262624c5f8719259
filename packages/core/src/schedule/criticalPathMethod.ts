import type { DependencyType } from '../model/action.js';

/** A scheduling link between two tasks, by index. */
export interface TaskLink {
  readonly from: number;
  readonly to: number;
  readonly type: DependencyType;
  readonly lag: number;
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
  switch (type) {
    case 'FS':
      return predFinish + lag;
    case 'SS':
      return predStart + lag;
    case 'FF':
      return predFinish + lag - duration;
    case 'SF':
      return predStart + lag - duration;
  }
}

/** The latest time a link lets its predecessor finish, given the successor's late dates. */
function latestFinishAllowed(
  type: DependencyType,
  lag: number,
  succLateStart: number,
  succLateFinish: number,
  predDuration: number,
): number {
  switch (type) {
    case 'FS':
      return succLateStart - lag;
    case 'SS':
      return succLateStart - lag + predDuration;
    case 'FF':
      return succLateFinish - lag;
    case 'SF':
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
  links: readonly TaskLink[],
  auto: boolean,
): CpmResult {
  const outgoing = adjacency(count, links, 'from');
  const incoming = adjacency(count, links, 'to');

  const { cycles, inCycle, reverseTopological } = stronglyConnected(count, outgoing, links);
  const order = Int32Array.from(reverseTopological.filter((task) => !inCycle[task]).reverse());

  const earlyStart = new Float64Array(count).fill(Number.NaN);
  const earlyFinish = new Float64Array(count).fill(Number.NaN);
  let projectFinish = Number.NEGATIVE_INFINITY;
  for (const task of order) {
    let es = start[task] as number;
    const d = duration[task] as number;
    if (auto) {
      let bound = Number.NEGATIVE_INFINITY;
      for (let k = incoming.offsets[task] as number; k < (incoming.offsets[task + 1] as number); k++) {
        const link = links[incoming.items[k] as number] as TaskLink;
        if (inCycle[link.from]) continue;
        bound = Math.max(
          bound,
          earliestStartAllowed(link.type, link.lag, earlyStart[link.from] as number, earlyFinish[link.from] as number, d),
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
  for (let i = order.length - 1; i >= 0; i--) {
    const task = order[i] as number;
    const d = duration[task] as number;
    let lf = projectFinish;
    for (let k = outgoing.offsets[task] as number; k < (outgoing.offsets[task + 1] as number); k++) {
      const link = links[outgoing.items[k] as number] as TaskLink;
      if (inCycle[link.to]) continue;
      lf = Math.min(lf, latestFinishAllowed(link.type, link.lag, lateStart[link.to] as number, lateFinish[link.to] as number, d));
    }
    lateFinish[task] = lf;
    lateStart[task] = lf - d;
  }

  return { order, earlyStart, earlyFinish, lateStart, lateFinish, cycles, inCycle, projectFinish, incoming };
}

/** Tarjan's strongly connected components, iteratively. Components come out in reverse topological order. */
function stronglyConnected(count: number, outgoing: Adjacency, links: readonly TaskLink[]) {
  const index = new Int32Array(count).fill(-1);
  const low = new Int32Array(count);
  const onStack = new Uint8Array(count);
  const inCycle = new Uint8Array(count);
  const stack: number[] = [];
  const reverseTopological: number[] = [];
  const cycles: number[][] = [];
  const edgeCursor = new Int32Array(count);
  let next = 0;

  for (let root = 0; root < count; root++) {
    if (index[root] !== -1) continue;
    const callStack: number[] = [root];
    index[root] = low[root] = next++;
    stack.push(root);
    onStack[root] = 1;
    while (callStack.length > 0) {
      const v = callStack[callStack.length - 1] as number;
      const cursor = (outgoing.offsets[v] as number) + (edgeCursor[v] as number);
      if (cursor < (outgoing.offsets[v + 1] as number)) {
        edgeCursor[v] = (edgeCursor[v] as number) + 1;
        const w = (links[outgoing.items[cursor] as number] as TaskLink).to;
        if (index[w] === -1) {
          index[w] = low[w] = next++;
          stack.push(w);
          onStack[w] = 1;
          callStack.push(w);
        } else if (onStack[w]) {
          low[v] = Math.min(low[v] as number, index[w] as number);
        }
        continue;
      }
      callStack.pop();
      const parent = callStack[callStack.length - 1];
      if (parent !== undefined) low[parent] = Math.min(low[parent] as number, low[v] as number);
      if (low[v] === index[v]) {
        const component: number[] = [];
        let w: number;
        do {
          w = stack.pop() as number;
          onStack[w] = 0;
          component.push(w);
        } while (w !== v);
        let selfLoop = false;
        if (component.length === 1) {
          for (let k = outgoing.offsets[v] as number; k < (outgoing.offsets[v + 1] as number); k++) {
            if ((links[outgoing.items[k] as number] as TaskLink).to === v) selfLoop = true;
          }
        }
        if (component.length > 1 || selfLoop) {
          for (const task of component) inCycle[task] = 1;
          cycles.push(cycleOrder(component, outgoing, links));
        }
        reverseTopological.push(...component);
      }
    }
  }
  return { cycles, inCycle, reverseTopological };
}

/** Orders a component's tasks along one loop through them, starting from the lowest index. */
function cycleOrder(component: number[], outgoing: Adjacency, links: readonly TaskLink[]): number[] {
  const members = new Set(component);
  const first = Math.min(...component);
  // Breadth-first search inside the component for the shortest path back to the first task.
  const previous = new Map<number, number>();
  const queue = [first];
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head] as number;
    for (const li of linksOf(outgoing, v)) {
      const w = (links[li] as TaskLink).to;
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

function adjacency(count: number, links: readonly TaskLink[], end: 'from' | 'to'): Adjacency {
  const offsets = new Int32Array(count + 1);
  for (const link of links) offsets[link[end] + 1] = (offsets[link[end] + 1] as number) + 1;
  for (let i = 0; i < count; i++) offsets[i + 1] = (offsets[i + 1] as number) + (offsets[i] as number);
  const fill = offsets.slice(0, count);
  const items = new Int32Array(links.length);
  links.forEach((link, index) => {
    const at = fill[link[end]] as number;
    items[at] = index;
    fill[link[end]] = at + 1;
  });
  return { offsets, items };
}

function linksOf(adjacency: Adjacency, task: number): number[] {
  return Array.from(adjacency.items.subarray(adjacency.offsets[task], adjacency.offsets[task + 1]));
}
