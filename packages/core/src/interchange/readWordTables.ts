import type { ParseResult } from '../model/parsePlan.js';
import { describeValue, makeProblem } from '../model/problem.js';
import { listWords } from '../measures/counting.js';
import { cleanCell, headerColumns, HEADERS, HEADING, LABELLED_HEADING, quoteCell, rowWords } from './projectParts.js';
import { attr, child, children, type XmlElement } from './readXml.js';
import { resolvePart } from './readWorkbook.js';
import { listed } from './sheetParts.js';
import { SHEET_COLUMNS } from './cellRef.js';
import { readZip, xmlPart, ZipError } from './readZip.js';
import { formatNumber, leftIndent, ListNumbers } from './wordNumbering.js';
import { fromStyleChain, stylesById } from './wordStyles.js';
import { cellRagColour, ragColour } from './ragColour.js';
import { isSymbolFont, RAG_DOTS, symbolCharacters } from './symbolFonts.js';
import { flatOdf, odfMediaType, otherOdfKind, withAddress } from './odfText.js';
import { ODT_MEDIA_TYPES, readOdtTables } from './readOdt.js';
import {
  countCells,
  finishTable,
  keyOf,
  TableTooWide,
  tooWide,
  trimEnd,
  type Block,
  type Heading,
  type Mark,
  type ReadRow,
  type ReadTable,
} from './wordTableParts.js';

/** A table of a Word document, as the choice of which to read names it. */
export interface WordTable {
  /** Its number in the document, from 1, in reading order. */
  readonly number: number;
  /** Its header row's cells: the first row that is not a title written across the whole table. */
  readonly header: readonly string[];
  /** How many rows it has under its header row, leaving out empty ones. */
  readonly rows: number;
  /** The heading above it in the document, if there is one after the table before it. */
  readonly heading?: string;
}

/** The tables of a Word document, and the text of those read, for `readProjectTable` or `readProgressReturns`. */
export interface WordTables {
  /** Every table in the document, in order. */
  readonly tables: readonly WordTable[];
  /** The numbers of the tables read: one table, or every table with its header row. */
  readonly read: readonly number[];
  /**
   * The tables read as tab-separated text, as a copied table's cells paste: the header row once,
   * then the rows. Where headings nest or actions are set in under others, a last column,
   * "Outline level", gives each heading's and action's level, for `readProjectTable`.
   */
  readonly text: string;
  /**
   * What the text does not show of reading the document: tables joined and the headings put
   * between them, the other tables, merged cells read into each row, and anything in a cell that
   * is not text (pictures, symbols, hidden text, comments) or that was read as if accepted
   * (tracked changes).
   */
  readonly notes: readonly string[];
}

export interface ReadWordTablesOptions {
  /**
   * A table to read, by its number in `tables`: it is read with every other table that has the
   * same header row. Default: the tables sharing a header row that hold the most rows between them
   * (on a tie, those whose header names more of a plan's columns: Ref, Action, Lead, Start…).
   */
  readonly table?: number;
}

/** The addresses of a document's links, by relationship id. */
type Links = ReadonlyMap<string, string>;

/**
 * Reads the tables of a Word document (`.docx`, as Word, LibreOffice and Google Docs save it) into
 * tab-separated text, as the cells would copy: so a plan or a progress report councils keep in
 * Word, with its project table pasted in or typed as a table under each workstream's heading, is
 * read without copying its cells first.
 *
 * - A table's header row is its first row that is not a title written across the whole table in
 *   one cell ("Area of weakness 1: …"); such a title is kept as a row of its own. A header written
 *   over two rows ("Timescale" spanning "Start" and "End" under it) is read as one row, where Word
 *   repeats both as header rows or the header's other cells are merged down into the second.
 * - Tables with the same header row are read as one, in order: a plan written as one table per
 *   workstream reads as a single table. Between them go the headings at their level (Word
 *   headings, or a paragraph all in bold where the document has no headings there), each as a row
 *   of its own, which `readProjectTable` reads as a workstream ("Workstream 2 - Joint
 *   commissioning"). A table read alone takes the heading above it only if it names a workstream.
 * - Workstreams within workstreams: a heading at another level goes in too where it names a
 *   workstream, in a known form ("Focus Area 1: JSNA") or with the label of one already read
 *   ("Strand A.3: …" under "Strand A: …"); other headings among the tables are left out and named.
 *   An action whose title is set in further than those above it is a sub-action of the one above
 *   it a step less indented. Where headings nest, or actions are set in, or a heading's form is
 *   read as a workstream only when known to be a heading ("Strand 2: …"), the text gains a last
 *   column, "Outline level", giving each heading's and action's level as a project tool would.
 * - By default, the tables read are those sharing a header row that hold the most rows (on a tie,
 *   those whose header names more of a plan's columns); `table` chooses another. `tables` lists them all, so a reader can offer the choice.
 * - A cell's paragraphs and line breaks become lines of one cell; a cell spanning columns keeps its
 *   text in the first; cells merged down several rows (a lead written once beside the actions they
 *   lead) give their text to each row, and the notes say which.
 * - A link to a web or email address keeps its address after its text ("QA framework
 *   (https://…)"), which a copied cell would lose, so evidence reads back as links; a link to
 *   anything else (a file on someone's computer) is its text alone.
 * - A footnote's or endnote's text goes in brackets where its mark is, numbered as Word numbers
 *   them by default ("(footnote 2: …)", "(endnote i: …)"), and the notes name the rows.
 * - A RAG given by a cell's colour alone (a red, amber, green or blue fill in the RAG column, with
 *   no word) is read as the colour's word, and the notes name the rows.
 * - Tracked changes are read as if accepted. Hidden text, pictures and text boxes, symbols from
 *   symbol fonts and comments are not read, and the notes name the rows that hold them, so
 *   nothing is lost without a word. A table inside a cell is read as lines of that cell.
 * - An OpenDocument text document (`.odt`: LibreOffice Writer's own format, the UK government's
 *   standard for sharing documents) is read the same way, into the same text and notes: headings
 *   by outline level or heading style, lists numbered as the document numbers them, notes by the
 *   marks it shows. Rows it repeats are read once each, up to `ODT_MAX_ROWS` a table.
 * - A file that is not a Word document, one with no table, and damaged parts are problems saying
 *   what was expected and what was found.
 *
 * @example
 * const read = await readWordTables(new Uint8Array(await file.arrayBuffer()));
 * if (read.ok) readProjectTable(read.value.text, { reportedOn: '2022-05-22' });
 */
