import { formatDate } from '../calendar/formatDate.js';
import { isIsoDate, type IsoDate } from '../calendar/isoDate.js';
import { isSafeUrl } from '../model/primitives.js';
import type { ParseResult } from '../model/parsePlan.js';
import { describeValue, makeProblem, type Problem } from '../model/problem.js';
import type { ClosureDay } from '../model/settings.js';
import {
  readTablePercent,
  CROSS_REFERENCE,
  fail,
  givenClosures,
  rowWords,
  HEADERS,
  HEADING,
  LABELLED_HEADING,
  parentAbove,
  placeInOutline,
  projectTableResult,
  readHeadedTable,
  aboveHeaderNote,
  readLeads,
  readReturnCells,
  returnTextCount,
  workstreamFromHeading,
  workstreamHeading,
  REF_AND_TITLE,
  splitRefs,
  tableRow,
  unreadColumnsNote,
  type Outline,
  type ActionInput,
  type Column,
  type PersonInput,
  type WorkstreamInput,
} from './projectParts.js';
import { readTableDate, readTablePeriod } from './tableDate.js';
import { listed } from './sheetParts.js';

/** The parts of a plan a project table holds, ready to put into a plan document beside its title and inspection. */
export interface ProjectTable {
  readonly workstreams: WorkstreamInput[];
  readonly actions: ActionInput[];
  readonly people: PersonInput[];
  /** The working-day convention the table's durations were counted with, and the closures given. */
  readonly calendar: {
    readonly region: 'england-and-wales';
    readonly convention: 'weekends-only' | 'weekends-and-holidays';
    readonly closures?: ClosureDay[];
  };
}

export interface ReadProjectTableOptions {
  /** The day the table's progress and RAG words were reported: each action gets an update dated then. */
  readonly reportedOn?: IsoDate;
  /**
   * Days the council was closed beyond the bank holidays (the days between Christmas and New
   * Year, say), if its project tool's calendar left them out of durations too. Durations are then
   * checked against them, and the result's calendar keeps them.
   */
  readonly closures?: readonly ClosureDay[];
}

/** What reading a table gives: the plan's parts or every problem, and notes on what was inferred. */
export type ProjectTableResult = ParseResult<ProjectTable> & { readonly notes: readonly string[] };

