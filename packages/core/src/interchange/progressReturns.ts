import { formatDate } from '../calendar/formatDate.js';
import { isIsoDate, type IsoDate } from '../calendar/isoDate.js';
import type { ProgressUpdate } from '../model/action.js';
import type { ParseResult } from '../model/parsePlan.js';
import type { Plan } from '../model/plan.js';
import { describeValue, makeProblem, type Problem } from '../model/problem.js';
import type { PlanAnalysis } from '../analysis/types.js';
import {
  HEADING,
  quoteCell,
  readHeadedTable,
  aboveHeaderNote,
  readReturnCells,
  readTablePercent,
  REF_AND_TITLE,
  spreadsheetSafe,
  tableRow,
  unreadColumnsNote,
  titleCase,
  type Column,
} from './projectParts.js';
import { writeTableDate } from './tableDate.js';
import { writeSpreadsheet } from './writeSpreadsheet.js';
import type { WorkbookCell, WorkbookFormat } from './writeWorkbook.js';
import { formatPercent } from '../rag/formatPercent.js';

/** One action's progress return, read from a returns sheet, to add to the plan. */
export interface ProgressReturn {
  readonly actionId: string;
  readonly ref: string;
  readonly update: ProgressUpdate;
}

export interface ReadProgressReturnsOptions {
  /** The day the returns were made: each becomes an update dated then. */
  readonly reportedOn: IsoDate;
}

/** The returns read, or every problem; and notes on what was left as it was. */
export type ProgressReturnsResult = ParseResult<ProgressReturn[]> & { readonly notes: readonly string[] };

const RETURN_COLUMNS = ['percent', 'rag', 'commentary', 'mitigation', 'impact', 'sustained'] as const satisfies readonly Column[];

/**
 * Reads a month's progress returns for a plan from a sheet the leads filled in: one row per action,
 * found by its ref (a `Ref` column, or a `Task Name` led by the ref, as `writeProjectTable` writes
 * it), with any of `% Complete`, `RAG`, `Commentary`, `Mitigation`, `Impact if not mitigated` and
 * `Impact sustained`. Tab-separated or CSV; workstream heading rows are passed over.
 *
 * - Each row that reports something becomes an update dated `reportedOn`; a row left blank is
 *   named in the notes as nothing reported, so a missing return is seen, not guessed at.
 * - A ref the plan does not have, a ref given twice, and a value that cannot be read are problems
 *   naming the row as the sheet numbers it and the column. With any problem, no return is given.
 * - An action that already has a return dated `reportedOn` is noted: adding these replaces it.
 *
 * `addProgressReturns` puts the returns into the plan.
 *
 * @example
 * const returns = readProgressReturns(text, plan, { reportedOn: '2022-06-30' });
 * if (returns.ok) analysePlan(addProgressReturns(plan, returns.value), { asOf: '2022-06-30' });
 */
