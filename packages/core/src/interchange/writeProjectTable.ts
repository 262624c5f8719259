import type { ActionAnalysis, PlanAnalysis, WorkstreamAnalysis } from '../analysis/types.js';
import type { IsoDate } from '../calendar/isoDate.js';
import type { ProgressUpdate } from '../model/action.js';
import { quoteCell, spreadsheetSafe } from './projectParts.js';
import { planOutline } from './planOutline.js';
import { writeTableDate } from './tableDate.js';
import { writeSpreadsheet } from './writeSpreadsheet.js';
import type { WorkbookCell, WorkbookFormat } from './writeWorkbook.js';
import { progressFigure } from '../analysis/progressFigure.js';

const HEADER = ['Task Name', 'LO/AO', 'Duration', 'Start', 'Finish', '% Work Complete', 'RAG'];

/** Each column's width in a workbook, in characters, by its header; a return's text columns are 40. */
const WIDTHS: Readonly<Record<string, number>> = {
  'Outline Level': 8,
  'Task Name': 60,
  'LO/AO': 10,
  Duration: 10,
  Start: 12,
  Finish: 12,
  '% Work Complete': 10,
  RAG: 12,
};

/** Options for {@link writeProjectTable}. */
export interface WriteProjectTableOptions {
  /**
   * Columns from each action's latest progress return as of the analysis date, as board reports
   * print them: `Commentary`, `Mitigation`, `Impact if not mitigated` and `Impact sustained`.
   * Default: each column that some action's latest return fills; `true` for all four, `false` for
   * none.
   */
  readonly latestReturn?: boolean;
}

/** The progress return's columns, in order, with how each cell is written. */
const RETURN_COLUMNS: readonly { readonly header: string; readonly text: (update: ProgressUpdate) => string }[] = [
  { header: 'Commentary', text: (update) => update.commentary ?? '' },
  { header: 'Mitigation', text: (update) => update.mitigation ?? '' },
  { header: 'Impact if not mitigated', text: (update) => update.impactIfNotMitigated ?? '' },
  { header: 'Impact sustained', text: (update) => (update.impactSustained === undefined ? '' : update.impactSustained ? 'Yes' : 'No') },
];

/**
 * Writes an analysed plan as the progress table councils paste into board reports, in seed 004's
 * columns: `Task Name | LO/AO | Duration | Start | Finish | % Work Complete | RAG`. Tab-separated,
 * so it pastes into Word or Excel as a table, and `readProjectTable` reads it back.
 *
 * - Each workstream is a heading row ("Focus Area 2 - Joint Commissioning") with its accountable
 *   officers and its dates as entered (or as its actions span), then its actions, each led by its
 *   ref, with any sub-actions after their parent. A plan with sub-actions gets an `Outline Level`
 *   column first (1 for workstreams, 2 for actions, 3 and on for sub-actions), as project tools
 *   export, so the tree reads back. So does a plan with workstreams within workstreams: each is a
 *   heading row after its parent's actions, one level deeper.
 * - Dates are written `Wed 13/04/22`, durations in working days (`35 days`), progress as a whole
 *   percentage, and RAG as the analysis's label (with an override's, if set); unrated is blank.
 * - Each action's latest progress return as of the analysis date fills the last columns:
 *   `Commentary`, `Mitigation`, `Impact if not mitigated` and `Impact sustained` (`Yes` or `No`),
 *   each where some action's return has it (`latestReturn` to choose). `readProjectTable` reads
 *   them back as an update dated `reportedOn`. Heading rows leave them blank: a workstream's
 *   description is the plan's wording, not a progress return.
 * - A cell that a spreadsheet would take for a formula (starting `=`, `+`, `-` or `@`) is prefixed
 *   with an apostrophe, and a cell holding a tab, a line break or a quote is quoted.
 *
 * @example
 * navigator.clipboard.writeText(writeProjectTable(analysePlan(plan, { asOf: '2022-05-22' })));
 */
export function writeProjectTable(analysis: PlanAnalysis, options: WriteProjectTableOptions = {}): string {
  return `${projectTableRows(analysis, options)
    .map((row) => row.cells.map(quoteCell).join('\t'))
    .join('\n')}\n`;
}

/** A row of the progress table: the header, a workstream's heading row, or an action's row. */
export interface ProjectTableRow {
  readonly kind: 'header' | 'workstream' | 'action';
  /**
   * 0 for the header, 1 for a workstream, 2 for an action, 3 and on for sub-actions; a workstream
   * within another, and its actions, one deeper for each workstream above it.
   */
  readonly level: number;
  readonly cells: readonly string[];
}

/**
 * The rows {@link writeProjectTable} writes, for a host that lays the table out itself (an HTML
 * table for a board report, a spreadsheet library): each cell as text, with the apostrophe in front
 * of one a spreadsheet would take for a formula.
 *
 * @example
 * projectTableRows(analysis)[0]?.cells; // ['Task Name', 'LO/AO', 'Duration', 'Start', 'Finish', '% Work Complete', 'RAG']
 */
