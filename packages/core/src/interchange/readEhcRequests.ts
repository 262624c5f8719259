import { checkEhcRequests, type EhcException, type EhcRequest } from '../model/ehcRequest.js';
import { CASE_REF_COLUMN, CASE_REF_HEADERS, readCaseList, withoutBlanks, type CaseListResult } from './caseList.js';

type Field = keyof EhcRequest;

/** The headers each field is found by, as `headerKey` writes them. */
const HEADERS: Record<Field, readonly string[]> = {
  ref: CASE_REF_HEADERS,
  received: [
    'received',
    'request received',
    'date received',
    'request date',
    'date of request',
    'requested',
    'date requested',
    'date request received',
    'request received date',
    'assessment request date',
    'date of assessment request',
    'ehcna request date',
  ],
  decidedOn: [
    'decision date',
    'date of decision',
    'decided',
    'decided on',
    'decision to assess date',
    'date decision made',
    'assessment decision date',
    'date of decision to assess',
    'decision notified',
    'date decision notified',
  ],
  decision: ['decision', 'decision to assess', 'assess', 'outcome of request', 'assessment decision', 'agreed to assess'],
  draftIssued: [
    'draft issued',
    'draft plan issued',
    'draft date',
    'date draft issued',
    'draft',
    'draft plan date',
    'date draft plan issued',
    'draft ehcp issued',
    'draft ehc plan issued',
  ],
  finalIssued: [
    'final issued',
    'final plan issued',
    'plan issued',
    'date final issued',
    'final plan',
    'final',
    'issued',
    'final plan date',
    'date final plan issued',
    'final plan issue date',
    'final ehcp issued',
    'final ehc plan issued',
    'ehcp issued',
    'ehc plan issued',
    'date ehcp issued',
    'issue date',
    'plan issue date',
  ],
  noPlanOn: [
    'no plan',
    'decision not to issue',
    'not to issue',
    'no plan decided',
    'plan refused',
    'decision not to issue a plan',
    'not issued',
  ],
  withdrawnOn: ['withdrawn', 'withdrawn on', 'request withdrawn', 'date withdrawn', 'date of withdrawal', 'withdrawal date'],
  exception: [
    'exception',
    'exceptions',
    '10(4) exception',
    'exception applied',
    'exception reason',
    '20 week exception',
    'exception to 20 weeks',
  ],
  decisionException: [
    'decision exception',
    '6 week exception',
    'exception to 6 weeks',
    '5(4) exception',
    'decision exception reason',
    'exception to decision',
  ],
};

const DECISIONS: Record<string, NonNullable<EhcRequest['decision']>> = {
  assess: 'assess',
  yes: 'assess',
  y: 'assess',
  agreed: 'assess',
  'agreed to assess': 'assess',
  'not-assess': 'not-assess',
  'not assess': 'not-assess',
  'not to assess': 'not-assess',
  no: 'not-assess',
  n: 'not-assess',
  declined: 'not-assess',
  refused: 'not-assess',
  'refused to assess': 'not-assess',
};

const EXCEPTIONS: Record<string, EhcException | null> = {
  no: null,
  none: null,
  n: null,
  'setting-closed': 'setting-closed',
  'setting closed': 'setting-closed',
  'school closed': 'setting-closed',
  closed: 'setting-closed',
  'school holiday': 'setting-closed',
  a: 'setting-closed',
  b: 'setting-closed',
  'personal-circumstances': 'personal-circumstances',
  'personal circumstances': 'personal-circumstances',
  'exceptional personal circumstances': 'personal-circumstances',
  personal: 'personal-circumstances',
  c: 'personal-circumstances',
  'absent-from-area': 'absent-from-area',
  'absent from area': 'absent-from-area',
  'absent from the area': 'absent-from-area',
  'away from area': 'absent-from-area',
  absent: 'absent-from-area',
  away: 'absent-from-area',
  d: 'absent-from-area',
  '(a)': 'setting-closed',
  '(b)': 'setting-closed',
  '(c)': 'personal-circumstances',
  '(d)': 'absent-from-area',
  '10(4)(a)': 'setting-closed',
  '10(4)(b)': 'setting-closed',
  '10(4)(c)': 'personal-circumstances',
  '10(4)(d)': 'absent-from-area',
};

/**
 * The reasons regulation 5(4) allows for a late decision, in words. Its lettering is not taken on
 * trust: only 5(4)(a), a school or college closed, is confirmed against the regulation's text here,
 * so a bare letter is refused rather than read with a meaning it may not have.
 */
const DECISION_EXCEPTIONS: Record<string, EhcException | null> = {
  ...Object.fromEntries(Object.entries(EXCEPTIONS).filter(([word]) => !/^(?:10\(4\))?\(?[a-d]\)?$/.test(word))),
  '5(4)(a)': 'setting-closed',
};

/** The requests read, or every problem; and notes on what was passed over. */
export type EhcRequestsResult = CaseListResult<EhcRequest>;

/**
 * Reads a council's EHC requests from a case list exported from its case system or kept in a
 * spreadsheet: tab-separated or CSV, one row per request, with a header row naming at least a case
 * ref (`Case ref`, `Reference`) and the day the request was received (`Request received`), and any
 * of `Decision date`, `Decision` (assess or not), `Draft issued`, `Final issued`, `No plan` (the
 * day the family was told no plan would be issued), `Withdrawn`, `Exception` (why the 20 weeks did
 * not apply, a regulation 10(4) reason: setting closed, personal circumstances or absent from the
 * area; `a` to `d` as that regulation letters them) and `Decision exception` (why the 6 weeks did
 * not apply, the same reasons under regulation 5(4), in words).
 *
 * Dates are read as UK tables write them (`08/01/2024`, `8 Jan 2024`, `2024-01-08`). Every cell
 * that cannot be read, and every check `parseEhcRequests` makes, is a problem naming the row as the
 * sheet numbers it and the column's header. With any problem no request is given. A column it does
 * not read is named in the notes. Blank rows are passed over.
 *
 * @example
 * const result = readEhcRequests('Case ref,Request received,Final issued\nR-1,08/01/2024,20/05/2024');
 * if (result.ok) ehcTimeliness(result.value, { from: '2024-04-01', to: '2024-06-30' });
 */
export function readEhcRequests(text: string): EhcRequestsResult {
  return readCaseList(text, {
    headers: HEADERS,
    required: [CASE_REF_COLUMN, ['received', 'a "Request received" column']],
    noun: 'request',
    read: (row) => {
      const exception = row.choice(
        'exception',
        EXCEPTIONS,
        'a regulation 10(4) exception: "Setting closed", "Personal circumstances", "Absent from area" (or a to d), or nothing',
      );
      const decisionException = row.choice(
        'decisionException',
        DECISION_EXCEPTIONS,
        'a regulation 5(4) exception in words: "Setting closed", "Personal circumstances", "Absent from area", or nothing',
      );
      return withoutBlanks<EhcRequest>({
        ref: row.required('ref', 'the case ref'),
        received: row.date('received', 'the day the request was received'),
        decidedOn: row.date('decidedOn'),
        decision: row.choice('decision', DECISIONS, '"Assess" or "Not assess" (or Yes or No)'),
        draftIssued: row.date('draftIssued'),
        finalIssued: row.date('finalIssued'),
        noPlanOn: row.date('noPlanOn'),
        withdrawnOn: row.date('withdrawnOn'),
        exception: exception ?? undefined,
        decisionException: decisionException ?? undefined,
      });
    },
    check: checkEhcRequests,
  });
}