export function readProgressReturns(text: string, plan: Plan, options: ReadProgressReturnsOptions): ProgressReturnsResult {
  const problems: Problem[] = [];
  const notes: string[] = [];
  if (!isIsoDate(options.reportedOn))
    return {
      ok: false,
      problems: [makeProblem(['reportedOn'], 'a real date written yyyy-MM-dd', describeValue(options.reportedOn))],
      notes,
    };
  const table = readHeadedTable(text);
  if (table === undefined) return { ok: false, problems: [makeProblem([], 'a sheet with a header row', 'no text')], notes };
  const { header, headerIndex, columns, rows } = table;
  notes.push(...aboveHeaderNote(table));
  if (!columns.has('ref') && !columns.has('title'))
    return {
      ok: false,
      problems: [
        makeProblem(['rows', headerIndex + 1], 'a header row with a "Ref" or "Task Name" column', describeValue(header.join(' | '))),
      ],
      notes,
    };
  if (!RETURN_COLUMNS.some((column) => columns.has(column)))
    return {
      ok: false,
      problems: [
        makeProblem(
          ['rows', headerIndex + 1],
          'a column for the returns: "% Complete", "RAG", "Commentary", "Mitigation", "Impact if not mitigated" or "Impact sustained"',
          describeValue(header.join(' | ')),
        ),
      ],
      notes,
    };
  // The returns sheet's own columns for reading (lead, dates, last return) are expected to go unread.
  const unread = unreadColumnsNote(table, ['ref', 'title', ...RETURN_COLUMNS], ['action', 'lead', 'start', 'finish', 'last return']);
  if (unread !== undefined) notes.push(unread);
  const byRef = new Map(plan.actions.map((action) => [action.ref, action]));
  const seen = new Map<string, number>();
  const returns: ProgressReturn[] = [];
  const blank: string[] = [];
  for (let r = headerIndex + 1; r < rows.length; r++) {
    const { cells, rowNumber, cell, at } = tableRow(table, r);
    if (cells.every((c) => c === '')) continue;
    const title = cell('title');
    if (cell('ref') === '' && HEADING.test(title)) continue;
    const ref = cell('ref') || REF_AND_TITLE.exec(title)?.[1];
    const where = columns.has('ref') ? at('ref') : at('title');
    const action = ref === undefined ? undefined : byRef.get(ref);
    if (ref === undefined || action === undefined) {
      problems.push(
        makeProblem(
          where,
          ref === undefined ? 'an action led by its ref, like "2A.1 Create a joint vision"' : `the ref of an action in ${plan.title}`,
          describeValue(ref ?? title),
        ),
      );
      continue;
    }
    const before = seen.get(ref);
    if (before !== undefined) {
      problems.push(makeProblem(where, `one row per action; ${ref} was given on row ${before} too`, describeValue(ref)));
      continue;
    }
    seen.set(ref, rowNumber);
    const percent = readTablePercent(cell('percent'), at('percent'), problems);
    const update: ProgressUpdate = {
      date: options.reportedOn,
      ...(percent !== undefined ? { percentComplete: percent } : {}),
      ...readReturnCells(cell, at, problems),
    };
    if (Object.keys(update).length === 1) {
      blank.push(ref);
      continue;
    }
    if (action.updates.some((u) => u.date === options.reportedOn))
      notes.push(`${ref} already has a return dated ${formatDate(options.reportedOn)}: this one replaces it.`);
    returns.push({ actionId: action.id, ref, update });
  }
  if (blank.length > 0)
    notes.push(`Nothing was reported for ${blank.length === 1 ? 'action' : `${blank.length} actions`}: ${blank.join(', ')}.`);
  const missing = plan.actions.filter((action) => !seen.has(action.ref)).map((action) => action.ref);
  if (missing.length > 0 && seen.size > 0)
    notes.push(`The sheet has no row for ${missing.length === 1 ? 'action' : `${missing.length} actions`}: ${missing.join(', ')}.`);
  if (problems.length > 0) return { ok: false, problems, notes };
  return { ok: true, value: returns, problems: [], notes };
}

/**
 * The plan with each return added to its action's updates, in date order, replacing a return of
 * the same date. A return with a percentage that is the action's latest also becomes its current
 * `percentComplete`. Pure: the plan given is not changed.
 *
 * @example
 * const updated = addProgressReturns(plan, [{ actionId: '2A.1', ref: '2A.1', update: { date: '2022-06-30', percentComplete: 40 } }]);
 */
export function addProgressReturns(plan: Plan, returns: readonly ProgressReturn[]): Plan {
  const byAction = new Map<string, ProgressUpdate[]>();
  for (const entry of returns) byAction.set(entry.actionId, [...(byAction.get(entry.actionId) ?? []), entry.update]);
  return {
    ...plan,
    actions: plan.actions.map((action) => {
      const added = byAction.get(action.id);
      if (added === undefined) return action;
      const dates = new Set(added.map((u) => u.date));
      const updates = [...action.updates.filter((u) => !dates.has(u.date)), ...added].sort((a, b) =>
        a.date < b.date ? -1 : a.date > b.date ? 1 : 0,
      );
      const latestWithPercent = updates.filter((u) => u.percentComplete !== undefined).at(-1);
      const current = latestWithPercent !== undefined && added.includes(latestWithPercent) ? latestWithPercent.percentComplete : undefined;
      return { ...action, updates, ...(current !== undefined ? { percentComplete: current } : {}) };
    }),
  };
}

