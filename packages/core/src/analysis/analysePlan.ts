import { createCalendar, type WorkingDayCalendar } from '../calendar/createCalendar.js';
import { formatDate } from '../calendar/formatDate.js';
import { unknownHolidays } from '../calendar/unknownHolidays.js';
import { FIRST_ISO_DATE, isIsoDate, LAST_ISO_DATE, type IsoDate } from '../calendar/isoDate.js';
import { finishDateAtWorkingTime, startDateAtWorkingTime, workingTimeAtFinish, workingTimeAtStart } from '../calendar/workingTime.js';
import type { Action, DependencyType } from '../model/action.js';
import type { Lead, Person } from '../model/person.js';
import type { Plan } from '../model/plan.js';
import type { RagSettings } from '../model/settings.js';
import { assessProgress, createProgressCache, type ProgressCache, type ProgressFacts } from '../rag/assessProgress.js';
import { ragSeverity, resolveRagRules, type RagRules, type RagStatusOrUnrated } from '../rag/ragRules.js';
import {
  addLink,
  criticalPathMethod,
  earliestStartAllowed,
  earliestStartAllowedAt,
  linkAt,
  newLinkTable,
  type LinkTable,
  type TaskLink,
} from '../schedule/criticalPathMethod.js';
import type { ScheduleProblem } from '../schedule/scheduleProblem.js';
import { dependencyRule } from '../schedule/dependencyRule.js';
import { lastUpdateAsOf, percentAsOf } from './percentAsOf.js';
import { IndexedMap } from './indexedMap.js';
import { rollUpRag } from './rollUpRag.js';
import type { ActionAnalysis, PlanAnalysis, PlanSummary, RagResult, ResolvedLead, WorkstreamAnalysis } from './types.js';

/** Options for {@link analysePlan}. */
export interface AnalysePlanOptions {
  /** The date progress is judged at, `yyyy-MM-dd`. */
  readonly asOf: IsoDate;
  /** Default: made from the plan's own calendar settings. */
  readonly calendar?: WorkingDayCalendar;
  /** Overrides for the plan's RAG settings (or a complete set of rules, such as another analysis's). */
  readonly ragRules?: Partial<RagSettings> | RagRules;
  /** Compute the earliest dates from dependencies instead of keeping the dates as entered. */
  readonly autoSchedule?: boolean;
}

/**
 * Analyses a plan as of a date: resolves every action's dates from any two of start, finish and
 * duration; checks or (with `autoSchedule`) applies dependencies; finds cycles, float and the
 * critical path; rolls dates, progress and RAG up to summary actions, workstreams and the plan;
 * measures slippage against baselines; and explains every RAG in plain English. Pure and
 * deterministic: the plan is not changed.
 *
 * @example
 * const analysis = analysePlan(plan, { asOf: '2022-05-22' });
 * analysis.actionsById.get('2A.1')?.rag.reasons;
 * // ['Expected 49.1% complete by 22 May 2022 (28 of 57 working days elapsed); reported 5%: …']
 */
