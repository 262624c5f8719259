import { formatDate } from '../calendar/formatDate.js';
import type { IsoDate } from '../calendar/isoDate.js';
import { workingTimeAtFinish, workingTimeAtStart } from '../calendar/workingTime.js';
import type { ActionAnalysis, PlanAnalysis, ResolvedLead, WorkstreamAnalysis } from '../analysis/types.js';
import type { Baseline, Dependency } from '../model/action.js';
import type { DatedValue, ImpactMeasure } from '../model/impactMeasure.js';
import { assessMeasure, formatMeasureValue } from '../measures/assessMeasure.js';
import { formatPercent } from '../rag/formatPercent.js';
import { ragSeverity, type RagStatusOrUnrated } from '../rag/ragRules.js';
import { dependencyRule } from '../schedule/dependencyRule.js';
import { workstreamName } from './workstreamName.js';

/** A date moved between two versions; `workingDays` is how far (positive later), when both are known. */
export interface DateChange {
  readonly kind: 'start' | 'finish';
  readonly from?: IsoDate;
  readonly to?: IsoDate;
  readonly workingDays?: number;
  readonly text: string;
}

/** A piece of text reworded. */
export interface TextChange {
  readonly kind: 'ref' | 'title' | 'differenceForFamilies';
  readonly from?: string;
  readonly to?: string;
  readonly text: string;
}

/** Items of a list added or taken away: leads ("TT (Terry Test)"), predecessors, success criteria. */
export interface ListChange {
  readonly kind: 'leads' | 'dependencies' | 'successCriteria';
  readonly added: readonly string[];
  readonly removed: readonly string[];
  readonly text: string;
}

/** A move to another workstream or under another action (`from` and `to` are names; absent is none). */
export interface PlaceChange {
  readonly kind: 'workstream' | 'parent';
  readonly from?: string;
  readonly to?: string;
  readonly text: string;
}

export interface PercentChange {
  readonly kind: 'percentComplete';
  readonly from: number;
  readonly to: number;
  readonly text: string;
}

export interface RagStatusChange {
  readonly kind: 'rag';
  readonly from: RagStatusOrUnrated;
  readonly fromLabel: string;
  readonly to: RagStatusOrUnrated;
  readonly toLabel: string;
  readonly direction: 'worse' | 'better' | 'changed';
  readonly text: string;
}

/** A RAG set by hand, or taken off, or changed. */
export interface OverrideChange {
  readonly kind: 'override';
  readonly from?: { readonly status: RagStatusOrUnrated; readonly label: string; readonly reason: string };
  readonly to?: { readonly status: RagStatusOrUnrated; readonly label: string; readonly reason: string };
  readonly text: string;
}

/** The dates agreed at sign-off changed: boards usually have to approve this. */
export interface BaselineChange {
  readonly kind: 'baseline';
  readonly from?: Baseline;
  readonly to?: Baseline;
  readonly text: string;
}

export interface MilestoneChange {
  readonly kind: 'milestone';
  readonly from: boolean;
  readonly to: boolean;
  readonly text: string;
}

/** One difference in an action between two versions, with a sentence that says it. */
export type ActionChange =
  DateChange | TextChange | ListChange | PlaceChange | PercentChange | RagStatusChange | OverrideChange | BaselineChange | MilestoneChange;

/** An action added, removed or changed between two versions of a plan. */
export interface ActionComparison {
  readonly id: string;
  /** The ref and title in the later version (the earlier one's for a removed action). */
  readonly ref: string;
  readonly title: string;
  readonly status: 'added' | 'removed' | 'changed';
  /** The workstream it is in (was in, when removed), by name: "Focus Area 2: Commissioning". */
  readonly workstream: string;
  readonly before?: ActionAnalysis;
  readonly after?: ActionAnalysis;
  /** For a changed action, what changed, in a fixed order; empty for one added or removed. */
  readonly changes: readonly ActionChange[];
  /** One line: what an added action is, what a removed one was, or every change of a changed one. */
  readonly text: string;
}

