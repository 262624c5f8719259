import { addCalendarMonths } from '../calendar/addCalendarMonths.js';
import { formatDate } from '../calendar/formatDate.js';
import { addCalendarDays, toDayNumber, type IsoDate } from '../calendar/isoDate.js';
import { assertPeriod, splitPeriod } from '../calendar/splitPeriod.js';
import type { EhcRequest } from '../model/ehcRequest.js';
import type { DatedValue } from '../model/impactMeasure.js';
import { formatShare, listWords, percent, plural, smallCountCaution, type FigureSentences, type SmallCountOptions } from './counting.js';

/**
 * How the days of a time limit are counted. `'day-after'` (the default): the day after the request
 * was received is day 1, so 20 weeks end on the same weekday 20 weeks later, as "within 20 weeks of
 * receiving a request" reads in law. `'received'`: the day it was received is day 1, as some case
 * systems count, so every limit ends a day earlier.
 */
export type EhcDayOne = 'day-after' | 'received';

export interface EhcTimeLimitOptions {
  readonly dayOne?: EhcDayOne;
}

/** The statutory time limits of the EHC process that the figures use, with their legal basis. */
export const EHC_TIME_LIMITS = {
  decision: { days: 42, words: '6 weeks', basis: 'SEND Regulations 2014, regulation 5(1); exceptions in regulation 5(4)' },
  finalPlan: { days: 140, words: '20 weeks', basis: 'SEND Regulations 2014, regulation 13(2); exceptions in regulations 13(3) and 10(4)' },
  draftComments: { days: 15, words: '15 days', basis: 'SEND Regulations 2014, regulation 13(1)' },
} as const;

/** The last day each limit allows for a request. */
export interface EhcDueDates {
  /** The last day to tell the family whether the council will assess. */
  readonly decisionBy: IsoDate;
  /** The last day to issue the final plan (unless an exception applies). */
  readonly finalPlanBy: IsoDate;
  /** With a draft issued: the first day the final plan may be issued, once the family has had 15 days to comment. */
  readonly finalNotBefore?: IsoDate;
}

/**
 * The last day of each statutory limit for a request: 6 weeks for the decision whether to assess,
 * 20 weeks for the final plan. Weeks and days here are calendar days, not working days. With a
 * draft, the first day the final plan may be issued: the family has at least 15 days, beginning with
 * the day the draft was issued, to comment.
 *
 * @example
 * ehcDueDates({ ref: 'R-1', received: '2024-01-08', draftIssued: '2024-04-22' }); // { decisionBy: '2024-02-19', finalPlanBy: '2024-05-27', finalNotBefore: '2024-05-07' }
 */
export function ehcDueDates(request: EhcRequest, options: EhcTimeLimitOptions = {}): EhcDueDates {
  const start = options.dayOne === 'received' ? -1 : 0;
  return {
    decisionBy: addCalendarDays(request.received, EHC_TIME_LIMITS.decision.days + start),
    finalPlanBy: addCalendarDays(request.received, EHC_TIME_LIMITS.finalPlan.days + start),
    ...(request.draftIssued !== undefined
      ? { finalNotBefore: addCalendarDays(request.draftIssued, EHC_TIME_LIMITS.draftComments.days) }
      : {}),
  };
}

/** Counts of final plans issued in a period, as the DfE publishes them from the SEN2 return. */
export interface EhcPlanFigures {
  readonly issued: number;
  readonly within20Weeks: number;
  /** Over 20 weeks, up to a year after the request. */
  readonly over20Weeks: number;
  /** More than a year after the request. */
  readonly overAYear: number;
  /** Share issued within 20 weeks, to one decimal place; absent when none was issued. */
  readonly percentWithin20Weeks?: number;
  /** Mean weeks from request to final plan, to one decimal place; absent when none was issued. */
  readonly averageWeeks?: number;
}

/** Decisions whether to assess, and how many were made within 6 weeks of the request. */
export interface EhcDecisionFigures {
  readonly made: number;
  readonly within6Weeks: number;
  /** Share made within 6 weeks, to one decimal place; absent when none was made. */
  readonly percentWithin6Weeks?: number;
}