/**
 * Reads a project plan's table, as councils export it from project tools and spreadsheets or copy
 * it out of a board report, into a plan's workstreams, actions and people. Seed 004's table reads
 * as it stands:
 *
 * `Task Name | LO/AO | Duration | Start | Finish | % Work Complete | RAG`
 *
 * - Columns are found by their headers, in any order (`Task Name` or `Name`, `Start`, `Finish`,
 *   `Duration`, `% Complete`, `RAG`, `LO/AO` or `Resource Names`, and `Ref` and `Outline Level` if
 *   there are any). Text is tab-separated or CSV.
 * - A heading row such as "Focus Area 2 - Joint Commissioning" (or "Workstream 3: …", "Theme 1 - …",
 *   "Priority PA1 - …"; outline level 1 when the table has levels) starts a workstream; the rows
 *   under it are its actions, each led by its ref ("2A.1 Create a joint vision"). With outline
 *   levels, a row at level 3 or deeper is a sub-action of the row above it one level up. A heading
 *   may stand alone in another column, as a spreadsheet lays one out across its row (with its
 *   outline level beside it, in any "Label ref - title" form, as `readWordTables` writes one).
 * - Or a column names each row's workstream (`Workstream`, `Area of weakness`, `Theme`, `Focus
 *   Area`, `Area for priority action`…), as spreadsheets and Word tables lay plans out, often merged
 *   down the actions: a new name starts a workstream ("2. Early help" takes 2 as its ref, a plain
 *   name is numbered in order, and the column's header is its label), a name given again is the
 *   same workstream, and a blank cell keeps the one above.
 * - Dates are read as UK tables write them: `Wed 13/04/22`, `13/04/2022`, `13 Apr 2022`, or
 *   `2022-04-13`. A weekday that does not match its date is a problem: it is how a US-format date
 *   shows itself. A timescale (`By when`, `Timescale`, `Deadline`) may give a month (`September
 *   2022`) or a financial year's quarter (`Q2 2022/23`), read as its last day for a finish and its
 *   first for a start, or "Ongoing" or "TBC", read as no date; the notes say how each was read, and
 *   name the rows left with one date only, which the analysis cannot place in time.
 * - Durations in working days (`35 days`, `35d`, `2 wks`); the convention (weekends only, or bank
 *   holidays too) is the one most rows' durations agree with, and a row that disagrees is a problem.
 *   Pass `closures` if the council's own closure days were left out of durations too.
 * - Leads split on `/`, `,`, `;` or `&`; initials become people with no name (the table gives none).
 * - RAG words (`Started`, `Green`, `Red`…), percentages, a `Commentary` (or `Comments`, `Notes`,
 *   `Update`) column, `Mitigation`, `Impact if not mitigated` and `Impact sustained` (Yes or No)
 *   become an update dated `reportedOn`. Their text keeps its line breaks. Commentary on a
 *   workstream heading is kept as the workstream's description; a heading's mitigation, impact or
 *   sustained cell is not kept, and the notes quote it.
 * - "(cross ref to 16E and 9A)" in a title becomes cross references.
 * - Pasted from Microsoft Project, its `ID` column numbers the rows and `Predecessors` refers to
 *   them (`3`, `3FS+2 days`, `5SS-1 wk`, `4,6`): each becomes a dependency with its type and lag
 *   in working days. A link to a heading row is noted as not kept; a blank row with only its ID is
 *   skipped. A column headed `ID` that holds refs rather than row numbers is read as the refs.
 *
 * Every problem names its row as the sheet numbers it (the header is row 1) and its column. Bold
 * tags from a pasted report are dropped, and a row holding only text under a heading is joined to
 * that heading, as happens when a long title wraps; the notes say so.
 *
 * @example
 * const table = readProjectTable(text, { reportedOn: '2022-05-22' });
 * if (table.ok) parsePlan({ formatVersion: 1, id: 'torbay', title: 'Torbay WSoA', kind: 'wsoa', area, inspection, ...table.value });
 */