/** A workstream added, removed or changed (its ref, label, title or leads). */
export interface WorkstreamComparison {
  readonly id: string;
  readonly name: string;
  readonly status: 'added' | 'removed' | 'changed';
  readonly changes: readonly (
    TextChange | ListChange | { readonly kind: 'label'; readonly from: string; readonly to: string; readonly text: string }
  )[];
  readonly text: string;
}

/** One difference in an impact measure: its latest figure (as of each version's date), target, baseline or status. */
export interface MeasureChange {
  readonly kind: 'latest' | 'target' | 'baseline' | 'status';
  readonly text: string;
}

/** An impact measure added, removed or changed between two versions. */
export interface MeasureComparison {
  readonly id: string;
  readonly title: string;
  readonly status: 'added' | 'removed' | 'changed';
  /** For the latest figure, which way it moved, by the measure's own `betterWhen`. */
  readonly moved?: 'better' | 'worse' | 'same' | 'first';
  readonly changes: readonly MeasureChange[];
  readonly text: string;
}

/** Counts for the top of a change report. */
export interface ComparisonCounts {
  readonly added: number;
  readonly removed: number;
  readonly changed: number;
  readonly unchanged: number;
  readonly finishLater: number;
  readonly finishEarlier: number;
  readonly startLater: number;
  readonly startEarlier: number;
  readonly rebaselined: number;
  readonly ragWorse: number;
  readonly ragBetter: number;
  /** Actions in both versions that reached 100% in the later one. */
  readonly completed: number;
}

/** What changed between two versions of a plan, each analysed as of its own date. */
export interface PlanComparison {
  readonly before: { readonly asOf: IsoDate; readonly title: string; readonly finish?: IsoDate };
  readonly after: { readonly asOf: IsoDate; readonly title: string; readonly finish?: IsoDate };
  /** Added and changed actions in the later version's order, then removed ones in the earlier version's. */
  readonly actions: readonly ActionComparison[];
  readonly workstreams: readonly WorkstreamComparison[];
  /** Impact measures added, removed, or with a new figure, target, baseline or status. */
  readonly measures: readonly MeasureComparison[];
  readonly counts: ComparisonCounts;
  /** The plan's finish moved, in working days (positive later), when both versions have one. */
  readonly finishMovedBy?: number;
  /** Sentences for the top of a change report or a board paper. */
  readonly sentences: readonly string[];
}

/** Each status of a compared action, workstream or measure in words. */
export const COMPARISON_STATUS_WORDS: Readonly<Record<ActionComparison['status'], string>> = {
  added: 'Added',
  removed: 'Removed',
  changed: 'Changed',
};

/** A kind of change to count or pick actions by. `baseline` is any change of baseline; `rebaselined` one baseline replaced by another. */
export type ActionChangeTag =
  | 'start-later'
  | 'start-earlier'
  | 'finish-later'
  | 'finish-earlier'
  | 'baseline'
  | 'rebaselined'
  | 'rag-worse'
  | 'rag-better'
  | 'completed';

/**
 * The kinds of change an action's comparison holds: the one rule that `counts`, the sentences and a
 * view's filters share (a finish moved later by working days, a RAG worse, reaching 100%…).
 *
 * @example
 * comparePlans(before, after).actions.filter((a) => actionChangeTags(a).has('finish-later'));
 */
export function actionChangeTags(action: ActionComparison): ReadonlySet<ActionChangeTag> {
  const tags = new Set<ActionChangeTag>();
  for (const change of action.changes) {
    if (change.kind === 'start' || change.kind === 'finish') {
      const days = change.workingDays ?? 0;
      if (days !== 0) tags.add(`${change.kind}-${days > 0 ? 'later' : 'earlier'}`);
    } else if (change.kind === 'baseline') {
      tags.add('baseline');
      if (change.from && change.to) tags.add('rebaselined');
    } else if (change.kind === 'rag' && change.direction !== 'changed') tags.add(`rag-${change.direction}`);
    else if (change.kind === 'percentComplete' && change.to >= 100 && change.from < 100) tags.add('completed');
  }
  return tags;
}