/** How timely a council's EHC process was over a period, worked out from its case records. */
export interface EhcTimeliness extends FigureSentences {
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly dayOne: EhcDayOne;
  /** Final plans issued in the period, every one. */
  readonly plans: EhcPlanFigures;
  /** The same, leaving out the plans where an exception applied, as the DfE's headline figure does. */
  readonly plansExcludingExceptions: EhcPlanFigures;
  readonly exceptions: number;
  /** Decisions whether to assess made in the period. */
  readonly decisions: EhcDecisionFigures & { readonly toAssess: number };
  /** The same, leaving out the decisions where a regulation 5(4) exception applied. */
  readonly decisionsExcludingExceptions: EhcDecisionFigures;
  readonly decisionExceptions: number;
  /** Case refs still open at the period's end and past 6 weeks without a decision. */
  readonly awaitingDecisionPastLimit: readonly string[];
  /** Case refs still open at the period's end and past 20 weeks without a final plan (exceptions included). */
  readonly awaitingPlanPastLimit: readonly string[];
  /** Case refs of plans issued in the period less than 15 days after their draft. */
  readonly shortCommentPeriod: readonly string[];
}

export interface EhcTimelinessOptions extends EhcTimeLimitOptions, SmallCountOptions {
  /** First day of the period, included. */
  readonly from: IsoDate;
  /** Last day of the period, included; the open cases are counted as they stood at its end. */
  readonly to: IsoDate;
}

/**
 * Works out how timely the EHC process was over a period from the council's case records, the way
 * the DfE publishes it from the SEN2 return:
 *
 * - final plans issued in the period: how many, how many within 20 weeks of the request, over 20
 *   weeks up to a year, and over a year; the share within 20 weeks to one decimal place (half up),
 *   with and without the plans where an exception applied; the mean weeks from request to plan;
 * - decisions whether to assess made in the period, and how many within 6 weeks, with and without
 *   the decisions where a regulation 5(4) exception applied;
 * - requests still open at the period's end that are past either limit, by case ref, for the
 *   service to act on; and plans issued less than 15 days after their draft, to check.
 *
 * Weeks and days are calendar ones. Give `parseEhcRequests`'s or `readEhcRequests`'s value: the
 * figures assume its checks passed. Pure; throws a `RangeError` only for a period that is not two
 * dates in order.
 *
 * @example
 * const requests = [
 *   { ref: 'R-1', received: '2023-10-02', finalIssued: '2024-02-19' },
 *   { ref: 'R-2', received: '2023-10-02', finalIssued: '2024-02-20' },
 * ];
 * ehcTimeliness(requests, { from: '2024-01-01', to: '2024-03-31' }).sentences[0]; // '2 new EHC plans were issued from 1 Jan 2024 to 31 Mar 2024; 1 of them within 20 weeks of the request (50.0%).'
 */
export function ehcTimeliness(requests: readonly EhcRequest[], options: EhcTimelinessOptions): EhcTimeliness {
  const { from, to } = options;
  assertPeriod(from, to);
  const dayOne = options.dayOne ?? 'day-after';
  const inPeriod = (date: IsoDate | undefined): date is IsoDate => date !== undefined && date >= from && date <= to;
  const endedBy = (request: EhcRequest, date: IsoDate) =>
    [request.finalIssued, request.noPlanOn, request.withdrawnOn, request.decision === 'not-assess' ? request.decidedOn : undefined].some(
      (end) => end !== undefined && end <= date,
    );

  const issued = requests.filter((request) => inPeriod(request.finalIssued));
  const withDue = issued.map((request) => ({ request, due: ehcDueDates(request, { dayOne }) }));
  const plans = planFigures(withDue);
  const plansExcludingExceptions = planFigures(withDue.filter(({ request }) => request.exception === undefined));

  const decided = requests.filter((request) => inPeriod(request.decidedOn));
  const decisions = { ...decisionFigures(decided, dayOne), toAssess: decided.filter((request) => request.decision === 'assess').length };
  const decisionsExcludingExceptions = decisionFigures(
    decided.filter((request) => request.decisionException === undefined),
    dayOne,
  );

  const open = requests.filter((request) => request.received <= to && !endedBy(request, to));
  const awaitingDecisionPastLimit = open
    .filter((request) => !(request.decidedOn !== undefined && request.decidedOn <= to) && ehcDueDates(request, { dayOne }).decisionBy < to)
    .map((request) => request.ref);
  const awaitingPlanPastLimit = open.filter((request) => ehcDueDates(request, { dayOne }).finalPlanBy < to).map((request) => request.ref);
  const shortCommentPeriod = withDue
    .filter(({ request, due }) => due.finalNotBefore !== undefined && (request.finalIssued as IsoDate) < due.finalNotBefore)
    .map(({ request }) => request.ref);

  const result = {
    from,
    to,
    dayOne,
    plans,
    plansExcludingExceptions,
    exceptions: plans.issued - plansExcludingExceptions.issued,
    decisions,
    decisionsExcludingExceptions,
    decisionExceptions: decisions.made - decisionsExcludingExceptions.made,
    awaitingDecisionPastLimit,
    awaitingPlanPastLimit,
    shortCommentPeriod,
  };
  const { plans: p, plansExcludingExceptions: px, decisions: d, decisionsExcludingExceptions: dx } = result;
  const caution = smallCountCaution(
    [
      ...[p, px].flatMap((f) => [f.issued, f.within20Weeks, f.over20Weeks, f.overAYear]),
      result.exceptions,
      ...[d, dx].flatMap((f) => [f.made, f.within6Weeks, f.made - f.within6Weeks]),
      d.toAssess,
      d.made - d.toAssess,
      result.decisionExceptions,
      awaitingDecisionPastLimit.length,
      awaitingPlanPastLimit.length,
      shortCommentPeriod.length,
    ],
    options.smallCountsBelow,
  );
  return { ...result, sentences: timelinessSentences(result), ...(caution ? { caution } : {}) };
}