/** The columns a lead fills in, in the order `readProgressReturns` reads them. */
const RETURN_HEADERS = ['% Complete', 'RAG', 'Commentary', 'Mitigation', 'Impact if not mitigated', 'Impact sustained'];

/** An action to ask a return of, with what its lead reads beside the columns to fill in. */
interface ReturnRow {
  readonly ref: string;
  readonly title: string;
  readonly leads: string;
  readonly start: IsoDate | undefined;
  readonly finish: IsoDate | undefined;
  readonly lastReturn: string;
}

/**
 * The actions not complete that are under way or due to start by `dueBy`, each with its last return
 * in words. An action with no start (one due by a finish alone, or not yet dated) may be under way
 * whenever, so it is asked for too.
 */
function returnRows(analysis: PlanAnalysis, dueBy: IsoDate): ReturnRow[] {
  const rows: ReturnRow[] = [];
  for (const action of analysis.actions) {
    if (action.isSummary || action.percentComplete >= 100 || (action.start !== undefined && action.start > dueBy)) continue;
    const last = action.lastUpdate;
    const lastReturn = last
      ? [
          formatDate(last.date),
          last.percentComplete !== undefined ? formatPercent(last.percentComplete) : undefined,
          last.status !== undefined ? titleCase(last.status.replace('-', ' ')) : undefined,
          last.commentary,
        ]
          .filter((part) => part !== undefined)
          .join('; ')
      : 'None yet';
    rows.push({
      ref: action.ref,
      title: action.title,
      leads: action.leads.map((lead) => lead.initials).join('/'),
      start: action.start,
      finish: action.finish,
      lastReturn,
    });
  }
  return rows;
}

const READ_HEADERS = ['Ref', 'Action', 'Lead', 'Start', 'Finish', 'Last return'];

/**
 * The sheet to send leads for a month's returns: one row per action not complete that is under way
 * or due to start by `dueBy`, or has no start (an action due by a finish alone may be under way
 * whenever), with its ref, title, leads, dates and last return to read, and empty
 * columns to fill in (`% Complete`, `RAG` as a progress word or colour, `Commentary`, `Mitigation`,
 * `Impact if not mitigated`, `Impact sustained` as Yes or No). Tab-separated, to paste into a
 * spreadsheet; `readProgressReturns` reads it back once filled in.
 *
 * @example
 * const sheet = writeReturnsSheet(analysePlan(plan, { asOf: '2022-06-30' }), { dueBy: '2022-06-30' });
 */
export function writeReturnsSheet(analysis: PlanAnalysis, options: { readonly dueBy?: IsoDate } = {}): string {
  const rows = [
    [...READ_HEADERS, ...RETURN_HEADERS],
    ...returnRows(analysis, options.dueBy ?? analysis.asOf).map((row) => [
      row.ref,
      row.title,
      row.leads,
      writeTableDate(row.start),
      writeTableDate(row.finish),
      row.lastReturn,
      ...RETURN_HEADERS.map(() => ''),
    ]),
  ];
  return `${rows.map((cells) => cells.map((cell) => quoteCell(spreadsheetSafe(cell))).join('\t')).join('\n')}\n`;
}

/** The words a lead chooses from for each scheme's RAG, all of which `readProgressReturns` reads. */
const SCHEME_WORDS = {
  brag: ['Blue', 'Green', 'Amber', 'Red'],
  rag: ['Green', 'Amber', 'Red'],
  progress: ['Not started', 'Started', 'Complete'],
} as const;

