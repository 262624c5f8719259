import { addWorkingDays } from '../calendar/addWorkingDays.js';
import type { WorkingDayCalendar } from '../calendar/createCalendar.js';
import { formatDate as formatDateText } from '../calendar/formatDate.js';
import type { IsoDate } from '../calendar/isoDate.js';
import { workingTimeAtFinish } from '../calendar/workingTime.js';
import type { RagRules, RagStatusOrUnrated } from './ragRules.js';

/** Which branch of the rule decided: the reasons say the same in words. */
export type ProgressVerdict =
  'complete' | 'not-due' | 'on-track' | 'behind' | 'far-behind' | 'not-started-late' | 'overdue' | 'unscheduled';

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

const pct = (value: number) => `${Math.round(value)}%`;
/** Points to the nearest whole, or to one decimal where rounding would hide which side of a threshold it is. */
const points = (value: number) => (Math.abs(value - Math.round(value)) < 0.05 ? String(Math.round(value)) : value.toFixed(1));

/**
 * The default RAG rule, documented in the package README:
 * 1. 100% complete → complete (Blue in BRAG).
 * 2. Not yet due to start → on track ("Not due to start until …").
 * 3. Past its finish and not complete → Red.
 * 4. Nothing reported `redWhenNotStartedAfter` working days after the start → Red.
 * 5. Otherwise compare with expected progress, the share of working days elapsed: Red when more
 *    than `redWhenBehindBy` points behind, Amber when more than `amberWhenBehindBy`, else Green.
 * The scheme then names the status: BRAG, RAG (no Blue) or progress words.
 *
 * @example
 * assessProgress({ start: '2022-04-13', finish: '2022-06-30', startTime, finishTime, percentComplete: 5 }, '2022-05-22', calendar, rules);
 * // { verdict: 'far-behind', status: 'red', reasons: ['Expected 49% complete by 22 May 2022 …'] }
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

  if (percentComplete >= 100) return verdictOf('complete', 'Reported 100% complete', percentComplete, rules);
  if (start === undefined || finish === undefined || startTime === undefined || finishTime === undefined) {
    return verdictOf('unscheduled', 'No start and finish dates, so progress cannot be judged', percentComplete, rules);
  }

  const asOfTime = cache.asOfTime;
  const durationDays = finishTime - startTime;
  const elapsedDays = Math.min(Math.max(asOfTime - startTime, 0), durationDays);
  const expectedPercent = durationDays === 0 ? (asOfTime >= finishTime ? 100 : 0) : (elapsedDays / durationDays) * 100;
  const behindBy = expectedPercent - percentComplete;
  const judged = (verdict: ProgressVerdict, reason: string) =>
    verdictOf(verdict, reason, percentComplete, rules, expectedPercent, behindBy, elapsedDays, durationDays);
  const on = formatDate(asOf);

  // Reasons are joined from parts (not template literals) so each is stored as one flat string:
  // a plan of 100,000 actions keeps 100,000 of them.
  if (facts.milestone || durationDays === 0) {
    if (asOfTime <= finishTime) return judged('not-due', ['Due on ', formatDate(finish)].join(''));
    return judged('overdue', ['Due on ', formatDate(finish), '; not reported complete by ', on].join(''));
  }
  if (asOfTime <= startTime) return judged('not-due', ['Not due to start until ', formatDate(start)].join(''));
  if (asOfTime > finishTime) {
    return judged('overdue', ['Due to finish ', formatDate(finish), '; ', pct(percentComplete), ' complete on ', on].join(''));
  }
  if (percentComplete === 0) {
    const deadline = cache.notStartedDeadline(start, rules.redWhenNotStartedAfter);
    if (asOf >= deadline) {
      return judged('not-started-late', ['Due to start ', formatDate(start), '; no progress reported by ', formatDate(deadline)].join(''));
    }
  }
  const expected = [
    'Expected ',
    pct(expectedPercent),
    ' complete by ',
    on,
    ' (',
    elapsedDays,
    ' of ',
    durationDays,
    ' working days elapsed); reported ',
    pct(percentComplete),
    ': ',
  ];
  if (behindBy > rules.redWhenBehindBy) {
    return judged(
      'far-behind',
      [...expected, points(behindBy), ' points behind, more than the ', rules.redWhenBehindBy, ' allowed', before(rules, 'red')].join(''),
    );
  }
  if (behindBy > rules.amberWhenBehindBy) {
    return judged(
      'behind',
      [...expected, points(behindBy), ' points behind, more than the ', rules.amberWhenBehindBy, ' allowed', before(rules, 'amber')].join(
        '',
      ),
    );
  }
  if (behindBy <= 0) return judged('on-track', [...expected, 'on or ahead of expected progress'].join(''));
  return judged('on-track', [...expected, points(behindBy), ' points behind, within the ', rules.amberWhenBehindBy, ' allowed'].join(''));
}

function verdictOf(
  verdict: ProgressVerdict,
  reason: string,
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
    reasons: [reason],
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
      return `behind expected progress by ${Math.round(behindBy ?? 0)} points`;
    case 'not-started-late':
      return 'not started when due';
    case 'overdue':
      return 'past its finish date';
    case 'unscheduled':
      return 'no dates to judge by';
  }
}

/** " before Red" in a colour scheme, in the council's own words; nothing in the progress-words scheme. */
function before(rules: RagRules, status: 'red' | 'amber'): string {
  return rules.scheme === 'progress' ? '' : ` before ${rules.labels[status]}`;
}

/**
 * Work shared by every assessment in one analysis: the as-of time, and memoised dates and
 * deadlines, so rating 100,000 actions does not recompute them 100,000 times.
 */
export interface ProgressCache {
  readonly asOfTime: number;
  readonly formatDate: (date: IsoDate) => string;
  readonly notStartedDeadline: (start: IsoDate, workingDays: number) => IsoDate;
}

/** Makes the shared cache for assessments as of one date on one calendar. */
export function createProgressCache(asOf: IsoDate, calendar: WorkingDayCalendar): ProgressCache {
  const formatted = new Map<IsoDate, string>();
  const deadlines = new Map<string, IsoDate>();
  return {
    asOfTime: workingTimeAtFinish(asOf, calendar),
    formatDate: (date) => {
      let text = formatted.get(date);
      if (text === undefined) formatted.set(date, (text = formatDateText(date)));
      return text;
    },
    notStartedDeadline: (start, workingDays) => {
      const key = `${start}+${workingDays}`;
      let deadline = deadlines.get(key);
      if (deadline === undefined) deadlines.set(key, (deadline = addWorkingDays(start, workingDays, calendar)));
      return deadline;
    },
  };
}

/** Names a verdict in the rules' scheme. */
export function statusFor(verdict: ProgressVerdict, percentComplete: number, rules: RagRules): RagStatusOrUnrated {
  if (verdict === 'unscheduled') return 'unrated';
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
