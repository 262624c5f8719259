import type { ParseResult } from '../model/parsePlan.js';
import { makeProblem } from '../model/problem.js';
import { SHEET_COLUMNS } from './cellRef.js';
import {
  odfCount,
  odfGrouped,
  odfParagraphText,
  odfStyleReader,
  ODF_COLUMN_WRAPPERS,
  type OdfParagraph,
  type OdfParts,
  type StyleOf,
} from './odfText.js';
import type { WordTables } from './readWordTables.js';
import { child, children, type XmlElement } from './readXml.js';
import { ZipError } from './readZip.js';
import { formatNumber } from './wordNumbering.js';
import {
  countCells,
  finishTable,
  TableTooWide,
  tooWide,
  type Block,
  type Heading,
  type Mark,
  type ReadRow,
  type ReadTable,
} from './wordTableParts.js';

/** The media types an OpenDocument text document (`.odt`) keeps in its `mimetype` file, and its template's. */
export const ODT_MEDIA_TYPES: readonly string[] = [
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.text-template',
];

/** The most rows an OpenDocument table is read with, counting rows the file repeats: a plan's have hundreds. */
export const ODT_MAX_ROWS = 100_000;

type TablesRead = (tables: readonly ReadTable[], blocks: readonly Block[]) => ParseResult<WordTables>;

const fail = (expected: string, found: string): ParseResult<WordTables> => ({ ok: false, problems: [makeProblem([], expected, found)] });

/**
 * Reads the tables of an OpenDocument text document (`.odt`: LibreOffice Writer's own format, the
 * UK government's standard for sharing documents, which Word and Google Docs also save) into the
 * headings and tables `readWordTables` joins, as it reads a Word document's: headings by their
 * outline level (else a paragraph all in bold), header rows, cells merged across and down, lists
 * numbered as the document numbers them, notes in brackets, links with their addresses, and a
 * RAG shown by a cell's fill or a dot's colour. `tablesRead` (`readWordTables`' own) joins them.
 */
export async function readOdtTables(part: OdfParts, tablesRead: TablesRead, container = 'a ZIP archive'): Promise<ParseResult<WordTables>> {
  try {
    const content = await part('content.xml');
    const body = child(child(content, 'body'), 'text');
    if (content === undefined || body === undefined)
      return fail('an OpenDocument text document (.odt), with its content.xml', `${container} without one`);
    const stylesPart = await part('styles.xml');
    const styleOf = odfStyleReader(content, stylesPart);
    const { tables, blocks } = readBody(body, styleOf, new OdfLists(content, stylesPart));
    return tablesRead(tables, blocks);
  } catch (error) {
    if (error instanceof ZipError)
      return fail('an OpenDocument text document whose parts can be read', `${error.file}, as ${error.reason}`);
    if (error instanceof TableTooWide) return fail(...tooWide(error));
    throw error;
  }
}

/** The elements of a body that only hold others: sections, and lists of paragraphs. */
const BODY_WRAPPERS = new Set(['section', 'list', 'list-item', 'list-header', 'change-region']);

/** The document's tables in reading order, each with the heading above it, and its headings and tables as blocks. */
function readBody(body: XmlElement, styleOf: StyleOf, lists: OdfLists): { tables: ReadTable[]; blocks: Block[] } {
  const tables: ReadTable[] = [];
  const blocks: Block[] = [];
  // The last heading (an outline heading, else a paragraph all in bold) since the table before.
  let heading: Heading | undefined;
  let bold: Heading | undefined;
  const walk = (element: XmlElement) => {
    for (const item of element.children) {
      if (item.name === 'h' || item.name === 'p') {
        const read = paragraph(item, styleOf);
        const text = read.text.replace(/\s+/g, ' ').trim();
        if (text === '') continue;
        const marks = new Set<Mark>(read.marks);
        // A heading, or a paragraph in a heading's style, as Word reads one.
        const level =
          item.name === 'h'
            ? odfCount(item.attributes['text:outline-level']) - 1
            : styleOf(item.attributes['text:style-name'], 'paragraph')?.outline;
        if (level !== undefined) {
          heading = { text, level, marks };
          blocks.push({ kind: 'heading', heading });
        } else if (read.bold) {
          bold = { text, marks };
          blocks.push({ kind: 'heading', heading: bold });
        }
      } else if (item.name === 'table') {
        const number = tables.length + 1;
        tables.push(readTable(item, number, heading ?? bold, styleOf, lists));
        blocks.push({ kind: 'table', number });
        heading = undefined;
        bold = undefined;
      } else if (BODY_WRAPPERS.has(item.name)) walk(item);
    }
  };
  walk(body);
  return { tables, blocks };
}

