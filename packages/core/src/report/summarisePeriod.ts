import { addCalendarDays, daysInMonth, FIRST_ISO_DATE, isIsoDate, type IsoDate } from '../calendar/isoDate.js';
import { formatDate, formatMonth } from '../calendar/formatDate.js';
import { analysePlan } from '../analysis/analysePlan.js';
import type { ActionAnalysis, PlanAnalysis } from '../analysis/types.js';
import { ragSeverity, type RagStatusOrUnrated } from '../rag/ragRules.js';

/** How shares are turned into whole percentages. */
export type Rounding = 'nearest' | 'up' | 'down';

/** Options for {@link summarisePeriod}. */
export interface PeriodOptions {
  /** First and last day of the period, inclusive. */
  readonly from: IsoDate;
  readonly to: IsoDate;
  /** Default `nearest` (halves up). Seed 004's "26 … (97%)" of 27 rounds up. */
  readonly rounding?: Rounding;
}

/** A change of RAG between the end of the previous period and the analysis date. */
export interface RagChange {
  readonly actionId: string;
  readonly ref: string;
  readonly title: string;
  readonly from: RagStatusOrUnrated;
  readonly fromLabel: string;
  /** Why it was rated so the day before the period, in a short phrase: "not yet due", "on track". */
  readonly fromHeadline: string;
  readonly to: RagStatusOrUnrated;
  readonly toLabel: string;
  /** Why it is rated so now: "behind expected progress by 75 points", "complete". */
  readonly toHeadline: string;
  readonly direction: 'worse' | 'better' | 'changed';
}

/** RAG counts for one workstream's actions. */
export interface WorkstreamCounts {
  readonly workstreamId: string;
  readonly ref: string;
  readonly label: string;
  readonly title: string;
  readonly total: number;
  readonly counts: Readonly<Record<RagStatusOrUnrated, number>>;
}

/** What a board report says about one period. */
export interface PeriodSummary {
  readonly from: IsoDate;
  readonly to: IsoDate;
  /** `in April 2022` for a whole month, else `between 1 Apr 2022 and 15 May 2022`. */
  readonly periodText: string;
  readonly dueToStart: {
    readonly actionIds: readonly string[];
    /** Those with a progress return dated from the start of the period to the analysis date. */
    readonly reportedIds: readonly string[];
    /** Those with progress above 0% (or reported started) by the analysis date. */
    readonly startedIds: readonly string[];
    /** startedIds / actionIds, 0-1 (0 when none were due). */
    readonly startedShare: number;
    /** The same as a whole percentage under the rounding rule. */
    readonly startedPercent: number;
  };
  readonly dueToFinish: {
    readonly actionIds: readonly string[];
    readonly finishedIds: readonly string[];
    /** Due in the period, not finished, and past their finish by the analysis date. */
    readonly overdueIds: readonly string[];
  };
  readonly byWorkstream: readonly WorkstreamCounts[];
  /** Actions whose RAG differs from the end of the previous period, worst changes first. */
  readonly ragChanges: readonly RagChange[];
  /** The board-report sentence, e.g. "27 actions were due to have started in April 2022, of which 27 have been reported. 26 have been started (97%)." */
  readonly sentence: string;
  /** How the percentage was rounded, in words. */
  readonly roundingRule: string;
}

const ROUNDING_WORDS: Record<Rounding, string> = {
  nearest: 'Percentages are rounded to the nearest whole number, halves up.',
  up: 'Percentages are rounded up to the next whole number.',
  down: 'Percentages are rounded down to the whole number below.',
};

/**
 * Summarises one reporting period from an analysis: the actions due to start in it, how many were
 * reported on and started; those due to finish, finished and overdue; RAG counts per workstream;
 * and what changed RAG since the end of the previous period (the day before `from`), with the
 * sentence a board report uses. Summary actions are left out: only actions that do the work count.
 *
 * @example
 * summarisePeriod(analysePlan(plan, { asOf: '2022-05-22' }), { from: '2022-04-01', to: '2022-04-30' }).sentence;
 * // '29 actions were due to have started in April 2022, of which 29 have been reported. 28 have been started (97%).'
 */
