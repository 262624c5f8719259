import type { IsoDate } from '../calendar/isoDate.js';
import type { ParseResult } from '../model/parsePlan.js';
import { describeValue, makeProblem, type PathSegment, type Problem } from '../model/problem.js';
import { aboveHeaderNote, cleanCell, headerRowIndex } from './projectParts.js';
import { readDelimited } from './readDelimited.js';
import { readTableDate } from './tableDate.js';
import { CASE_DATE_EXPECTED, LAST_RECORD_DATE } from '../model/primitives.js';

/** The headers a case ref is found by, in every kind of case list (as `headerKey` writes them). */
export const CASE_REF_HEADERS: readonly string[] = [
  'ref',
  'case ref',
  'case reference',
  'reference',
  'case id',
  'case number',
  'id',
  'person id',
  'child id',
  'ehcp ref',
  'ehc ref',
];

/** The case ref as a required column of a `CaseListSpec`. */
export const CASE_REF_COLUMN = ['ref', 'a "Case ref" column'] as const;

/** One row of a case list being read: its cells by field, each read one way, a cell that cannot be read becoming a problem. */
export interface CaseRow<F extends string> {
  /** The cell's text ('' where the list has no such column). */
  text(field: F): string;
  /** The cell's text, or a problem asking for `what` where it is blank. */
  required(field: F, what: string): string;
  /** The cell as a date written as UK tables write them; blank is `undefined`, or a problem asking for `what` when given. */
  date(field: F, what?: string): IsoDate | undefined;
  /** The cell as a year written with four digits; blank is `undefined`. */
  year(field: F): number | undefined;
  /** The cell as one of `values` (keys in lower case); blank is `undefined`. */
  choice<V>(field: F, values: Readonly<Record<string, V>>, expected: string): V | undefined;
}

/** How to read one kind of case list. */
export interface CaseListSpec<F extends string, T> {
  /** The headers each field is found by, in lower case. */
  readonly headers: Readonly<Record<F, readonly string[]>>;
  /** The fields a list cannot do without, each with the column a problem asks for ('a "Case ref" column'). */
  readonly required: readonly (readonly [F, string])[];
  /** What each row is, for the problem when there is none: 'request'. */
  readonly noun: string;
  readonly read: (row: CaseRow<F>) => T;
  /** The checks across a row's fields and across rows, with each problem's path from `at`. */
  readonly check: (records: readonly T[], at: (index: number, field: F) => PathSegment[]) => Problem[];
}

/** What a case list read gives: every record, or every problem; and notes on what was passed over. */
export type CaseListResult<T> = ParseResult<T[]> & { readonly notes: readonly string[] };

/**
 * Reads a case list (tab-separated or CSV, a header row, one row per record) the way `spec` says:
 * columns found by their headers, each cell read, every cell that cannot be read and every check a
 * problem naming the row as the sheet numbers it and the column by its header. A column no field
 * matches is named in the notes; blank rows are passed over. With any problem no record is given.
 */