/** A paragraph's text in its own style: notes in brackets, links with their addresses. */
function paragraph(element: XmlElement, styleOf: StyleOf, ink?: string): OdfParagraph {
  const style = styleOf(element.attributes['text:style-name'], 'paragraph');
  return odfParagraphText(element, { ink: style?.ink ?? ink, font: style?.font, bold: style?.bold }, styleOf, { notes: true, links: true });
}

/** A row of a table with whether it is among the header rows (which a document repeats on each page). */
function* tableRows(element: XmlElement, header = false): Generator<[XmlElement, boolean]> {
  for (const item of element.children)
    if (item.name === 'table-row') yield [item, header];
    else if (item.name === 'table-header-rows') yield* tableRows(item, true);
    else if (item.name === 'table-row-group' || item.name === 'table-rows') yield* tableRows(item, header);
}

function readTable(table: XmlElement, number: number, heading: Heading | undefined, styleOf: StyleOf, lists: OdfLists): ReadTable {
  let grid = 0;
  for (const column of odfGrouped(table, 'table-column', ODF_COLUMN_WRAPPERS))
    grid = Math.min(grid + odfCount(column.attributes['table:number-columns-repeated']), SHEET_COLUMNS + 1);
  const rows: ReadRow[] = [];
  const merged: { column: number; from: number; to: number; value: string }[] = [];
  // The run of cells merged down that each column is in, while it lasts.
  const down = new Map<number, { column: number; from: number; to: number; value: string }>();
  let cellsRead = 0;
  for (const [row, repeats] of tableRows(table)) {
    const times = odfCount(row.attributes['table:number-rows-repeated']);
    if (rows.length + times > ODT_MAX_ROWS) throw new TableTooWide(number, rows.length + 1, 0, { count: ODT_MAX_ROWS, of: 'rows' });
    for (let time = 0; time < times; time++) {
      const r = rows.length;
      const marks = new Set<Mark>();
      const cells: string[] = [];
      const indents: number[] = [];
      const fills: (string | undefined)[] = [];
      const inks: (string | undefined)[] = [];
      const spans: [number, number][] = [];
      let column = 0;
      let own = 0;
      for (const element of row.children) {
        if (element.name !== 'table-cell' && element.name !== 'covered-table-cell') continue;
        const n = odfCount(element.attributes['table:number-columns-repeated']);
        if (column + n > SHEET_COLUMNS) throw new TableTooWide(number, r + 1, column + n);
        const read = cellText(element, marks, styleOf, lists);
        const style = styleOf(element.attributes['table:style-name'], 'table-cell');
        for (let k = 0; k < n; k++, column++) {
          const run = down.get(column);
          if (element.name === 'covered-table-cell') {
            // Covered by a cell merged across (its text is in the first) or down (each row takes the text).
            const across = spans.some(([first, last]) => column > first && column <= last);
            if (!across && run !== undefined && run.to >= r) {
              cells[column] = read.text === '' ? run.value : read.text;
              continue;
            }
            cells[column] = across ? '' : read.text;
            continue;
          }
          own++;
          if (run !== undefined) {
            if (run.to > run.from) merged.push({ ...run, to: Math.min(run.to, r - 1) });
            down.delete(column);
          }
          cells[column] = read.text;
          indents[column] = read.indent;
          fills[column] = style?.fill ?? undefined;
          inks[column] = read.ink;
          const across = odfCount(element.attributes['table:number-columns-spanned']);
          if (across > 1) spans.push([column, Math.min(column + across, SHEET_COLUMNS) - 1]);
          const rowsDown = odfCount(element.attributes['table:number-rows-spanned']);
          if (rowsDown > 1 && read.text !== '') down.set(column, { column, from: r, to: r + rowsDown - 1, value: read.text });
        }
      }
      const width = Math.min(Math.max(grid, column), SHEET_COLUMNS);
      cellsRead = countCells(number, r + 1, width, cellsRead);
      for (let c = 0; c < width; c++) cells[c] ??= '';
      const filled = cells.filter((c) => c !== '').length;
      const title = own === 1 && filled === 1 && column >= Math.max(2, grid) && rows.every((before) => before.title);
      rows.push({ cells, marks, title, spans, indents, fills, inks, repeats });
    }
  }
  for (const run of down.values()) {
    const to = Math.min(run.to, rows.length - 1);
    if (to > run.from) merged.push({ ...run, to });
  }
  return finishTable(number, rows, merged, heading);
}