/**
 * A compared item's lines: each change's sentence, or for one added or removed its one sentence.
 *
 * @example
 * changeLines({ changes: [], text: 'Added: 3 May 2022 to 29 Jun 2022.' }); // ['Added: 3 May 2022 to 29 Jun 2022.']
 */
export function changeLines(item: { readonly changes: readonly { readonly text: string }[]; readonly text: string }): string[] {
  return item.changes.length > 0 ? item.changes.map((c) => c.text) : [item.text];
}

/**
 * Compares two versions of a plan, each analysed (`analysePlan`) as of its own date: last month's
 * published plan and this month's. Actions and workstreams are matched by `id`. For each action it
 * says what was added or removed, and for one in both every change a board or a family would look
 * for: dates moved (in working days, by the later version's calendar), the baseline changed, leads,
 * progress and RAG (each as of its version's date), a RAG set by hand, predecessors, the workstream,
 * the wording and the success criteria. Dates, progress and RAG of summary actions are left out, as
 * they are rolled up from the actions under them. Impact measures are compared too: each one's
 * latest figure as of each version's date, its target, baseline and status. Pure: neither analysis
 * is changed.
 *
 * @example
 * const changes = comparePlans(analysePlan(lastMonth, { asOf: '2022-04-29' }), analysePlan(thisMonth, { asOf: '2022-05-31' }));
 * changes.sentences[0]; // 'Between the plan as of 29 Apr 2022 and the plan as of 31 May 2022: 2 actions added, 1 removed, 7 changed and 40 unchanged.'
 */
export function comparePlans(before: PlanAnalysis, after: PlanAnalysis): PlanComparison {
  const calendar = after.calendar;
  const refOf = (id: string) => after.actionsById.get(id)?.ref ?? before.actionsById.get(id)?.ref ?? id;
  const actions: ActionComparison[] = [];
  let unchanged = 0;
  for (const now of after.actions) {
    const then = before.actionsById.get(now.id);
    const workstream = nameOf(after.workstreamsById.get(now.workstreamId), now.workstreamId);
    if (!then) {
      actions.push({
        id: now.id,
        ref: now.ref,
        title: now.title,
        status: 'added',
        workstream,
        after: now,
        changes: [],
        text: addedText(now),
      });
      continue;
    }
    const changes = actionChanges(then, now, before, after, refOf, (from, to, kind) =>
      kind === 'start'
        ? workingTimeAtStart(to, calendar) - workingTimeAtStart(from, calendar)
        : workingTimeAtFinish(to, calendar) - workingTimeAtFinish(from, calendar),
    );
    if (changes.length === 0) {
      unchanged++;
      continue;
    }
    actions.push({
      id: now.id,
      ref: now.ref,
      title: now.title,
      status: 'changed',
      workstream,
      before: then,
      after: now,
      changes,
      text: changes.map((c) => c.text).join(' '),
    });
  }
  for (const then of before.actions) {
    if (after.actionsById.has(then.id)) continue;
    actions.push({
      id: then.id,
      ref: then.ref,
      title: then.title,
      status: 'removed',
      workstream: nameOf(before.workstreamsById.get(then.workstreamId), then.workstreamId),
      before: then,
      changes: [],
      text: removedText(then),
    });
  }

  const counts = countChanges(actions, unchanged);
  const measures = compareMeasures(before, after);
  const finishMovedBy =
    before.finish !== undefined && after.finish !== undefined
      ? workingTimeAtFinish(after.finish, calendar) - workingTimeAtFinish(before.finish, calendar)
      : undefined;
  return {
    before: { asOf: before.asOf, title: before.plan.title, ...(before.finish ? { finish: before.finish } : {}) },
    after: { asOf: after.asOf, title: after.plan.title, ...(after.finish ? { finish: after.finish } : {}) },
    actions,
    workstreams: compareWorkstreams(before, after),
    measures,
    counts,
    ...(finishMovedBy !== undefined ? { finishMovedBy } : {}),
    sentences: [...sentencesOf(before, after, actions, counts, finishMovedBy), ...measureSentences(measures)],
  };
}