export async function readWordTables(bytes: Uint8Array, options: ReadWordTablesOptions = {}): Promise<ParseResult<WordTables>> {
  const fail = (path: (string | number)[], expected: string, found: string): ParseResult<WordTables> => ({
    ok: false,
    problems: [makeProblem(path, expected, found)],
  });
  const zip = readZip(bytes, 'a Word document (.docx) or OpenDocument text document (.odt)');
  if (!zip.ok) {
    // A flat OpenDocument text document (.fodt) is one XML document, not an archive.
    const flat = flatOdf(bytes);
    if (flat === undefined) return fail([], zip.expected, zip.found);
    if (!flat.ok) return fail([], 'an OpenDocument text document whose parts can be read', flat.found);
    if (ODT_MEDIA_TYPES.includes(flat.kind))
      return readOdtTables(flat.parts, (tables, blocks) => tablesRead(tables, blocks, options, { app: 'OpenDocument' }), 'a flat XML file');
    return fail(
      [],
      'a Word document (.docx) or OpenDocument text document (.odt or .fodt)',
      otherOdfKind(flat.kind, 'spreadsheet', 'a workbook'),
    );
  }
  try {
    // An OpenDocument file names its kind first thing, in a file of its own.
    const kind = await odfMediaType(zip);
    if (kind !== undefined && ODT_MEDIA_TYPES.includes(kind))
      return await readOdtTables(xmlPart(zip, { mixed: true }), (tables, blocks) =>
        tablesRead(tables, blocks, options, { app: 'OpenDocument' }),
      );
    if (kind !== undefined)
      return fail([], 'a Word document (.docx) or OpenDocument text document (.odt)', otherOdfKind(kind, 'spreadsheet', 'a workbook'));
    const part = xmlPart(zip);
    // The main part is the one the package's relationships name as the office document.
    const packageRelations = await part('_rels/.rels');
    const target = packageRelations?.children.find((r) => (r.attributes.Type ?? '').endsWith('/officeDocument'))?.attributes.Target;
    const path = target === undefined ? 'word/document.xml' : resolvePart('', target);
    const document = await part(path);
    const body = child(document, 'body');
    if (body === undefined)
      return fail(
        [],
        'a Word document (.docx), with its word/document.xml',
        zip.names.includes('xl/workbook.xml') ? 'an Excel workbook: open it as a workbook' : 'a ZIP archive without one',
      );
    const folder = path.slice(0, path.lastIndexOf('/') + 1);
    const stylesPart = await part(`${folder}styles.xml`);
    const styles = headingStyles(stylesPart);
    // Word's list numbers, counted in reading order as the body is read.
    const numbers = new ListNumbers(await part(`${folder}numbering.xml`), stylesPart);
    const indentOf = paragraphIndents(stylesPart, numbers);
    const relations = await part(`${folder}_rels/${path.slice(folder.length)}.rels`);
    // The addresses of the document's links, by relationship id.
    const links: Links = new Map(
      (relations?.children ?? []).flatMap((r) =>
        (r.attributes.Type ?? '').endsWith('/hyperlink') && r.attributes.Id !== undefined
          ? [[r.attributes.Id, r.attributes.Target ?? ''] as const]
          : [],
      ),
    );
    // Footnotes and endnotes, by the parts the document's relationships name (or where Word puts them).
    const notePart = async (kind: 'footnotes' | 'endnotes') => {
      const named = relations?.children.find((r) => (r.attributes.Type ?? '').endsWith(`/${kind}`))?.attributes.Target;
      return part(named === undefined ? `${folder}${kind}.xml` : resolvePart(folder, named));
    };
    const settingsTarget = relations?.children.find((r) => (r.attributes.Type ?? '').endsWith('/settings'))?.attributes.Target;
    const settings = await part(settingsTarget === undefined ? `${folder}settings.xml` : resolvePart(folder, settingsTarget));
    const notes = new NoteTexts(await notePart('footnotes'), await notePart('endnotes'), links, settings, body);
    const { tables, blocks } = readBody(body, styles, links, numbers, indentOf, notes, runInks(stylesPart));
    return tablesRead(tables, blocks, options, { pageNumbered: notes.pageNumbered });
  } catch (error) {
    if (error instanceof ZipError) return fail([], 'a Word document whose parts can be read', `${error.file}, as ${error.reason}`);
    if (error instanceof TableTooWide) return fail([], ...tooWide(error));
    throw error;
  }
}

/**
 * The tables read from a document's body (Word's or OpenDocument's): each summed up, and the group
 * chosen (by `table`, else the busiest) joined into one text. `pageNumbered` where the document
 * numbers its notes again on each page, which is not known here; `app` names the program the
 * notes speak of.
 */
export function tablesRead(
  tables: readonly ReadTable[],
  blocks: readonly Block[],
  options: ReadWordTablesOptions,
  { pageNumbered = false, app = 'Word' }: { readonly pageNumbered?: boolean; readonly app?: 'Word' | 'OpenDocument' } = {},
): ParseResult<WordTables> {
  const fail = (path: (string | number)[], expected: string, found: string): ParseResult<WordTables> => ({
    ok: false,
    problems: [makeProblem(path, expected, found)],
  });
  if (tables.length === 0)
    return fail([], `a${app === 'Word' ? ' Word' : 'n OpenDocument text'} document with a table`, 'a document with no tables');

  const summaries: WordTable[] = tables.map((table) => ({
    number: table.number,
    header: table.headerAt === -1 ? [] : trimEnd(table.rows[table.headerAt]?.cells ?? []),
    // Rows under the header with text, leaving out the header written again.
    rows: table.rows.filter(
      (row, i) => i > table.headerAt && !row.title && row.cells.some((c) => c !== '') && keyOf(row.cells) !== table.key,
    ).length,
    ...(table.heading === undefined ? {} : { heading: table.heading.text }),
  }));
  if (options.table !== undefined && !(Number.isInteger(options.table) && options.table >= 1 && options.table <= tables.length))
    return fail(
      ['table'],
      tables.length === 1 ? 'table 1, the only table' : `a table's number, from 1 to ${tables.length}`,
      describeValue(options.table),
    );
  const chosenKey = options.table === undefined ? busiestKey(tables, summaries) : (tables[options.table - 1] as ReadTable).key;
  const group = tables.filter((table) => table.key === chosenKey);
  const read = joined(group, summaries, blocks, app);
  // Notes numbered again on each page: where the pages break is Word's layout, which is not known here.
  if (pageNumbered && read.notes.some((note) => note.includes('footnotes or endnotes')))
    read.notes.push(
      'The document numbers its notes again on each page, which depends on where Word breaks the pages: they were numbered through the document instead, so a number may differ from the one Word shows.',
    );
  return { ok: true, value: { tables: summaries, read: group.map((t) => t.number), ...read }, problems: [] };
}

/** The header of the column of headings' levels the text gains where they nest. */
const OUTLINE_LEVEL = 'Outline level';

/**
 * A document's tables grouped as `readWordTables` joins them: the tables sharing a header row
 * (matched in any case and spacing), each group in the order of its first table. A table with no
 * header row is a group of its own. For offering the choice of what to read: `table` takes any
 * table's number in a group, and reads the whole group.
 *
 * @example
 * const read = await readWordTables(bytes);
 * if (read.ok) wordTableGroups(read.value.tables).map((group) => group.map((t) => t.number)); // [[1], [2, 3]]
 */
export function wordTableGroups(tables: readonly WordTable[]): WordTable[][] {
  const groups = new Map<string, WordTable[]>();
  for (const table of tables) {
    const key = table.header.length === 0 ? `#${table.number}` : keyOf(table.header);
    groups.set(key, [...(groups.get(key) ?? []), table]);
  }
  return [...groups.values()];
}

/** The header row shared by the tables holding the most rows between them (on a tie, the one naming more of a plan's columns, then the first). */
function busiestKey(tables: readonly ReadTable[], summaries: readonly WordTable[]): string {
  const rows = new Map<string, number>();
  tables.forEach((table, i) => rows.set(table.key, (rows.get(table.key) ?? 0) + (summaries[i] as WordTable).rows));
  // On a tie, the header that names more of a plan's columns (Ref, Action, Lead, Start…).
  const known = new Set(Object.values(HEADERS).flat());
  const planColumns = (key: string) => key.split('\t').filter((name) => known.has(name)).length;
  let best = (tables[0] as ReadTable).key;
  for (const [key, count] of rows) {
    const most = rows.get(best) ?? 0;
    if (count > most || (count === most && planColumns(key) > planColumns(best))) best = key;
  }
  return best;
}

