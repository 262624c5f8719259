import { listWords } from '../measures/counting.js';
import { SHEET_COLUMNS } from './cellRef.js';

// What the readers of a text document's tables (Word's .docx, OpenDocument's .odt) share: the rows
// and tables as read, and a table finished from its rows.

/** What in a cell's or heading's text could not be read as text, or was read as if accepted. */
export type Mark = 'drawing' | 'symbol' | 'hidden' | 'tracked' | 'comment' | 'nested' | 'numbered' | 'footnote' | 'colour' | 'ink';

/** A heading paragraph: a Word heading with its outline level (0 for Heading 1), or a paragraph all in bold (no level). */
export interface Heading {
  readonly text: string;
  readonly level?: number;
  readonly marks: Set<Mark>;
}

/** The body's headings and tables, in reading order. */
export type Block = { readonly kind: 'heading'; readonly heading: Heading } | { readonly kind: 'table'; readonly number: number };

export interface ReadRow {
  readonly cells: string[];
  readonly marks: Set<Mark>;
  /** A title written across the whole table in one cell, before its header row. */
  readonly title: boolean;
  /** Whether Word repeats it at the top of each page, as it does a table's header rows. */
  readonly repeats: boolean;
  /** The first and last columns of each of its cells that spans more than one column. */
  readonly spans: readonly (readonly [number, number])[];
  /** How far each cell's first paragraph with text is indented from the cell's edge, in twentieths of a point, by column. */
  readonly indents: readonly number[];
  /** Each cell's fill colour (`RRGGBB`) by column, where its own shading gives one: a RAG may be shown by it alone. */
  readonly fills: readonly (string | undefined)[];
  /** Each cell's text colour (`RRGGBB`) by column, where all its text is one colour: a RAG may be shown by a coloured dot. */
  readonly inks: readonly (string | undefined)[];
}

export interface ReadTable {
  readonly number: number;
  readonly rows: ReadRow[];
  /** Where the header row is among `rows`, or -1 for a table of titles only. */
  readonly headerAt: number;
  readonly key: string;
  /** The nearest heading above it since the table before: a Word heading, else a paragraph all in bold. */
  readonly heading?: Heading;
  /** A header written over two rows ("Timescale" over "Start" and "End"), as it was read into one. */
  readonly twoRowHeader?: string;
  /** Runs of cells merged down rows, by their rows among `rows`. */
  readonly merged: { readonly column: number; readonly from: number; readonly to: number; readonly value: string }[];
}

/**
 * A table from its rows as read (a Word table's or an OpenDocument one's): its header row (the first
 * that is not a title), a header written over two rows read as one, and the key it is matched by.
 */
export function finishTable(
  number: number,
  rows: ReadRow[],
  merged: { column: number; from: number; to: number; value: string }[],
  heading: ReadTable['heading'],
): ReadTable {
  merged.sort((a, b) => a.from - b.from || a.column - b.column);
  const headerAt = rows.findIndex((row) => !row.title && row.cells.some((c) => c !== ''));
  const twoRows = headerAt === -1 ? undefined : joinHeaderRows(rows[headerAt] as ReadRow, rows[headerAt + 1]);
  if (twoRows !== undefined) {
    // The two rows become one: runs merged down from the header into the row under it are the header's own.
    rows.splice(headerAt, 2, twoRows.row);
    for (let m = merged.length - 1; m >= 0; m--) {
      const run = merged[m] as (typeof merged)[number];
      if (run.from <= headerAt + 1) merged.splice(m, 1);
      else merged[m] = { ...run, from: run.from - 1, to: run.to - 1 };
    }
  }
  return {
    number,
    rows,
    headerAt,
    key: headerAt === -1 ? `#${number}` : keyOf((rows[headerAt] as ReadRow).cells),
    merged,
    ...(twoRows === undefined ? {} : { twoRowHeader: twoRows.words }),
    ...(heading === undefined ? {} : { heading }),
  };
}

/**
 * A header written over two rows, as one row: where a header cell spans columns ("Timescale") and
 * the row under it names those columns ("Start", "End"), with nothing else in it but the header's
 * own cells merged down, each column takes the lower name where there is one. The row under is
 * taken as the header's only if Word repeats it on each page as a header row, or the header's
 * other cells are merged down into it; else (and when it names no column) it is a row of the table.
 */