export function analysePlan(plan: Plan, options: AnalysePlanOptions): PlanAnalysis {
  const { asOf } = options;
  if (!isIsoDate(asOf)) throw new RangeError(`Expected asOf written yyyy-MM-dd, found ${JSON.stringify(asOf)}`);
  const calendar = options.calendar ?? calendarFor(plan.calendar);
  const rules = resolveRagRules(plan.rag, options.ragRules);
  const auto = options.autoSchedule ?? false;
  const actions = plan.actions;
  const count = actions.length;

  const indexById = new Map<string, number>();
  // parsePlan rejects duplicate ids; should a hand-built plan have them, the first one wins.
  for (let i = count - 1; i >= 0; i--) indexById.set((actions[i] as Action).id, i);
  // Most actions have no children or problems: those lists are made only when needed.
  const children: (number[] | undefined)[] = filled(count, undefined);
  actions.forEach((action, i) => {
    const parent = action.parentId === undefined ? undefined : indexById.get(action.parentId);
    if (parent !== undefined) (children[parent] ??= []).push(i);
  });
  const isSummary: boolean[] = filled(count, false);
  for (let i = 0; i < count; i++) if (children[i] !== undefined) isSummary[i] = true;

  const people = new Map(plan.people.map((person) => [person.id, person]));
  // Leads repeat across a plan: one frozen record per person and role is shared by every action.
  const resolvedLeads = new Map<string, Partial<Record<Lead['role'], ResolvedLead>>>();
  const resolveLead = (lead: Lead): ResolvedLead => {
    let byRole = resolvedLeads.get(lead.personId);
    if (byRole === undefined) resolvedLeads.set(lead.personId, (byRole = {}));
    let resolved = byRole[lead.role];
    if (resolved === undefined) {
      const person = people.get(lead.personId);
      resolved = Object.freeze({
        personId: lead.personId,
        initials: person?.initials ?? lead.personId,
        name: person?.name,
        role: lead.role,
        jobTitle: person?.role,
      });
      byRole[lead.role] = resolved;
    }
    return resolved;
  };
  // Most actions have one lead: share one frozen list per lead rather than a new array per action.
  const singleLeads = new Map<ResolvedLead, readonly ResolvedLead[]>();
  const resolveLeads = (leads: readonly Lead[]): readonly ResolvedLead[] => {
    if (leads.length === 0) return NO_LEADS;
    if (leads.length > 1) return leads.map(resolveLead);
    const only = resolveLead(leads[0] as Lead);
    let list = singleLeads.get(only);
    if (list === undefined) singleLeads.set(only, (list = Object.freeze([only])));
    return list;
  };

  // Date ↔ working-time conversions (memoised per calendar in the calendar module).
  const timeAtStart = (date: IsoDate) => workingTimeAtStart(date, calendar);
  const timeAtFinish = (date: IsoDate) => workingTimeAtFinish(date, calendar);
  const startDateAt = (t: number) => startDateAtWorkingTime(t, calendar);
  const finishDateAt = (t: number) => finishDateAtWorkingTime(t, calendar);

  const progressCache = createProgressCache(asOf, calendar);
  const problems: ScheduleProblem[] = [];
  const problemsOf: (ScheduleProblem[] | undefined)[] = filled(count, undefined);
  // A problem about one action, or a link between two (the same action twice is listed once).
  const report = (problem: ScheduleProblem, first: number, second: number = first) => {
    problems.push(problem);
    listProblem(problemsOf, first, problem);
    if (second !== first) listProblem(problemsOf, second, problem);
  };

  // The working times of the first and last dates a plan can hold (yyyy-MM-dd, years 0000 to
  // 9999): a date worked out past them, from a duration or a link's lag, cannot be written.
  const earliest = timeAtStart(FIRST_ISO_DATE);
  const latest = timeAtFinish(LAST_ISO_DATE);
  const outOfRange = (action: Action, what: string) =>
    problem(
      'dates-out-of-range',
      'error',
      [action],
      `${action.ref} ${what}, outside the dates a plan can hold: check its dates, duration and links`,
    );

  // Whether a working time can be written as a start (the day beginning at it) or a finish (the day
  // ending at it); an action is placeable when the dates it is written as can be: a milestone as its
  // finish, a zero-length action as its start.
  const startWritten = (t: number) => t >= earliest && t < latest;
  const finishWritten = (t: number) => t > earliest && t <= latest;
  const placeable = (s: number, d: number, milestone: boolean): boolean =>
    milestone ? finishWritten(s + d) : d === 0 ? startWritten(s) : startWritten(s) && finishWritten(s + d);
  // The years the calendar knows bank holidays for (absent where they do not count).
  const holidaysKnown = calendar.holidaysKnown;
  const holidaysUnknown = (action: Action, verb: string, date: IsoDate) => {
    const { outside, years } = unknownHolidays(calendar, date, date) as { readonly outside: string; readonly years: string };
    return problem(
      'holidays-unknown',
      'warning',
      [action],
      `${action.ref} ${verb} ${formatDate(date)}, worked out in working days, but the calendar knows bank holidays only for ${years}: any ${outside} was counted as a working day, so the date may be out by a day or more. Merge the current bank holidays feed into the calendar to count them`,
    );
  };
  // A count of working days over years whose bank holidays the calendar does not know takes each of
  // them for a working day. The tool the plan came from may have known them: a mismatch says so.
  const countedOver = (from: IsoDate, to: IsoDate): string => {
    const unknown = unknownHolidays(calendar, from, to);
    return unknown === undefined
      ? ''
      : `, counting any bank holiday ${unknown.outside} as a working day, as the calendar knows them only for ${unknown.years}`;
  };
  const unplaced = (action: Action, s: number, d: number, byLinks: boolean) =>
    outOfRange(
      action,
      `would be scheduled${byLinks ? ' by its links' : ''} to ${s + d > latest || s >= latest ? 'finish after 31 Dec 9999' : 'start before 1 Jan 0000'}`,
    );

  // 1. Entered dates → working time, from any two of start, finish and duration.
  // Actions with a finish alone, by index: due by it, though not scheduled (none in most plans).
  let dueBy: Map<number, IsoDate> | undefined;
  const start = new Float64Array(count).fill(Number.NaN);
  const duration = new Float64Array(count).fill(Number.NaN);
  for (let i = 0; i < count; i++) {
    if (isSummary[i]) continue;
    const action = actions[i] as Action;
    const hasDuration = action.durationDays !== undefined;
    if (action.milestone) {
      const date = action.finish ?? action.start;
      if (date === undefined) {
        report(problem('missing-dates', 'error', [action], `${action.ref} is a milestone with no date: give it a start or a finish`), i);
        continue;
      }
      start[i] = timeAtFinish(date);
      duration[i] = 0;
      continue;
    }
    if (action.start !== undefined && action.finish !== undefined) {
      const s = timeAtStart(action.start);
      const d = Math.max(timeAtFinish(action.finish) - s, 0);
      start[i] = s;
      duration[i] = d;
      if (d === 0) {
        report(
          problem(
            'no-working-days',
            'warning',
            [action],
            `${action.ref} runs from ${formatDate(action.start)} to ${formatDate(action.finish)}, which holds no working days`,
          ),
          i,
        );
      } else if (hasDuration && action.durationDays !== d) {
        report(
          problem(
            'duration-mismatch',
            'warning',
            [action],
            `${action.ref} says ${action.durationDays} working days, but ${formatDate(action.start)} to ${formatDate(action.finish)} is ${d}${countedOver(action.start, action.finish)}; the dates are used`,
          ),
          i,
        );
      }
    } else if ((action.start !== undefined || action.finish !== undefined) && hasDuration) {
      // From the start forwards, or from the finish back: either can run past the dates there are.
      const d = action.durationDays as number;
      const from = action.start ?? (action.finish as IsoDate);
      const forwards = action.start !== undefined;
      const s = forwards ? timeAtStart(from) : timeAtFinish(from) - d;
      if (forwards ? s + d > latest : s < earliest) {
        const [verb, end] = forwards ? ['starts', 'finish after 31 Dec 9999'] : ['finishes', 'start before 1 Jan 0000'];
        report(
          outOfRange(action, `${verb} ${formatDate(from)} and lasts ${d.toLocaleString('en-GB')} working days, so it would ${end}`),
          i,
        );
        continue;
      }
      start[i] = s;
      duration[i] = d;
    } else if (action.finish !== undefined && action.start === undefined) {
      // A "by when" alone: due by its finish, rated against it, but not placed in time.
      (dueBy ??= new Map()).set(i, action.finish);
      report(
        problem(
          'missing-dates',
          'warning',
          [action],
          `${action.ref} gives only a finish, so it is due by ${formatDate(action.finish)}: give it a start or a duration to place it in time`,
        ),
        i,
      );
    } else {
      report(problem('missing-dates', 'error', [action], `${action.ref} needs two of start, finish and duration to be scheduled`), i);
    }
  }
  // Dates that are real but whose working day is not (a milestone on a day off before the first
  // working day there is): not placed in time, so no link or result asks for them.
  for (let i = 0; i < count; i++) {
    const s = start[i] as number;
    const d = duration[i] as number;
    const action = actions[i] as Action;
    if (Number.isNaN(s) || placeable(s, d, action.milestone)) continue;
    report(unplaced(action, s, d, false), i);
    start[i] = Number.NaN;
  }
  const scheduled = (i: number) => !Number.isNaN(start[i] as number);

  // 2. Links between scheduled actions that are not summaries.
  // Links as parallel typed arrays: no object per link, however large the plan.
  let linkCount = 0;
  for (let i = 0; i < count; i++) linkCount += (actions[i] as Action).dependencies.length;
  const links = newLinkTable(linkCount);
  actions.forEach((action, to) => {
    // Indexed loops here and below: a for-of loop makes an iterator per action until V8 optimises it.
    for (let d = 0; d < action.dependencies.length; d++) {
      const dependency = action.dependencies[d] as Action['dependencies'][number];
      const from = indexById.get(dependency.predecessorId);
      if (from === undefined) continue;
      const predecessor = actions[from] as Action;
      if (isSummary[from] || isSummary[to]) {
        const summary = isSummary[from] ? predecessor : action;
        report(
          problem(
            'dependency-on-summary',
            'warning',
            [predecessor, action],
            `${action.ref} depends on ${predecessor.ref}, but ${summary.ref} is a summary of other actions; link the actions inside it instead (this link is not used)`,
          ),
          from,
          to,
        );
        continue;
      }
      if (!scheduled(from) || !scheduled(to)) {
        const missing = scheduled(from) ? action : predecessor;
        report(
          problem(
            'dependency-on-unscheduled',
            'warning',
            [predecessor, action],
            `${action.ref} depends on ${predecessor.ref}, but ${missing.ref} has no dates yet, so this link is not checked`,
          ),
          from,
          to,
        );
        continue;
      }
      addLink(links, from, to, dependency.type, dependency.lagDays);
    }
  });

  // 3. Critical path method over the leaf actions.
  const cpm = criticalPathMethod(count, start, duration, links, auto);
  for (const cycle of cpm.cycles) {
    const members = cycle.map((i) => actions[i] as Action);
    const loop = [...members, members[0] as Action].map((a) => a.ref).join(' → ');
    const cycleProblem = problem(
      'dependency-cycle',
      'error',
      members,
      `These actions depend on each other in a loop, so none can be scheduled from the others: ${loop}`,
    );
    // The problem belongs to every action in the loop (each appears in it once).
    problems.push(cycleProblem);
    for (const i of cycle) listProblem(problemsOf, i, cycleProblem);
  }
  // Checking a link is a function of its own, so that V8 compiles it after a few hundred links,
  // rather than running it unoptimised until it can replace the whole of analysePlan mid-loop: in
  // a fresh page that is most of a 10,000-action plan.
  const checkLink = (k: number): void => {
    const from = links.from[k] as number;
    const to = links.to[k] as number;
    if (cpm.inCycle[from] || cpm.inCycle[to]) return;
    const allowed = earliestStartAllowedAt(
      links,
      k,
      start[from] as number,
      (start[from] as number) + (duration[from] as number),
      duration[to] as number,
    );
    if ((start[to] as number) < allowed) {
      const predecessor = actions[from] as Action;
      const successor = actions[to] as Action;
      report(
        problem(
          'dependency-violated',
          'error',
          [predecessor, successor],
          violationText(linkAt(links, k), predecessor, successor, start, duration, startDateAt, finishDateAt),
        ),
        from,
        to,
      );
    }
  };
  if (!auto) for (let k = 0; k < links.length; k++) checkLink(k);

  // 4. Per-action results for leaves; summaries are filled in bottom-up afterwards.
  const results: (ActionAnalysis | undefined)[] = filled(count, undefined);
  const weight = new Float64Array(count); // working-day weight for percent roll-ups
  const weighted = new Float64Array(count); // sum of weight × percent
  const depthOf = depths(actions, indexById);
  const critical = new Uint8Array(count);
  const facts: { -readonly [K in keyof ProgressFacts]: ProgressFacts[K] } = { percentComplete: 0 };

  // A function of its own, as checkLink above.
  const leafResult = (i: number): ActionAnalysis => {
    const action = actions[i] as Action;
    const percent = percentAsOf(action, asOf);
    const inCycle = cpm.inCycle[i] === 1;
    let es = scheduled(i) ? (inCycle ? (start[i] as number) : (cpm.earlyStart[i] as number)) : Number.NaN;
    let ef = es + (duration[i] as number);
    // Links' lags can move an action past the last date a plan can hold (with autoSchedule): it is
    // left unscheduled, with a problem saying why.
    if (!Number.isNaN(es) && !placeable(es, ef - es, action.milestone)) {
      report(unplaced(action, es, ef - es, auto), i);
      es = ef = Number.NaN;
    }
    const known = !Number.isNaN(es);
    let startDate: IsoDate | undefined;
    let finishDate: IsoDate | undefined;
    if (known) {
      // A milestone (or zero-length task) sits at the end of the working day before its time.
      finishDate = ef === es && !action.milestone ? startDateAt(es) : finishDateAt(ef);
      startDate = ef === es ? finishDate : startDateAt(es);
    } else if (dueBy !== undefined) finishDate = dueBy.get(i);
    // A date worked out in working days (from a duration, or by links with autoSchedule) over years
    // whose bank holidays the calendar does not know counts each of them as a working day.
    if (
      holidaysKnown !== undefined &&
      startDate !== undefined &&
      finishDate !== undefined &&
      (finishDate > holidaysKnown.to || startDate < holidaysKnown.from)
    ) {
      const entered = ef === es ? [action.finish ?? action.start, action.start ?? action.finish] : [action.finish, action.start];
      const unknown = (date: IsoDate, given: IsoDate | undefined) =>
        date !== given && (date > holidaysKnown.to || date < holidaysKnown.from) ? date : undefined;
      const worked = unknown(finishDate, entered[0]) ?? unknown(startDate, entered[1]);
      if (worked !== undefined) report(holidaysUnknown(action, worked === finishDate ? 'finishes' : 'starts', worked), i);
    }
    // Late dates a link's lag puts outside the dates a plan can hold (an entered start far ahead of
    // its predecessor's finish plus the lag) cannot be written: with them, float is left out too.
    const lateStart = cpm.lateStart[i] as number;
    const lateFinish = cpm.lateFinish[i] as number;
    const float = known && !inCycle && startWritten(lateStart) && finishWritten(lateFinish) ? lateStart - es : undefined;
    critical[i] = float !== undefined && float <= 0 ? 1 : 0;
    // One scratch object for the rule's inputs: it is read at once and not kept.
    facts.start = startDate;
    facts.finish = finishDate;
    facts.startTime = known ? es : undefined;
    facts.finishTime = known ? ef : undefined;
    facts.percentComplete = percent;
    facts.milestone = action.milestone;
    const rag = actionRag(action, facts, asOf, calendar, rules, people, progressCache);
    weight[i] = known ? (duration[i] as number) : 0;
    weighted[i] = (weight[i] as number) * percent;
    // One fixed shape for every result (absent values are undefined) keeps large plans fast.
    return {
      id: action.id,
      ref: action.ref,
      title: action.title,
      workstreamId: action.workstreamId,
      parentId: action.parentId,
      childIds: NO_IDS,
      isSummary: false,
      depth: depthOf[i] as number,
      milestone: action.milestone,
      leads: resolveLeads(action.leads),
      percentComplete: percent,
      lastUpdate: lastUpdateAsOf(action, asOf),
      start: startDate,
      finish: finishDate,
      // Working times are whole numbers; `| 0` keeps them small integers rather than boxed doubles
      // read from the typed arrays (16 bytes each, times two, per action).
      durationDays: known ? (ef - es) | 0 : undefined,
      lateStart: float === undefined ? undefined : startDateAt(lateStart),
      lateFinish: float === undefined ? undefined : finishDateAt(lateFinish),
      totalFloat: float === undefined ? undefined : float | 0,
      critical: critical[i] === 1,
      slippage: known && action.baseline ? slippageOf(action.baseline, es, ef, action.milestone, timeAtStart, timeAtFinish) : undefined,
      rag,
      problems: problemsFor(problemsOf, i),
      rescheduled: known && auto && es !== start[i],
      overdue: finishDate !== undefined && percent < 100 && asOf > finishDate,
      source: action,
    };
  };
  for (let i = 0; i < count; i++) if (!isSummary[i]) results[i] = leafResult(i);

  // 5. Summary actions, deepest first, roll up their children.
  const summaryOrder: number[] = [];
  for (let i = 0; i < count; i++) if (isSummary[i]) summaryOrder.push(i);
  summaryOrder.sort((a, b) => (depthOf[b] as number) - (depthOf[a] as number));
  for (const i of summaryOrder) {
    const action = actions[i] as Action;
    const kids = (children[i] ?? []).map((k) => results[k]).filter((r): r is ActionAnalysis => r !== undefined);
    const span = spanOf(kids);
    let w = 0;
    let wp = 0;
    for (const k of children[i] ?? []) {
      w += weight[k] as number;
      wp += weighted[k] as number;
    }
    weight[i] = w;
    weighted[i] = wp;
    const percent = w > 0 ? wp / w : mean(kids.map((kid) => kid.percentComplete));
    const dates =
      span.start && span.finish
        ? { start: span.start, finish: span.finish, durationDays: timeAtFinish(span.finish) - timeAtStart(span.start) }
        : {};
    critical[i] = kids.some((kid) => kid.critical) ? 1 : 0;
    const floats = kids.map((kid) => kid.totalFloat).filter((f): f is number => f !== undefined);
    const computed = rollUpRag(kids, rules);
    results[i] = {
      id: action.id,
      ref: action.ref,
      title: action.title,
      workstreamId: action.workstreamId,
      ...(action.parentId !== undefined ? { parentId: action.parentId } : {}),
      childIds: kids.map((kid) => kid.id),
      isSummary: true,
      depth: depthOf[i] as number,
      milestone: false,
      leads: resolveLeads(action.leads),
      percentComplete: percent,
      ...optional('lastUpdate', lastUpdateAsOf(action, asOf)),
      ...dates,
      ...(floats.length > 0 ? { totalFloat: Math.min(...floats) } : {}),
      critical: critical[i] === 1,
      ...optional(
        'slippage',
        action.baseline && dates.start && dates.finish
          ? slippageOf(action.baseline, timeAtStart(dates.start), timeAtFinish(dates.finish), false, timeAtStart, timeAtFinish)
          : undefined,
      ),
      rag: withOverride(computed, action, rules, people),
      problems: problemsFor(problemsOf, i),
      rescheduled: kids.some((kid) => kid.rescheduled),
      overdue: percent < 100 && dates.finish !== undefined && asOf > dates.finish,
      source: action,
    };
  }
  const analysed = results as ActionAnalysis[];
  const actionsById = new IndexedMap(indexById, analysed);

  // 6. Workstreams roll up their leaf actions and child workstreams.
  const workstreams = analyseWorkstreams(
    plan,
    analysed,
    actionsById,
    isSummary,
    weight,
    weighted,
    rules,
    resolveLeads,
    timeAtStart,
    timeAtFinish,
  );

  // 7. One critical chain, walking back from the action that sets the plan's finish.
  const criticalPath = criticalChain(cpm, links, critical, (i) => (actions[i] as Action).id);

  let first: IsoDate | undefined;
  let last: IsoDate | undefined;
  let totalWeight = 0;
  let totalWeighted = 0;
  let percentSum = 0;
  let leafCount = 0;
  let milestoneCount = 0;
  let completeCount = 0;
  let overdueCount = 0;
  let criticalCount = 0;
  const ragCounts = countStatuses([]);
  for (let i = 0; i < count; i++) {
    if (isSummary[i]) continue;
    const a = analysed[i] as ActionAnalysis;
    leafCount++;
    // An action due by a date alone has no start: its finish bounds the plan at both ends.
    const from = a.start ?? a.finish;
    if (from !== undefined && (first === undefined || from < first)) first = from;
    if (a.finish !== undefined && (last === undefined || a.finish > last)) last = a.finish;
    totalWeight += weight[i] as number;
    totalWeighted += weighted[i] as number;
    percentSum += a.percentComplete;
    if (a.milestone) milestoneCount++;
    if (a.percentComplete >= 100) completeCount++;
    if (a.overdue) overdueCount++;
    if (a.critical) criticalCount++;
    ragCounts[a.rag.status]++;
  }
  const span = { start: first, finish: last };
  const summary: PlanSummary = {
    actionCount: count,
    leafActionCount: leafCount,
    milestoneCount,
    completeCount,
    overdueCount,
    criticalCount,
    percentComplete: totalWeight > 0 ? totalWeighted / totalWeight : leafCount > 0 ? percentSum / leafCount : 0,
    ragCounts,
  };
  const topWorkstreams = workstreams.filter((w) => w.parentId === undefined);

  return {
    asOf,
    plan,
    calendar,
    rules,
    autoSchedule: auto,
    ...optional('start', span.start),
    ...optional('finish', span.finish),
    actions: analysed,
    workstreams,
    actionsById,
    workstreamsById: new Map(workstreams.map((w) => [w.id, w])),
    criticalPath,
    problems,
    summary,
    rag: rollUpRag(topWorkstreams, rules, 'workstream'),
  };
}

