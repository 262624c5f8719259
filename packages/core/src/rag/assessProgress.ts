import { addWorkingDays } from '../calendar/addWorkingDays.js';
import type { WorkingDayCalendar } from '../calendar/createCalendar.js';
import { formatDate } from '../calendar/formatDate.js';
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
export function assessProgress(facts: ProgressFacts, asOf: IsoDate, calendar: WorkingDayCalendar, rules: RagRules): ProgressAssessment {
  const { start, finish, startTime, finishTime, percentComplete } = facts;
  const named = (verdict: ProgressVerdict, reasons: string[], extra: Partial<ProgressAssessment> = {}): ProgressAssessment => ({
    verdict,
    status: statusFor(verdict, percentComplete, rules),
    reasons,
    ...extra,
  });

  if (percentComplete >= 100) return named('complete', [`Reported 100% complete`]);
  if (start === undefined || finish === undefined || startTime === undefined || finishTime === undefined) {
    return named('unscheduled', ['No start and finish dates, so progress cannot be judged']);
  }

  const asOfTime = workingTimeAtFinish(asOf, calendar);
  const durationDays = finishTime - startTime;
  const elapsedDays = Math.min(Math.max(asOfTime - startTime, 0), durationDays);
  const expectedPercent = durationDays === 0 ? (asOfTime >= finishTime ? 100 : 0) : (elapsedDays / durationDays) * 100;
  const behindBy = expectedPercent - percentComplete;
  const numbers = { expectedPercent, behindBy, elapsedDays, durationDays };
  const on = formatDate(asOf);

  if (facts.milestone || durationDays === 0) {
    if (asOfTime <= finishTime) return named('not-due', [`Due on ${formatDate(finish)}`], numbers);
    return named('overdue', [`Due on ${formatDate(finish)}; not reported complete by ${on}`], numbers);
  }
  if (asOfTime <= startTime) return named('not-due', [`Not due to start until ${formatDate(start)}`], numbers);
  if (asOfTime > finishTime) {
    return named('overdue', [`Due to finish ${formatDate(finish)}; ${pct(percentComplete)} complete on ${on}`], numbers);
  }
  if (percentComplete === 0) {
    const deadline = addWorkingDays(start, rules.redWhenNotStartedAfter, calendar);
    if (asOf >= deadline) {
      return named('not-started-late', [`Due to start ${formatDate(start)}; no progress reported by ${formatDate(deadline)}`], numbers);
    }
  }
  const expected = `Expected ${pct(expectedPercent)} complete by ${on} (${elapsedDays} of ${durationDays} working days elapsed); reported ${pct(percentComplete)}`;
  if (behindBy > rules.redWhenBehindBy) {
    return named(
      'far-behind',
      [`${expected}: ${points(behindBy)} points behind, more than the ${rules.redWhenBehindBy} allowed${before(rules, 'red')}`],
      numbers,
    );
  }
  if (behindBy > rules.amberWhenBehindBy) {
    return named(
      'behind',
      [`${expected}: ${points(behindBy)} points behind, more than the ${rules.amberWhenBehindBy} allowed${before(rules, 'amber')}`],
      numbers,
    );
  }
  const position =
    behindBy <= 0 ? 'on or ahead of expected progress' : `${points(behindBy)} points behind, within the ${rules.amberWhenBehindBy} allowed`;
  return named('on-track', [`${expected}: ${position}`], numbers);
}

/** " before Red" in a colour scheme, in the council's own words; nothing in the progress-words scheme. */
function before(rules: RagRules, status: 'red' | 'amber'): string {
  return rules.scheme === 'progress' ? '' : ` before ${rules.labels[status]}`;
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