/** The text of a group of tables with one header row, and the notes on reading them. */
function joined(
  group: readonly ReadTable[],
  summaries: readonly WordTable[],
  blocks: readonly Block[],
  app: string,
): { text: string; notes: string[] } {
  const first = group[0] as ReadTable;
  const placed = placeHeadings(group, blocks);
  const lines: string[][] = [];
  const marks = new Map<Mark, number[]>();
  const mark = (row: { readonly marks: Set<Mark> }) => {
    for (const m of row.marks) (marks.get(m) ?? marks.set(m, []).get(m))?.push(lines.length);
  };
  const notes: string[] = [];
  const headings: string[] = [];
  const repeatedHeaders: string[] = [];
  const merged: string[] = [];
  if (first.headerAt !== -1) {
    const header = first.rows[first.headerAt] as ReadRow;
    mark(header);
    lines.push(header.cells);
  }
  const headerCells = first.headerAt === -1 ? [] : (first.rows[first.headerAt] as ReadRow).cells;
  // The columns as readProjectTable finds them: the titles' indents show sub-actions.
  const columns = headerColumns(headerCells.map((cell) => cleanCell(cell)));
  const titleColumn = columns.get('title') ?? -1;
  const ragColumn = columns.get('rag') ?? -1;
  // The levels of the headings put in, and each action's indent, by their lines in the text.
  const headingLevels = new Map<number, number>();
  const indents = new Map<number, number>();
  const put = (heading: Heading) => {
    mark(heading);
    headingLevels.set(lines.length, placed.levels.get(heading) ?? 1);
    lines.push([heading.text]);
    headings.push(heading.text);
  };
  for (const table of group) {
    placed.before.get(table.number)?.forEach(put);
    // Where each of the table's rows went in the text, for the notes on merged cells.
    const at = new Map<number, number>();
    table.rows.forEach((row, i) => {
      if (i === table.headerAt) return;
      if (i > table.headerAt && table.headerAt !== -1 && !row.title && keyOf(row.cells) === table.key) {
        repeatedHeaders.push(`table ${table.number}, row ${i + 1}`);
        return;
      }
      at.set(i, lines.length + 1);
      // A RAG shown by the cell's colour alone is read as the colour's word, and the notes say so.
      const fill = ragColumn === -1 || row.title ? undefined : cellRagColour(row.fills, ragColumn, row.cells[ragColumn] ?? '');
      // Or by a dot ("●") in a colour, with no word.
      const ink =
        fill !== undefined || ragColumn === -1 || row.title || !RAG_DOTS.test(row.cells[ragColumn] ?? '')
          ? undefined
          : ragColour(row.inks[ragColumn]);
      const colour = fill ?? ink;
      mark(colour === undefined ? row : { marks: new Set([...row.marks, fill === undefined ? 'ink' : 'colour']) });
      if (titleColumn !== -1 && !row.title && (row.cells[titleColumn] ?? '') !== '')
        indents.set(lines.length, row.indents[titleColumn] ?? 0);
      lines.push(colour === undefined ? row.cells : row.cells.map((cell, c) => (c === ragColumn ? colour : cell)));
    });
    const header = table.headerAt === -1 ? [] : (table.rows[table.headerAt] as ReadRow).cells;
    for (const run of table.merged) {
      const from = at.get(run.from);
      const to = at.get(run.to);
      if (from === undefined || to === undefined) continue;
      const name = header[run.column] ? `"${clip(header[run.column] as string, 30)}"` : `${run.column + 1}`;
      merged.push(`column ${name}, rows ${from} to ${to} ("${clip(run.value, 40)}")`);
    }
  }
  placed.after.forEach(put);

  if (group.length === 1 && headings.length > 0)
    notes.push(
      `The heading above the table, "${clip(headings[0] as string, 60)}", names a workstream, so it was read as a row of its own.`,
    );
  if (group.length > 1) {
    const numbers = group.map((t) => t.number);
    notes.push(
      `Tables ${listWords(numbers.map(String))} have the same header row, so they were read as one${
        headings.length === 0
          ? '.'
          : `, with the headings among them, each as a row of its own: ${listed(
              headings.map((h) => `"${clip(h, 60)}"`),
              '; ',
            )}.`
      }`,
    );
  }
  const leftOut = (list: readonly Heading[], why: string, where = group.length === 1 ? 'above the table' : 'among the tables') => {
    if (list.length > 0)
      notes.push(
        `${list.length === 1 ? 'A heading' : `${list.length} headings`} ${where} ${list.length === 1 ? 'was' : 'were'} left out, as ${why}: ${listed(
          list.map((h) => `"${clip(h.text, 60)}"`),
          '; ',
        )}.`,
      );
  };
  leftOut(
    placed.above,
    placed.above.length === 1 ? 'it names no workstream' : 'they name no workstream',
    group.length === 1 ? 'above the table' : 'above the plan',
  );
  leftOut(placed.skipped, placed.skipped.length === 1 ? 'it names no workstream at its level' : 'they name no workstream at their level');
  leftOut(placed.titled, `the table under ${placed.titled.length === 1 ? 'it' : 'them'} has a title row of its own`);
  const others = summaries.filter((s) => !group.some((t) => t.number === s.number));
  if (others.length > 0)
    notes.push(
      `${others.length === 1 ? 'One other table was' : `${others.length} other tables were`} not read: ${listed(
        others.map(
          (s) =>
            `table ${s.number} (${s.header.length === 0 ? 'no header row' : clip(s.header.join(' | '), 60)}; ${s.rows} ${s.rows === 1 ? 'row' : 'rows'})`,
        ),
        '; ',
      )}. Choose one to read it instead.`,
    );
  const twoRowHeaders = group.filter((t) => t.twoRowHeader !== undefined);
  if (twoRowHeaders.length > 0)
    notes.push(
      `A header written over two rows was read as one, each column taking the name under it: ${listed(
        twoRowHeaders.map((t) => `table ${t.number} (${t.twoRowHeader})`),
        '; ',
      )}.`,
    );
  if (merged.length > 0)
    notes.push(
      `${merged.length === 1 ? 'One run of cells is' : `${merged.length} runs of cells are`} merged down several rows, so each row takes the merged text: ${listed(merged, '; ')}.`,
    );
  if (repeatedHeaders.length > 0)
    notes.push(
      `The header row, written again within the ${repeatedHeaders.length === 1 ? 'table, was left out there' : 'tables, was left out each time'}: ${listed(repeatedHeaders, '; ')}.`,
    );
  const said: Record<Mark, (rows: string) => string> = {
    tracked: (rows) => `${rows} tracked changes, read as if they were accepted: deleted text is left out and inserted text kept.`,
    hidden: (rows) => `${rows} hidden text, which was not read.`,
    drawing: (rows) => `${rows} a picture, chart or text box, whose content was not read. Write what it says as text in the cell.`,
    symbol: (rows) =>
      `${rows} a character from a symbol font with no plain equivalent (a picture in Wingdings, or a character of Wingdings 2 or 3, Webdings or Symbol), which was not read. Write what it means as a word (Complete, Yes).`,
    comment: (rows) => `${rows} comments, which are not part of the table and were not read.`,
    nested: (rows) => `${rows} a table inside a cell: each of its rows was read as a line of that cell, its cells joined with " | ".`,
    footnote: (rows) =>
      `${rows} footnotes or endnotes, whose text is in another part of the document: each was put in brackets where its mark is ("(footnote 1: …)").`,
    ink: (rows) =>
      `${rows} a RAG shown by a dot's colour alone ("●", "■"), with no word: each was read as the colour it is nearest ("Red", "Amber", "Green", "Blue"). Check them, and write the word in the cell, as a colour alone is lost on a screen reader and in black and white.`,
    colour: (rows) =>
      `${rows} a RAG shown by the cell's colour alone, with no word in it: each was read as the colour it is nearest ("Red", "Amber", "Green", "Blue"). Check them, and write the word in the cell, as a colour alone is lost on a screen reader and in black and white.`,
    numbered: (rows) =>
      `${rows} numbers that ${app === 'Word' ? "Word's" : "the document's"} list numbering puts before a paragraph, which are not in its text: each was read as ${app === 'Word' ? 'Word' : 'the document'} shows it ("1.2", "b)").`,
  };
  for (const [m, rows] of marks) notes.push(said[m](`${rowWords(rows.map((r) => r + 1))} ${rows.length === 1 ? 'holds' : 'hold'}`));

  // Every row as wide as the widest, as a copied table keeps its empty cells; a row with no text is a blank line.
  let width = Math.max(0, ...lines.map((cells) => trimEnd(cells).length));
  // Actions set in further than others in the title column, as a sub-action's title is under its parent's.
  const steps = [...new Set(indents.values())].sort((a, b) => a - b);
  const depthAt = (line: number) => steps.indexOf(indents.get(line) as number);
  const subActions = [...indents.keys()].filter((line) => depthAt(line) > 0);
  const titleName = `"${clip(headerCells[titleColumn] ?? '', 30)}"`;
  // Levels can be given only where the table has no outline of its own and every action sits under a heading.
  const ownOutline = columns.has('level') || columns.has('workstream') || group.some((t) => t.rows.some((row) => row.title));
  const canLevel = first.headerAt !== -1 && !ownOutline && headingLevels.size > 0;
  const firstHeading = Math.min(...headingLevels.keys());
  const nestActions = canLevel && subActions.length > 0 && [...indents.keys()].every((line) => line > firstHeading);
  if (canLevel && (placed.needsLevels || nestActions)) {
    // A column of levels after the others, as a project tool's outline level: each heading's among
    // the headings, and where actions are set in, each action's under its heading, a step deeper
    // for each step it is set in.
    const levels: (number | undefined)[] = [];
    let above = 0;
    lines.forEach((_, line) => {
      const heading = headingLevels.get(line);
      if (heading !== undefined) levels[line] = above = heading;
      else if (nestActions && indents.has(line)) levels[line] = above + 1 + depthAt(line);
    });
    const header = trimEnd(lines[0] as string[]);
    lines[0] = [...header, ...Array.from({ length: width - header.length }, () => ''), OUTLINE_LEVEL];
    levels.forEach((level, line) => {
      const cells = lines[line] as string[];
      if (level !== undefined) lines[line] = [...cells, ...Array.from({ length: width - cells.length }, () => ''), String(level)];
    });
    width++;
    const depths = new Set(headingLevels.values()).size;
    const headingWords = placed.needsLevels
      ? depths > 1
        ? `the headings are at ${depths} levels, and one a level down names a workstream within the one above it`
        : `each heading is a workstream, as "${clip(headings.find((text) => !HEADING.test(text)) ?? '', 60)}" is`
      : 'each heading is a workstream';
    notes.push(
      `A column "${OUTLINE_LEVEL}" was added at the end, giving rows their levels in the plan's outline, from 1: ${headingWords}${
        !nestActions
          ? '.'
          : `; ${rowWords(subActions.map((line) => line + 1)).replace(/^R/, 'r')} ${subActions.length === 1 ? 'is' : 'are'} set in further in the ${titleName} column than the actions above, so each is a sub-action of the one above it a level up.`
      }`,
    );
  }
  if (subActions.length > 0 && !nestActions)
    notes.push(
      `${rowWords(subActions.map((line) => line + 1))} ${subActions.length === 1 ? 'is' : 'are'} set in further in the ${titleName} column than other actions, as sub-actions often are, but ${
        ownOutline
          ? 'the table gives its own outline or workstreams'
          : headingLevels.size === 0
            ? 'no heading among the tables says which workstream they are in'
            : 'an action comes before the first heading'
      }, so each was read as an action of its own.`,
    );
  const text = lines
    .map((cells) => (cells.every((c) => c === '') ? '' : Array.from({ length: width }, (_, c) => quoteCell(cells[c] ?? '')).join('\t')))
    .join('\n');
  return { text: text === '' ? '' : `${text}\n`, notes };
}