type WorkingDaysBetween = (from: IsoDate, to: IsoDate, kind: 'start' | 'finish') => number;

function actionChanges(
  then: ActionAnalysis,
  now: ActionAnalysis,
  before: PlanAnalysis,
  after: PlanAnalysis,
  refOf: (id: string) => string,
  between: WorkingDaysBetween,
): ActionChange[] {
  const changes: ActionChange[] = [];
  if (then.ref !== now.ref) changes.push(textChange('ref', 'Ref', then.ref, now.ref));
  if (then.title !== now.title) changes.push(textChange('title', 'Title', then.title, now.title));
  if (then.workstreamId !== now.workstreamId) {
    const from = nameOf(before.workstreamsById.get(then.workstreamId), then.workstreamId);
    const to = nameOf(after.workstreamsById.get(now.workstreamId), now.workstreamId);
    changes.push({ kind: 'workstream', from, to, text: `Moved from ${from} to ${to}.` });
  }
  if (then.parentId !== now.parentId) {
    const from = then.parentId === undefined ? undefined : refOf(then.parentId);
    const to = now.parentId === undefined ? undefined : refOf(now.parentId);
    const text =
      to === undefined ? `No longer under ${from}.` : from === undefined ? `Now under ${to}.` : `Moved from under ${from} to under ${to}.`;
    changes.push({ kind: 'parent', ...(from ? { from } : {}), ...(to ? { to } : {}), text });
  }
  if (then.milestone !== now.milestone) {
    changes.push({
      kind: 'milestone',
      from: then.milestone,
      to: now.milestone,
      text: now.milestone ? 'Now a milestone.' : 'No longer a milestone.',
    });
  }
  const derived = then.isSummary && now.isSummary;
  if (!derived) {
    for (const kind of ['start', 'finish'] as const) {
      const change = dateChange(kind, then[kind], now[kind], between);
      if (change) changes.push(change);
    }
  }
  const baseline = baselineChange(then.source.baseline, now.source.baseline);
  if (baseline) changes.push(baseline);
  const leads = listChange('leads', 'Leads', then.leads.map(leadWords), now.leads.map(leadWords));
  if (leads) changes.push(leads);
  const dependencies = listChange(
    'dependencies',
    'Predecessors',
    then.source.dependencies.map((d) => dependencyWords(d, refOf)),
    now.source.dependencies.map((d) => dependencyWords(d, refOf)),
  );
  if (dependencies) changes.push(dependencies);
  if (!derived) {
    if (then.percentComplete !== now.percentComplete) {
      const from = then.percentComplete;
      const to = now.percentComplete;
      const verb = to >= 100 ? 'Completed' : 'Progress';
      changes.push({ kind: 'percentComplete', from, to, text: `${verb}: ${formatPercent(from)} to ${formatPercent(to)} complete.` });
    }
    if (then.rag.status !== now.rag.status) {
      const delta = ragSeverity(now.rag.status) - ragSeverity(then.rag.status);
      const direction = delta > 0 ? 'worse' : delta < 0 ? 'better' : 'changed';
      changes.push({
        kind: 'rag',
        from: then.rag.status,
        fromLabel: then.rag.label,
        to: now.rag.status,
        toLabel: now.rag.label,
        direction,
        text: `RAG ${direction === 'changed' ? 'changed' : direction === 'worse' ? 'worse' : 'better'}: ${then.rag.label} (${then.rag.headline}) to ${now.rag.label} (${now.rag.headline}).`,
      });
    }
  }
  const override = overrideChange(then, now);
  if (override) changes.push(override);
  const criteria = listChange('successCriteria', 'Success criteria', then.source.successCriteria, now.source.successCriteria);
  if (criteria) changes.push(criteria);
  if (then.source.differenceForFamilies !== now.source.differenceForFamilies) {
    changes.push(
      textChange(
        'differenceForFamilies',
        'What will be different for children and families',
        then.source.differenceForFamilies,
        now.source.differenceForFamilies,
      ),
    );
  }
  return changes;
}