/**
 * A cell's text: its paragraphs as lines (each numbered as its list shows it), and a table inside
 * it as lines of cells joined with " | "; the colour of all its text where it has one, and how far
 * its first paragraph with text is set in.
 */
function cellText(
  cell: XmlElement,
  marks: Set<Mark>,
  styleOf: StyleOf,
  lists: OdfLists,
): { text: string; ink: string | undefined; indent: number } {
  const lines: string[] = [];
  const inks = new Set<string | undefined>();
  let indent: number | undefined;
  const cellInk = styleOf(cell.attributes['table:style-name'], 'table-cell')?.ink;
  const walk = (element: XmlElement, level: ListLevel | undefined) => {
    for (const item of element.children) {
      if (item.name === 'p' || item.name === 'h') {
        const read = paragraph(item, styleOf, cellInk);
        for (const m of read.marks) marks.add(m);
        for (const ink of read.inks) inks.add(ink);
        const label = level?.label();
        if (label !== undefined) marks.add('numbered');
        if (indent === undefined && read.text.trim() !== '')
          indent = (styleOf(item.attributes['text:style-name'], 'paragraph')?.indent ?? 0) + (level?.indent ?? 0);
        lines.push(label === undefined ? read.text : `${label} ${read.text}`);
      } else if (item.name === 'list') walk(item, lists.open(item, level));
      else if (item.name === 'list-item' || item.name === 'list-header') {
        level?.item(item);
        walk(item, item.name === 'list-header' ? undefined : level);
      } else if (item.name === 'table') {
        marks.add('nested');
        for (const [row] of tableRows(item))
          lines.push(
            [...row.children]
              .filter((c) => c.name === 'table-cell')
              .map((c) => cellText(c, marks, styleOf, lists).text.replace(/\s*\n\s*/g, ' '))
              .filter((t) => t !== '')
              .join(' | '),
          );
      } else if (item.name === 'section') walk(item, level);
    }
  };
  walk(cell, undefined);
  const [only] = inks;
  return {
    text: lines
      .map((line) => line.replace(/[ \u00a0]+$/, ''))
      .join('\n')
      .replace(/^\s+|\s+$/g, ''),
    ink: inks.size === 1 ? only : undefined,
    indent: indent ?? 0,
  };
}

/** How a level of a list style numbers its paragraphs. */
interface LevelStyle {
  /** `1`, `a`, `A`, `i`, `I`, or none for a bullet or a level without a number. */
  readonly format: string;
  readonly prefix: string;
  readonly suffix: string;
  readonly start: number;
  /** How many levels' numbers the label shows, this one's and those above it. */
  readonly display: number;
  /** How far the level sets its paragraphs in, in twentieths of a point. */
  readonly indent: number;
}

/** A level of a list being read: the next item's label. */
interface ListLevel {
  readonly indent: number;
  /** A new item: its own start value, if it gives one. */
  item(element: XmlElement): void;
  /** The label of the item's first paragraph (then none for its others). */
  label(): string | undefined;
}

const FORMATS: Record<string, string> = { '1': 'decimal', a: 'lowerLetter', A: 'upperLetter', i: 'lowerRoman', I: 'upperRoman' };

/**
 * A document's list numbers, counted in reading order as OpenDocument counts them: each list starts
 * at its level's start value unless it continues the one before it of its style
 * (`text:continue-numbering`) or the one it names (`text:continue-list`); an item may start again
 * at a value of its own; and a level's label shows the numbers of as many levels as its style says
 * ("1.a)"). A bullet, or a level without a number, has none.
 */
