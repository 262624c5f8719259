import { addWorkingDays } from '../calendar/addWorkingDays.js';
import type { WorkingDayCalendar } from '../calendar/createCalendar.js';
import { formatDate as formatDateText } from '../calendar/formatDate.js';
import type { IsoDate } from '../calendar/isoDate.js';
import { workingTimeAtFinish } from '../calendar/workingTime.js';
import type { RagRules, RagStatusOrUnrated } from './ragRules.js';
import { formatPercent, wholeOrTenth } from './formatPercent.js';

/** Which branch of the rule decided: the reasons say the same in words. */
export type ProgressVerdict =
  | 'complete'
  | 'not-due'
  | 'on-track'
  | 'behind'
  | 'far-behind'
  | 'not-started-late'
  | 'overdue'
  | 'unscheduled'
  /** A finish alone, not yet past: there is no start to measure progress from. */
  | 'due-by';

/** What the rule concluded for one action, before any manual override. */
export interface ProgressAssessment {
  readonly verdict: ProgressVerdict;
  /** The status in the rules' scheme. */
  readonly status: RagStatusOrUnrated;
  /** Plain-English reasons with dates and numbers. */
  readonly reasons: readonly string[];
  /** A short phrase for labels and accessible names, e.g. "behind expected progress by 44 points". */
  readonly headline: string;
  /** The share of working days elapsed by the end of the as-of date, 0-100 (undefined when unscheduled). */
  readonly expectedPercent?: number;
  /** Percentage points behind expected progress (negative when ahead). */
  readonly behindBy?: number;
  /** Working days elapsed and in total. */
  readonly elapsedDays?: number;
  readonly durationDays?: number;
}

/** The facts the rule needs about one action (or rolled-up summary). */
export interface ProgressFacts {
  readonly start?: IsoDate;
  readonly finish?: IsoDate;
  /** Working time at the start and finish (see `workingTimeAtStart`). */
  readonly startTime?: number;
  readonly finishTime?: number;
  readonly percentComplete: number;
  /** A milestone is due on a date rather than over a span. */
  readonly milestone?: boolean;
}

/**
 * The same number, as a small integer when it is whole: most actions expect 0% or 100%, and a whole
 * number kept in a result costs nothing extra, where a fraction is a separate 16-byte box.
 */
const wholeIfExact = (value: number) => ((value | 0) === value ? value | 0 : value);

/**
 * The default RAG rule, documented in the package README:
 * 1. 100% complete → complete (Blue in BRAG).
 * 2. Not yet due to start → on track ("Not due to start until …").
 * 3. Past its finish and not complete → Red.
 * 4. Nothing reported `redWhenNotStartedAfter` working days after the start → Red.
 * 5. Otherwise compare with expected progress, the share of working days elapsed: Red when more
 *    than `redWhenBehindBy` points behind, Amber when more than `amberWhenBehindBy`, else Green.
 * An action with a finish and no start (a plan's "by when" alone) is due by its finish: Red once
 * past it and not complete; until then not rated, as there is no start to measure progress from.
 * The scheme then names the status: BRAG, RAG (no Blue) or progress words.
 *
 * @example
 * assessProgress({ start: '2022-04-13', finish: '2022-06-30', startTime, finishTime, percentComplete: 5 }, '2022-05-22', calendar, rules);
 * // { verdict: 'far-behind', status: 'red', reasons: ['Expected 49.1% complete by 22 May 2022 …'] }
 */