export function readProjectTable(text: string, options: ReadProjectTableOptions = {}): ProjectTableResult {
  const problems: Problem[] = [];
  const notes: string[] = [];
  const table = readHeadedTable(text, ['title', 'difference', 'success', 'evidence']);
  if (table === undefined) return fail([makeProblem([], 'a table with a header row', 'no text')], notes);
  const { header, headerIndex, columns, rows } = table;
  notes.push(...aboveHeaderNote(table));
  // A column headed "ID" that holds refs ("2A.1") rather than a project tool's row numbers is the refs.
  const idIndex = columns.get('rowId');
  if (
    idIndex !== undefined &&
    !columns.has('ref') &&
    rows.slice(headerIndex + 1).some((cells) => (cells[idIndex] ?? '') !== '' && !/^\d+$/.test(cells[idIndex] ?? ''))
  ) {
    columns.set('ref', idIndex);
    columns.delete('rowId');
  }
  const unread = unreadColumnsNote(table, [...columns.keys()]);
  if (unread !== undefined) notes.push(unread);
  if (!columns.has('title'))
    return fail(
      [makeProblem(['rows', headerIndex + 1], 'a header row with a "Task Name" column', describeValue(header.join(' | ')))],
      notes,
    );
  if (options.reportedOn !== undefined && !isIsoDate(options.reportedOn))
    problems.push(makeProblem(['reportedOn'], 'a real date written yyyy-MM-dd', describeValue(options.reportedOn)));
  const closures = givenClosures(options.closures, problems);

  const people = new Map<string, PersonInput>();
  const workstreams: WorkstreamInput[] = [];
  const actions: ActionInput[] = [];
  const spans: { path: (string | number)[]; start: IsoDate; finish: IsoDate; days: number }[] = [];
  // The last workstream or action read at each outline level, to find each row's parent.
  const above: Outline = [];
  let workstream: WorkstreamInput | undefined;
  // The workstreams a workstream column named, by what it says, so a name given again is the same workstream.
  const named = new Map<string, WorkstreamInput>();
  let lastRowWasHeading = false;
  // What each of a project tool's row numbers became, and the predecessors to read once every row is known.
  const rowTargets = new Map<string, RowTarget>();
  const links: { readonly action: ActionInput; readonly text: string; readonly path: (string | number)[] }[] = [];
  const timescales: Timescales = { periods: [], undated: [] };
  // Rows giving only one of start, finish and duration, which the analysis cannot schedule.
  const unschedulable: number[] = [];
  let ragWords = 0;
  let commentaries = 0;
  // Heading rows' percentages and RAG are roll-ups of their actions: worked out again, not kept.
  let rollUps = 0;

  for (let r = headerIndex + 1; r < rows.length; r++) {
    const row = tableRow(table, r);
    const { rowNumber, at } = row;
    let { cell } = row;
    // The title's own lines joined; lines under it labelled "What will be different:" or "Success looks like:" are fields.
    const described = describedTitle(cell('title'));
    let title = described.title;
    // A row with nothing but its row number is a blank row of a project tool.
    const others = (Object.keys(HEADERS) as Column[]).filter((c) => c !== 'title' && c !== 'rowId' && cell(c) !== '');
    if (title === '' && others.length === 0) continue;
    // A column naming the row's workstream: its first row starts the workstream, and rows after it
    // that name it (or leave the cell blank) belong to it.
    const naming = cell('workstream');
    if (naming !== '') {
      const key = naming.replace(/\s+/g, ' ').toLowerCase();
      workstream =
        named.get(key) ??
        named.set(key, workstreamFromColumn(naming, header[columns.get('workstream') as number] as string, workstreams)).get(key);
      if (title === '' && others.length === 1) continue;
      lastRowWasHeading = false;
    }
    // A spreadsheet's heading typed alone in another column, often the first and merged across the
    // row; with its outline level beside it, any "Label ref - title" ("Strand 2: …").
    const besides = others.filter((c) => c !== 'level');
    const alone = title === '' && besides.length === 1 ? (besides[0] as Column) : undefined;
    if (
      alone !== undefined &&
      (HEADING.test(row.cell(alone)) || (besides.length < others.length && LABELLED_HEADING.test(row.cell(alone))))
    ) {
      title = row.cell(alone);
      cell = (column) => (column === alone ? '' : row.cell(column));
    }
    if (title === '') {
      problems.push(makeProblem(at('title'), 'the name of the task', 'nothing'));
      continue;
    }
    if (others.length === 0 && lastRowWasHeading && workstream !== undefined) {
      workstream.title = `${workstream.title} ${title}`;
      notes.push(`Row ${rowNumber} held only "${title}", so it was joined to the title of ${workstream.label} ${workstream.ref} above it.`);
      continue;
    }

    const level = cell('level') === '' ? undefined : Number(cell('level'));
    if (level !== undefined && !(Number.isInteger(level) && level >= 1)) {
      problems.push(makeProblem(at('level'), 'a whole number of 1 or more', describeValue(cell('level'))));
      continue;
    }
    const parent = level === undefined ? undefined : parentAbove(above, level);
    const heading = workstreamHeading(title, level, parent, workstreams);
    const isHeading = level !== undefined ? level === 1 || (parent?.kind === 'workstream' && heading !== null) : heading !== null;
    const dates = readDates(cell, at, problems, timescales, rowNumber);
    const leads = readLeads(cell('leads'), people);

    if (isHeading) {
      workstream = workstreamFromHeading(
        heading,
        { ref: cell('ref') || String(workstreams.length + 1), title },
        { description: cell('commentary'), leads, ...dates.fields },
      );
      if (parent !== undefined) workstream.parentId = parent.workstream.id as string;
      workstreams.push(workstream);
      if (cell('percent') !== '' || cell('rag') !== '') rollUps++;
      // A workstream holds no progress returns of its own: say what is not kept, in full.
      for (const column of ['mitigation', 'impact', 'sustained'] as const)
        if (cell(column) !== '')
          notes.push(
            `Row ${rowNumber}'s ${header[columns.get(column) as number]} on the heading of ${workstream.label} ${workstream.ref} was not kept, as a workstream's progress is its actions': "${cell(column)}".`,
          );
      for (const line of [
        ...described.lines,
        ...cell('difference').split('\n'),
        ...cell('success').split('\n'),
        ...cell('evidence').split('\n'),
      ])
        if (line.trim() !== '')
          notes.push(
            `Row ${rowNumber}'s "${line.trim()}" on the heading of ${workstream.label} ${workstream.ref} was not kept, as the plan gives what will be different, success criteria and evidence to actions.`,
          );
      if (cell('rowId') !== '') rowTargets.set(cell('rowId'), { kind: 'workstream', name: `${workstream.label} ${workstream.ref}` });
      if (cell('predecessors') !== '')
        notes.push(
          `Row ${rowNumber}'s predecessors on the heading of ${workstream.label} ${workstream.ref} were not kept, as the plan links actions to actions: "${cell('predecessors')}".`,
        );
      if (dates.span) spans.push({ path: at('duration'), ...dates.span });
      if (level !== undefined) {
        placeInOutline(above, level, { kind: 'workstream', workstream });
      }
      lastRowWasHeading = true;
      continue;
    }
    lastRowWasHeading = false;
    // With outline levels, the workstream the row is indented under; without, the last heading.
    const actionWorkstream = level === undefined ? workstream : parent?.workstream;
    if (actionWorkstream === undefined) {
      problems.push(
        makeProblem(at('title'), 'a workstream heading above the first action, like "Focus Area 1 - JSNA"', describeValue(title)),
      );
      continue;
    }
    const split = cell('ref') === '' ? REF_AND_TITLE.exec(title) : null;
    const ref = cell('ref') || split?.[1];
    if (ref === undefined) {
      problems.push(
        makeProblem(
          at('title'),
          'an action led by its ref, like "2A.1 Create a joint vision", or a workstream heading',
          describeValue(title),
        ),
      );
      continue;
    }
    const actionTitle = split?.[2] ?? title;
    const difference = cell('difference').replace(/\s*\n\s*/g, ' ') || described.difference;
    const success = [
      ...cell('success')
        .split('\n')
        .map((line) => line.replace(/^\s*(?:[-*•–]|\d+[.)])\s+/, '').trim())
        .filter((line) => line !== ''),
      ...described.success,
    ];
    const evidence: { title: string; url: string }[] = [];
    for (const line of [...cell('evidence').split('\n'), ...described.evidence]) {
      if (line.trim() === '') continue;
      const link = readEvidence(line.trim());
      if (link !== undefined) evidence.push(link);
      else
        notes.push(
          `Row ${rowNumber}'s evidence "${line.trim()}" for ${ref} was not kept, as the plan keeps evidence as links: add its address to the plan.`,
        );
    }
    const crossRefs = CROSS_REFERENCE.exec(actionTitle)?.[1];
    const percent = readTablePercent(cell('percent'), at('percent'), problems);
    const returnFields = readReturnCells(cell, at, problems);
    if (returnFields.status !== undefined) ragWords++;
    const returned = returnTextCount(returnFields);
    commentaries += returned;
    const parentId = parent?.kind === 'action' ? parent.ref : undefined;
    if (level !== undefined) {
      placeInOutline(above, level, { kind: 'action', ref, workstream: actionWorkstream });
    }
    const reported = options.reportedOn !== undefined && (returnFields.status !== undefined || percent !== undefined || returned > 0);
    actions.push({
      id: ref,
      ref,
      title: actionTitle,
      workstreamId: actionWorkstream.id as string,
      ...(parentId !== undefined ? { parentId } : {}),
      leads: leads.map((personId) => ({ personId, role: 'lead-officer' as const })),
      ...dates.fields,
      ...(percent !== undefined ? { percentComplete: percent } : {}),
      ...(dates.fields.durationDays === 0 ? { milestone: true } : {}),
      ...(difference !== '' ? { differenceForFamilies: difference } : {}),
      ...(success.length > 0 ? { successCriteria: success } : {}),
      ...(evidence.length > 0 ? { evidence } : {}),
      ...(crossRefs ? { crossReferences: splitRefs(crossRefs).map((r) => ({ ref: r })) } : {}),
      ...(reported
        ? {
            updates: [
              {
                date: options.reportedOn as IsoDate,
                ...(percent !== undefined ? { percentComplete: percent } : {}),
                ...returnFields,
              },
            ],
          }
        : {}),
    });
    if ([dates.fields.start, dates.fields.finish, dates.fields.durationDays].filter((v) => v !== undefined).length === 1)
      unschedulable.push(rowNumber);
    if (cell('rowId') !== '') rowTargets.set(cell('rowId'), { kind: 'action', name: ref, id: ref });
    if (cell('predecessors') !== '')
      links.push({ action: actions.at(-1) as ActionInput, text: cell('predecessors'), path: at('predecessors') });
    if (dates.span) spans.push({ path: at('duration'), ...dates.span });
  }

  readPredecessors(links, rowTargets, columns.has('rowId'), problems, notes);
  // A cross reference to an action in the table points at it.
  const ids = new Set(actions.map((a) => a.id));
  for (const action of actions)
    for (const ref of action.crossReferences ?? []) if (ids.has(ref.ref)) Object.assign(ref, { actionId: ref.ref });
  if ((ragWords > 0 || commentaries > 0) && options.reportedOn === undefined) {
    const kept = [
      ...(ragWords > 0 ? [`${ragWords} RAG ${ragWords === 1 ? 'word' : 'words'}`] : []),
      ...(commentaries > 0 ? [`${commentaries} ${commentaries === 1 ? 'comment' : 'comments'}`] : []),
    ];
    problems.push(makeProblem(['reportedOn'], `the date the table was reported, to keep its ${kept.join(' and ')}`, 'nothing'));
  }

  if (timescales.periods.length > 0)
    notes.push(
      `A month or a quarter, given as a timescale, is read as its first day for a start and its last for a finish: ${listed(timescales.periods, '; ')}.`,
    );
  if (unschedulable.length > 0)
    notes.push(
      `${rowWords(unschedulable)} ${unschedulable.length === 1 ? 'gives' : 'give'} only one of a start, a finish and a duration, so the analysis cannot place ${unschedulable.length === 1 ? 'its action' : 'those actions'} in time or measure progress against it (one with a finish alone is rated only once past it): add a start or a duration.`,
    );
  if (timescales.undated.length > 0) notes.push(`These give no date, so the action has none there: ${listed(timescales.undated, '; ')}.`);
  if (rollUps > 0)
    notes.push(
      `${rollUps} heading ${rollUps === 1 ? 'row gives' : 'rows give'} a percentage or RAG for the whole workstream: the analysis works these out again from the actions, so they are not kept.`,
    );
  return projectTableResult({ workstreams, actions, people }, spans, closures, problems, notes);
}

