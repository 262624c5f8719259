import { checkEhcReviews, type EhcReview } from '../model/ehcReview.js';
import { CASE_REF_COLUMN, CASE_REF_HEADERS, readCaseList, withoutBlanks, type CaseListResult } from './caseList.js';

/** The headers each field is found by, as `headerKey` writes them. */
const HEADERS: Record<keyof EhcReview, readonly string[]> = {
  ref: CASE_REF_HEADERS,
  dueFrom: [
    'due from',
    'review due from',
    'plan issued or last reviewed',
    'last reviewed',
    'last review',
    'last review date',
    'date of last review',
    'previous review',
    'last annual review',
    'last annual review date',
    'plan issued',
    'date plan issued',
  ],
  meetingOn: [
    'review meeting',
    'meeting date',
    'review date',
    'date of review meeting',
    'annual review meeting',
    'meeting',
    'annual review date',
    'review meeting date',
    'date of annual review',
    'annual review meeting date',
  ],
  decidedOn: [
    'decision date',
    'date of decision',
    'decision notified',
    'date decision notified',
    'decided',
    'review decision date',
    'annual review decision date',
    'decision letter date',
    'date of decision letter',
  ],
  decision: ['decision', 'outcome', 'review outcome', 'review decision', 'annual review outcome'],
  amendedIssuedOn: [
    'amended plan issued',
    'amended plan',
    'final amended plan',
    'amended final issued',
    'date amended plan issued',
    'amended plan date',
    'final amended plan issued',
    'amended ehcp issued',
  ],
  transfer: ['transfer', 'phase transfer', 'transfer type'],
  transferYear: ['transfer year', 'year of transfer'],
};

const DECISIONS: Record<string, NonNullable<EhcReview['decision']>> = {
  keep: 'keep',
  maintain: 'keep',
  'maintain as is': 'keep',
  'no change': 'keep',
  'no changes': 'keep',
  'no amendments': 'keep',
  continue: 'keep',
  amend: 'amend',
  amended: 'amend',
  amendments: 'amend',
  'amend plan': 'amend',
  cease: 'cease',
  ceased: 'cease',
  'cease to maintain': 'cease',
};

const TRANSFERS: Record<string, NonNullable<EhcReview['transfer']> | null> = {
  no: null,
  n: null,
  none: null,
  phase: 'phase',
  'phase transfer': 'phase',
  yes: 'phase',
  y: 'phase',
  school: 'phase',
  'post-16': 'post-16',
  'post 16': 'post-16',
  post16: 'post-16',
  'to post-16': 'post-16',
  college: 'post-16',
};

/** The reviews read, or every problem; and notes on what was passed over. */
export type EhcReviewsResult = CaseListResult<EhcReview>;

/**
 * Reads the reviews of a council's EHC plans from a case list exported from its case system or kept
 * in a spreadsheet: tab-separated or CSV, one row per review falling due, with a header row naming
 * at least a case ref (`Case ref`) and the day its 12 months run from (`Due from`, `Last review` or
 * `Plan issued`), and any of `Review meeting`, `Decision date`, `Decision` (keep or maintain, amend,
 * cease), `Amended plan issued`, `Transfer` (phase or post-16) and `Transfer year`.
 *
 * Dates are read as UK tables write them. Every cell that cannot be read, and every check
 * `parseEhcReviews` makes, is a problem naming the row as the sheet numbers it and the column's
 * header; with any problem no review is given. A column it does not read is named in the notes.
 *
 * @example
 * const result = readEhcReviews('Case ref,Due from,Review meeting\nR-1,20/05/2023,09/05/2024');
 * if (result.ok) reviewTimeliness(result.value, { from: '2024-04-01', to: '2024-06-30' });
 */
export function readEhcReviews(text: string): EhcReviewsResult {
  return readCaseList(text, {
    headers: HEADERS,
    required: [CASE_REF_COLUMN, ['dueFrom', 'a "Due from" column (the day the plan was issued or last reviewed)']],
    noun: 'review',
    read: (row) => {
      const transfer = row.choice('transfer', TRANSFERS, '"Phase", "Post-16" or nothing');
      return withoutBlanks<EhcReview>({
        ref: row.required('ref', 'the case ref'),
        dueFrom: row.date('dueFrom', 'the day the plan was issued or last reviewed'),
        meetingOn: row.date('meetingOn'),
        decidedOn: row.date('decidedOn'),
        decision: row.choice('decision', DECISIONS, '"Keep" (or "Maintain"), "Amend" or "Cease"'),
        amendedIssuedOn: row.date('amendedIssuedOn'),
        transfer: transfer ?? undefined,
        transferYear: row.year('transferYear'),
      });
    },
    check: checkEhcReviews,
  });
}
