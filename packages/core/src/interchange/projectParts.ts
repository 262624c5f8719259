import { countWorkingDays } from '../calendar/countWorkingDays.js';
import { createCalendar } from '../calendar/createCalendar.js';
import { isIsoDate, type IsoDate } from '../calendar/isoDate.js';
import type { PlanInput } from '../model/plan.js';
import { describeValue, makeProblem, type PathSegment, type Problem } from '../model/problem.js';
import type { RagStatus } from '../model/primitives.js';
import { ownValue } from '../model/ownValue.js';
import type { ClosureDay } from '../model/settings.js';
import type { ProjectTableResult } from './readProjectTable.js';
import { listWords } from '../measures/counting.js';
import { readDelimited } from './readDelimited.js';

// What the readers of project tables and project files share: how headings, refs, leads, RAG
// words and durations are read, so a plan reads the same from either.

export type WorkstreamInput = NonNullable<PlanInput['workstreams']>[number];
export type ActionInput = NonNullable<PlanInput['actions']>[number];
export type PersonInput = NonNullable<PlanInput['people']>[number];

export type Column =
  | 'ref'
  | 'title'
  | 'leads'
  | 'duration'
  | 'start'
  | 'finish'
  | 'percent'
  | 'rag'
  | 'level'
  | 'commentary'
  | 'mitigation'
  | 'impact'
  | 'sustained'
  | 'rowId'
  | 'predecessors'
  | 'workstream'
  | 'difference'
  | 'success'
  | 'evidence';

// Header names as project tools, spreadsheets and councils' reports write them (compared in lower case).
export const HEADERS: Record<Column, readonly string[]> = {
  ref: ['ref', 'reference', 'wbs', 'action ref'],
  title: ['task name', 'name', 'task', 'action', 'title'],
  leads: ['lo/ao', 'lead', 'leads', 'resource names', 'owner', 'owners', 'responsible'],
  duration: ['duration', 'working days'],
  start: ['start', 'start date'],
  finish: [
    'finish',
    'finish date',
    'end',
    'end date',
    'due',
    'due date',
    'by when',
    'timescale',
    'timescales',
    'deadline',
    'target date',
    'completion date',
  ],
  percent: ['% work complete', '% complete', 'percent complete', 'progress'],
  rag: ['rag', 'rag status', 'rag rating', 'brag', 'brag status', 'brag rating', 'status'],
  level: ['outline level', 'level'],
  commentary: ['commentary', 'comments', 'comment', 'notes', 'update', 'progress update', 'latest update'],
  mitigation: ['mitigation', 'mitigations', 'mitigating actions', 'mitigating action'],
  impact: ['impact if not mitigated', 'impact if not resolved', 'impact of not mitigating'],
  sustained: ['impact sustained', 'impact sustained?', 'sustained', 'sustained?', 'is impact sustained?'],
  // Project's row number, which its Predecessors column refers to (a column of refs headed "ID" is read as refs).
  rowId: ['id'],
  predecessors: ['predecessors', 'predecessor', 'depends on', 'dependencies'],
  // A column naming each row's workstream, as a spreadsheet or a Word table lays a plan out (often merged down its actions).
  workstream: [
    'workstream',
    'work stream',
    'focus area',
    'theme',
    'area of weakness',
    'area of significant weakness',
    'weakness',
    'area for priority action',
    'area for improvement',
    'improvement area',
    'pillar',
    'strand',
  ],
  difference: [
    'what will be different',
    'what will be different for children and families',
    'what will be different for children, young people and families',
    'what will be different for families',
    'difference for families',
  ],
  success: ['success criteria', 'success looks like', 'success measures', 'measures of success', 'how we will know'],
  evidence: ['evidence', 'evidence of completion', 'evidence of progress', 'evidence of impact'],
};

export const YES_NO: Record<string, boolean> = { yes: true, y: true, true: true, no: false, n: false, false: false };

export const RAG_WORDS: Record<string, RagStatus> = {
  blue: 'blue',
  green: 'green',
  amber: 'amber',
  red: 'red',
  complete: 'complete',
  completed: 'complete',
  started: 'started',
  'in progress': 'started',
  'not started': 'not-started',
};

/** A RAG column's letters, as a tracker short of room writes them ("G"): read, but not offered as words. */
const RAG_LETTERS: Record<string, RagStatus> = { b: 'blue', g: 'green', a: 'amber', r: 'red' };