/** A packed array of `count` copies of a value (faster than Array.from, never sparse). */
function filled<T>(count: number, value: T): T[] {
  // One allocation of the right size, rather than growing by push.
  return new Array<T>(count).fill(value);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

// One calendar per plan settings object, so repeated analyses of a plan share its memoised dates.
const planCalendars = new WeakMap<Plan['calendar'], WorkingDayCalendar>();
function calendarFor(settings: Plan['calendar']): WorkingDayCalendar {
  let calendar = planCalendars.get(settings);
  if (calendar === undefined) planCalendars.set(settings, (calendar = createCalendar(settings)));
  return calendar;
}

const NO_IDS: readonly string[] = Object.freeze([]);
const NO_INDEXES: readonly number[] = Object.freeze([]);
const NO_PROBLEMS: readonly ScheduleProblem[] = Object.freeze([]);
const NO_LEADS: readonly ResolvedLead[] = Object.freeze([]);

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

/** Adds a problem to an action's list, which starts as a list of one. */
function listProblem(problemsOf: (ScheduleProblem[] | undefined)[], i: number, problem: ScheduleProblem): void {
  const list = problemsOf[i];
  if (list === undefined) problemsOf[i] = [problem];
  else list.push(problem);
}

/**
 * An action's problems as kept in its result. A list that grew by push keeps room for 17, so a
 * longer one is copied to its own length: in a plan whose links are mostly broken, nearly every
 * action has two.
 */
function problemsFor(problemsOf: readonly (ScheduleProblem[] | undefined)[], i: number): readonly ScheduleProblem[] {
  const list = problemsOf[i];
  return list === undefined ? NO_PROBLEMS : list.length > 1 ? list.slice() : list;
}

function problem(
  code: ScheduleProblem['code'],
  severity: ScheduleProblem['severity'],
  actions: readonly Action[],
  message: string,
): ScheduleProblem {
  return { code, severity, actionIds: actions.map((a) => a.id), refs: actions.map((a) => a.ref), message };
}

/**
 * The start (`which` 0) or finish (1) date of a scheduled task from its working time: a zero-length
 * task sits on one date, the end of the working day before its time for a milestone.
 */
function taskDate(
  es: number,
  d: number,
  milestone: boolean,
  which: 0 | 1,
  startDateAt: (t: number) => IsoDate,
  finishDateAt: (t: number) => IsoDate,
): IsoDate {
  if (d === 0) return milestone ? finishDateAt(es) : startDateAt(es);
  return which === 0 ? startDateAt(es) : finishDateAt(es + d);
}

/**
 * Says which dependency an action breaks. A plan drafted before its links are checked can break
 * most of them, and each message is kept, so it is joined from parts into one flat string (a
 * template literal keeps a node per part until the text is first read) and no dates object is made.
 */
function violationText(
  link: TaskLink,
  predecessor: Action,
  successor: Action,
  start: Float64Array,
  duration: Float64Array,
  startDateAt: (t: number) => IsoDate,
  finishDateAt: (t: number) => IsoDate,
): string {
  const words = VIOLATION_WORDS[link.type];
  const rule = dependencyRule(link.type, link.lag);
  const succ = taskDate(
    start[link.to] as number,
    duration[link.to] as number,
    successor.milestone,
    words.successorEnd,
    startDateAt,
    finishDateAt,
  );
  const pred = taskDate(
    start[link.from] as number,
    duration[link.from] as number,
    predecessor.milestone,
    words.predecessorEnd,
    startDateAt,
    finishDateAt,
  );
  // E.g. "2.3 starts 1 Mar 2024 but depends on 2.2 finishing first, on 8 Mar 2024 (finish-to-start)".
  return [
    successor.ref,
    words.successor,
    formatDate(succ),
    words.but,
    predecessor.ref,
    words.predecessor,
    formatDate(pred),
    ' (',
    rule,
    ')',
  ].join('');
}

/** The words of a broken dependency's message, and which end (0 start, 1 finish) of each task it names. */
const VIOLATION_WORDS: Record<
  DependencyType,
  { successorEnd: 0 | 1; successor: string; but: string; predecessor: string; predecessorEnd: 0 | 1 }
> = {
  FS: { successorEnd: 0, successor: ' starts ', but: ' but depends on ', predecessor: ' finishing first, on ', predecessorEnd: 1 },
  SS: { successorEnd: 0, successor: ' starts ', but: ' but cannot start before ', predecessor: ' starts on ', predecessorEnd: 0 },
  FF: { successorEnd: 1, successor: ' finishes ', but: ' but cannot finish before ', predecessor: ' finishes on ', predecessorEnd: 1 },
  SF: { successorEnd: 1, successor: ' finishes ', but: ' but cannot finish before ', predecessor: ' starts on ', predecessorEnd: 0 },
};

function depths(actions: readonly Action[], indexById: Map<string, number>): Int32Array {
  const depth = new Int32Array(actions.length).fill(-1);
  // One typed list reused for every action's chain of parents: no garbage per action.
  const chain = new Int32Array(actions.length);
  for (let i = 0; i < actions.length; i++) {
    let length = 0;
    let cursor: number | undefined = i;
    // parsePlan rejects parent loops; the guard keeps a hand-built Plan from hanging.
    while (cursor !== undefined && depth[cursor] === -1 && length < actions.length) {
      chain[length++] = cursor;
      const parentId: string | undefined = actions[cursor]?.parentId;
      cursor = parentId === undefined ? undefined : indexById.get(parentId);
    }
    let base = cursor === undefined || depth[cursor] === -1 ? -1 : (depth[cursor] as number);
    for (let k = length - 1; k >= 0; k--) depth[chain[k] as number] = ++base;
  }
  return depth;
}

function spanOf(items: readonly { start?: IsoDate; finish?: IsoDate }[]): { start?: IsoDate; finish?: IsoDate } {
  let first: IsoDate | undefined;
  let last: IsoDate | undefined;
  for (const item of items) {
    // An action due by a date alone has no start: its finish bounds the span at both ends.
    const start = item.start ?? item.finish;
    if (start !== undefined && (first === undefined || start < first)) first = start;
    if (item.finish !== undefined && (last === undefined || item.finish > last)) last = item.finish;
  }
  return { ...(first ? { start: first } : {}), ...(last ? { finish: last } : {}) };
}

function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}

