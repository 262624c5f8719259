import { isIsoDate } from '../calendar/isoDate.js';
import { ownValue } from './ownValue.js';
import { formatPath, makeProblem, type PathSegment, type Problem } from './problem.js';

type Dict = Record<string, unknown>;

const isDict = (value: unknown): value is Dict => typeof value === 'object' && value !== null && !Array.isArray(value);
const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

interface Entry {
  readonly item: Dict;
  readonly path: PathSegment[];
}

/** The object entries of a list field, with their paths; anything else is the schema's to report. */
function entries(parent: unknown, key: string, basePath: PathSegment[] = []): Entry[] {
  if (!isDict(parent)) return [];
  const list = parent[key];
  if (!Array.isArray(list)) return [];
  const out: Entry[] = [];
  list.forEach((item, index) => {
    if (isDict(item)) out.push({ item, path: [...basePath, key, index] });
  });
  return out;
}

const COLLECTIONS = {
  findings: 'finding',
  workstreams: 'workstream',
  actions: 'action',
  people: 'person',
  boards: 'board',
  measures: 'impact measure',
  engagements: 'engagement',
  feedback: 'feedback entry',
  risks: 'risk',
} as const;
type Collection = keyof typeof COLLECTIONS;

/**
 * Checks across a plan that a schema cannot see: ids and refs are unique, references resolve,
 * finish is not before start, nothing depends on itself or is its own ancestor, and the plan's
 * kind, framework and findings agree. It reads the raw input defensively, so it can report these
 * alongside the schema's own problems in one pass.
 */