/** The coloured circles and squares a tracker may show a RAG by, as emoji: yellow is amber. */
const RAG_SYMBOLS: Record<string, RagStatus> = {
  '🔴': 'red',
  '🟠': 'amber',
  '🟡': 'amber',
  '🟢': 'green',
  '🔵': 'blue',
  '🟥': 'red',
  '🟧': 'amber',
  '🟨': 'amber',
  '🟩': 'green',
  '🟦': 'blue',
};
const RAG_SYMBOL = /🔴|🟠|🟡|🟢|🔵|🟥|🟧|🟨|🟩|🟦/gu;

/**
 * The RAG a cell gives: a word, a letter, a coloured circle or square, or a word with a symbol of
 * its colour beside it ("🟢 Green"; a blue one beside "Complete"). `undefined` for an empty cell;
 * `false` for anything else, a word and a symbol that disagree among them.
 */
function ragOfCell(text: string): RagStatus | undefined | false {
  const symbols = new Set(Array.from(text.matchAll(RAG_SYMBOL), ([symbol]) => RAG_SYMBOLS[symbol] as RagStatus));
  // The rest, without the symbols and the variation selector that may follow an emoji.
  const rest = text
    .replace(RAG_SYMBOL, '')
    .replace(/\uFE0F/g, '')
    .trim()
    .toLowerCase();
  const word = rest === '' ? undefined : (ownValue(RAG_WORDS, rest) ?? ownValue(RAG_LETTERS, rest));
  if (rest !== '' && word === undefined) return false;
  if (symbols.size > 1) return false;
  const [symbol] = symbols;
  if (word === undefined) return symbol;
  return symbol === undefined || symbol === word || (symbol === 'blue' && word === 'complete') ? word : false;
}

export const HEADING =
  /^(focus area|workstream|theme|priority|pillar|area for priority action|area for improvement|improvement area|area of weakness)\s+([A-Za-z0-9]+(?:\.[A-Za-z0-9]+)*)\s*[-–—:]\s*(.+)$/i;
/**
 * Any "Label ref - title" ("Strand A.3 - Early help"): read as a heading where the outline already
 * says the row is a workstream, whatever the plan calls its workstreams.
 */
export const LABELLED_HEADING = /^(\S.*?)\s+([A-Za-z0-9]+(?:\.[A-Za-z0-9]+)*)\s*[-–—:]\s+(.+)$/;
/** A row or task read as a workstream or an action, that the rows indented under it belong to. */
export type Above =
  | { readonly kind: 'workstream'; readonly workstream: WorkstreamInput }
  | { readonly kind: 'action'; readonly ref: string; readonly workstream: WorkstreamInput };

/**
 * The rows or tasks read so far that later ones may sit under, one per outline level from the
 * shallowest, each with its level. A stack rather than an array indexed by level, so a level of
 * any size ("99999999999999999999" in a column headed Level) costs no more than a level of 2.
 */
export type Outline = { readonly level: number; readonly above: Above }[];

/** What a row or task at an outline level sits under: the last read at a shallower level. */
export function parentAbove(outline: Outline, level: number): Above | undefined {
  for (let i = outline.length - 1; i >= 0; i--)
    if ((outline[i] as Outline[number]).level < level) return (outline[i] as Outline[number]).above;
  return undefined;
}

/** Records a row or task read at an outline level, ending the runs of those at its level or deeper. */
export function placeInOutline(outline: Outline, level: number, above: Above): void {
  while (outline.length > 0 && (outline.at(-1) as Outline[number]).level >= level) outline.pop();
  outline.push({ level, above });
}

/**
 * A row's or task's name read as a workstream heading, or `null`: any name in a known form
 * ("Focus Area 2 - …"); at outline level 1, any "Label ref - title"; and right under a workstream,
 * one with the label of a workstream already read ("Strand 1.2 - Early help" in a plan whose
 * workstreams are strands). Without outline levels (`level` undefined), the known forms only.
 */
export function workstreamHeading(
  name: string,
  level: number | undefined,
  parent: Above | undefined,
  workstreams: readonly WorkstreamInput[],
): RegExpExecArray | null {
  const known = HEADING.exec(name);
  if (known !== null) return known;
  if (level === 1) return LABELLED_HEADING.exec(name);
  if (parent?.kind !== 'workstream') return null;
  const heading = LABELLED_HEADING.exec(name);
  const label = heading?.[1]?.toLowerCase();
  return label !== undefined && workstreams.some((w) => w.label?.toLowerCase() === label) ? heading : null;
}