function slippageOf(
  baseline: NonNullable<Action['baseline']>,
  es: number,
  ef: number,
  milestone: boolean,
  timeAtStart: (d: IsoDate) => number,
  timeAtFinish: (d: IsoDate) => number,
) {
  const baseStart = milestone ? timeAtFinish(baseline.start) : timeAtStart(baseline.start);
  return {
    baselineStart: baseline.start,
    baselineFinish: baseline.finish,
    startDays: es - baseStart,
    finishDays: ef - timeAtFinish(baseline.finish),
  };
}

function actionRag(
  action: Action,
  facts: ProgressFacts,
  asOf: IsoDate,
  calendar: WorkingDayCalendar,
  rules: RagRules,
  people: ReadonlyMap<string, Person>,
  cache: ProgressCache,
): RagResult {
  const assessment = assessProgress(facts, asOf, calendar, rules, cache);
  const computed: RagResult = {
    status: assessment.status,
    label: rules.labels[assessment.status],
    computed: assessment.status,
    computedLabel: rules.labels[assessment.status],
    verdict: assessment.verdict,
    reasons: assessment.reasons,
    headline: assessment.headline,
    severity: ragSeverity(assessment.status),
    override: undefined,
    expectedPercent: assessment.expectedPercent,
    behindBy: assessment.behindBy,
  };
  return withOverride(computed, action, rules, people);
}