export function crossCheckPlan(input: unknown): Problem[] {
  if (!isDict(input)) return [];
  const problems: Problem[] = [];
  const ids = new Map<Collection, Map<string, PathSegment[]>>();

  for (const collection of Object.keys(COLLECTIONS) as Collection[]) {
    const seen = new Map<string, PathSegment[]>();
    for (const { item, path } of entries(input, collection)) {
      const id = str(item.id);
      if (id === undefined) continue;
      const first = seen.get(id);
      if (first) {
        problems.push(
          makeProblem(
            [...path, 'id'],
            `an id not used by another ${COLLECTIONS[collection]} (${formatPath(first)} has it)`,
            JSON.stringify(id),
          ),
        );
      } else seen.set(id, path);
    }
    ids.set(collection, seen);
  }

  uniqueField(problems, entries(input, 'actions'), 'ref', 'a ref not used by another action');
  uniqueField(problems, entries(input, 'workstreams'), 'ref', 'a ref not used by another workstream');
  uniqueField(problems, entries(input, 'people'), 'initials', 'initials not used by another person');

  const resolve = (value: unknown, path: PathSegment[], collection: Collection) => {
    const id = str(value);
    if (id === undefined || ids.get(collection)?.has(id)) return;
    problems.push(
      makeProblem(path, `the id of one of the plan's ${collection}`, `${JSON.stringify(id)}, which no ${COLLECTIONS[collection]} has`),
    );
  };
  const resolveList = (owner: Dict, key: string, path: PathSegment[], collection: Collection) => {
    const list = owner[key];
    if (Array.isArray(list)) list.forEach((value, index) => resolve(value, [...path, key, index], collection));
  };
  const resolveLeads = (owner: Entry) => {
    for (const lead of entries(owner.item, 'leads', owner.path)) resolve(lead.item.personId, [...lead.path, 'personId'], 'people');
  };

  for (const ws of entries(input, 'workstreams')) {
    resolveList(ws.item, 'findingIds', ws.path, 'findings');
    resolveLeads(ws);
    resolve(ws.item.parentId, [...ws.path, 'parentId'], 'workstreams');
    resolve(ws.item.boardId, [...ws.path, 'boardId'], 'boards');
    for (const outcome of entries(ws.item, 'outcomes', ws.path)) resolveList(outcome.item, 'measureIds', outcome.path, 'measures');
    dateOrder(problems, ws, 'start', 'finish');
  }

  const actionEntries = entries(input, 'actions');
  const actionsById = new Map<string, Dict>();
  for (const { item } of actionEntries) {
    const id = str(item.id);
    if (id !== undefined && !actionsById.has(id)) actionsById.set(id, item);
  }
  for (const action of actionEntries) {
    const { item, path } = action;
    resolve(item.workstreamId, [...path, 'workstreamId'], 'workstreams');
    resolve(item.parentId, [...path, 'parentId'], 'actions');
    resolveLeads(action);
    dateOrder(problems, action, 'start', 'finish');
    if (isDict(item.baseline)) dateOrder(problems, { item: item.baseline, path: [...path, 'baseline'] }, 'start', 'finish');
    if (isDict(item.ragOverride)) resolve(item.ragOverride.byPersonId, [...path, 'ragOverride', 'byPersonId'], 'people');
    for (const update of entries(item, 'updates', path)) resolve(update.item.byPersonId, [...update.path, 'byPersonId'], 'people');
    for (const ref of entries(item, 'crossReferences', path)) resolve(ref.item.actionId, [...ref.path, 'actionId'], 'actions');

    const predecessors = new Set<string>();
    for (const dep of entries(item, 'dependencies', path)) {
      const predecessor = str(dep.item.predecessorId);
      if (predecessor === undefined) continue;
      const depPath = [...dep.path, 'predecessorId'];
      if (predecessor === str(item.id)) {
        problems.push(makeProblem(depPath, 'another action (an action cannot depend on itself)', JSON.stringify(predecessor)));
      } else if (predecessors.has(predecessor)) {
        problems.push(makeProblem(depPath, 'each predecessor listed once', `${JSON.stringify(predecessor)} again`));
      } else resolve(predecessor, depPath, 'actions');
      predecessors.add(predecessor);
    }

    if (item.milestone === true) {
      if (typeof item.durationDays === 'number' && item.durationDays > 0) {
        problems.push(makeProblem([...path, 'durationDays'], '0 working days for a milestone', String(item.durationDays)));
      }
      if (isIsoDate(item.start) && isIsoDate(item.finish) && item.start !== item.finish) {
        problems.push(
          makeProblem([...path, 'finish'], `the same date as start (${item.start}) for a milestone`, JSON.stringify(item.finish)),
        );
      }
    }

    const parent = actionsById.get(str(item.parentId) ?? '');
    if (
      parent &&
      str(parent.workstreamId) !== undefined &&
      str(item.workstreamId) !== undefined &&
      parent.workstreamId !== item.workstreamId
    ) {
      problems.push(
        makeProblem(
          [...path, 'workstreamId'],
          `the same workstream as its parent action (${JSON.stringify(parent.workstreamId)})`,
          JSON.stringify(item.workstreamId),
        ),
      );
    }
  }

  ancestry(problems, entries(input, 'workstreams'), 'workstream');
  ancestry(problems, actionEntries, 'action');

  for (const measure of entries(input, 'measures')) {
    resolveList(measure.item, 'workstreamIds', measure.path, 'workstreams');
    if (isDict(measure.item.baseline) && isDict(measure.item.target)) {
      const from = measure.item.baseline.date;
      const to = measure.item.target.date;
      if (isIsoDate(from) && isIsoDate(to) && to < from) {
        problems.push(
          makeProblem([...measure.path, 'target', 'date'], `a date on or after the baseline date (${from})`, JSON.stringify(to)),
        );
      }
    }
  }
  const groups = new Map<string, PathSegment[]>();
  for (const group of entries(input.area, 'groups', ['area'])) {
    const id = str(group.item.id);
    if (id === undefined) continue;
    const first = groups.get(id);
    if (first)
      problems.push(
        makeProblem([...group.path, 'id'], `an id not used by another group (${formatPath(first)} has it)`, JSON.stringify(id)),
      );
    else groups.set(id, group.path);
  }
  for (const engagement of entries(input, 'engagements')) {
    resolveList(engagement.item, 'workstreamIds', engagement.path, 'workstreams');
    dateOrder(problems, engagement, 'date', 'endDate');
    checkReachedGroups(problems, engagement, groups);
  }
  for (const entry of entries(input, 'feedback')) {
    resolve(entry.item.workstreamId, [...entry.path, 'workstreamId'], 'workstreams');
    resolve(entry.item.actionId, [...entry.path, 'actionId'], 'actions');
    dateOrder(problems, entry, 'receivedOn', 'respondedOn');
    if (entry.item.publishedOn !== undefined && entry.item.anonymised === false) {
      problems.push(
        makeProblem([...entry.path, 'anonymised'], 'true before an entry is published (comments are published anonymised)', 'false'),
      );
    }
    if (entry.item.status === 'done' && entry.item.weDid === undefined) {
      problems.push(makeProblem([...entry.path, 'weDid'], 'what was done, for an entry whose status is "done"', 'nothing'));
    }
  }
  for (const risk of entries(input, 'risks')) {
    resolve(risk.item.ownerId, [...risk.path, 'ownerId'], 'people');
    resolveList(risk.item, 'workstreamIds', risk.path, 'workstreams');
  }

  checkInspection(problems, input);
  return problems;
}

/** Each group an activity counted is one of the area's, counted once, and no more than the people it reached. */
function checkReachedGroups(problems: Problem[], engagement: Entry, groups: ReadonlyMap<string, PathSegment[]>) {
  const reached = engagement.item.reached;
  const list = entries(engagement.item, 'reachedGroups', engagement.path);
  if (list.length > 0 && reached === undefined)
    problems.push(
      makeProblem([...engagement.path, 'reached'], 'how many people the activity reached, as it counts who they were', 'nothing'),
    );
  const counted = new Set<string>();
  for (const { item, path } of list) {
    const id = str(item.groupId);
    if (id !== undefined && !groups.has(id))
      problems.push(
        makeProblem([...path, 'groupId'], "the id of one of the area's groups (area.groups)", `${JSON.stringify(id)}, which no group has`),
      );
    if (id !== undefined && counted.has(id))
      problems.push(makeProblem([...path, 'groupId'], 'each group counted once in an activity', JSON.stringify(id)));
    if (id !== undefined) counted.add(id);
    if (typeof item.count === 'number' && typeof reached === 'number' && item.count > reached)
      problems.push(makeProblem([...path, 'count'], `at most the ${reached} people the activity reached`, String(item.count)));
  }
}