/** Reads the start, finish and duration cells into plan fields, and the span to check the convention with. */
function readDates(
  cell: (column: Column) => string,
  at: (column: Column) => (string | number)[],
  problems: Problem[],
  timescales: Timescales,
  rowNumber: number,
): { fields: { start?: IsoDate; finish?: IsoDate; durationDays?: number }; span?: { start: IsoDate; finish: IsoDate; days: number } } {
  const start = readDate(cell('start'), at('start'), problems, 'start', timescales, rowNumber);
  const finish = readDate(cell('finish'), at('finish'), problems, 'finish', timescales, rowNumber);
  const days = readDuration(cell('duration'), at('duration'), problems);
  const fields = { ...(start ? { start } : {}), ...(finish ? { finish } : {}), ...(days !== undefined ? { durationDays: days } : {}) };
  // A month or a quarter is no day to count durations from, so it does not decide the convention.
  const exact = readTableDate(cell('start')) !== undefined && readTableDate(cell('finish')) !== undefined;
  return { fields, ...(start && finish && exact && days !== undefined && days > 0 ? { span: { start, finish, days } } : {}) };
}

/** The rows whose timescale was a month or a quarter, or no date at all ("Ongoing"), for the notes. */
interface Timescales {
  readonly periods: string[];
  readonly undated: string[];
}