/** The headings to put among a group of tables, and those left out. */
interface PlacedHeadings {
  /** The headings to go before each table, by its number. */
  readonly before: Map<number, Heading[]>;
  /** The headings after the last table, with no table of their own. */
  readonly after: Heading[];
  /** The headings among the tables left out as they name no workstream, to be named in the notes. */
  readonly skipped: Heading[];
  /** The headings left out as the table under them has a title row of its own. */
  readonly titled: Heading[];
  /**
   * The headings above the plan left out as they name no workstream: the document's title, its
   * introduction's, and those of parts above the first workstream's.
   */
  readonly above: Heading[];
  /** Each heading put in, with its level among them from 1. */
  readonly levels: Map<Heading, number>;
  /**
   * Whether the text must give the headings' levels: they are at more than one level (workstreams
   * within workstreams), or one is in a form `readProjectTable` reads as a workstream only when
   * told it is a heading ("Strand 2: …").
   */
  readonly needsLevels: boolean;
}

/**
 * The headings to put among a group of tables, as rows of their own: a plan written as a table
 * per workstream has each workstream's heading above its table, and a workstream with no actions
 * yet has a heading and no table. The level read is the shallowest among the tables; headings at
 * it go in, from the run of them above the first table to those after the last. A heading at
 * another level goes in too where it names a workstream: in a known form ("Focus Area 1: JSNA") or
 * with the label of a heading already put in ("Strand A.3: …" under "Strand A: …"), as the kit's
 * own document nests them; above the first table, a shallower one naming the workstream the run is
 * in takes the run on above it, and headings at the level under it must then name workstreams
 * too. Above the first table's own heading, one at the level goes in only where it names a
 * workstream in a known form or with that heading's label: an "Introduction" does not. Other
 * headings between the tables are left out, as are those above the plan, and all are named. A
 * document with no Word headings there gives each table the paragraph all in bold above it.
 * Tables with a title row of their own take no heading; a table read alone takes
 * the one above it only if it names a workstream in the way `readProjectTable` reads one ("Area of
 * weakness 1: …"), as a report's own title does not.
 */