/**
 * A ref and its title: a ref starts with a number ("2A.1", "15a", "1.M" for a milestone), or is
 * letters then dotted parts ("I.1", "PA1.2"), and holds a digit, so a title's first word is not
 * taken for one.
 */
export const REF_AND_TITLE = /^((?=\S*\d)(?:\d+[A-Za-z]*(?:\.[A-Za-z0-9]+)*|[A-Za-z]{1,4}\d*(?:\.[A-Za-z0-9]+)+))\s+(.+)$/;
export const CROSS_REFERENCE = /\(cross[- ]?ref(?:erences?)?(?: to)?:?\s*([^)]*)\)/i;

export function fail(problems: Problem[], notes: string[]): ProjectTableResult {
  return { ok: false, problems, notes };
}

export function titleCase(words: string): string {
  return words.replace(/\b\w/g, (c) => c.toUpperCase());
}

export function splitRefs(text: string): string[] {
  return text
    .split(/,|;|\band\b|&/)
    .map((r) => r.trim())
    .filter((r) => r !== '');
}

/** Each lead's person id, adding people met for the first time. Initials stay initials; full names give initials. */
export function readLeads(text: string, people: Map<string, PersonInput>): string[] {
  const ids: string[] = [];
  for (const token of text.split(/[/,;&]/)) {
    const id = readLead(token, people);
    if (id !== undefined && !ids.includes(id)) ids.push(id);
  }
  return ids;
}

/**
 * One lead's person id, written as initials or a name, adding the person if met for the first time.
 * Initials given beside a name (a project file's resource) are kept when they are two letters or
 * more; a single letter, Project's default, gives way to the name's.
 */
export function readLead(text: string, people: Map<string, PersonInput>, givenInitials?: string): string | undefined {
  const token = text.replace(/\s+/g, ' ').trim();
  if (token === '') return undefined;
  const isInitials = /^[A-Z][A-Za-z]{0,5}$/.test(token) && /^[A-Z]{2}|^[A-Z][a-z]?[A-Z]/.test(token);
  const given = givenInitials?.trim() ?? '';
  const initials = isInitials
    ? token
    : /^[A-Z][A-Za-z]{1,5}$/.test(given)
      ? given
      : token
          .split(' ')
          .map((word) => word[0]?.toUpperCase() ?? '')
          .join('');
  const id = initials.toLowerCase();
  const known = people.get(id);
  if (known === undefined) people.set(id, isInitials ? { id, initials } : { id, initials, name: token });
  else if (!isInitials && known.name === undefined) known.name = token;
  return id;
}

/**
 * The convention most rows' durations agree with, counting each from its start to its finish (with
 * the closures given, under the convention that has holidays); the rows that agree with neither,
 * or with only the other, are problems.
 */
export function chooseConvention(
  spans: readonly { path: (string | number)[]; start: IsoDate; finish: IsoDate; days: number }[],
  closures: readonly ClosureDay[],
  problems: Problem[],
  notes: string[],
): 'weekends-only' | 'weekends-and-holidays' {
  const calendars = {
    'weekends-only': createCalendar({ convention: 'weekends-only' }),
    'weekends-and-holidays': createCalendar({ convention: 'weekends-and-holidays', closures }),
  } as const;
  const agree = (convention: keyof typeof calendars) =>
    spans.filter((s) => countWorkingDays(s.start, s.finish, calendars[convention]) === s.days).length;
  const weekendsOnly = agree('weekends-only');
  const withHolidays = agree('weekends-and-holidays');
  const convention = weekendsOnly > withHolidays ? 'weekends-only' : 'weekends-and-holidays';
  const closed = closures.length === 1 ? 'the closure day given' : `the ${closures.length} closure days given`;
  const words =
    convention === 'weekends-only'
      ? 'weekends only, with bank holidays as working days'
      : closures.length > 0
        ? `weekends, bank holidays and ${closed}`
        : 'weekends and bank holidays';
  if (spans.length > 0)
    notes.push(
      `Durations were counted leaving out ${words}: ${Math.max(weekendsOnly, withHolidays)} of the ${spans.length} rows with a start, a finish and a duration agree.`,
    );
  for (const span of spans) {
    const counted = countWorkingDays(span.start, span.finish, calendars[convention]);
    if (counted !== span.days)
      problems.push(
        makeProblem(
          span.path,
          `${counted} working days from ${span.start} to ${span.finish}, leaving out ${words} as the other rows do`,
          `${span.days}`,
        ),
      );
  }
  return convention;
}

