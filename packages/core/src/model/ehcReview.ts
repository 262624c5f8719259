import { z } from 'zod';
import { formatDate } from '../calendar/formatDate.js';
import type { ParseResult } from './parsePlan.js';
import { CaseDateSchema, IdSchema } from './primitives.js';
import { describeValue, makeProblem, recordPlace, type PathSegment, type Problem } from './problem.js';
import { parseCaseRecords } from './parseCaseRecords.js';

/**
 * One review of an EHC plan falling due, from the council's case records: the case ref (never a
 * child's name), the day its 12 months run from (the day the plan was issued, or its last review
 * meeting), and what followed. A review before a move between phases of education names the move:
 * `'phase'` (into school, or from one school phase to the next) or `'post-16'` (from secondary
 * school to a post-16 institution), with the calendar year it happens in.
 *
 * @example
 * EhcReviewSchema.parse({ ref: 'R-0142', dueFrom: '2023-05-20', meetingOn: '2024-05-09', decidedOn: '2024-05-30', decision: 'amend', amendedIssuedOn: '2024-07-18' });
 */
export const EhcReviewSchema = z.strictObject({
  ref: IdSchema,
  /** The day 12 months run from: the plan issued, or its last review meeting. */
  dueFrom: CaseDateSchema,
  /** The review meeting. */
  meetingOn: CaseDateSchema.optional(),
  /** The day the family was told whether the council will keep, amend or cease the plan. */
  decidedOn: CaseDateSchema.optional(),
  decision: z.enum(['keep', 'amend', 'cease']).optional(),
  /** The day the amended plan was issued, final. */
  amendedIssuedOn: CaseDateSchema.optional(),
  transfer: z.enum(['phase', 'post-16']).optional(),
  transferYear: z.int({ error: 'expected a year, such as 2025' }).min(2015).max(2100).optional(),
});
export type EhcReview = z.infer<typeof EhcReviewSchema>;

/**
 * Reads a list of EHC plan reviews (already parsed from JSON), or lists every problem with its
 * path, what was expected and what was found. Besides each field's shape it checks that no review
 * is given twice (a case ref and the day it runs from), the meeting is not before the day its 12
 * months run from, a decision has its date and follows the meeting, an amended plan follows a
 * decision to amend, and a transfer has its year. Never throws.
 *
 * @example
 * parseEhcReviews([{ ref: 'R-1', dueFrom: '2023-05-20', decidedOn: '2024-05-30', decision: 'keep' }]).problems[0]?.message; // '[0].meetingOn: expected the review meeting the decision of 30 May 2024 follows, found nothing.'
 */
export function parseEhcReviews(input: unknown): ParseResult<EhcReview[]> {
  return parseCaseRecords(input, EhcReviewSchema, checkEhcReviews, 'EHC plan reviews');
}

/** The checks across a review's fields and across reviews, with each problem's path given by `at`. */
export function checkEhcReviews(reviews: readonly EhcReview[], at: (index: number, field: keyof EhcReview) => PathSegment[]): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, number>();
  reviews.forEach((review, index) => {
    const key = `${review.ref}\u0000${review.dueFrom}`;
    const before = seen.get(key);
    if (before !== undefined)
      problems.push(
        makeProblem(
          at(index, 'ref'),
          `each review given once; ${review.ref}'s review due from ${formatDate(review.dueFrom)} is also at ${recordPlace(at(before, 'ref'))}`,
          describeValue(review.ref),
        ),
      );
    else seen.set(key, index);
    if (review.meetingOn !== undefined && review.meetingOn < review.dueFrom)
      problems.push(
        makeProblem(
          at(index, 'meetingOn'),
          `a date on or after the plan was issued or last reviewed (${formatDate(review.dueFrom)})`,
          describeValue(review.meetingOn),
        ),
      );
    if (review.decidedOn !== undefined) {
      if (review.meetingOn === undefined)
        problems.push(
          makeProblem(at(index, 'meetingOn'), `the review meeting the decision of ${formatDate(review.decidedOn)} follows`, 'nothing'),
        );
      else if (review.decidedOn < review.meetingOn)
        problems.push(
          makeProblem(
            at(index, 'decidedOn'),
            `a date on or after the review meeting (${formatDate(review.meetingOn)})`,
            describeValue(review.decidedOn),
          ),
        );
      if (review.decision === undefined)
        problems.push(
          makeProblem(at(index, 'decision'), `what was decided on ${formatDate(review.decidedOn)}: "keep", "amend" or "cease"`, 'nothing'),
        );
    } else if (review.decision !== undefined)
      problems.push(makeProblem(at(index, 'decidedOn'), `the date of the decision to ${review.decision} the plan`, 'nothing'));
    if (review.amendedIssuedOn !== undefined) {
      if (review.decision !== 'amend')
        problems.push(
          makeProblem(
            at(index, 'amendedIssuedOn'),
            'an amended plan only after a decision to amend',
            describeValue(review.amendedIssuedOn),
          ),
        );
      else if (review.decidedOn !== undefined && review.amendedIssuedOn < review.decidedOn)
        problems.push(
          makeProblem(
            at(index, 'amendedIssuedOn'),
            `a date on or after the decision to amend (${formatDate(review.decidedOn)})`,
            describeValue(review.amendedIssuedOn),
          ),
        );
    }
    if (review.transfer !== undefined && review.transferYear === undefined)
      problems.push(makeProblem(at(index, 'transferYear'), 'the year of the transfer, such as 2025', 'nothing'));
    if (review.transfer === undefined && review.transferYear !== undefined)
      problems.push(makeProblem(at(index, 'transfer'), `the transfer in ${review.transferYear}: "phase" or "post-16"`, 'nothing'));
  });
  return problems;
}
