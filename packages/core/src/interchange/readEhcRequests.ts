import { checkEhcRequests, type EhcException, type EhcRequest } from '../model/ehcRequest.js';
import type { ParseResult } from '../model/parsePlan.js';
import { describeValue, makeProblem, type PathSegment, type Problem } from '../model/problem.js';
import { cleanCell } from './projectParts.js';
import { readDelimited } from './readDelimited.js';
import { readTableDate } from './tableDate.js';

type Field = keyof EhcRequest;

/** The headers each field is found by, in lower case. */
const HEADERS: Record<Field, readonly string[]> = {
  ref: ['ref', 'case ref', 'case reference', 'reference', 'case id', 'case number', 'id'],
  received: ['received', 'request received', 'date received', 'request date', 'date of request', 'requested'],
  decidedOn: ['decision date', 'date of decision', 'decided', 'decided on', 'decision to assess date', 'date decision made'],
  decision: ['decision', 'decision to assess', 'assess?', 'outcome of request'],
  draftIssued: ['draft issued', 'draft plan issued', 'draft date', 'date draft issued', 'draft'],
  finalIssued: ['final issued', 'final plan issued', 'plan issued', 'date final issued', 'final plan', 'final', 'issued'],
  noPlanOn: ['no plan', 'decision not to issue', 'not to issue', 'no plan decided', 'plan refused'],
  withdrawnOn: ['withdrawn', 'withdrawn on', 'request withdrawn', 'date withdrawn'],
  exception: ['exception', 'exceptions', '10(4) exception', 'exception applied', 'exception reason'],
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
  '': null,
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
};

const DATE_FIELDS = ['received', 'decidedOn', 'draftIssued', 'finalIssued', 'noPlanOn', 'withdrawnOn'] as const;

/** The requests read, or every problem; and notes on what was passed over. */
export type EhcRequestsResult = ParseResult<EhcRequest[]> & { readonly notes: readonly string[] };

/**
 * Reads a council's EHC requests from a case list exported from its case system or kept in a
 * spreadsheet: tab-separated or CSV, one row per request, with a header row naming at least a case
 * ref (`Case ref`, `Reference`) and the day the request was received (`Request received`), and any
 * of `Decision date`, `Decision` (assess or not), `Draft issued`, `Final issued`, `No plan` (the
 * day the family was told no plan would be issued), `Withdrawn` and `Exception` (a regulation
 * 10(4) reason: setting closed, personal circumstances or absent from the area; `a` to `d` as the
 * regulation letters them).
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
  const rows = readDelimited(text).map((cells) => cells.map((cell) => cleanCell(cell)));
  const headerIndex = rows.findIndex((cells) => cells.some((cell) => cell !== ''));
  const notes: string[] = [];
  if (headerIndex === -1) return { ok: false, problems: [makeProblem([], 'a case list with a header row', 'no text')], notes };
  const header = rows[headerIndex] as string[];
  const columns = new Map<Field, number>();
  const unread: string[] = [];
  header.forEach((name, index) => {
    const field = (Object.keys(HEADERS) as Field[]).find((f) => HEADERS[f].includes(name.toLowerCase().replace(/\s+/g, ' ')));
    if (field !== undefined && !columns.has(field)) columns.set(field, index);
    else if (name !== '') unread.push(name);
  });
  const missing = (['ref', 'received'] as const).filter((field) => !columns.has(field));
  if (missing.length > 0)
    return {
      ok: false,
      problems: [
        makeProblem(
          ['rows', headerIndex + 1],
          `a header row with ${missing.map((field) => (field === 'ref' ? 'a "Case ref" column' : 'a "Request received" column')).join(' and ')}`,
          describeValue(header.join(' | ')),
        ),
      ],
      notes,
    };
  if (unread.length > 0)
    notes.push(
      `${unread.length === 1 ? 'A column was' : `${unread.length} columns were`} not read, as the figures have no use for ${unread.length === 1 ? 'it' : 'them'}: ${unread.map((name) => `"${name}"`).join(', ')}.`,
    );

  const problems: Problem[] = [];
  const requests: EhcRequest[] = [];
  const rowNumbers: number[] = [];
  const at = (rowNumber: number, field: Field): PathSegment[] => {
    const index = columns.get(field);
    return ['rows', rowNumber, index === undefined ? field : (header[index] as string)];
  };
  for (let r = headerIndex + 1; r < rows.length; r++) {
    const cells = rows[r] as string[];
    if (cells.every((cell) => cell === '')) continue;
    const rowNumber = r + 1;
    const cell = (field: Field) => {
      const index = columns.get(field);
      return index === undefined ? '' : (cells[index] ?? '');
    };
    const before = problems.length;
    const ref = cell('ref');
    if (ref === '') problems.push(makeProblem(at(rowNumber, 'ref'), 'the case ref', 'nothing'));
    const dates: Partial<Record<(typeof DATE_FIELDS)[number], string>> = {};
    for (const field of DATE_FIELDS) {
      const text = cell(field);
      if (text === '') {
        if (field === 'received') problems.push(makeProblem(at(rowNumber, field), 'the day the request was received', 'nothing'));
        continue;
      }
      const date = readTableDate(text);
      if (date === undefined)
        problems.push(
          makeProblem(at(rowNumber, field), 'a date written day/month/year, like 08/01/2024 or 8 Jan 2024', describeValue(text)),
        );
      else dates[field] = date;
    }
    const decisionText = cell('decision').toLowerCase();
    const decision = decisionText === '' ? undefined : DECISIONS[decisionText];
    if (decisionText !== '' && decision === undefined)
      problems.push(makeProblem(at(rowNumber, 'decision'), '"Assess" or "Not assess" (or Yes or No)', describeValue(cell('decision'))));
    const exceptionText = cell('exception')
      .toLowerCase()
      .replace(/^\((.)\)$|^10\(4\)\((.)\)$/, '$1$2');
    const exception = EXCEPTIONS[exceptionText];
    if (exception === undefined)
      problems.push(
        makeProblem(
          at(rowNumber, 'exception'),
          'a regulation 10(4) exception: "Setting closed", "Personal circumstances", "Absent from area" (or a to d), or nothing',
          describeValue(cell('exception')),
        ),
      );
    if (problems.length > before) continue;
    requests.push({
      ref,
      received: dates.received as string,
      ...(dates.decidedOn !== undefined ? { decidedOn: dates.decidedOn } : {}),
      ...(decision !== undefined ? { decision } : {}),
      ...(dates.draftIssued !== undefined ? { draftIssued: dates.draftIssued } : {}),
      ...(dates.finalIssued !== undefined ? { finalIssued: dates.finalIssued } : {}),
      ...(dates.noPlanOn !== undefined ? { noPlanOn: dates.noPlanOn } : {}),
      ...(dates.withdrawnOn !== undefined ? { withdrawnOn: dates.withdrawnOn } : {}),
      ...(exception ? { exception } : {}),
    });
    rowNumbers.push(rowNumber);
  }
  problems.push(...checkEhcRequests(requests, (index, field) => at(rowNumbers[index] as number, field)));
  if (problems.length > 0) return { ok: false, problems: problems.sort(byRow), notes };
  if (requests.length === 0)
    return { ok: false, problems: [makeProblem(['rows', headerIndex + 2], 'a row for each request', 'no rows')], notes };
  return { ok: true, value: requests, problems: [], notes };
}

const byRow = (a: Problem, b: Problem) => (a.path[1] as number) - (b.path[1] as number);