export function assessProgress(
  facts: ProgressFacts,
  asOf: IsoDate,
  calendar: WorkingDayCalendar,
  rules: RagRules,
  cache: ProgressCache = createProgressCache(asOf, calendar),
): ProgressAssessment {
  const { start, finish, startTime, finishTime, percentComplete } = facts;
  const formatDate = cache.formatDate;

  if (percentComplete >= 100) return verdictOf('complete', COMPLETE, percentComplete, rules);
  if (start === undefined || finish === undefined || startTime === undefined || finishTime === undefined) {
    if (start === undefined && finish !== undefined) {
      // Due by a date alone: past it and not complete is overdue; before it there is nothing to measure progress from.
      if (asOf > finish) return verdictOf('overdue', cache.reasonsFor('overdue', finish, percentComplete), percentComplete, rules);
      return verdictOf(
        'due-by',
        [['Due by ', formatDate(finish), '; with no start, progress is not judged before then'].join('')],
        percentComplete,
        rules,
      );
    }
    return verdictOf('unscheduled', UNSCHEDULED, percentComplete, rules);
  }

  const asOfTime = cache.asOfTime;
  const durationDays = finishTime - startTime;
  const elapsedDays = Math.min(Math.max(asOfTime - startTime, 0), durationDays);
  const expectedPercent = wholeIfExact(durationDays === 0 ? (asOfTime >= finishTime ? 100 : 0) : (elapsedDays / durationDays) * 100);
  const behindBy = wholeIfExact(expectedPercent - percentComplete);

  // Most actions are not yet due or already overdue, and their reasons depend only on a date (and
  // the percentage): those are made once per analysis and shared (see ProgressCache.reasonsFor).
  if (facts.milestone || durationDays === 0) {
    const reasons = cache.reasonsFor(asOfTime <= finishTime ? 'due-on' : 'milestone-overdue', finish, percentComplete);
    const verdict = asOfTime <= finishTime ? 'not-due' : 'overdue';
    return verdictOf(verdict, reasons, percentComplete, rules, expectedPercent, behindBy, elapsedDays, durationDays);
  }
  if (asOfTime <= startTime) {
    const reasons = cache.reasonsFor('not-due', start, percentComplete);
    return verdictOf('not-due', reasons, percentComplete, rules, expectedPercent, behindBy, elapsedDays, durationDays);
  }
  if (asOfTime > finishTime) {
    const reasons = cache.reasonsFor('overdue', finish, percentComplete);
    return verdictOf('overdue', reasons, percentComplete, rules, expectedPercent, behindBy, elapsedDays, durationDays);
  }
  // Reasons are joined from parts (not template literals) so each is stored as one flat string:
  // a plan of 100,000 actions keeps 100,000 of them.
  let verdict: ProgressVerdict;
  let reason: string;
  const deadline = percentComplete === 0 ? cache.notStartedDeadline(start, rules.redWhenNotStartedAfter) : undefined;
  if (deadline !== undefined && asOf >= deadline) {
    verdict = 'not-started-late';
    reason = ['Due to start ', formatDate(start), '; no progress reported by ', formatDate(deadline)].join('');
  } else {
    const expected = [
      'Expected ',
      formatPercent(expectedPercent),
      ' complete by ',
      formatDate(asOf),
      ' (',
      elapsedDays,
      ' of ',
      durationDays,
      ' working days elapsed); reported ',
      formatPercent(percentComplete),
      ': ',
    ];
    if (behindBy > rules.redWhenBehindBy) {
      verdict = 'far-behind';
      expected.push(wholeOrTenth(behindBy), ' points behind, more than the ', rules.redWhenBehindBy, ' allowed', before(rules, 'red'));
    } else if (behindBy > rules.amberWhenBehindBy) {
      verdict = 'behind';
      expected.push(wholeOrTenth(behindBy), ' points behind, more than the ', rules.amberWhenBehindBy, ' allowed', before(rules, 'amber'));
    } else if (behindBy <= 0) {
      verdict = 'on-track';
      expected.push('on or ahead of expected progress');
    } else {
      verdict = 'on-track';
      expected.push(wholeOrTenth(behindBy), ' points behind, within the ', rules.amberWhenBehindBy, ' allowed');
    }
    reason = expected.join('');
  }
  return verdictOf(verdict, [reason], percentComplete, rules, expectedPercent, behindBy, elapsedDays, durationDays);
}

const COMPLETE: readonly string[] = Object.freeze(['Reported 100% complete']);
const UNSCHEDULED: readonly string[] = Object.freeze(['No start and finish dates, so progress cannot be judged']);

function verdictOf(
  verdict: ProgressVerdict,
  reasons: readonly string[],
  percentComplete: number,
  rules: RagRules,
  expectedPercent?: number,
  behindBy?: number,
  elapsedDays?: number,
  durationDays?: number,
): ProgressAssessment {
  return {
    verdict,
    status: statusFor(verdict, percentComplete, rules),
    reasons,
    headline: headlineFor(verdict, behindBy),
    expectedPercent,
    behindBy,
    elapsedDays,
    durationDays,
  };
}

function headlineFor(verdict: ProgressVerdict, behindBy: number | undefined): string {
  switch (verdict) {
    case 'complete':
      return 'complete';
    case 'not-due':
      return 'not yet due';
    case 'on-track':
      return 'on track';
    case 'behind':
    case 'far-behind':
      return behindHeadline(Math.round(behindBy ?? 0));
    case 'not-started-late':
      return 'not started when due';
    case 'overdue':
      return 'past its finish date';
    case 'unscheduled':
      return 'no dates to judge by';
    case 'due-by':
      return 'no start to judge progress by';
  }
}

// Every action behind by the same whole number of points shares one headline, rather than keeping a
// string of its own (behindBy is at most 100: progress and expectation are both 0-100).
const BEHIND_HEADLINES: (string | undefined)[] = new Array<string | undefined>(101).fill(undefined);
function behindHeadline(points: number): string {
  if (!(points >= 0 && points <= 100)) return `behind expected progress by ${points} points`;
  return (BEHIND_HEADLINES[points] ??= `behind expected progress by ${points} points`);
}

