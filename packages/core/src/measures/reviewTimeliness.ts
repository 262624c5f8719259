import { addCalendarMonths } from '../calendar/addCalendarMonths.js';
import { formatDate } from '../calendar/formatDate.js';
import { addCalendarDays, type IsoDate } from '../calendar/isoDate.js';
import { assertPeriod, type Period } from '../calendar/splitPeriod.js';
import type { EhcReview } from '../model/ehcReview.js';
import type { DatedValue } from '../model/impactMeasure.js';
import { formatShare, listWords, plural, shareOf, smallCountCaution, type FigureSentences, type SmallCountOptions } from './counting.js';

/** The statutory time limits of an EHC plan's review, with their legal basis. */
export const EHC_REVIEW_LIMITS = {
  meeting: { words: '12 months', basis: 'Children and Families Act 2014, section 44(1)' },
  decision: { days: 28, words: '4 weeks', basis: 'SEND Regulations 2014, regulations 20 and 21' },
  amendedPlan: { days: 56, words: '8 weeks', basis: 'SEND Regulations 2014, regulation 22(3)' },
  transfer: { words: 'before 15 February (31 March from secondary school to post-16)', basis: 'SEND Regulations 2014, regulation 18(1)' },
} as const;

/** The last day each limit allows for a review, where what it runs from is known. */
export interface ReviewDueDates {
  /** The last day for the review meeting: the end of the 12 months starting with the plan or its last review. */
  readonly meetingBy: IsoDate;
  /** With a meeting: the last day to tell the family whether the plan is kept, amended or ceased. */
  readonly decisionBy?: IsoDate;
  /** With a decision to amend: the last day to issue the amended plan. */
  readonly amendedBy?: IsoDate;
  /**
   * With a transfer: the last day the plan may be reviewed and amended. 14 February (30 March for
   * post-16) by default, as regulation 18(1) says "before"; 15 February (31 March) with
   * `transferDeadline: 'by'`, as the Code of Practice words it.
   */
  readonly transferBy?: IsoDate;
}

/**
 * When a transfer review must be finished: `before` 15 February (31 March to post-16), as
 * regulation 18(1) says, so 14 February is the last day; or `by` then, as the Code of Practice
 * (9.179) words it, so the day itself counts. A setting, as councils report it both ways.
 */
export type TransferDeadline = 'before' | 'by';

export interface ReviewLimitOptions {
  /** Default `before`, the regulation's word. */
  readonly transferDeadline?: TransferDeadline;
}

/**
 * The last day of each limit for a review: the meeting in the 12 months starting with the day the
 * plan was issued or last reviewed (a plan issued on 20 May 2023 is reviewed by 19 May 2024); the decision within 4 weeks of the meeting; the amended plan within 8 weeks of the
 * decision to amend, which must come with the proposed amendments (so within 12 weeks of the
 * meeting when the decision is in time, as the High Court held in 2022 against Devon); and, before
 * a transfer, the plan reviewed and amended before 15 February of the year of transfer (31 March
 * from secondary school to post-16), or by then with `transferDeadline: 'by'`. Calendar days.
 *
 * @example
 * reviewDueDates({ ref: 'R-1', dueFrom: '2023-05-20', meetingOn: '2024-05-09', decidedOn: '2024-05-30', decision: 'amend' }); // { meetingBy: '2024-05-19', decisionBy: '2024-06-06', amendedBy: '2024-07-25' }
 */
export function reviewDueDates(review: EhcReview, options: ReviewLimitOptions = {}): ReviewDueDates {
  const onTheDay = options.transferDeadline === 'by';
  return {
    meetingBy: lastDayOfYearFrom(review.dueFrom),
    ...(review.meetingOn !== undefined ? { decisionBy: addCalendarDays(review.meetingOn, EHC_REVIEW_LIMITS.decision.days) } : {}),
    ...(review.decision === 'amend' && review.decidedOn !== undefined
      ? { amendedBy: addCalendarDays(review.decidedOn, EHC_REVIEW_LIMITS.amendedPlan.days) }
      : {}),
    ...(review.transfer !== undefined && review.transferYear !== undefined
      ? {
          transferBy: `${review.transferYear}-${review.transfer === 'post-16' ? (onTheDay ? '03-31' : '03-30') : onTheDay ? '02-15' : '02-14'}`,
        }
      : {}),
  };
}

/**
 * The last day of "the period of 12 months starting with" a date, as section 44(1) words it: the day
 * before the same date a year on, or, where that month has no such date (29 February), its last day.
 */
function lastDayOfYearFrom(date: IsoDate): IsoDate {
  const yearOn = addCalendarMonths(date, 12);
  return yearOn.slice(8) === date.slice(8) ? addCalendarDays(yearOn, -1) : yearOn;
}