export interface EhcTimelinessSeriesOptions extends EhcTimelinessOptions {
  /** How long each period is: a calendar month or three. */
  readonly every: 'month' | 'quarter';
}

/**
 * The figures for each month or quarter from `from` to `to`, in order, for a trend: each period
 * starts the same day of the month as `from`, a month or three after the one before (so from the
 * 1st they are calendar months or quarters; from 1 April, the financial year's quarters), and the
 * last ends on `to`. Each is `ehcTimeliness` for its period, open cases counted at its end.
 *
 * @example
 * ehcTimelinessSeries([], { from: '2023-04-01', to: '2024-03-31', every: 'quarter' }).map((t) => t.to); // ['2023-06-30', '2023-09-30', '2023-12-31', '2024-03-31']
 */
export function ehcTimelinessSeries(requests: readonly EhcRequest[], options: EhcTimelinessSeriesOptions): EhcTimeliness[] {
  const { from, to, every, ...rest } = options;
  return splitPeriod(from, to, every).map((period) => ehcTimeliness(requests, { ...rest, ...period }));
}

/**
 * The share of plans issued within 20 weeks as a measure's actual, dated the period's last day, with
 * the counts in its note: the DfE's headline figure leaves out plans where an exception applied.
 * `undefined` when no plan was issued in the period, since there is no share to report.
 *
 * @example
 * const timeliness = ehcTimeliness(
 *   [
 *     { ref: 'R-1', received: '2023-10-02', finalIssued: '2024-02-19' },
 *     { ref: 'R-2', received: '2023-09-01', finalIssued: '2024-03-01', exception: 'setting-closed' },
 *   ],
 *   { from: '2024-01-01', to: '2024-03-31' },
 * );
 * ehcMeasureActual(timeliness); // { date: '2024-03-31', value: 100, note: '1 of 1 plan issued within 20 weeks, leaving out 1 where an exception applied' }
 */
export function ehcMeasureActual(timeliness: EhcTimeliness, exceptions: 'left-out' | 'included' = 'left-out'): DatedValue | undefined {
  const figures = exceptions === 'left-out' ? timeliness.plansExcludingExceptions : timeliness.plans;
  if (figures.percentWithin20Weeks === undefined) return undefined;
  const leftOut =
    exceptions === 'left-out' && timeliness.exceptions > 0
      ? `, leaving out ${timeliness.exceptions} where an exception applied`
      : exceptions === 'included' && timeliness.exceptions > 0
        ? `, ${timeliness.exceptions} of them with an exception`
        : '';
  return {
    date: timeliness.to,
    value: figures.percentWithin20Weeks,
    note: `${figures.within20Weeks} of ${figures.issued} ${figures.issued === 1 ? 'plan' : 'plans'} issued within 20 weeks${leftOut}`,
  };
}

function decisionFigures(decided: readonly EhcRequest[], dayOne: EhcDayOne): EhcDecisionFigures {
  const within6Weeks = decided.filter((request) => (request.decidedOn as IsoDate) <= ehcDueDates(request, { dayOne }).decisionBy).length;
  return {
    made: decided.length,
    within6Weeks,
    ...(decided.length > 0 ? { percentWithin6Weeks: percent(within6Weeks, decided.length) } : {}),
  };
}