function placeHeadings(group: readonly ReadTable[], blocks: readonly Block[]): PlacedHeadings {
  const before = new Map<number, Heading[]>();
  const after: Heading[] = [];
  const skipped: Heading[] = [];
  const overTitles: Heading[] = [];
  const above: Heading[] = [];
  const titled = new Set(group.filter((t) => t.rows.some((row) => row.title)).map((t) => t.number));
  if (group.length < 2) {
    // A table alone takes the heading above it only if that names a workstream, as a report's title above its table does not.
    const only = group[0];
    if (only?.heading !== undefined)
      if (titled.has(only.number)) overTitles.push(only.heading);
      else if (HEADING.test(only.heading.text)) before.set(only.number, [only.heading]);
      else above.push(only.heading);
    return { before, after, skipped, titled: overTitles, above, levels: flat(before), needsLevels: false };
  }
  const numbers = new Set(group.map((t) => t.number));
  const at = blocks.flatMap((block, i) => (block.kind === 'table' && numbers.has(block.number) ? [i] : []));
  const between = blocks
    .slice(at[0], at.at(-1))
    .flatMap((b) => (b.kind === 'heading' && b.heading.level !== undefined ? [b.heading.level] : []));
  if (between.length === 0) {
    for (const table of group) if (table.heading !== undefined && !titled.has(table.number)) before.set(table.number, [table.heading]);
    return { before, after, skipped, titled: overTitles, above, levels: flat(before), needsLevels: false };
  }
  const level = Math.min(...between);
  const labelOf = (heading: Heading) => LABELLED_HEADING.exec(heading.text)?.[1]?.toLowerCase();
  // Above the first table: the run of headings at the level or deeper, back to a shallower heading
  // or to another table above them. A shallower heading that names the workstream the run is in
  // ("Strand 1: …" above "Strand 1.1: …" or "Focus Area 2: …") goes in too, and the run goes on above it.
  const first: Heading[] = [];
  const vouched = new Set<Heading>();
  let top = level;
  for (let i = (at[0] as number) - 1; i >= 0; i--) {
    const block = blocks[i] as Block;
    // Another table right above (a workstream's outcomes, say) is passed over until a heading at the level is found.
    if (block.kind === 'table') {
      if (first.some((h) => h.level === top)) break;
      continue;
    }
    const { heading } = block;
    if (heading.level === undefined) continue;
    if (heading.level < top) {
      const label = labelOf(heading);
      if (!HEADING.test(heading.text) && (label === undefined || !first.some((h) => labelOf(h) === label))) {
        above.push(heading);
        break;
      }
      vouched.add(heading);
      top = heading.level;
    }
    first.unshift(heading);
  }
  // The run starts at its first heading at its shallowest level: deeper ones above that belong to something else.
  const start = first.findIndex((h) => h.level === top);
  above.push(...first.slice(0, Math.max(0, start)));
  const gaps = [start === -1 ? first : first.slice(start)];
  for (let n = 1; n < at.length; n++)
    gaps.push(
      blocks
        .slice((at[n - 1] as number) + 1, at[n])
        .flatMap((block) => (block.kind === 'heading' && block.heading.level !== undefined ? [block.heading] : [])),
    );
  // After the last table: headings with no table of their own, up to one shallower than any put in, or another table.
  const last: Heading[] = [];
  for (const block of blocks.slice((at.at(-1) as number) + 1)) {
    if (block.kind === 'table' || (block.heading.level !== undefined && block.heading.level < top)) break;
    if (block.heading.level !== undefined) last.push(block.heading);
  }
  gaps.push(last);

  const levels = new Map<Heading, number>();
  // In reading order, each heading at the level goes in, and one at another where it names a
  // workstream; below workstreams named above the first table, one at the level must name one too.
  const labels = new Set<string>();
  const taken = (heading: Heading): boolean => {
    const label = labelOf(heading);
    const names =
      (heading.level === level && top === level) ||
      vouched.has(heading) ||
      HEADING.test(heading.text) ||
      (label !== undefined && labels.has(label));
    if (names && label !== undefined) labels.add(label);
    return names;
  };
  gaps.forEach((gap, n) => {
    const table = group[n];
    if (table !== undefined && titled.has(table.number)) {
      overTitles.push(...gap);
      return;
    }
    const kept: Heading[] = [];
    // Above the first table, a heading at the level before the first table's own names a
    // workstream only in a known form or with that heading's label: "Introduction" and "Context"
    // above "Focus Area 1: …" are the document's, not workstreams, and so are those under them.
    let own = -1;
    if (n === 0 && top === level) for (let i = 0; i < gap.length; i++) if ((gap[i] as Heading).level === level) own = i;
    const ownLabel = own === -1 ? undefined : labelOf(gap[own] as Heading);
    let preamble = false;
    gap.forEach((heading, i) => {
      if (i < own && heading.level === level)
        preamble = !HEADING.test(heading.text) && (ownLabel === undefined || labelOf(heading) !== ownLabel);
      else if (i >= own) preamble = false;
      if (preamble) above.push(heading);
      else (taken(heading) ? kept : skipped).push(heading);
    });
    if (table === undefined) after.push(...kept);
    else if (kept.length > 0) before.set(table.number, kept);
  });

  const put = [...before.values(), after].flat();
  const depths = [...new Set(put.map((h) => h.level as number))].sort((a, b) => a - b);
  for (const heading of put) levels.set(heading, depths.indexOf(heading.level as number) + 1);
  const needsLevels = depths.length > 1 || put.some((h) => !HEADING.test(h.text) && LABELLED_HEADING.test(h.text));
  return { before, after, skipped, titled: overTitles, above, levels, needsLevels };
}

/** Headings put in at one level, each at level 1. */
const flat = (before: Map<number, Heading[]>): Map<Heading, number> => new Map([...before.values()].flat().map((h) => [h, 1]));

/**
 * The styles that make a paragraph a heading, by style id, with their outline level: Word's heading
 * styles ("heading 2" is level 1) and any style with an outline level, or based on one that has.
 */
function headingStyles(styles: XmlElement | undefined): Map<string, number> {
  const byId = stylesById(styles);
  const headings = new Map<string, number>();
  for (const [id] of byId) {
    const level = fromStyleChain(byId, id, (style) => {
      const name = /^heading ([1-9])$/.exec((attr(child(style, 'name'), 'val') ?? '').toLowerCase());
      return outlineLevel(child(style, 'pPr')) ?? (name === null ? undefined : Number(name[1]) - 1);
    });
    if (level !== undefined) headings.set(id, level);
  }
  return headings;
}

/** A paragraph properties' outline level (0 to 8 make a heading; 9 is body text). */
function outlineLevel(pPr: XmlElement | undefined): number | undefined {
  const level = attr(child(pPr, 'outlineLvl'), 'val');
  return level !== undefined && /^[0-8]$/.test(level) ? Number(level) : undefined;
}

/** Whether a toggle property (`<w:b/>`, `<w:vanish w:val="0"/>`) is on. */
function on(element: XmlElement | undefined): boolean {
  if (element === undefined) return false;
  const value = attr(element, 'val');
  return value === undefined || !['0', 'false', 'off'].includes(value);
}

/** The elements that only wrap others: content controls, custom XML, smart tags and inserted or moved-in text. */
const WRAPPERS = new Set(['sdt', 'sdtContent', 'customXml', 'smartTag', 'ins', 'moveTo', 'hyperlink', 'fldSimple', 'dir', 'bdo']);