/** Applies a manual override: it wins, its reason comes first, and the computed value stays beside it. */
function withOverride(computed: RagResult, action: Action, rules: RagRules, people: ReadonlyMap<string, Person>): RagResult {
  const override = action.ragOverride;
  if (!override) return computed;
  // Who set it, by name, or by initials where the plan gives no name.
  const person = people.get(override.byPersonId);
  const byName = person?.name ?? person?.initials;
  const label = rules.labels[override.status];
  return {
    ...computed,
    status: override.status,
    label,
    severity: ragSeverity(override.status),
    override: { ...override, label, ...optional('byName', byName) },
    headline: `set to ${label} by ${byName ?? override.byPersonId}`,
    reasons: [
      `Set to ${label} by ${byName ?? override.byPersonId} on ${formatDate(override.on)}: ${override.reason}`,
      ...computed.reasons.map((reason) => `Computed ${computed.computedLabel}: ${reason}`),
    ],
  };
}

function countStatuses(statuses: readonly RagStatusOrUnrated[]): Record<RagStatusOrUnrated, number> {
  const counts: Record<RagStatusOrUnrated, number> = {
    blue: 0,
    green: 0,
    amber: 0,
    red: 0,
    'not-started': 0,
    started: 0,
    complete: 0,
    unrated: 0,
  };
  for (const status of statuses) counts[status]++;
  return counts;
}