export function summarisePeriod(analysis: PlanAnalysis, options: PeriodOptions): PeriodSummary {
  const { from, to } = options;
  for (const [name, value] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (!isIsoDate(value)) throw new RangeError(`Expected ${name} written yyyy-MM-dd, found ${JSON.stringify(value)}`);
  }
  if (to < from) throw new RangeError(`Expected the period to end (${to}) on or after it starts (${from})`);
  const rounding = options.rounding ?? 'nearest';
  const asOf = analysis.asOf;
  const leaves = analysis.actions.filter((a) => !a.isSummary);
  const within = (date: IsoDate | undefined) => date !== undefined && date >= from && date <= to;

  const dueToStart = leaves.filter((a) => within(a.start));
  const reported = dueToStart.filter((a) => a.source.updates.some((u) => u.date >= from && u.date <= asOf));
  const started = dueToStart.filter(isStarted);
  const startedShare = dueToStart.length === 0 ? 0 : started.length / dueToStart.length;
  const startedPercent = roundPercent(startedShare * 100, rounding);

  const dueToFinish = leaves.filter((a) => within(a.finish));
  const finished = dueToFinish.filter((a) => a.percentComplete >= 100);
  const overdue = dueToFinish.filter((a) => a.overdue);

  // RAG as of the day before the period: a period from 1 Jan 0000 has no day before it, nor changes.
  const previous =
    from === FIRST_ISO_DATE
      ? undefined
      : analysePlan(analysis.plan, {
          asOf: addCalendarDays(from, -1),
          calendar: analysis.calendar,
          ragRules: analysis.rules,
          autoSchedule: analysis.autoSchedule,
        });
  const ragChanges: RagChange[] = [];
  for (const action of leaves) {
    const before = previous?.actionsById.get(action.id)?.rag;
    if (!before || before.status === action.rag.status) continue;
    const delta = ragSeverity(action.rag.status) - ragSeverity(before.status);
    ragChanges.push({
      actionId: action.id,
      ref: action.ref,
      title: action.title,
      from: before.status,
      fromLabel: before.label,
      fromHeadline: before.headline,
      to: action.rag.status,
      toLabel: action.rag.label,
      toHeadline: action.rag.headline,
      direction: delta > 0 ? 'worse' : delta < 0 ? 'better' : 'changed',
    });
  }
  const order = { worse: 0, changed: 1, better: 2 };
  ragChanges.sort((a, b) => order[a.direction] - order[b.direction]);

  const periodText = describePeriod(from, to);
  return {
    from,
    to,
    periodText,
    dueToStart: {
      actionIds: dueToStart.map((a) => a.id),
      reportedIds: reported.map((a) => a.id),
      startedIds: started.map((a) => a.id),
      startedShare,
      startedPercent,
    },
    dueToFinish: { actionIds: dueToFinish.map((a) => a.id), finishedIds: finished.map((a) => a.id), overdueIds: overdue.map((a) => a.id) },
    byWorkstream: analysis.workstreams.map((ws) => ({
      workstreamId: ws.id,
      ref: ws.ref,
      label: ws.label,
      title: ws.title,
      total: ws.actionCount,
      counts: ws.ragCounts,
    })),
    ragChanges,
    sentence: boardSentence(dueToStart.length, reported.length, started.length, startedPercent, periodText),
    roundingRule: ROUNDING_WORDS[rounding],
  };
}

function isStarted(action: ActionAnalysis): boolean {
  const status = action.lastUpdate?.status;
  return action.percentComplete > 0 || status === 'started' || status === 'complete' || status === 'blue';
}

/**
 * Rounds a percentage to a whole number by the given rule, without floating-point surprises
 * (96.29…% rounds up to 97, 50% stays 50).
 *
 * @example
 * roundPercent((26 / 27) * 100, 'up'); // 97
 * roundPercent((26 / 27) * 100, 'nearest'); // 96
 */
export function roundPercent(value: number, rounding: Rounding = 'nearest'): number {
  const cleaned = Math.round(value * 1e9) / 1e9;
  if (rounding === 'up') return Math.ceil(cleaned);
  if (rounding === 'down') return Math.floor(cleaned);
  return Math.floor(cleaned + 0.5);
}

function describePeriod(from: IsoDate, to: IsoDate): string {
  // The last day of its month by the month's length, not the day after it, which 31 Dec 9999 has none of.
  const wholeMonth =
    from.endsWith('-01') &&
    to.slice(0, 7) === from.slice(0, 7) &&
    Number(to.slice(8)) === daysInMonth(Number(to.slice(0, 4)), Number(to.slice(5, 7)));
  return wholeMonth ? `in ${formatMonth(from)}` : `between ${formatDate(from)} and ${formatDate(to)}`;
}

function boardSentence(due: number, reported: number, started: number, percent: number, period: string): string {
  if (due === 0) return `No actions were due to have started ${period}.`;
  const actions = due === 1 ? '1 action was' : `${due} actions were`;
  const have = (n: number) => (n === 1 ? 'has' : 'have');
  return `${actions} due to have started ${period}, of which ${reported} ${have(reported)} been reported. ${started} ${have(started)} been started (${percent}%).`;
}