export function projectTableRows(analysis: PlanAnalysis, options: WriteProjectTableOptions = {}): ProjectTableRow[] {
  return typedTableRows(analysis, options).map(({ kind, level, cells }) => ({
    kind,
    level,
    cells: cells.map((cell) =>
      spreadsheetSafe(typeof cell === 'string' ? cell : 'date' in cell ? writeTableDate(cell.date) : `${cell.percent}%`),
    ),
  }));
}

/** A cell of the progress table: text, a date, or a whole percentage. */
type TableCell = string | { readonly date: IsoDate } | { readonly percent: number };

/** The table's rows with their dates and percentages as values, for text or a workbook to write each its own way. */
function typedTableRows(
  analysis: PlanAnalysis,
  options: WriteProjectTableOptions,
): { readonly kind: ProjectTableRow['kind']; readonly level: number; readonly cells: readonly TableCell[] }[] {
  // With sub-actions or workstreams within workstreams, an outline level column (as project tools export) keeps the tree.
  const outlined =
    analysis.actions.some((action) => action.parentId !== undefined) || analysis.workstreams.some((ws) => ws.parentId !== undefined);
  const returns = RETURN_COLUMNS.filter(
    (column) =>
      options.latestReturn ?? analysis.actions.some((action) => action.lastUpdate !== undefined && column.text(action.lastUpdate) !== ''),
  );
  const row = (kind: ProjectTableRow['kind'], level: number, cells: readonly TableCell[]) => ({
    kind,
    level,
    cells: [...(outlined ? [kind === 'header' ? 'Outline Level' : String(level)] : []), ...cells],
  });
  const rows = [row('header', 0, [...HEADER, ...returns.map((column) => column.header)])];
  for (const { kind, id, level } of planOutline(analysis)) {
    if (kind === 'workstream') {
      rows.push(
        row('workstream', level, [...workstreamRow(analysis.workstreamsById.get(id) as WorkstreamAnalysis), ...returns.map(() => '')]),
      );
      continue;
    }
    const action = analysis.actionsById.get(id) as ActionAnalysis;
    const update = action.lastUpdate;
    rows.push(row('action', level, [...actionRow(action), ...returns.map((column) => (update === undefined ? '' : column.text(update)))]));
  }
  return rows;
}

/** Options for {@link writePlanWorkbook}. */
export interface WritePlanWorkbookOptions extends WriteProjectTableOptions {
  /** `xlsx` (the default) for an Excel workbook, `ods` for an OpenDocument spreadsheet. */
  readonly format?: WorkbookFormat;
}

/**
 * The progress table of {@link writeProjectTable} as an Excel workbook (`.xlsx` bytes), or with
 * `format: 'ods'` an OpenDocument spreadsheet holding the same, on a sheet named "Plan" and titled
 * with the plan's title: heading rows in bold, start and finish as real dates, progress as a percentage,
 * and the header kept in view. Text is written as text, so nothing in a plan becomes a formula and
 * no apostrophe is needed. `readWorkbook` then `readProjectTable` read it back as the plan it came
 * from.
 *
 * @example
 * const bytes = writePlanWorkbook(analysePlan(plan, { asOf: '2022-05-22' }));
 */
export function writePlanWorkbook(analysis: PlanAnalysis, options: WritePlanWorkbookOptions = {}): Uint8Array {
  const rows = typedTableRows(analysis, options);
  return writeSpreadsheet(
    options.format ?? 'xlsx',
    [
      {
        name: 'Plan',
        header: true,
        widths: (rows[0]?.cells ?? []).map((header) => (typeof header === 'string' ? (WIDTHS[header] ?? 40) : 40)),
        rows: rows.map(({ kind, cells }, r) =>
          cells.map((cell): WorkbookCell => {
            if (typeof cell !== 'string') return 'date' in cell ? cell : { percent: cell.percent / 100 };
            return kind === 'workstream' && r > 0 && cell !== '' ? { bold: cell } : cell;
          }),
        ),
      },
    ],
    { title: analysis.plan.title },
  );
}

function workstreamRow(ws: WorkstreamAnalysis): TableCell[] {
  const start = ws.entered?.start ?? ws.start;
  const finish = ws.entered?.finish ?? ws.finish;
  const days = ws.entered?.durationDays ?? ws.durationDays;
  return [
    `${ws.label} ${ws.ref} - ${ws.title}`,
    initials(ws.leads),
    days === undefined ? '' : `${days} days`,
    start === undefined ? '' : { date: start },
    finish === undefined ? '' : { date: finish },
    { percent: progressFigure(ws) },
    ws.rag.status === 'unrated' ? '' : ws.rag.label,
  ];
}

function actionRow(action: ActionAnalysis): TableCell[] {
  return [
    `${action.ref} ${action.title}`,
    initials(action.leads),
    action.durationDays === undefined ? '' : `${action.durationDays} days`,
    action.start === undefined ? '' : { date: action.start },
    action.finish === undefined ? '' : { date: action.finish },
    { percent: progressFigure(action) },
    action.rag.status === 'unrated' ? '' : action.rag.label,
  ];
}

function initials(leads: readonly { readonly initials: string }[]): string {
  return leads.map((lead) => lead.initials).join('/');
}