export function readCaseList<F extends string, T>(text: string, spec: CaseListSpec<F, T>): CaseListResult<T> {
  const rows = readDelimited(text).map((cells) => cells.map((cell) => cleanCell(cell)));
  const fields = Object.keys(spec.headers) as F[];
  // A system's export often has a title and a date above its header row, which are passed over.
  const headerIndex = headerRowIndex(
    rows,
    (cells) => cells.filter((name) => fields.some((f) => spec.headers[f].includes(headerKey(name)))).length,
  );
  const notes: string[] = [];
  if (headerIndex === -1) return { ok: false, problems: [makeProblem([], 'a case list with a header row', 'no text')], notes };
  notes.push(...aboveHeaderNote({ rows, headerIndex }));
  const header = rows[headerIndex] as string[];
  const columns = new Map<F, number>();
  const unread: string[] = [];
  header.forEach((name, index) => {
    const key = headerKey(name);
    const field = fields.find((f) => spec.headers[f].includes(key));
    if (field !== undefined && !columns.has(field)) columns.set(field, index);
    else if (name !== '') unread.push(name);
  });
  const missing = spec.required.filter(([field]) => !columns.has(field));
  if (missing.length > 0)
    return {
      ok: false,
      problems: [
        makeProblem(
          ['rows', headerIndex + 1],
          `a header row with ${missing.map(([, column]) => column).join(' and ')}`,
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
  const records: T[] = [];
  const rowNumbers: number[] = [];
  const at = (rowNumber: number, field: F): PathSegment[] => {
    const index = columns.get(field);
    return ['rows', rowNumber, index === undefined ? field : (header[index] as string)];
  };
  for (let r = headerIndex + 1; r < rows.length; r++) {
    const cells = rows[r] as string[];
    if (cells.every((cell) => cell === '')) continue;
    const rowNumber = r + 1;
    const before = problems.length;
    const text = (field: F) => {
      const index = columns.get(field);
      return index === undefined ? '' : (cells[index] ?? '');
    };
    const row: CaseRow<F> = {
      text,
      required(field, what) {
        const value = text(field);
        if (value === '') problems.push(makeProblem(at(rowNumber, field), what, 'nothing'));
        return value;
      },
      date(field, what) {
        const value = text(field);
        if (value === '') {
          if (what !== undefined) problems.push(makeProblem(at(rowNumber, field), what, 'nothing'));
          return undefined;
        }
        const date = readTableDate(value);
        if (date === undefined)
          problems.push(
            makeProblem(at(rowNumber, field), 'a date written day/month/year, like 08/01/2024 or 8 Jan 2024', describeValue(value)),
          );
        else if (date > LAST_RECORD_DATE) {
          problems.push(makeProblem(at(rowNumber, field), CASE_DATE_EXPECTED, describeValue(value)));
          return undefined;
        }
        return date;
      },
      year(field) {
        const value = text(field);
        if (value === '') return undefined;
        if (/^\d{4}$/.test(value)) return Number(value);
        problems.push(makeProblem(at(rowNumber, field), 'a year written with four digits, like 2025', describeValue(value)));
        return undefined;
      },
      choice(field, values, expected) {
        const value = text(field);
        if (value === '') return undefined;
        const key = value.toLowerCase();
        if (Object.hasOwn(values, key)) return values[key];
        problems.push(makeProblem(at(rowNumber, field), expected, describeValue(value)));
        return undefined;
      },
    };
    const record = spec.read(row);
    if (problems.length > before) continue;
    records.push(record);
    rowNumbers.push(rowNumber);
  }
  problems.push(...spec.check(records, (index, field) => at(rowNumbers[index] as number, field)));
  // In the order a reader meets them: by row, then left to right.
  const order = (p: Problem) => [p.path[1] as number, header.indexOf(p.path[2] as string)] as const;
  const byCell = (a: Problem, b: Problem) => order(a)[0] - order(b)[0] || order(a)[1] - order(b)[1];
  if (problems.length > 0) return { ok: false, problems: problems.sort(byCell), notes };
  if (records.length === 0)
    return { ok: false, problems: [makeProblem(['rows', headerIndex + 2], `a row for each ${spec.noun}`, 'no rows')], notes };
  return { ok: true, value: records, problems: [], notes };
}

/**
 * A header as the lists' `headers` name it: lower case, underscores and hyphens as spaces, without a
 * trailing note in brackets ("(dd/mm/yyyy)") or a closing colon or question mark, so the same column
 * is found whichever case system exported it.
 *
 * @example
 * headerKey('Date_Request_Received (dd/mm/yyyy):'); // 'date request received'
 */
export function headerKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/[_-]+/g, ' ')
    .replace(/[\s:?]+$/, '')
    .replace(/\s*\([^()]*\)$/, '')
    .replace(/[\s:?]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A record read from a row with the fields left blank taken out, as the schemas have them (absent, never `undefined`). */
export function withoutBlanks<T>(fields: Readonly<Record<string, unknown>>): T {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as T;
}