/** The document's tables in reading order, each with the heading above it, and its headings and tables as blocks. */
function readBody(
  body: XmlElement,
  styles: ReadonlyMap<string, number>,
  links: Links,
  numbers: ListNumbers,
  indentOf: (paragraph: XmlElement) => number,
  notes: NoteTexts,
  inkOf: InkOf,
): { tables: ReadTable[]; blocks: Block[] } {
  const tables: ReadTable[] = [];
  const blocks: Block[] = [];
  // The last heading (a Word heading, else a paragraph all in bold) since the table before.
  let heading: Heading | undefined;
  let bold: Heading | undefined;
  const walk = (element: XmlElement) => {
    for (const item of element.children) {
      if (item.name === 'p') {
        const marks = new Set<Mark>();
        // A heading's number is counted, so the lists in tables count on as Word's do, but not put
        // in its text: "Focus Area 2: …" is read by its words, and an outline number would hide them.
        numbers.label(item);
        const text = paragraphText(item, marks, links, notes).replace(/\s+/g, ' ').trim();
        if (child(child(item, 'pPr'), 'sectPr') !== undefined) notes.endSection();
        if (text === '') continue;
        const pPr = child(item, 'pPr');
        const styleId = attr(child(pPr, 'pStyle'), 'val');
        const level = outlineLevel(pPr) ?? (styleId === undefined ? undefined : styles.get(styleId));
        if (level !== undefined) {
          heading = { text, level, marks };
          blocks.push({ kind: 'heading', heading });
        } else if (allBold(item)) {
          bold = { text, marks };
          blocks.push({ kind: 'heading', heading: bold });
        }
      } else if (item.name === 'tbl') {
        const number = tables.length + 1;
        tables.push(readTable(item, number, heading ?? bold, links, numbers, indentOf, notes, inkOf));
        blocks.push({ kind: 'table', number });
        heading = undefined;
        bold = undefined;
      } else if (WRAPPERS.has(item.name)) walk(item);
    }
  };
  walk(body);
  return { tables, blocks };
}

/** How a kind of note is numbered: its format, its first number, and when it starts again. */
interface NoteNumbering {
  readonly format: string;
  readonly start: number;
  readonly restart: 'continuous' | 'eachSect' | 'eachPage';
}

/** How notes are numbered where the document says nothing: footnotes 1, 2, 3 and endnotes i, ii, iii, through the document. */
const NOTE_NUMBERING: Record<'footnote' | 'endnote', NoteNumbering> = {
  footnote: { format: 'decimal', start: 1, restart: 'continuous' },
  endnote: { format: 'lowerRoman', start: 1, restart: 'continuous' },
};

/** A `w:footnotePr` or `w:endnotePr` over the numbering it refines (the document's, or a section's over the document's). */
function noteNumbering(properties: XmlElement | undefined, over: NoteNumbering): NoteNumbering {
  const format = attr(child(properties, 'numFmt'), 'val');
  const start = Number(attr(child(properties, 'numStart'), 'val'));
  const restart = attr(child(properties, 'numRestart'), 'val');
  return {
    format: format ?? over.format,
    start: Number.isInteger(start) && start >= 0 ? start : over.start,
    restart: restart === 'continuous' || restart === 'eachSect' || restart === 'eachPage' ? restart : over.restart,
  };
}

/**
 * A document's footnotes and endnotes, taken in reading order: `take` gives the words to put where a
 * reference is, with the number Word shows, or the mark of its own that follows it. The numbers are
 * as the document's settings and each section's say (format, first number, starting again in
 * each section), else footnotes 1, 2, 3 and endnotes i, ii, iii through the document. Notes
 * numbered again on each page are counted through the document, as where pages break is Word's
 * layout, and `pageNumbered` says so.
 */
class NoteTexts {
  private readonly texts = { footnote: new Map<string, string>(), endnote: new Map<string, string>() };
  private readonly counts = { footnote: 0, endnote: 0 };
  /** Each section's numbering of each kind, in reading order. */
  private readonly sections: { footnote: NoteNumbering; endnote: NoteNumbering }[];
  private section = 0;
  /** Whether a note was numbered in a section that numbers them again on each page. */
  pageNumbered = false;

  constructor(footnotes: XmlElement | undefined, endnotes: XmlElement | undefined, links: Links, settings?: XmlElement, body?: XmlElement) {
    for (const [kind, part] of [
      ['footnote', footnotes],
      ['endnote', endnotes],
    ] as const)
      for (const note of children(part, kind))
        // The separators Word keeps among the notes have a type; a note has none.
        if (attr(note, 'type') === undefined || attr(note, 'type') === 'normal')
          this.texts[kind].set(
            attr(note, 'id') ?? '',
            within(note, 'p')
              .map((p) => paragraphText(p, new Set(), links).replace(/\s+/g, ' ').trim())
              .filter((line) => line !== '')
              .join(' '),
          );
    const document = {
      footnote: noteNumbering(child(settings, 'footnotePr'), NOTE_NUMBERING.footnote),
      endnote: noteNumbering(child(settings, 'endnotePr'), NOTE_NUMBERING.endnote),
    };
    // A section's properties end it: in its last paragraph, and the last section's in the body itself.
    const ends = body === undefined ? [] : [...within(body, 'p').map((p) => child(child(p, 'pPr'), 'sectPr')), child(body, 'sectPr')];
    this.sections = ends
      .filter((end) => end !== undefined)
      .map((end) => ({
        footnote: noteNumbering(child(end, 'footnotePr'), document.footnote),
        endnote: noteNumbering(child(end, 'endnotePr'), document.endnote),
      }));
    if (this.sections.length === 0) this.sections.push(document);
    this.counts.footnote = this.current.footnote.start - 1;
    this.counts.endnote = this.current.endnote.start - 1;
  }

  /** The numbering of the section being read. */
  private get current(): { footnote: NoteNumbering; endnote: NoteNumbering } {
    return this.sections[this.section] as { footnote: NoteNumbering; endnote: NoteNumbering };
  }

  /** A section has ended (after its last paragraph): notes numbered again in each section start again in the next. */
  endSection(): void {
    if (this.section >= this.sections.length - 1) return;
    this.section += 1;
    for (const kind of ['footnote', 'endnote'] as const)
      if (this.current[kind].restart === 'eachSect') this.counts[kind] = this.current[kind].start - 1;
  }

  take(kind: 'footnote' | 'endnote', reference: XmlElement): string {
    // A note with a mark of its own ("*", written after the reference) takes no number.
    const own = ['1', 'true', 'on'].includes(attr(reference, 'customMarkFollows') ?? '');
    const text = this.texts[kind].get(attr(reference, 'id') ?? '');
    const numbering = this.current[kind];
    if (!own && numbering.restart === 'eachPage') this.pageNumbered = true;
    const number = own ? undefined : (this.counts[kind] += 1);
    const mark = number === undefined ? '' : ` ${formatNumber(number, numbering.format)}`;
    return ` (${kind}${mark}${text === undefined || text === '' ? '' : `: ${text}`})`;
  }
}

/** The address a HYPERLINK field's instruction names (not a link to a place in the document, `\l`). */
function hyperlinkField(instruction: string): string | undefined {
  return /^\s*HYPERLINK\s+"([^"]+)"/i.exec(instruction)?.[1];
}

/** Whether every run of a paragraph that holds text is bold. */
function allBold(paragraph: XmlElement): boolean {
  const texts = within(paragraph, 'r').filter((run) => children(run, 't').some((t) => t.text.trim() !== ''));
  return texts.length > 0 && texts.every((run) => on(child(child(run, 'rPr'), 'b')));
}