/** Words a plan's timescale uses for no date. */
const NO_DATE = /^(?:ongoing|on-going|continuous|tbc|tba|to be confirmed|to be agreed|bau|business as usual)$/i;

function readDate(
  text: string,
  path: (string | number)[],
  problems: Problem[],
  edge: 'start' | 'finish',
  timescales: Timescales,
  rowNumber: number,
): IsoDate | undefined {
  if (text === '') return undefined;
  const date = readTableDate(text);
  if (date !== undefined) return date;
  const period = readTablePeriod(text);
  if (period !== undefined) {
    const read = edge === 'start' ? period.first : period.last;
    timescales.periods.push(`row ${rowNumber}'s ${edge} "${text}" as ${formatDate(read)}`);
    return read;
  }
  if (NO_DATE.test(text.trim())) {
    timescales.undated.push(`row ${rowNumber}'s ${edge} "${text}"`);
    return undefined;
  }
  problems.push(
    makeProblem(
      path,
      'a real date written as in the UK, like Wed 13/04/22 or 13 Apr 2022, or a month (September 2022) or a quarter (Q2 2022/23)',
      describeValue(text),
    ),
  );
  return undefined;
}

function readDuration(text: string, path: (string | number)[], problems: Problem[]): number | undefined {
  if (text === '') return undefined;
  // A milestone takes no time: Project writes "0 days", a table or a published plan may say so in words.
  if (/^milestone$/i.test(text)) return 0;
  const match = /^(\d+(?:\.\d+)?)\s*(d|dys?|days?|w|wks?|weeks?)?\s*\??$/i.exec(text);
  const amount = match ? Number(match[1]) * (/^w/i.test(match[2] ?? '') ? 5 : 1) : Number.NaN;
  if (!Number.isInteger(amount)) {
    problems.push(makeProblem(path, 'a whole number of working days, like 35 days or 2 wks, or Milestone', describeValue(text)));
    return undefined;
  }
  return amount;
}