function analyseWorkstreams(
  plan: Plan,
  actions: readonly ActionAnalysis[],
  actionsById: ReadonlyMap<string, ActionAnalysis>,
  isSummary: readonly boolean[],
  weight: Float64Array,
  weighted: Float64Array,
  rules: RagRules,
  resolveLeads: (leads: readonly Lead[]) => readonly ResolvedLead[],
  timeAtStart: (d: IsoDate) => number,
  timeAtFinish: (d: IsoDate) => number,
): WorkstreamAnalysis[] {
  const childWorkstreams = new Map<string, string[]>();
  for (const ws of plan.workstreams) if (ws.parentId !== undefined) push(childWorkstreams, ws.parentId, ws.id);
  // Each workstream's leaf actions and top-level action ids. A plan lists its actions workstream by
  // workstream, so an action in the same workstream as the one before it needs no look-up.
  type Group = { readonly id: string; readonly leaves: number[]; readonly topLevel: string[] };
  const groups = new Map<string, Group>();
  let group: Group | undefined;
  for (let i = 0; i < actions.length; i++) {
    const action = actions[i] as ActionAnalysis;
    if (group === undefined || group.id !== action.workstreamId) {
      const id = action.workstreamId;
      group = groups.get(id);
      if (group === undefined) groups.set(id, (group = { id, leaves: [], topLevel: [] }));
    }
    if (!isSummary[i]) group.leaves.push(i);
    if (action.parentId === undefined || !actionsById.has(action.parentId)) group.topLevel.push(action.id);
  }
  const descendants = (id: string, seen = new Set<string>()): string[] => {
    if (seen.has(id)) return [];
    seen.add(id);
    return [id, ...(childWorkstreams.get(id) ?? []).flatMap((child) => descendants(child, seen))];
  };

  return plan.workstreams.map((ws) => {
    const ids = childWorkstreams.has(ws.id) ? descendants(ws.id) : [ws.id];
    const leaves: ActionAnalysis[] = [];
    let w = 0;
    let wp = 0;
    let first: IsoDate | undefined;
    let last: IsoDate | undefined;
    let critical = false;
    let overdue = 0;
    const ragCounts = countStatuses([]);
    // Indexed loops, as in analysePlan: this runs for every workstream before V8 has compiled it.
    for (let d = 0; d < ids.length; d++) {
      const leafIndexes = groups.get(ids[d] as string)?.leaves ?? NO_INDEXES;
      for (let k = 0; k < leafIndexes.length; k++) {
        const i = leafIndexes[k] as number;
        const action = actions[i] as ActionAnalysis;
        leaves.push(action);
        w += weight[i] as number;
        wp += weighted[i] as number;
        const from = action.start ?? action.finish;
        if (from !== undefined && (first === undefined || from < first)) first = from;
        if (action.finish !== undefined && (last === undefined || action.finish > last)) last = action.finish;
        if (action.critical) critical = true;
        if (action.overdue) overdue++;
        ragCounts[action.rag.status]++;
      }
    }
    const entered =
      ws.start !== undefined || ws.finish !== undefined || ws.durationDays !== undefined
        ? { start: ws.start, finish: ws.finish, durationDays: ws.durationDays }
        : undefined;
    return {
      id: ws.id,
      ref: ws.ref,
      label: ws.label,
      title: ws.title,
      parentId: ws.parentId,
      childWorkstreamIds: childWorkstreams.get(ws.id) ?? NO_IDS,
      topLevelActionIds: groups.get(ws.id)?.topLevel ?? NO_IDS,
      actionCount: leaves.length,
      findingIds: ws.findingIds,
      leads: resolveLeads(ws.leads),
      percentComplete: w > 0 ? wp / w : mean(leaves.map((a) => a.percentComplete)),
      start: first,
      finish: last,
      durationDays: first !== undefined && last !== undefined ? timeAtFinish(last) - timeAtStart(first) : undefined,
      entered,
      critical,
      rag: rollUpRag(leaves, rules),
      ragCounts,
      overdueCount: overdue,
    };
  });
}