function joinHeaderRows(header: ReadRow, under: ReadRow | undefined): { row: ReadRow; words: string } | undefined {
  if (under === undefined || header.spans.length === 0) return undefined;
  let named = false;
  for (let c = 0; c < under.cells.length; c++) {
    const text = under.cells[c] ?? '';
    if (text === '' || text === header.cells[c]) continue;
    if (!header.spans.some(([first, last]) => c >= first && c <= last)) return undefined;
    named = true;
  }
  // The row under is the header's too if Word repeats it on each page, or if the header's other cells run down into it.
  const mergedDown = header.cells.every(
    (text, c) => text === '' || header.spans.some(([first, last]) => c >= first && c <= last) || under.cells[c] === text,
  );
  if (!named || !(under.repeats || mergedDown)) return undefined;
  const width = Math.max(header.cells.length, under.cells.length);
  const cells = Array.from({ length: width }, (_, c) => (under.cells[c] ?? '') || (header.cells[c] ?? ''));
  const over = header.spans.flatMap(([first, last]) => {
    const names = under.cells.slice(first, last + 1).filter((name) => name !== '');
    return (header.cells[first] ?? '') === '' || names.length === 0
      ? []
      : [`"${header.cells[first]}" over ${listWords(names.map((name) => `"${name}"`))}`];
  });
  return {
    row: {
      cells,
      marks: new Set([...header.marks, ...under.marks]),
      title: false,
      spans: [],
      indents: [],
      fills: [],
      inks: [],
      repeats: header.repeats,
    },
    words: over.join('; '),
  };
}

/** A header row as tables are matched by it: its cells in lower case, with spaces closed up. */
export function keyOf(cells: readonly string[]): string {
  return trimEnd(cells.map((c) => c.replace(/\s+/g, ' ').trim().toLowerCase())).join('\t');
}

/** Cells without the empty ones at the end of the row. */
export function trimEnd(cells: readonly string[]): string[] {
  let end = cells.length;
  while (end > 0 && cells[end - 1] === '') end--;
  return cells.slice(0, end);
}

/**
 * The most cells a table is read with, counting each row as wide as the table: a plan's tables have
 * thousands. A few bytes of a file can declare a table 16,384 columns wide, or repeat a row.
 */
export const TABLE_MAX_CELLS = 2_000_000;

/**
 * A table too big to read: a row whose cells, by the columns they span or skip, run past a sheet's
 * last column (`columns`); or, with `limit`, a table whose rows or cells, as the file gives or
 * repeats them, run past that many from `row`.
 */
export class TableTooWide extends Error {
  constructor(
    readonly table: number,
    readonly row: number,
    readonly columns: number,
    readonly limit?: { readonly count: number; readonly of: 'rows' | 'cells' },
  ) {
    super(
      limit === undefined
        ? `Row ${row} of table ${table} reaches column ${columns}.`
        : `Table ${table} runs past ${limit.count} ${limit.of}.`,
    );
  }
}

/** What a table too big was expected to be, and what was found. */
export function tooWide(error: TableTooWide): [expected: string, found: string] {
  const { limit } = error;
  return limit === undefined
    ? [
        `tables of at most ${SHEET_COLUMNS.toLocaleString('en-GB')} columns, as many as a sheet holds`,
        `row ${error.row} of table ${error.table} reaching column ${error.columns.toLocaleString('en-GB')}`,
      ]
    : [
        `tables of at most ${limit.count.toLocaleString('en-GB')} ${limit.of}`,
        `table ${error.table} running past that at row ${error.row}, as the file ${limit.of === 'rows' ? 'repeats its rows' : 'gives its width and rows'}`,
      ];
}

/** Counts a row's cells (its table's width) towards `TABLE_MAX_CELLS`, and gives the count so far. */
export function countCells(table: number, row: number, width: number, before: number): number {
  const total = before + width;
  if (total > TABLE_MAX_CELLS) throw new TableTooWide(table, row, width, { count: TABLE_MAX_CELLS, of: 'cells' });
  return total;
}