function uniqueField(problems: Problem[], list: Entry[], key: string, expected: string) {
  const seen = new Map<string, PathSegment[]>();
  for (const { item, path } of list) {
    const value = str(item[key]);
    if (value === undefined) continue;
    const first = seen.get(value);
    if (first) problems.push(makeProblem([...path, key], `${expected} (${formatPath(first)} has it)`, JSON.stringify(value)));
    else seen.set(value, path);
  }
}

function dateOrder(problems: Problem[], { item, path }: Entry, fromKey: string, toKey: string) {
  const from = item[fromKey];
  const to = item[toKey];
  if (isIsoDate(from) && isIsoDate(to) && to < from) {
    problems.push(makeProblem([...path, toKey], `a date on or after ${fromKey} (${from})`, JSON.stringify(to)));
  }
}

/** Reports each entry whose chain of parents leads back to itself, once per entry in the loop. */
function ancestry(problems: Problem[], list: Entry[], noun: string) {
  const parentOf = new Map<string, string>();
  const pathOf = new Map<string, PathSegment[]>();
  for (const { item, path } of list) {
    const id = str(item.id);
    const parent = str(item.parentId);
    if (id === undefined || pathOf.has(id)) continue;
    pathOf.set(id, path);
    if (parent !== undefined) parentOf.set(id, parent);
  }
  const reported = new Set<string>();
  for (const [start] of parentOf) {
    const chain: string[] = [];
    const onChain = new Set<string>();
    let current: string | undefined = start;
    while (current !== undefined && !onChain.has(current) && !reported.has(current)) {
      onChain.add(current);
      chain.push(current);
      current = parentOf.get(current);
    }
    if (current === undefined || reported.has(current)) continue;
    const loop = chain.slice(chain.indexOf(current));
    for (const id of loop) {
      reported.add(id);
      const path = pathOf.get(id) ?? [];
      problems.push(
        makeProblem(
          [...path, 'parentId'],
          `a parent that is not the ${noun} itself or one of its children`,
          `the loop ${[...loop, loop[0]].map((x) => JSON.stringify(x)).join(' → ')}`,
        ),
      );
    }
  }
}

const FRAMEWORK_OF_KIND: Record<string, string> = {
  wsoa: 'local-area-2016',
  'accelerated-progress-plan': 'local-area-2016',
  'priority-action-plan': 'area-send-2023',
};
const FRAMEWORK_OF_FINDING: Record<string, string> = {
  'significant-weakness': 'local-area-2016',
  'area-for-priority-action': 'area-send-2023',
  'area-for-improvement': 'area-send-2023',
};

function checkInspection(problems: Problem[], plan: Dict) {
  const inspection = plan.inspection;
  if (!isDict(inspection)) return;
  const base: Entry = { item: inspection, path: ['inspection'] };
  dateOrder(problems, base, 'startDate', 'endDate');
  dateOrder(problems, base, 'endDate', 'reportReceived');
  dateOrder(problems, base, 'endDate', 'reportPublished');
  for (const followUp of entries(inspection, 'followUps', ['inspection'])) dateOrder(problems, followUp, 'date', 'endDate');

  const framework = str(inspection.framework);
  if (framework === undefined) return;
  const kind = str(plan.kind);
  const wanted = ownValue(FRAMEWORK_OF_KIND, kind);
  if (wanted !== undefined && wanted !== framework) {
    problems.push(makeProblem(['inspection', 'framework'], `"${wanted}" for a plan of kind "${kind}"`, JSON.stringify(framework)));
  }
  if (inspection.outcome !== undefined && framework !== 'area-send-2023') {
    problems.push(
      makeProblem(['inspection', 'outcome'], 'no outcome (only the 2023 framework gives one)', JSON.stringify(inspection.outcome)),
    );
  }
  if (kind === 'priority-action-plan' && inspection.outcome !== undefined && inspection.outcome !== 'systemic-failings') {
    problems.push(
      makeProblem(
        ['inspection', 'outcome'],
        '"systemic-failings" (a priority action plan follows outcome 3)',
        JSON.stringify(inspection.outcome),
      ),
    );
  }
  for (const finding of entries(plan, 'findings')) {
    const findingKind = str(finding.item.kind);
    const needs = ownValue(FRAMEWORK_OF_FINDING, findingKind);
    if (needs !== undefined && needs !== framework) {
      problems.push(
        makeProblem(
          [...finding.path, 'kind'],
          `a finding of the ${framework} framework`,
          `${JSON.stringify(findingKind)}, a finding of ${needs}`,
        ),
      );
    }
  }
}