/** How many of something in a period met its limit. */
export interface LimitFigures {
  readonly count: number;
  readonly inTime: number;
  /** Share in time, to one decimal place (half up); absent when there were none. */
  readonly percent?: number;
}

/** How timely a council's reviews of EHC plans were over a period, worked out from its case records. */
export interface ReviewTimeliness extends Period, FigureSentences {
  /** Review meetings held in the period, and those within 12 months of the plan or the last review. */
  readonly meetings: LimitFigures;
  /** Decisions after a review made in the period, those within 4 weeks of the meeting, and what was decided. */
  readonly decisions: LimitFigures & { readonly keep: number; readonly amend: number; readonly cease: number };
  /** Amended plans issued in the period, and those within 8 weeks of the decision to amend. */
  readonly amendedPlans: LimitFigures;
  /** Reviews before a transfer whose deadline fell in the period, and those finished before it. */
  readonly transfers: LimitFigures;
  /** Case refs, at the period's end, of reviews past 12 months without a meeting. */
  readonly meetingsOverdue: readonly string[];
  /** Case refs, at the period's end, of reviews past 4 weeks from the meeting without a decision. */
  readonly decisionsOverdue: readonly string[];
  /** Case refs, at the period's end, of plans past 8 weeks from the decision to amend without the amended plan. */
  readonly amendmentsOverdue: readonly string[];
}

/**
 * Works out how timely the reviews of EHC plans were over a period from the council's case records:
 * the review meetings held in the period and how many within 12 months; the decisions after a
 * review and how many within 4 weeks of the meeting; the amended plans issued and how many within 8
 * weeks of the decision; the reviews before a transfer due in the period and how many finished in
 * time (the amended plan issued, or the decision to keep or cease the plan made, before the
 * deadline). At the period's end, the case refs past each limit, for the service to act on.
 *
 * Give `parseEhcReviews`'s or `readEhcReviews`'s value. Pure; throws a `RangeError` only for a
 * period that is not two dates in order.
 *
 * @example
 * reviewTimeliness([{ ref: 'R-1', dueFrom: '2023-05-20', meetingOn: '2024-05-09' }], { from: '2024-04-01', to: '2024-06-30' }).sentences[0]; // '1 review meeting was held from 1 Apr 2024 to 30 Jun 2024, within 12 months of the plan or its last review (100.0%).'
 */
export function reviewTimeliness(reviews: readonly EhcReview[], period: Period & ReviewLimitOptions & SmallCountOptions): ReviewTimeliness {
  const { from, to } = period;
  assertPeriod(from, to);
  const inPeriod = (date: IsoDate | undefined): date is IsoDate => date !== undefined && date >= from && date <= to;
  const byEnd = (date: IsoDate | undefined) => date !== undefined && date <= to;
  const due = reviews.map((review) => ({ review, due: reviewDueDates(review, { transferDeadline: period.transferDeadline }) }));
  const figures = (items: readonly { review: EhcReview; due: ReviewDueDates }[], inTime: (item: (typeof items)[number]) => boolean) => {
    const count = items.length;
    const met = items.filter(inTime).length;
    return { count, inTime: met, ...shareOf(met, count) };
  };

  const meetings = figures(
    due.filter(({ review }) => inPeriod(review.meetingOn)),
    ({ review, due: d }) => (review.meetingOn as IsoDate) <= d.meetingBy,
  );
  const decided = due.filter(({ review }) => inPeriod(review.decidedOn));
  const decisions = {
    ...figures(decided, ({ review, due: d }) => (review.decidedOn as IsoDate) <= (d.decisionBy as IsoDate)),
    keep: decided.filter(({ review }) => review.decision === 'keep').length,
    amend: decided.filter(({ review }) => review.decision === 'amend').length,
    cease: decided.filter(({ review }) => review.decision === 'cease').length,
  };
  const amendedPlans = figures(
    due.filter(({ review }) => inPeriod(review.amendedIssuedOn)),
    ({ review, due: d }) => (review.amendedIssuedOn as IsoDate) <= (d.amendedBy as IsoDate),
  );
  const transfers = figures(
    due.filter(({ due: d }) => inPeriod(d.transferBy)),
    ({ review, due: d }) => {
      const finished = review.decision === 'amend' ? review.amendedIssuedOn : review.decidedOn;
      return finished !== undefined && finished <= (d.transferBy as IsoDate);
    },
  );

  const ceased = (review: EhcReview) => review.decision === 'cease' && byEnd(review.decidedOn);
  const meetingsOverdue = due
    .filter(({ review, due: d }) => !byEnd(review.meetingOn) && !ceased(review) && d.meetingBy < to)
    .map(({ review }) => review.ref);
  const decisionsOverdue = due
    .filter(({ review, due: d }) => byEnd(review.meetingOn) && !byEnd(review.decidedOn) && (d.decisionBy as IsoDate) < to)
    .map(({ review }) => review.ref);
  const amendmentsOverdue = due
    .filter(
      ({ review, due: d }) =>
        review.decision === 'amend' && byEnd(review.decidedOn) && !byEnd(review.amendedIssuedOn) && (d.amendedBy as IsoDate) < to,
    )
    .map(({ review }) => review.ref);

  const result = { from, to, meetings, decisions, amendedPlans, transfers, meetingsOverdue, decisionsOverdue, amendmentsOverdue };
  const caution = smallCountCaution(
    [
      ...[meetings, decisions, amendedPlans, transfers].flatMap((f) => [f.count, f.inTime, f.count - f.inTime]),
      decisions.keep,
      decisions.amend,
      decisions.cease,
      meetingsOverdue.length,
      decisionsOverdue.length,
      amendmentsOverdue.length,
    ],
    period.smallCountsBelow,
  );
  return { ...result, sentences: reviewSentences(result), ...(caution ? { caution } : {}) };
}