/** Options for {@link writeReturnsWorkbook}. */
export interface WriteReturnsWorkbookOptions {
  /** The date the returns are due by, said on the guidance sheet. Default: the analysis date. */
  readonly dueBy?: IsoDate;
  /** `xlsx` (the default) for an Excel workbook, `ods` for an OpenDocument spreadsheet. */
  readonly format?: WorkbookFormat;
}

/**
 * The returns sheet of {@link writeReturnsSheet} as an Excel workbook to send leads (or with
 * `format: 'ods'` an OpenDocument spreadsheet holding the same): the same rows
 * and columns on a sheet named "Returns", which the workbook opens at, and a "Guidance" sheet after
 * it saying what each column takes and when the returns are due.
 *
 * - The header stays in view as the rows scroll; the columns to fill in are shaded.
 * - Start and finish are real dates (`dd/mm/yyyy`), so a lead can sort and filter by them.
 * - `% Complete` is formatted as a percentage (typing 45 gives 45%) and refuses anything outside
 *   0% to 100%; `RAG` offers the plan's scheme's words (Blue, Green, Amber, Red by default) and
 *   `Impact sustained` Yes or No, each as a drop-down list that warns of another word.
 * - Text is written as text: nothing in a plan becomes a formula.
 *
 * `readWorkbook` then `readProgressReturns` read it back once filled in.
 *
 * @example
 * const bytes = writeReturnsWorkbook(analysePlan(plan, { asOf: '2022-06-30' }), { dueBy: '2022-06-30' });
 */
export function writeReturnsWorkbook(analysis: PlanAnalysis, options: WriteReturnsWorkbookOptions = {}): Uint8Array {
  const dueBy = options.dueBy ?? analysis.asOf;
  const rows = returnRows(analysis, dueBy);
  const words = SCHEME_WORDS[analysis.rules.scheme];
  const column = (header: string) => READ_HEADERS.length + RETURN_HEADERS.indexOf(header);
  return writeSpreadsheet(
    options.format ?? 'xlsx',
    [
      {
        name: 'Returns',
        header: true,
        widths: [8, 40, 10, 12, 12, 40, 12, 12, 45, 35, 35, 12],
        rows: [
          [...READ_HEADERS, ...RETURN_HEADERS],
          ...rows.map((row): WorkbookCell[] => [
            row.ref,
            row.title,
            row.leads,
            row.start === undefined ? '' : { date: row.start },
            row.finish === undefined ? '' : { date: row.finish },
            row.lastReturn,
            { input: 'percent' },
            ...RETURN_HEADERS.slice(1).map((): WorkbookCell => ({ input: 'text' })),
          ]),
        ],
        validations: [
          { column: column('% Complete'), kind: 'percent', prompt: 'From 0% to 100%' },
          { column: column('RAG'), kind: 'list', values: words, prompt: `One of ${words.join(', ')}` },
          { column: column('Impact sustained'), kind: 'list', values: ['Yes', 'No'], prompt: 'Yes or No, once complete' },
        ],
      },
      {
        name: 'Guidance',
        widths: [100],
        rows: [
          `Progress returns: ${analysis.plan.title}`,
          `Returns are due by ${formatDate(dueBy)}. There is one row on the Returns sheet for each action not complete that is under way or has no start date.`,
          'Fill in the shaded columns of each action you lead. A row left blank is read as no return, so say so in Commentary if there is nothing new.',
          'Do not change the Ref column: it is how each return finds its action.',
          '% Complete: how much of the action is done, from 0% to 100%.',
          `RAG: your rating of the action, one of ${words.join(', ')}.`,
          'Commentary: what has been done since the last return, and what comes next.',
          'Mitigation: for an action that is slipping, what is being done about it.',
          'Impact if not mitigated: what happens to children and families, or the plan, if it is not.',
          'Impact sustained: for a completed action, Yes or No: is its impact still seen?',
        ].map((text) => [text]),
      },
    ],
    { title: `Progress returns: ${analysis.plan.title}` },
  );
}