/** " before Red" in a colour scheme, in the council's own words; nothing in the progress-words scheme. */
function before(rules: RagRules, status: 'red' | 'amber'): string {
  return rules.scheme === 'progress' ? '' : ` before ${rules.labels[status]}`;
}

/** The branches whose reasons depend only on a date (and, for `overdue`, the percentage). */
export type DatedReason = 'not-due' | 'due-on' | 'overdue' | 'milestone-overdue';

/**
 * Work shared by every assessment in one analysis: the as-of time, and memoised dates, deadlines
 * and reasons, so rating 100,000 actions does not recompute them 100,000 times.
 */
export interface ProgressCache {
  readonly asOfTime: number;
  readonly formatDate: (date: IsoDate) => string;
  readonly notStartedDeadline: (start: IsoDate, workingDays: number) => IsoDate | undefined;
  /**
   * The reasons of a branch that depends only on a date and the percentage, as one frozen list
   * shared by every action with the same date and (whole-number) percentage: "Not due to start
   * until 3 Mar 2025", "Due on …", "Due to finish …; 40% complete on …".
   */
  readonly reasonsFor: (branch: DatedReason, date: IsoDate, percentComplete: number) => readonly string[];
}

/** Makes the shared cache for assessments as of one date on one calendar. */
export function createProgressCache(asOf: IsoDate, calendar: WorkingDayCalendar): ProgressCache {
  const formatted = new Map<IsoDate, string>();
  const deadlines = new Map<string, IsoDate | undefined>();
  const formatDate = (date: IsoDate) => {
    let text = formatted.get(date);
    if (text === undefined) formatted.set(date, (text = formatDateText(date)));
    return text;
  };
  const reasonText = (branch: DatedReason, date: IsoDate, percentComplete: number): string => {
    switch (branch) {
      case 'not-due':
        return ['Not due to start until ', formatDate(date)].join('');
      case 'due-on':
        return ['Due on ', formatDate(date)].join('');
      case 'milestone-overdue':
        return ['Due on ', formatDate(date), '; not reported complete by ', formatDate(asOf)].join('');
      case 'overdue':
        return ['Due to finish ', formatDate(date), '; ', formatPercent(percentComplete), ' complete on ', formatDate(asOf)].join('');
    }
  };
  // Per branch and date, a slot per whole percentage 0-100 (only `overdue` says the percentage).
  const shared: Record<DatedReason, Map<IsoDate, (readonly string[] | undefined)[]>> = {
    'not-due': new Map(),
    'due-on': new Map(),
    overdue: new Map(),
    'milestone-overdue': new Map(),
  };
  return {
    asOfTime: workingTimeAtFinish(asOf, calendar),
    formatDate,
    notStartedDeadline: (start, workingDays) => {
      const key = `${start}+${workingDays}`;
      let deadline = deadlines.get(key);
      if (deadline === undefined && !deadlines.has(key)) {
        // A start a few working days before 31 Dec 9999 has its deadline after the last date there is: none.
        try {
          deadline = addWorkingDays(start, workingDays, calendar);
        } catch (error) {
          if (!(error instanceof RangeError)) throw error;
        }
        deadlines.set(key, deadline);
      }
      return deadline;
    },
    reasonsFor: (branch, date, percentComplete) => {
      const slot =
        branch !== 'overdue'
          ? 0
          : Number.isInteger(percentComplete) && percentComplete >= 0 && percentComplete <= 100
            ? percentComplete
            : -1;
      if (slot === -1) return [reasonText(branch, date, percentComplete)];
      let slots = shared[branch].get(date);
      if (slots === undefined) shared[branch].set(date, (slots = []));
      let reasons = slots[slot];
      if (reasons === undefined) slots[slot] = reasons = Object.freeze([reasonText(branch, date, percentComplete)]);
      return reasons;
    },
  };
}

/** Names a verdict in the rules' scheme. */
export function statusFor(verdict: ProgressVerdict, percentComplete: number, rules: RagRules): RagStatusOrUnrated {
  if (verdict === 'unscheduled' || verdict === 'due-by') return 'unrated';
  if (rules.scheme === 'progress') {
    if (verdict === 'complete') return 'complete';
    return percentComplete > 0 ? 'started' : 'not-started';
  }
  switch (verdict) {
    case 'complete':
      return rules.scheme === 'brag' ? 'blue' : 'green';
    case 'not-due':
    case 'on-track':
      return 'green';
    case 'behind':
      return 'amber';
    default:
      return 'red';
  }
}