/** Drops tags and entities a table copied from a web page or report carries, and outer blanks. */
export function cleanCell(cell: string, keepLines = false): string {
  const text = (keepLines ? cell.replace(/<br\s*\/?>/gi, '\n') : cell)
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
  // Commentary keeps its line breaks (one blank line at most between paragraphs); any other cell is one line.
  const spaced = keepLines
    ? text
        .split(/\r\n?|\n/)
        .map((line) => line.replace(/\s+/g, ' ').trim())
        .join('\n')
        .replace(/\n{3,}/g, '\n\n')
        .trim()
    : text.replace(/\s+/g, ' ').trim();
  // An apostrophe that kept a spreadsheet from reading the cell as a formula.
  return spaced.replace(/^'(?=[=+\-@])/, '');
}

/** A table's percentage cell (`45%`, `45`), or a problem at its path. */
export function readTablePercent(text: string, path: (string | number)[], problems: Problem[]): number | undefined {
  if (text === '') return undefined;
  const match = /^(\d{1,3}(?:\.\d+)?)\s*%?$/.exec(text);
  const value = match ? Number(match[1]) : Number.NaN;
  if (!(value >= 0 && value <= 100)) {
    problems.push(makeProblem(path, 'a percentage from 0% to 100%', describeValue(text)));
    return undefined;
  }
  return value;
}

/** A cell a spreadsheet would take for a formula, kept as text by an apostrophe in front. */
export const spreadsheetSafe = (text: string): string => (/^[=+\-@]/.test(text) ? `'${text}` : text);

/** A cell holding a tab, a line break or a quote, quoted so it stays one cell. */
export const quoteCell = (text: string): string => (/[\t\n\r"]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/** The fields of a progress return a table's or a file's cells give, beside its date and percentage. */
export interface ReturnFields {
  readonly status?: RagStatus;
  readonly commentary?: string;
  readonly mitigation?: string;
  readonly impactIfNotMitigated?: string;
  readonly impactSustained?: boolean;
}

/**
 * A progress return's RAG word, text and Yes or No, from the cells of its columns; a RAG word or a
 * Yes or No that cannot be read is a problem at its column's path, and left out.
 */
export function readReturnCells(
  cell: (column: 'rag' | 'commentary' | 'mitigation' | 'impact' | 'sustained') => string,
  at: (column: 'rag' | 'sustained') => readonly PathSegment[],
  problems: Problem[],
): ReturnFields {
  const ragWord = cell('rag');
  const read = ragOfCell(ragWord);
  const status = read === false ? undefined : read;
  if (read === false)
    problems.push(
      makeProblem(
        at('rag'),
        `one of ${Object.keys(RAG_WORDS)
          .map((w) => titleCase(w))
          .join(', ')}${ragWord.search(RAG_SYMBOL) !== -1 ? ', or a coloured circle that agrees with the word beside it' : ''}`,
        describeValue(ragWord),
      ),
    );
  const sustainedWord = cell('sustained');
  const impactSustained = ownValue(YES_NO, sustainedWord.toLowerCase());
  if (sustainedWord !== '' && impactSustained === undefined)
    problems.push(makeProblem(at('sustained'), 'Yes or No', describeValue(sustainedWord)));
  return {
    ...(status !== undefined ? { status } : {}),
    ...(cell('commentary') !== '' ? { commentary: cell('commentary') } : {}),
    ...(cell('mitigation') !== '' ? { mitigation: cell('mitigation') } : {}),
    ...(cell('impact') !== '' ? { impactIfNotMitigated: cell('impact') } : {}),
    ...(impactSustained !== undefined ? { impactSustained } : {}),
  };
}

/** How many of a return's text and Yes or No fields it gives: what the readers count as comments. */
export const returnTextCount = (fields: ReturnFields): number =>
  [fields.commentary, fields.mitigation, fields.impactIfNotMitigated, fields.impactSustained].filter((field) => field !== undefined).length;

/**
 * A workstream from a heading ("Focus Area 2 - Joint Commissioning" read by `HEADING`), or from a
 * row or summary task that is no such heading, with the ref given (and the label, "Workstream"
 * unless given): its id is the label's initials and the ref ("fa2").
 */
export function workstreamFromHeading(
  heading: RegExpExecArray | null,
  fallback: { readonly ref: string; readonly title: string },
  parts: Pick<WorkstreamInput, 'description' | 'start' | 'finish' | 'durationDays'> & { readonly leads: readonly string[] },
  fallbackLabel = 'Workstream',
): WorkstreamInput {
  const ref = heading?.[2] ?? fallback.ref;
  // The label as the plan writes it ("Focus Area", "Area for improvement"), with a capital first letter.
  const label = (heading ? (heading[1] as string) : fallbackLabel).replace(/^\w/, (c) => c.toUpperCase());
  const { leads, description, ...dates } = parts;
  return {
    id: `${label
      .split(/\s+/)
      .map((word) => word[0]?.toLowerCase())
      .join('')}${ref.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`,
    ref,
    label,
    title: heading ? (heading[3] as string) : fallback.title,
    ...(description !== undefined && description !== '' ? { description } : {}),
    leads: leads.map((personId) => ({ personId, role: 'accountable-officer' as const })),
    ...dates,
  };
}

/** A pasted table read up to its rows: its header row, the columns found by their headers, and its cells cleaned. */
export interface HeadedTable {
  readonly header: readonly string[];
  /**
   * Where the header row is among the rows: the first row with text that names two or more known
   * columns, among the first ten rows with text (so a title or a date above it is passed over),
   * else the first row with text.
   */
  readonly headerIndex: number;
  readonly columns: Map<Column, number>;
  readonly rows: readonly (readonly string[])[];
}

/** Which column each header cell (cleaned, as `cleanCell` leaves it) names: the first of each, by `HEADERS`. */
export function headerColumns(header: readonly string[]): Map<Column, number> {
  const columns = new Map<Column, number>();
  header.forEach((name, index) => {
    const column = (Object.keys(HEADERS) as Column[]).find((c) => HEADERS[c].includes(name.toLowerCase()));
    if (column !== undefined && !columns.has(column)) columns.set(column, index);
  });
  return columns;
}

/**
 * Reads tab-separated or CSV text up to its rows: the first row with text is the header, whose
 * names find the columns; cells are cleaned of tags and spacing, and the paragraphs of commentary,
 * mitigation and impact (and of the columns in `keepLinesIn`) keep their line breaks. `undefined` for a text with no row of text.
 */
export function readHeadedTable(text: string, keepLinesIn: readonly Column[] = []): HeadedTable | undefined {
  const raw = readDelimited(text);
  const rows = raw.map((cells) => cells.map((cell) => cleanCell(cell)));
  const headerIndex = headerRowIndex(rows);
  if (headerIndex === -1) return undefined;
  const header = rows[headerIndex] as string[];
  const columns = headerColumns(header);
  for (const column of ['commentary', 'mitigation', 'impact', ...keepLinesIn] as const satisfies readonly Column[]) {
    const index = columns.get(column);
    if (index !== undefined)
      raw.forEach((cells, r) => {
        if (r > headerIndex && cells[index] !== undefined) (rows[r] as string[])[index] = cleanCell(cells[index], true);
      });
  }
  return { header, headerIndex, columns, rows };
}

/** How many rows with text the header row is looked for among: a title, a date or a key may stand above it. */
export const HEADER_SEARCH = 10;

/**
 * The header row among a sheet's rows: the first row with text that names two or more known
 * columns ("Ref", "Action", "Lead", "RAG" …), among the first ten rows with text, so that a title
 * above the table ("SEND WSoA progress tracker, April 2022") is passed over; else the first row
 * with text, as before; -1 where no row has text. `known` counts the columns a row names (by
 * default, a project table's).
 */
export function headerRowIndex(
  rows: readonly (readonly string[] | undefined)[],
  known: (cells: readonly string[]) => number = (cells) => headerColumns(cells.map((cell) => cleanCell(cell))).size,
): number {
  let first = -1;
  let seen = 0;
  for (let r = 0; r < rows.length && seen < HEADER_SEARCH; r++) {
    const cells = rows[r];
    if (cells === undefined || !cells.some((cell) => cell.trim() !== '')) continue;
    if (first === -1) first = r;
    seen++;
    if (known(cells) >= 2) return r;
  }
  return first;
}

/** The note naming the rows with text above a table's header row, which are not read as part of it; or none. */
export function aboveHeaderNote(table: Pick<HeadedTable, 'rows' | 'headerIndex'>): string[] {
  const above = table.rows
    .slice(0, table.headerIndex)
    .map((cells, r) => ({ row: r + 1, text: cells.filter((cell) => cell !== '').join(' | ') }))
    .filter(({ text }) => text !== '');
  if (above.length === 0) return [];
  const quoted = above.map(({ row, text }) => `row ${row} ("${text.length > 60 ? `${text.slice(0, 59)}…` : text}")`);
  return [
    `The header row is row ${table.headerIndex + 1}; ${above.length === 1 ? 'the row above it was' : `the ${above.length} rows above it were`} read as ${above.length === 1 ? 'a title' : 'titles'}, not as part of the table: ${quoted.join('; ')}.`,
  ];
}

/** One row of a headed table: each column's cell ('' where there is none), and a column's path for a problem. */
export function tableRow(
  table: HeadedTable,
  r: number,
): { readonly cells: readonly string[]; readonly rowNumber: number; cell(column: Column): string; at(column: Column): PathSegment[] } {
  const cells = table.rows[r] as readonly string[];
  const rowNumber = r + 1;
  return {
    cells,
    rowNumber,
    cell: (column) => {
      const index = table.columns.get(column);
      return index === undefined ? '' : (cells[index] ?? '');
    },
    at: (column) => ['rows', rowNumber, table.header[table.columns.get(column) as number] as string],
  };
}

/**
 * The note naming a headed table's columns that no reader column matched, or those among them a
 * reader does not use, so a column is never left out unsaid; `undefined` when every column is read.
 */
export function unreadColumnsNote(table: HeadedTable, used: readonly Column[], expectedUnread: readonly string[] = []): string | undefined {
  const unread = table.header.filter((name, index) => {
    if (name === '' || expectedUnread.includes(name.toLowerCase())) return false;
    const column = [...table.columns].find(([, i]) => i === index)?.[0];
    return column === undefined || !used.includes(column);
  });
  if (unread.length === 0) return undefined;
  return `${unread.length === 1 ? 'A column was' : `${unread.length} columns were`} not read, as the plan has no place for ${unread.length === 1 ? 'it' : 'them'} here: ${unread.map((name) => `"${name}"`).join(', ')}.`;
}

/**
 * A reader's result once every row or task is read: the convention the durations agree with (each
 * that does not is a problem), then every problem, or the plan's parts with the calendar.
 */
export function projectTableResult(
  parts: { readonly workstreams: WorkstreamInput[]; readonly actions: ActionInput[]; readonly people: ReadonlyMap<string, PersonInput> },
  spans: Parameters<typeof chooseConvention>[0],
  closures: readonly ClosureDay[],
  problems: Problem[],
  notes: string[],
): ProjectTableResult {
  const convention = chooseConvention(spans, closures, problems, notes);
  if (problems.length > 0) return fail(problems, notes);
  return {
    ok: true,
    value: {
      workstreams: parts.workstreams,
      actions: parts.actions,
      people: [...parts.people.values()],
      calendar: { region: 'england-and-wales', convention, ...(closures.length > 0 ? { closures: closures.map((c) => ({ ...c })) } : {}) },
    },
    problems: [],
    notes,
  };
}

/** The closure days a reader's caller gave, each that is not a real date a problem at its place in the list. */
export function givenClosures(closures: readonly ClosureDay[] | undefined, problems: Problem[]): ClosureDay[] {
  return (closures ?? []).filter((closure, i) => {
    if (isIsoDate(closure.date)) return true;
    problems.push(makeProblem(['closures', i, 'date'], 'a real date written yyyy-MM-dd', describeValue(closure.date)));
    return false;
  });
}

/** Rows of a table as a note names them: "Row 4", "Rows 4 and 7", "Rows 4, 7 and 9", the first ten then how many more. */
export function rowWords(rows: readonly number[]): string {
  const named = rows.length > 10 ? [...rows.slice(0, 10).map(String), `${rows.length - 10} more`] : rows.map(String);
  return `${rows.length === 1 ? 'Row' : 'Rows'} ${listWords(named)}`;
}