type RowTarget =
  { readonly kind: 'workstream'; readonly name: string } | { readonly kind: 'action'; readonly name: string; readonly id: string };

const LINK = /^(\d+)\s*(FS|SS|FF|SF)?(?:\s*([+-])\s*(\d+(?:\.\d+)?)\s*([a-z%]*)\??)?$/i;

/**
 * A project tool's Predecessors column ("3", "3FS+2 days", "5SS", "7FF-1 wk", "4,6"): each link by
 * the row number of its predecessor, with its type (finish-to-start if none) and lag in working
 * days or weeks, as a dependency of the row's action.
 */
function readPredecessors(
  links: readonly { readonly action: ActionInput; readonly text: string; readonly path: (string | number)[] }[],
  rowTargets: ReadonlyMap<string, RowTarget>,
  hasRowIds: boolean,
  problems: Problem[],
  notes: string[],
): void {
  for (const { action, text, path } of links) {
    if (!hasRowIds) {
      problems.push(makeProblem(path, 'predecessors with an ID column of row numbers for them to refer to', describeValue(text)));
      continue;
    }
    const dependencies = [];
    for (const item of text
      .split(/[,;]/)
      .map((t) => t.trim())
      .filter((t) => t !== '')) {
      const match = LINK.exec(item);
      const unit = (match?.[5] ?? '').toLowerCase();
      const weeks = /^(w|wks?|weeks?)$/.test(unit);
      const amount = Number(match?.[4] ?? 0) * (weeks ? 5 : 1) * (match?.[3] === '-' ? -1 : 1);
      if (match === null || !(unit === '' || weeks || /^(d|dys?|days?)$/.test(unit)) || !Number.isInteger(amount)) {
        problems.push(
          makeProblem(
            path,
            'predecessors by row number, like 3, 3FS+2 days or 5SS-1 wk, with lags in whole working days or weeks',
            describeValue(item),
          ),
        );
        continue;
      }
      const target = rowTargets.get(match[1] as string);
      if (target === undefined) {
        problems.push(makeProblem(path, 'the row number (ID) of a task in the table', describeValue(item)));
        continue;
      }
      if (target.kind === 'workstream') {
        notes.push(
          `${action.ref}'s predecessor ${item} is the heading of ${target.name}; the plan links actions to actions, so it was not kept.`,
        );
        continue;
      }
      dependencies.push({ predecessorId: target.id, type: (match[2] ?? 'FS').toUpperCase() as 'FS' | 'SS' | 'FF' | 'SF', lagDays: amount });
    }
    if (dependencies.length > 0) action.dependencies = dependencies;
  }
}