/**
 * One of the review figures as an impact measure's actual, dated the period's end with the counts
 * in its note: by default the share of review meetings held within 12 months. `undefined` when
 * there was nothing to count.
 *
 * @example
 * reviewMeasureActual(reviewTimeliness([{ ref: 'R-1', dueFrom: '2023-05-20', meetingOn: '2024-05-09' }], { from: '2024-04-01', to: '2024-06-30' })); // { date: '2024-06-30', value: 100, note: '1 of 1 review meeting within 12 months' }
 */
export function reviewMeasureActual(
  timeliness: ReviewTimeliness,
  figure: 'meetings' | 'decisions' | 'amendedPlans' | 'transfers' = 'meetings',
): DatedValue | undefined {
  const f = timeliness[figure];
  if (f.percent === undefined) return undefined;
  const [one, many, inTime] = MEASURE_WORDS[figure];
  return { date: timeliness.to, value: f.percent, note: `${f.inTime} of ${plural(f.count, one, many)} ${inTime}` };
}

const MEASURE_WORDS: Record<'meetings' | 'decisions' | 'amendedPlans' | 'transfers', readonly [string, string, string]> = {
  meetings: ['review meeting', 'review meetings', 'within 12 months'],
  decisions: ['decision', 'decisions', 'within 4 weeks of the meeting'],
  amendedPlans: ['amended plan', 'amended plans', 'within 8 weeks of the decision'],
  transfers: ['transfer review', 'transfer reviews', 'finished before the deadline'],
};

function reviewSentences(t: Omit<ReviewTimeliness, 'sentences'>): string[] {
  const period = `from ${formatDate(t.from)} to ${formatDate(t.to)}`;
  const share = (f: LimitFigures) => formatShare(f.percent);
  const sentences: string[] = [];
  const { meetings: m, decisions: d, amendedPlans: a, transfers: x } = t;
  sentences.push(
    m.count === 0
      ? `No review meetings were held ${period}.`
      : m.count === 1
        ? `1 review meeting was held ${period}, ${m.inTime === 1 ? '' : 'not '}within 12 months of the plan or its last review (${share(m)}).`
        : `${m.count} review meetings were held ${period}; ${m.inTime} of them within 12 months of the plan or its last review (${share(m)}).`,
  );
  if (d.count > 0) {
    const what = [
      d.keep > 0 ? `${d.keep} to keep the plan as it is` : '',
      d.amend > 0 ? `${d.amend} to amend it` : '',
      d.cease > 0 ? `${d.cease} to cease it` : '',
    ].filter(Boolean);
    sentences.push(
      `${plural(d.count, 'decision', 'decisions')} after a review ${d.count === 1 ? 'was' : 'were'} made ${period}; ${d.inTime} within 4 weeks of the meeting (${share(d)}): ${listWords(what)}.`,
    );
  }
  if (a.count > 0)
    sentences.push(
      `${plural(a.count, 'amended plan was', 'amended plans were')} issued ${period}; ${a.inTime} within 8 weeks of the decision to amend (${share(a)}).`,
    );
  if (x.count > 0)
    sentences.push(
      `${plural(x.count, 'review before a move between phases was', 'reviews before a move between phases were')} due ${period}; ${x.inTime} finished in time (${share(x)}).`,
    );
  const overdue = [
    t.meetingsOverdue.length > 0
      ? `${plural(t.meetingsOverdue.length, 'review was', 'reviews were')} past 12 months without a meeting`
      : '',
    t.decisionsOverdue.length > 0
      ? `${plural(t.decisionsOverdue.length, 'decision was', 'decisions were')} past 4 weeks from the meeting`
      : '',
    t.amendmentsOverdue.length > 0
      ? `${plural(t.amendmentsOverdue.length, 'amended plan was', 'amended plans were')} past 8 weeks from the decision`
      : '',
  ].filter(Boolean);
  if (overdue.length > 0) sentences.push(`On ${formatDate(t.to)}, ${listWords(overdue)}.`);
  return sentences;
}