function criticalChain(
  cpm: ReturnType<typeof criticalPathMethod>,
  links: LinkTable,
  critical: Uint8Array,
  idOf: (index: number) => string,
): string[] {
  let end = -1;
  for (let k = 0; k < cpm.order.length; k++) {
    const task = cpm.order[k] as number;
    if (critical[task] && cpm.earlyFinish[task] === cpm.projectFinish && (end === -1 || task < end)) end = task;
  }
  if (end === -1) return [];
  // The CPM's own incoming-link index: no per-task arrays for plans of 100,000 actions.
  const { offsets, items } = cpm.incoming;
  const chain = [end];
  const seen = new Set(chain);
  for (let current = end; ;) {
    const es = cpm.earlyStart[current] as number;
    const d = (cpm.earlyFinish[current] as number) - es;
    let driver: TaskLink | undefined;
    for (let k = offsets[current] as number; k < (offsets[current + 1] as number) && !driver; k++) {
      const link = linkAt(links, items[k] as number);
      if (
        !seen.has(link.from) &&
        critical[link.from] === 1 &&
        earliestStartAllowed(link.type, link.lag, cpm.earlyStart[link.from] as number, cpm.earlyFinish[link.from] as number, d) === es
      ) {
        driver = link;
      }
    }
    if (!driver) break;
    chain.push(driver.from);
    seen.add(driver.from);
    current = driver.from;
  }
  return chain.reverse().map(idOf);
}