/**
 * A workstream from a workstream column's cell: "Focus Area 2 - Joint Commissioning" as a heading
 * reads, "2. Joint commissioning" with its number as the ref, or the name alone, numbered in
 * order. Its label is the heading's ("Focus Area"), else the column's header ("Area of weakness").
 * It is added to the workstreams.
 */
function workstreamFromColumn(text: string, header: string, workstreams: WorkstreamInput[]): WorkstreamInput {
  const heading = HEADING.exec(text);
  const numbered = heading === null ? /^(\d+[A-Za-z]?(?:\.\d+)*)[.):]?\s+(\S.*)$/.exec(text) : null;
  const workstream = workstreamFromHeading(
    heading,
    numbered === null ? { ref: String(workstreams.length + 1), title: text } : { ref: numbered[1] as string, title: numbered[2] as string },
    { leads: [] },
    /^work ?streams?$/i.test(header.trim()) ? 'Workstream' : header.trim(),
  );
  workstreams.push(workstream);
  return workstream;
}

/** Labels of the lines a published plan writes under an action's title, as `writePlanDocument` does. */
const TITLE_LINE =
  /^(what will be different(?: for (?:children(?:, young people)? and )?families)?|success looks like|success criteria|evidence)\s*:\s*(.*)$/i;

/**
 * A title cell's parts: the title (its own lines joined, as a wrapped title is one), what will be
 * different (lines labelled so), success criteria (lines labelled "Success looks like:", split at
 * "; "), evidence (lines labelled so, which have no link to keep), and every labelled line.
 */
function describedTitle(cell: string): { title: string; difference: string; success: string[]; evidence: string[]; lines: string[] } {
  const own: string[] = [];
  const difference: string[] = [];
  const success: string[] = [];
  const evidence: string[] = [];
  const lines: string[] = [];
  for (const line of cell.split('\n')) {
    const labelled = TITLE_LINE.exec(line);
    if (labelled === null || own.length === 0) {
      own.push(line);
      continue;
    }
    lines.push(line);
    const [, label = '', text = ''] = labelled;
    if (text === '') continue;
    if (/^what/i.test(label)) difference.push(text);
    else if (/^success/i.test(label)) success.push(...text.split(/;\s+/).filter((c) => c !== ''));
    else evidence.push(text);
  }
  return { title: own.join(' ').replace(/\s+/g, ' ').trim(), difference: difference.join(' '), success, evidence, lines };
}

/**
 * Evidence as a table gives it: its title then its address in brackets ("QA framework
 * (https://…)", as `readWordTables` writes a link), or an address alone. Only web and email
 * addresses are links; anything else is no evidence the plan can keep.
 */
function readEvidence(text: string): { title: string; url: string } | undefined {
  const bracketed = /^(.*?)\s*\(((?:https?:\/\/|mailto:)[^\s()]*(?:\([^\s()]*\)[^\s()]*)*)\)$/i.exec(text);
  if (bracketed !== null && isSafeUrl(bracketed[2] as string))
    return { title: (bracketed[1] as string) || (bracketed[2] as string), url: bracketed[2] as string };
  if (/^\S+$/.test(text) && isSafeUrl(text)) return { title: text, url: text };
  return undefined;
}