function textChange(kind: TextChange['kind'], name: string, from: string | undefined, to: string | undefined): TextChange {
  const text =
    from === undefined
      ? `${name} added: “${to}”.`
      : to === undefined
        ? `${name} taken out (was “${from}”).`
        : `${name} changed from “${from}” to “${to}”.`;
  return { kind, ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}), text };
}

function dateChange(
  kind: 'start' | 'finish',
  from: IsoDate | undefined,
  to: IsoDate | undefined,
  between: WorkingDaysBetween,
): DateChange | undefined {
  if (from === to) return undefined;
  const name = kind === 'start' ? 'Start' : 'Finish';
  if (from === undefined || to === undefined) {
    const text =
      from === undefined ? `${name} now worked out: ${formatDate(to!)}.` : `${name} no longer worked out (was ${formatDate(from)}).`;
    return { kind, ...(from ? { from } : {}), ...(to ? { to } : {}), text };
  }
  const workingDays = between(from, to, kind);
  const how =
    workingDays === 0 ? 'the same working day' : `${workingDaysText(Math.abs(workingDays))} ${workingDays > 0 ? 'later' : 'earlier'}`;
  return { kind, from, to, workingDays, text: `${name} moved from ${formatDate(from)} to ${formatDate(to)}, ${how}.` };
}

function baselineChange(from: Baseline | undefined, to: Baseline | undefined): BaselineChange | undefined {
  if (from?.start === to?.start && from?.finish === to?.finish) return undefined;
  let text: string;
  if (from === undefined) text = `Baseline set: ${formatDate(to!.start)} to ${formatDate(to!.finish)}.`;
  else if (to === undefined) text = `Baseline taken out (was ${formatDate(from.start)} to ${formatDate(from.finish)}).`;
  else {
    const moves = (['start', 'finish'] as const)
      .filter((end) => from[end] !== to[end])
      .map((end) => `${end} from ${formatDate(from[end])} to ${formatDate(to[end])}`);
    text = `Baseline changed: ${moves.join(', ')}.`;
  }
  return { kind: 'baseline', ...(from ? { from } : {}), ...(to ? { to } : {}), text };
}

function listChange(kind: ListChange['kind'], name: string, from: readonly string[], to: readonly string[]): ListChange | undefined {
  const added = to.filter((item) => !from.includes(item));
  const removed = from.filter((item) => !to.includes(item));
  if (added.length === 0 && removed.length === 0) return undefined;
  const parts = [added.length > 0 ? `${added.join('; ')} added` : '', removed.length > 0 ? `${removed.join('; ')} taken out` : ''].filter(
    Boolean,
  );
  return { kind, added, removed, text: `${name}: ${parts.join('; ')}.` };
}

function overrideChange(then: ActionAnalysis, now: ActionAnalysis): OverrideChange | undefined {
  const was = then.rag.override;
  const is = now.rag.override;
  if (was?.status === is?.status && was?.reason === is?.reason) return undefined;
  const side = (o: NonNullable<typeof was>) => ({ status: o.status, label: o.label, reason: o.reason });
  const text =
    is === undefined
      ? `RAG no longer set by hand (was ${was!.label}).`
      : `RAG set by hand to ${is.label}${is.byName ? ` by ${is.byName}` : ''} on ${formatDate(is.on)}: ${is.reason}`;
  return {
    kind: 'override',
    ...(was ? { from: side(was) } : {}),
    ...(is ? { to: side(is) } : {}),
    text: /[.!?]$/.test(text) ? text : `${text}.`,
  };
}