/** A paragraph's text as it shows: tabs and line breaks kept, deleted and hidden text left out, and what is not text marked. */
function paragraphText(element: XmlElement, marks: Set<Mark>, links: Links, notes?: NoteTexts): string {
  let text = '';
  // The fields open here (Word's complex fields: begin, instruction, separate, result, end), inner last.
  const fields: { instruction: string; shownFrom?: number }[] = [];
  for (const item of element.children) {
    switch (item.name) {
      case 'r': {
        const rPr = child(item, 'rPr');
        if (on(child(rPr, 'vanish')) || on(child(rPr, 'specVanish'))) {
          if (children(item, 't').some((t) => t.text !== '')) marks.add('hidden');
          break;
        }
        // A run in a symbol font: its letters are pictures ("ü" in Wingdings is a tick), not letters.
        const font = runFont(rPr);
        for (const part of item.children) {
          if (part.name === 't') text += font === undefined ? part.text : symbolText(font, part.text, marks);
          else if (part.name === 'fldChar') {
            const type = attr(part, 'fldCharType');
            if (type === 'begin') fields.push({ instruction: '' });
            else if (type === 'separate' && fields.length > 0) (fields.at(-1) as { shownFrom?: number }).shownFrom = text.length;
            else if (type === 'end') {
              // A link written as a field keeps its address after its text, as one written as a link does.
              const field = fields.pop();
              if (field?.shownFrom !== undefined)
                text = withAddress(text.slice(0, field.shownFrom), text.slice(field.shownFrom), hyperlinkField(field.instruction));
            }
          } else if (part.name === 'instrText' && fields.length > 0) (fields.at(-1) as { instruction: string }).instruction += part.text;
          else if (part.name === 'tab' || part.name === 'ptab') text += '\t';
          else if (part.name === 'br' || part.name === 'cr') text += '\n';
          else if (part.name === 'noBreakHyphen') text += '-';
          else if (part.name === 'sym') {
            const code = parseInt(attr(part, 'char') ?? '', 16);
            if (Number.isInteger(code)) text += symbolText(attr(part, 'font') ?? '', String.fromCharCode(code), marks);
            else marks.add('symbol');
          } else if (part.name === 'drawing' || part.name === 'pict' || part.name === 'object' || part.name === 'AlternateContent')
            marks.add('drawing');
          else if (part.name === 'commentReference') marks.add('comment');
          else if ((part.name === 'footnoteReference' || part.name === 'endnoteReference') && notes !== undefined) {
            // A footnote's text is in a part of its own: it goes in brackets where its mark is.
            text += notes.take(part.name === 'footnoteReference' ? 'footnote' : 'endnote', part);
            marks.add('footnote');
          }
        }
        break;
      }
      case 'del':
      case 'moveFrom':
        if (item.children.length > 0) marks.add('tracked');
        break;
      case 'ins':
      case 'moveTo':
        if (item.children.length > 0) marks.add('tracked');
        text += paragraphText(item, marks, links, notes);
        break;
      case 'sdt':
        text += paragraphText(child(item, 'sdtContent') ?? item, marks, links, notes);
        break;
      case 'hyperlink':
      case 'fldSimple': {
        // A link keeps its address after its text, so evidence and sources are not lost.
        const shown = paragraphText(item, marks, links, notes);
        const id = attr(item, 'id');
        text = withAddress(text, shown, id === undefined ? hyperlinkField(attr(item, 'instr') ?? '') : links.get(id));
        break;
      }
      default:
        if (WRAPPERS.has(item.name)) text += paragraphText(item, marks, links, notes);
    }
  }
  return text;
}

/** A run's font, where it is a symbol font (`w:rFonts`' font for plain text, else for the rest of Latin). */
function runFont(rPr: XmlElement | undefined): string | undefined {
  const fonts = child(rPr, 'rFonts');
  const font = attr(fonts, 'ascii') ?? attr(fonts, 'hAnsi');
  return font !== undefined && isSymbolFont(font) ? font.trim() : undefined;
}

/** Characters in a symbol font as the plain characters they show (see `symbolCharacters`), marking any left out. */
function symbolText(font: string, characters: string, marks: Set<Mark>): string {
  const { text, unread } = symbolCharacters(font, characters);
  if (unread) marks.add('symbol');
  return text;
}

/** A paragraph's text with the number Word's list numbering shows before it, where it shows one. */
function numberedText(paragraph: XmlElement, marks: Set<Mark>, links: Links, numbers: ListNumbers, notes: NoteTexts): string {
  const label = numbers.label(paragraph);
  const text = paragraphText(paragraph, marks, links, notes);
  if (label === undefined) return text;
  marks.add('numbered');
  return `${label} ${text}`;
}

/** A cell's text: its paragraphs as lines, and a table inside it as lines of cells joined with " | ". */
function cellText(cell: XmlElement, marks: Set<Mark>, links: Links, numbers: ListNumbers, notes: NoteTexts): string {
  const lines: string[] = [];
  const walk = (element: XmlElement) => {
    for (const item of element.children) {
      if (item.name === 'p') lines.push(numberedText(item, marks, links, numbers, notes));
      else if (item.name === 'tbl') {
        marks.add('nested');
        for (const row of within(item, 'tr'))
          lines.push(
            within(row, 'tc')
              .map((c) => cellText(c, marks, links, numbers, notes).replace(/\s*\n\s*/g, ' '))
              .filter((t) => t !== '')
              .join(' | '),
          );
      } else if (WRAPPERS.has(item.name)) walk(item);
    }
  };
  walk(cell);
  return lines
    .map((line) => line.replace(/[ \u00a0]+$/, ''))
    .join('\n')
    .replace(/^\s+|\s+$/g, '');
}

/**
 * The colour a cell is filled with (`RRGGBB`), where its own shading gives one: a solid pattern
 * shows its pattern colour, any other its fill. A theme colour is read by the value Word writes
 * beside it (`w:fill="70AD47" w:themeFill="accent6"`); colours from the table's style are not read.
 */
function cellFill(tcPr: XmlElement | undefined): string | undefined {
  const shd = child(tcPr, 'shd');
  const colour = attr(shd, attr(shd, 'val') === 'solid' ? 'color' : 'fill');
  return colour !== undefined && /^[0-9A-Fa-f]{6}$/.test(colour) ? colour.toUpperCase() : undefined;
}

/**
 * The colour (`RRGGBB`) a cell's text is in, where all of it is in one colour, as `inkOf` reads
 * each run's.
 */
function cellInk(cell: XmlElement, inkOf: InkOf): string | undefined {
  const colours = new Set<string | undefined>();
  for (const paragraph of within(cell, 'p'))
    for (const run of within(paragraph, 'r')) {
      if (!children(run, 't').some((t) => t.text.trim() !== '') && child(run, 'sym') === undefined) continue;
      colours.add(inkOf(run, paragraph));
    }
  const [only] = colours;
  return colours.size === 1 ? only : undefined;
}

/** The colour of a run's text (`RRGGBB`), or `undefined` for the automatic colour. */
type InkOf = (run: XmlElement, paragraph: XmlElement) => string | undefined;

/**
 * How the colour of a run's text is read, as Word works it out: the run's own `w:color`, else its
 * character style's, else its paragraph's style's (the default paragraph style where it names
 * none), each through the styles it is based on, else the document's default. "auto" at any of
 * these is the automatic colour. Colours from a table's style are not read.
 */