function planFigures(plans: readonly { readonly request: EhcRequest; readonly due: EhcDueDates }[]): EhcPlanFigures {
  let within20Weeks = 0;
  let overAYear = 0;
  let days = 0;
  for (const { request, due } of plans) {
    const issuedOn = request.finalIssued as IsoDate;
    if (issuedOn <= due.finalPlanBy) within20Weeks++;
    else if (issuedOn > addCalendarMonths(request.received, 12)) overAYear++;
    days += toDayNumber(issuedOn) - toDayNumber(request.received);
  }
  const issued = plans.length;
  return {
    issued,
    within20Weeks,
    over20Weeks: issued - within20Weeks - overAYear,
    overAYear,
    ...(issued > 0
      ? { percentWithin20Weeks: percent(within20Weeks, issued), averageWeeks: Math.round((days * 10) / (7 * issued)) / 10 }
      : {}),
  };
}

function timelinessSentences(t: Omit<EhcTimeliness, 'sentences'>): string[] {
  const period = `from ${formatDate(t.from)} to ${formatDate(t.to)}`;
  const sentences: string[] = [];
  const { plans, plansExcludingExceptions: ex } = t;
  if (plans.issued === 0) sentences.push(`No new EHC plans were issued ${period}.`);
  else {
    sentences.push(
      plans.issued === 1
        ? `1 new EHC plan was issued ${period}, ${plans.within20Weeks === 1 ? '' : 'not '}within 20 weeks of the request (${formatShare(plans.percentWithin20Weeks)}).`
        : `${plans.issued} new EHC plans were issued ${period}; ${plans.within20Weeks} of them within 20 weeks of the request (${formatShare(plans.percentWithin20Weeks)}).`,
    );
    if (t.exceptions > 0)
      sentences.push(
        ex.issued === 0
          ? `An exception applied to ${plans.issued === 1 ? 'it' : `all ${plans.issued}`}, so there is no figure without exceptions.`
          : `Leaving out the ${t.exceptions === 1 ? 'plan' : `${t.exceptions} plans`} where an exception applied, ${ex.within20Weeks} of ${ex.issued} ${ex.within20Weeks === 1 ? 'was' : 'were'} issued within 20 weeks (${formatShare(ex.percentWithin20Weeks)}).`,
      );
    const late = [
      plans.over20Weeks > 0 ? `${plans.over20Weeks} took more than 20 weeks but no more than a year` : '',
      plans.overAYear > 0 ? `${plans.overAYear} took more than a year` : '',
    ].filter(Boolean);
    if (late.length > 0) sentences.push(`${late.join(', and ')}.`);
    sentences.push(
      `On average a plan took ${(plans.averageWeeks ?? 0).toLocaleString('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} weeks from request to issue.`,
    );
  }
  const d = t.decisions;
  sentences.push(
    d.made === 0
      ? `No decisions whether to assess were made ${period}.`
      : `${plural(d.made, 'decision', 'decisions')} whether to assess ${d.made === 1 ? 'was' : 'were'} made ${period}; ${d.within6Weeks} within 6 weeks of the request (${formatShare(d.percentWithin6Weeks)}), and ${d.toAssess} to assess.`,
  );
  const dx = t.decisionsExcludingExceptions;
  if (t.decisionExceptions > 0)
    sentences.push(
      dx.made === 0
        ? `An exception applied to ${d.made === 1 ? 'the decision' : `all ${d.made} decisions`}, so there is no 6-week figure without exceptions.`
        : `Leaving out the ${t.decisionExceptions === 1 ? 'decision' : `${t.decisionExceptions} decisions`} where an exception applied, ${dx.within6Weeks} of ${dx.made} ${dx.within6Weeks === 1 ? 'was' : 'were'} made within 6 weeks (${formatShare(dx.percentWithin6Weeks)}).`,
    );
  const waiting = [
    t.awaitingDecisionPastLimit.length > 0
      ? `${plural(t.awaitingDecisionPastLimit.length, 'request was', 'requests were')} past 6 weeks without a decision`
      : '',
    t.awaitingPlanPastLimit.length > 0
      ? `${plural(t.awaitingPlanPastLimit.length, 'request was', 'requests were')} past 20 weeks without a final plan`
      : '',
  ].filter(Boolean);
  if (waiting.length > 0) sentences.push(`On ${formatDate(t.to)}, ${listWords(waiting)}.`);
  if (t.shortCommentPeriod.length > 0)
    sentences.push(
      `${plural(t.shortCommentPeriod.length, 'final plan was', 'final plans were')} issued less than 15 days after the draft; check the family had their 15 days to comment.`,
    );
  return sentences;
}