function dependencyWords(dependency: Dependency, refOf: (id: string) => string): string {
  return `${refOf(dependency.predecessorId)} (${dependencyRule(dependency.type, dependency.lagDays)})`;
}

function leadWords(lead: ResolvedLead): string {
  return lead.name ? `${lead.initials} (${lead.name})` : lead.initials;
}

function nameOf(workstream: WorkstreamAnalysis | undefined, id: string): string {
  return workstream ? workstreamName(workstream) : id;
}

function compareWorkstreams(before: PlanAnalysis, after: PlanAnalysis): WorkstreamComparison[] {
  const result: WorkstreamComparison[] = [];
  for (const now of after.workstreams) {
    const then = before.workstreamsById.get(now.id);
    const name = workstreamName(now);
    if (!then) {
      result.push({ id: now.id, name, status: 'added', changes: [], text: `Added, with ${actionsWord(now.actionCount)}.` });
      continue;
    }
    const changes: WorkstreamComparison['changes'][number][] = [];
    if (then.label !== now.label)
      changes.push({ kind: 'label', from: then.label, to: now.label, text: `Called a ${now.label} rather than a ${then.label}.` });
    if (then.ref !== now.ref) changes.push(textChange('ref', 'Ref', then.ref, now.ref));
    if (then.title !== now.title) changes.push(textChange('title', 'Title', then.title, now.title));
    const leads = listChange('leads', 'Leads', then.leads.map(leadWords), now.leads.map(leadWords));
    if (leads) changes.push(leads);
    if (changes.length > 0) result.push({ id: now.id, name, status: 'changed', changes, text: changes.map((c) => c.text).join(' ') });
  }
  for (const then of before.workstreams) {
    if (after.workstreamsById.has(then.id)) continue;
    result.push({
      id: then.id,
      name: workstreamName(then),
      status: 'removed',
      changes: [],
      text: `Removed from the plan (it had ${actionsWord(then.actionCount)}).`,
    });
  }
  return result;
}

function compareMeasures(before: PlanAnalysis, after: PlanAnalysis): MeasureComparison[] {
  const result: MeasureComparison[] = [];
  const earlier = new Map(before.plan.measures.map((m) => [m.id, m]));
  for (const now of after.plan.measures) {
    const then = earlier.get(now.id);
    const value = (v: DatedValue, measure: ImpactMeasure) => formatMeasureValue(v.value, measure.unit);
    if (!then) {
      const latest = assessMeasure(now, after.asOf).latest;
      const figure = latest ? `, latest ${value(latest, now)} on ${formatDate(latest.date)}` : '';
      const text = `Added: baseline ${value(now.baseline, now)} on ${formatDate(now.baseline.date)}, target ${value(now.target, now)} by ${formatDate(now.target.date)}${figure}.`;
      result.push({ id: now.id, title: now.title, status: 'added', changes: [], text });
      continue;
    }
    const was = assessMeasure(then, before.asOf);
    const is = assessMeasure(now, after.asOf);
    const changes: MeasureChange[] = [];
    let moved: MeasureComparison['moved'];
    if (was.latest?.date !== is.latest?.date || was.latest?.value !== is.latest?.value) {
      const at = (v: DatedValue) => `${value(v, now)} on ${formatDate(v.date)}`;
      if (!is.latest) changes.push({ kind: 'latest', text: `No figure reported by ${formatDate(after.asOf)} (was ${at(was.latest!)}).` });
      else if (!was.latest) {
        moved = 'first';
        changes.push({ kind: 'latest', text: `First figure: ${at(is.latest)}.` });
      } else {
        const sign = now.betterWhen === 'higher' ? 1 : -1;
        const delta = sign * (is.latest.value - was.latest.value);
        moved = delta > 0 ? 'better' : delta < 0 ? 'worse' : 'same';
        const how = moved === 'same' ? 'no change' : `${moved} (${now.betterWhen} is better)`;
        changes.push({ kind: 'latest', text: `Latest figure from ${at(was.latest)} to ${at(is.latest)}: ${how}.` });
      }
    }
    for (const end of ['target', 'baseline'] as const) {
      if (then[end].date === now[end].date && then[end].value === now[end].value) continue;
      const by = end === 'target' ? 'by' : 'on';
      const text = `${end === 'target' ? 'Target' : 'Baseline'} changed from ${value(then[end], then)} ${by} ${formatDate(then[end].date)} to ${value(now[end], now)} ${by} ${formatDate(now[end].date)}.`;
      changes.push({ kind: end, text });
    }
    if (was.status !== is.status) changes.push({ kind: 'status', text: `Status from ${was.label} to ${is.label}.` });
    if (changes.length > 0) {
      result.push({
        id: now.id,
        title: now.title,
        status: 'changed',
        ...(moved ? { moved } : {}),
        changes,
        text: changes.map((c) => c.text).join(' '),
      });
    }
  }
  const later = new Set(after.plan.measures.map((m) => m.id));
  for (const then of before.plan.measures) {
    if (!later.has(then.id))
      result.push({ id: then.id, title: then.title, status: 'removed', changes: [], text: 'Removed from the plan.' });
  }
  return result;
}