function runInks(stylesPart: XmlElement | undefined): InkOf {
  const paragraphs = stylesById(stylesPart);
  const characters = new Map(
    children(stylesPart, 'style')
      .filter((style) => attr(style, 'type') === 'character')
      .map((style) => [attr(style, 'styleId') ?? '', style] as const),
  );
  const defaultParagraph = children(stylesPart, 'style').find(
    (style) => attr(style, 'type') === 'paragraph' && ['1', 'true', 'on'].includes(attr(style, 'default') ?? ''),
  );
  const colourIn = (rPr: XmlElement | undefined): string | undefined => {
    const value = attr(child(rPr, 'color'), 'val');
    return value === undefined ? undefined : /^[0-9A-Fa-f]{6}$/.test(value) ? value.toUpperCase() : 'auto';
  };
  const fallback = colourIn(child(child(child(stylesPart, 'docDefaults'), 'rPrDefault'), 'rPr'));
  const styled = (byId: ReadonlyMap<string, XmlElement>, id: string | undefined) =>
    id === undefined ? undefined : fromStyleChain(byId, id, (style) => colourIn(child(style, 'rPr')));
  return (run, paragraph) => {
    const rPr = child(run, 'rPr');
    const found =
      colourIn(rPr) ??
      styled(characters, attr(child(rPr, 'rStyle'), 'val')) ??
      styled(paragraphs, attr(child(child(paragraph, 'pPr'), 'pStyle'), 'val') ?? attr(defaultParagraph, 'styleId')) ??
      fallback;
    return found === 'auto' ? undefined : found;
  };
}

/** How far a cell's first paragraph with text is indented, in twentieths of a point (see `paragraphIndents`). */
function cellIndent(cell: XmlElement, indentOf: (paragraph: XmlElement) => number): number {
  const first = within(cell, 'p').find((p) => within(p, 'r').some((run) => children(run, 't').some((t) => t.text.trim() !== '')));
  return first === undefined ? 0 : indentOf(first);
}

/**
 * How far a paragraph is set in from its cell's edge, in twentieths of a point, as Word works it
 * out: its own left (or start) indent, as Word's Increase Indent writes a sub-action's title set in
 * under its parent's; else its list level's, as a sub-action numbered a level down; else its
 * style's (or the default paragraph style's), following the styles it is based on; else 0.
 */
function paragraphIndents(stylesPart: XmlElement | undefined, numbers: ListNumbers): (paragraph: XmlElement) => number {
  const byId = stylesById(stylesPart);
  // The default paragraph style ("Normal") is the style of a paragraph that names none.
  const normal = children(stylesPart, 'style').find(
    (style) => attr(style, 'type') === 'paragraph' && ['1', 'true', 'on'].includes(attr(style, 'default') ?? ''),
  );
  const normalId = normal === undefined ? undefined : attr(normal, 'styleId');
  const byStyle = new Map<string, number>();
  return (paragraph) => {
    const pPr = child(paragraph, 'pPr');
    const own = leftIndent(pPr) ?? numbers.indent(paragraph);
    if (own !== undefined) return own;
    const styleId = attr(child(pPr, 'pStyle'), 'val') ?? normalId;
    if (styleId === undefined) return 0;
    let twips = byStyle.get(styleId);
    if (twips === undefined) byStyle.set(styleId, (twips = fromStyleChain(byId, styleId, (style) => leftIndent(child(style, 'pPr'))) ?? 0));
    return twips;
  };
}

/** An element's children of a name, and theirs inside content controls, custom XML and the like, in order. */
function within(element: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  const walk = (parent: XmlElement) => {
    for (const item of parent.children)
      if (item.name === name) found.push(item);
      else if (WRAPPERS.has(item.name)) walk(item);
  };
  walk(element);
  return found;
}

function readTable(
  table: XmlElement,
  number: number,
  heading: ReadTable['heading'],
  links: Links,
  numbers: ListNumbers,
  indentOf: (paragraph: XmlElement) => number,
  notes: NoteTexts,
  inkOf: InkOf,
): ReadTable {
  const grid = children(child(table, 'tblGrid'), 'gridCol').length;
  const rows: ReadRow[] = [];
  const merged: { column: number; from: number; to: number; value: string }[] = [];
  // The run of cells merged down that each column is in, while it lasts.
  const open = new Map<number, { column: number; from: number; to: number; value: string }>();
  let cellsRead = 0;
  for (const tr of within(table, 'tr')) {
    const trPr = child(tr, 'trPr');
    const marks = new Set<Mark>();
    // A row deleted with changes tracked is left out, as if the change were accepted.
    if (child(trPr, 'del') !== undefined) continue;
    if (child(trPr, 'ins') !== undefined) marks.add('tracked');
    const cells: string[] = [];
    const indents: number[] = [];
    const fills: (string | undefined)[] = [];
    const inks: (string | undefined)[] = [];
    let column = Number(attr(child(trPr, 'gridBefore'), 'val') ?? 0) || 0;
    if (column > SHEET_COLUMNS) throw new TableTooWide(number, rows.length + 1, column);
    for (let c = 0; c < column; c++) cells[c] = '';
    const trCells = within(tr, 'tc');
    // The columns whose run of merged cells this row starts or carries on.
    const continued = new Set<number>();
    const spans: [number, number][] = [];
    for (const tc of trCells) {
      const tcPr = child(tc, 'tcPr');
      const span = Math.max(1, Number(attr(child(tcPr, 'gridSpan'), 'val') ?? 1) || 1);
      if (column + span > SHEET_COLUMNS) throw new TableTooWide(number, rows.length + 1, column + span);
      const vMerge = child(tcPr, 'vMerge');
      const text = cellText(tc, marks, links, numbers, notes);
      const merging = vMerge !== undefined && attr(vMerge, 'val') !== 'restart';
      const hMerged = child(tcPr, 'hMerge') !== undefined && attr(child(tcPr, 'hMerge'), 'val') !== 'restart';
      if (merging) {
        continued.add(column);
        const run = open.get(column);
        cells[column] = text === '' && run !== undefined ? run.value : text;
        if (run !== undefined) run.to = rows.length;
      } else {
        cells[column] = hMerged ? '' : text;
        const ended = open.get(column);
        if (ended !== undefined && ended.to > ended.from) merged.push({ ...ended });
        open.delete(column);
        if (vMerge !== undefined && text !== '') {
          open.set(column, { column, from: rows.length, to: rows.length, value: text });
          continued.add(column);
        }
      }
      indents[column] = cellIndent(tc, indentOf);
      fills[column] = cellFill(tcPr);
      inks[column] = cellInk(tc, inkOf);
      for (let c = column + 1; c < column + span; c++) cells[c] = '';
      if (span > 1) spans.push([column, column + span - 1]);
      column += span;
    }
    for (const [c, run] of open)
      if (!continued.has(c)) {
        if (run.to > run.from) merged.push({ ...run });
        open.delete(c);
      }
    const width = Math.min(Math.max(grid, column), SHEET_COLUMNS);
    cellsRead = countCells(number, rows.length + 1, width, cellsRead);
    for (let c = 0; c < width; c++) cells[c] ??= '';
    const filled = cells.filter((c) => c !== '').length;
    const title = trCells.length === 1 && filled === 1 && column >= Math.max(2, grid) && rows.every((r) => r.title);
    rows.push({ cells, marks, title, spans, indents, fills, inks, repeats: on(child(trPr, 'tblHeader')) });
  }
  for (const run of open.values()) if (run.to > run.from) merged.push({ ...run });
  return finishTable(number, rows, merged, heading);
}

const clip = (text: string, length: number) => {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat;
};