class OdfLists {
  private readonly styles = new Map<string, LevelStyle[]>();
  /** Each list's counters, by level, kept by its id and as the last list of its style. */
  private readonly byId = new Map<string, number[]>();
  private readonly lastOfStyle = new Map<string, number[]>();

  constructor(content: XmlElement, stylesPart: XmlElement | undefined) {
    for (const holder of [child(stylesPart, 'styles'), child(stylesPart, 'automatic-styles'), child(content, 'automatic-styles')])
      for (const style of children(holder, 'list-style')) {
        const levels: LevelStyle[] = [];
        for (const level of style.children) {
          const at = odfCount(level.attributes['text:level']) - 1;
          if (at > 9) continue;
          const numbered = level.name === 'list-level-style-number';
          const properties = child(level, 'list-level-properties');
          const alignment = child(properties, 'list-level-label-alignment');
          const margin = /^(\d+(?:\.\d+)?)(cm|mm|in|pt)$/.exec(
            alignment?.attributes['fo:margin-left'] ?? properties?.attributes['text:space-before'] ?? '',
          );
          levels[at] = {
            format: numbered ? (level.attributes['style:num-format'] ?? '') : '',
            prefix: numbered ? (level.attributes['style:num-prefix'] ?? '') : '',
            suffix: numbered ? (level.attributes['style:num-suffix'] ?? '') : '',
            start: Number(level.attributes['text:start-value'] ?? 1) || 1,
            display: odfCount(level.attributes['text:display-levels']),
            indent:
              margin === null
                ? 0
                : Math.round(Number(margin[1]) * { cm: 1440 / 2.54, mm: 144 / 2.54, in: 1440, pt: 20 }[margin[2] as 'cm']),
          };
        }
        this.styles.set(style.attributes['style:name'] ?? '', levels);
      }
  }

  /** A list opened: at the top, a list of its own or one it continues; inside another, that one's next level. */
  open(list: XmlElement, parent: ListLevel | undefined): ListLevel {
    const state =
      parent instanceof Level
        ? parent.state
        : this.start(
            list.attributes['text:style-name'] ?? '',
            list.attributes['xml:id'],
            list.attributes['text:continue-list'],
            list.attributes['text:continue-numbering'] === 'true',
          );
    return new Level(state, parent instanceof Level ? parent.depth + 1 : 0);
  }

  private start(styleName: string, id: string | undefined, continues: string | undefined, continuesLast: boolean): ListState {
    const counters =
      (continues === undefined ? undefined : this.byId.get(continues)) ??
      (continuesLast ? this.lastOfStyle.get(styleName) : undefined) ??
      [];
    if (id !== undefined) this.byId.set(id, counters);
    this.lastOfStyle.set(styleName, counters);
    return { levels: this.styles.get(styleName) ?? [], counters };
  }
}

interface ListState {
  readonly levels: readonly (LevelStyle | undefined)[];
  readonly counters: number[];
}

class Level implements ListLevel {
  private pending = false;
  private restartAt: number | undefined;

  constructor(
    readonly state: ListState,
    readonly depth: number,
  ) {}

  get indent(): number {
    return this.state.levels[this.depth]?.indent ?? 0;
  }

  item(element: XmlElement): void {
    this.pending = true;
    const start = Number(element.attributes['text:start-value']);
    this.restartAt = Number.isSafeInteger(start) ? start : undefined;
  }

  label(): string | undefined {
    if (!this.pending) return undefined;
    this.pending = false;
    const { levels, counters } = this.state;
    const style = levels[this.depth];
    counters[this.depth] = this.restartAt ?? (counters[this.depth] ?? (style?.start ?? 1) - 1) + 1;
    // Deeper levels start again under a new number here.
    counters.length = this.depth + 1;
    const format = FORMATS[style?.format ?? ''];
    if (style === undefined || format === undefined) return undefined;
    const shown: string[] = [];
    for (let at = Math.max(0, this.depth - style.display + 1); at <= this.depth; at++) {
      const levelFormat = FORMATS[levels[at]?.format ?? ''] ?? 'decimal';
      shown.push(formatNumber(counters[at] ?? levels[at]?.start ?? 1, levelFormat));
    }
    return `${style.prefix}${shown.join('.')}${style.suffix}`;
  }
}