function measureSentences(measures: readonly MeasureComparison[]): string[] {
  const figures = measures.filter((m) => m.changes.some((c) => c.kind === 'latest'));
  if (figures.length === 0) return [];
  const words = { better: 'better', worse: 'worse', same: 'the same', first: 'for the first time' };
  const moved = (['better', 'worse', 'same', 'first'] as const)
    .map((way) => [way, figures.filter((m) => m.moved === way).length] as const)
    .filter(([, n]) => n > 0)
    .map(([way, n]) => `${count(n)} ${words[way]}`);
  const noun = `${count(figures.length)} impact measure${figures.length === 1 ? '' : 's'}`;
  return [`${noun} ${figures.length === 1 ? 'has' : 'have'} a new figure${moved.length > 0 ? `: ${listText(moved)}` : ''}.`];
}

function addedText(action: ActionAnalysis): string {
  const parts = [`Added`];
  if (action.milestone && action.finish) parts.push(`: a milestone on ${formatDate(action.finish)}`);
  else if (action.start && action.finish) parts.push(`: ${formatDate(action.start)} to ${formatDate(action.finish)}`);
  if (action.leads.length > 0) parts.push(`, led by ${action.leads.map(leadWords).join('; ')}`);
  return `${parts.join('')}.`;
}

function removedText(action: ActionAnalysis): string {
  const parts = ['Removed from the plan'];
  if (action.finish) parts.push(` (it was due to finish ${formatDate(action.finish)}, ${formatPercent(action.percentComplete)} complete)`);
  return `${parts.join('')}.`;
}

function countChanges(actions: readonly ActionComparison[], unchanged: number): ComparisonCounts {
  const counts = {
    added: 0,
    removed: 0,
    changed: 0,
    unchanged,
    finishLater: 0,
    finishEarlier: 0,
    startLater: 0,
    startEarlier: 0,
    rebaselined: 0,
    ragWorse: 0,
    ragBetter: 0,
    completed: 0,
  };
  const keys: Readonly<Partial<Record<ActionChangeTag, keyof ComparisonCounts>>> = {
    'start-later': 'startLater',
    'start-earlier': 'startEarlier',
    'finish-later': 'finishLater',
    'finish-earlier': 'finishEarlier',
    rebaselined: 'rebaselined',
    'rag-worse': 'ragWorse',
    'rag-better': 'ragBetter',
    completed: 'completed',
  };
  for (const action of actions) {
    counts[action.status]++;
    for (const tag of actionChangeTags(action)) {
      const key = keys[tag];
      if (key) counts[key]++;
    }
  }
  return counts;
}

