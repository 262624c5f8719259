import { z } from 'zod';
import { formatDate } from '../calendar/formatDate.js';
import type { ParseResult } from './parsePlan.js';
import { CaseDateSchema, IdSchema } from './primitives.js';
import { describeValue, makeProblem, recordPlace, type PathSegment, type Problem } from './problem.js';
import { parseCaseRecords } from './parseCaseRecords.js';

/**
 * Why a time limit did not apply to a request, as the SEND Regulations 2014 allow for the 20 weeks
 * to the final plan (regulation 10(4)) and for the 6 weeks to the decision whether to assess
 * (regulation 5(4)): a school, college or early years setting asked for advice was closed for 4
 * weeks or more; exceptional personal circumstances; or the family was away from the area for 4
 * weeks or more.
 */
export const EHC_EXCEPTIONS = ['setting-closed', 'personal-circumstances', 'absent-from-area'] as const;
export type EhcException = (typeof EHC_EXCEPTIONS)[number];

/**
 * One request for an EHC needs assessment, from the council's case records, with the dates of what
 * followed. `ref` is the case reference, never a child's name: the figures worked out from these
 * records name no one.
 *
 * @example
 * EhcRequestSchema.parse({ ref: 'R-0142', received: '2024-01-08', decidedOn: '2024-02-12', decision: 'assess', finalIssued: '2024-05-20' });
 */
export const EhcRequestSchema = z.strictObject({
  ref: IdSchema,
  /** The day the council received the request. */
  received: CaseDateSchema,
  /** The day the family was told whether the council will assess. */
  decidedOn: CaseDateSchema.optional(),
  decision: z.enum(['assess', 'not-assess']).optional(),
  draftIssued: CaseDateSchema.optional(),
  finalIssued: CaseDateSchema.optional(),
  /** The day the family was told, after the assessment, that no plan will be issued. */
  noPlanOn: CaseDateSchema.optional(),
  withdrawnOn: CaseDateSchema.optional(),
  /** Why the 20-week limit did not apply to the final plan (regulation 10(4)). */
  exception: z.enum(EHC_EXCEPTIONS).optional(),
  /**
   * Why the 6-week limit did not apply to the decision whether to assess: regulation 5(4) allows
   * the same three reasons.
   */
  decisionException: z.enum(EHC_EXCEPTIONS).optional(),
});
export type EhcRequest = z.infer<typeof EhcRequestSchema>;

const DATE_FIELDS = ['decidedOn', 'draftIssued', 'finalIssued', 'noPlanOn', 'withdrawnOn'] as const;
const DATE_WORDS: Record<(typeof DATE_FIELDS)[number], string> = {
  decidedOn: 'the decision',
  draftIssued: 'the draft plan',
  finalIssued: 'the final plan',
  noPlanOn: 'the decision not to issue a plan',
  withdrawnOn: 'the withdrawal',
};

/**
 * Reads a list of EHC requests (already parsed from JSON), or lists every problem with its path,
 * what was expected and what was found. Besides each field's shape it checks that refs are unique,
 * no date is before the request was received, a decision has its date, a final plan does not follow
 * a decision not to assess or come before its draft, and a request does not end both with a plan
 * and without one. Never throws.
 *
 * @example
 * parseEhcRequests([{ ref: 'R-1', received: '2024-01-08', finalIssued: '2023-12-01' }]).problems[0]?.message; // '[0].finalIssued: expected a date on or after the request was received (8 Jan 2024), found "2023-12-01".'
 */
export function parseEhcRequests(input: unknown): ParseResult<EhcRequest[]> {
  return parseCaseRecords(input, EhcRequestSchema, checkEhcRequests, 'EHC requests');
}

/**
 * The checks across fields that a schema cannot make, with each problem's path given by `at` (a
 * table reader points them at its rows and columns).
 */
export function checkEhcRequests(
  requests: readonly EhcRequest[],
  at: (index: number, field: keyof EhcRequest) => PathSegment[],
): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, number>();
  requests.forEach((request, index) => {
    const before = seen.get(request.ref);
    if (before !== undefined)
      problems.push(
        makeProblem(at(index, 'ref'), `a case ref given once; it is also at ${recordPlace(at(before, 'ref'))}`, describeValue(request.ref)),
      );
    else seen.set(request.ref, index);
    for (const field of DATE_FIELDS) {
      const date = request[field];
      if (date !== undefined && date < request.received)
        problems.push(
          makeProblem(
            at(index, field),
            `a date on or after the request was received (${formatDate(request.received)})`,
            describeValue(date),
          ),
        );
    }
    if (request.decision !== undefined && request.decidedOn === undefined)
      problems.push(
        makeProblem(
          at(index, 'decidedOn'),
          `the date of the decision to ${request.decision === 'assess' ? 'assess' : 'not assess'}`,
          'nothing',
        ),
      );
    if (request.decidedOn !== undefined && request.decision === undefined)
      problems.push(
        makeProblem(at(index, 'decision'), `what was decided on ${formatDate(request.decidedOn)}: "assess" or "not-assess"`, 'nothing'),
      );
    if (request.decision === 'not-assess')
      for (const field of ['draftIssued', 'finalIssued', 'noPlanOn'] as const)
        if (request[field] !== undefined)
          problems.push(
            makeProblem(
              at(index, field),
              `no ${DATE_WORDS[field].replace(/^the /, '')} after a decision not to assess`,
              describeValue(request[field]),
            ),
          );
    if (request.draftIssued !== undefined && request.finalIssued !== undefined && request.finalIssued < request.draftIssued)
      problems.push(
        makeProblem(
          at(index, 'finalIssued'),
          `a date on or after the draft plan was issued (${formatDate(request.draftIssued)})`,
          describeValue(request.finalIssued),
        ),
      );
    if (request.finalIssued !== undefined && request.noPlanOn !== undefined)
      problems.push(
        makeProblem(at(index, 'noPlanOn'), 'either a final plan or a decision not to issue one, not both', describeValue(request.noPlanOn)),
      );
  });
  return problems;
}