function sentencesOf(
  before: PlanAnalysis,
  after: PlanAnalysis,
  actions: readonly ActionComparison[],
  counts: ComparisonCounts,
  finishMovedBy: number | undefined,
): string[] {
  const sentences: string[] = [];
  const versions =
    before.asOf === after.asOf
      ? `Between the two versions of the plan, both as of ${formatDate(after.asOf)}`
      : `Between the plan as of ${formatDate(before.asOf)} and the plan as of ${formatDate(after.asOf)}`;
  const { added, removed, changed, unchanged } = counts;
  // "2 actions added, 1 removed and 7 changed": the first figure carries the noun for them all.
  const parts = (
    [
      [added, 'added'],
      [removed, 'removed'],
      [changed, 'changed'],
      [unchanged, 'unchanged'],
    ] as const
  ).filter(([n]) => n > 0);
  const figures = parts.map(([n, word], i) => `${i === 0 ? actionsWord(n) : count(n)} ${word}`);
  sentences.push(`${versions}: ${figures.length > 0 ? listText(figures) : 'neither has any actions'}.`);
  for (const kind of ['finish', 'start'] as const) {
    const moves = actions.flatMap((a) =>
      a.changes.filter((c): c is DateChange => c.kind === kind && (c.workingDays ?? 0) !== 0).map((c) => c.workingDays!),
    );
    if (moves.length === 0) continue;
    const later = moves.filter((d) => d > 0);
    const earlier = moves.filter((d) => d < 0).map((d) => -d);
    const parts = [
      later.length > 0 ? `${later.length.toLocaleString('en-GB')} later (${rangeText(later)})` : '',
      earlier.length > 0 ? `${earlier.length.toLocaleString('en-GB')} earlier (${rangeText(earlier)})` : '',
    ];
    sentences.push(`${kind === 'finish' ? 'Finish' : 'Start'} dates moved: ${parts.filter(Boolean).join(' and ')}.`);
  }
  const rebaselined = actions.filter((a) => actionChangeTags(a).has('rebaselined')).map((a) => a.ref);
  if (rebaselined.length > 0)
    sentences.push(`${rebaselined.length === 1 ? 'The baseline' : 'Baselines'} of ${listText(rebaselined)} changed.`);
  const rag = [
    counts.ragWorse > 0 ? `worse for ${actionsWord(counts.ragWorse)}` : '',
    counts.ragBetter > 0 ? `better for ${actionsWord(counts.ragBetter)}` : '',
  ];
  if (rag.some(Boolean)) sentences.push(`RAG ${rag.filter(Boolean).join(' and ')}.`);
  if (counts.completed > 0) sentences.push(`${actionsWord(counts.completed)} completed.`.replace(/^./, (c) => c.toUpperCase()));
  if (finishMovedBy !== undefined && finishMovedBy !== 0) {
    sentences.push(
      `The plan’s finish moved from ${formatDate(before.finish!)} to ${formatDate(after.finish!)}, ${workingDaysText(Math.abs(finishMovedBy))} ${finishMovedBy > 0 ? 'later' : 'earlier'}.`,
    );
  } else if (before.finish !== undefined && before.finish === after.finish)
    sentences.push(`The plan’s finish did not move: ${formatDate(after.finish)}.`);
  return sentences;
}

const workingDaysText = (n: number) => `${n.toLocaleString('en-GB')} working day${n === 1 ? '' : 's'}`;
const count = (n: number) => n.toLocaleString('en-GB');
const actionsWord = (n: number) => `${count(n)} action${n === 1 ? '' : 's'}`;

function rangeText(days: readonly number[]): string {
  let low = Infinity;
  let high = -Infinity;
  for (const d of days) {
    if (d < low) low = d;
    if (d > high) high = d;
  }
  return low === high ? `by ${workingDaysText(low)}` : `by ${low.toLocaleString('en-GB')} to ${workingDaysText(high)}`;
}

function listText(items: readonly string[]): string {
  return items.length === 1 ? items[0]! : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
