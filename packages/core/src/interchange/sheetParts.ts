import type { IsoDate } from '../calendar/isoDate.js';
import { cellRef, SHEET_ROWS } from './cellRef.js';
import { cleanCell, headerColumns, headerRowIndex } from './projectParts.js';
import { cellRagColour, ragColour, type RagColour } from './ragColour.js';
import { RAG_DOTS } from './symbolFonts.js';

// What the spreadsheet readers (Excel's .xlsx, OpenDocument's .ods) share: the RAG column, runs of
// cells merged down, and the notes on what a sheet's text does not show.

/**
 * The most cells a sheet is read with, each row counted up to its last cell: a real sheet of a plan
 * or a case list has thousands to tens of thousands. A few bytes of a file can ask for billions: a
 * cell at column XFD in each row, or (in OpenDocument) a row or cell repeated.
 */
export const SHEET_MAX_CELLS = 2_000_000;

/** The most cells or merged runs a note names one by one. */
const NAMED_AT_MOST = 10;

/** The first ten of a list, joined, and how many more. */
export function listed(items: readonly string[], separator = ', '): string {
  const named = items.length > NAMED_AT_MOST ? [...items.slice(0, NAMED_AT_MOST), `and ${items.length - NAMED_AT_MOST} more`] : items;
  return named.join(separator);
}

/** A date as a UK spreadsheet shows it: `13/04/2022`. */
export function ukDate(date: IsoDate): string {
  return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}

/** A run of cells merged down: its rows and first column (from 0), and its name (`C3:C5`) for the note. */
export interface MergedRun {
  readonly name: string;
  readonly top: number;
  readonly bottom: number;
  readonly column: number;
}

/**
 * Gives each row of a run of cells merged down several rows the value of its first cell, in the
 * run's first column; returns the note that says so, or none.
 */
export function fillMergedDown(rows: string[][], runs: Iterable<MergedRun>): string[] {
  const filled: string[] = [];
  for (const { name, top, column, ...run } of runs) {
    // A damaged file's run reaching past the sheet's last row fills no further than that row.
    const bottom = Math.min(run.bottom, SHEET_ROWS - 1);
    const value = rows[top]?.[column] ?? '';
    if (bottom <= top || value === '' || column < 0) continue;
    for (let r = top + 1; r <= bottom; r++) {
      const cells = (rows[r] ??= []);
      for (let c = cells.length; c < column; c++) cells[c] = '';
      if ((cells[column] ?? '') === '') cells[column] = value; // LibreOffice may keep a merged cell's own text: it is kept
    }
    filled.push(`${name} ("${value.length > 40 ? `${value.slice(0, 39)}…` : value}", rows ${top + 1} to ${bottom + 1})`);
  }
  if (filled.length === 0) return [];
  return [
    `${filled.length === 1 ? 'One run of cells is' : `${filled.length} runs of cells are`} merged down several rows, so each row takes the merged value: ${listed(filled, '; ')}.`,
  ];
}

/** The note naming the comments on cells, which a sheet's text does not hold. */
export function commentsNote(comments: readonly { readonly ref: string; readonly text: string }[]): string[] {
  if (comments.length === 0) return [];
  const named = comments.map(({ ref, text }) => `${ref} ("${text.length > 60 ? `${text.slice(0, 59)}…` : text}")`);
  return [
    `${comments.length === 1 ? 'A comment on a cell is' : `${comments.length} comments on cells are`} not part of the sheet's text, so ${comments.length === 1 ? 'it was' : 'they were'} not read: ${listed(named, '; ')}. Copy any that matter into the sheet.`,
  ];
}

/**
 * The column headed "RAG" or "Status" in a sheet, and the header row it is in, found as
 * `readProjectTable` finds it (`headerRowIndex`).
 */
export function ragColumn(rows: readonly (readonly string[] | undefined)[]): { headerAt: number; column: number } | undefined {
  const headerAt = headerRowIndex(rows);
  const column = headerAt === -1 ? undefined : headerColumns((rows[headerAt] as string[]).map((cell) => cleanCell(cell))).get('rag');
  return column === undefined ? undefined : { headerAt, column };
}

/**
 * Writes a RAG's word in the RAG column of each row after the header where `wordOf` gives one (a
 * cell's fill, a dot's colour, an icon), and gives the cells so written, for the notes.
 */
export function writeRagWords(
  rows: string[][],
  { headerAt, column }: { headerAt: number; column: number },
  wordOf: (row: readonly string[], r: number) => RagColour | undefined,
): string[] {
  const written: string[] = [];
  for (let r = headerAt + 1; r < rows.length; r++) {
    const row = rows[r];
    const word = row === undefined ? undefined : wordOf(row, r);
    if (row === undefined || word === undefined) continue;
    for (let c = row.length; c < column; c++) row[c] = '';
    row[column] = word;
    written.push(cellRef(r, column));
  }
  return written;
}

/**
 * Writes the RAGs shown by colour alone into the RAG column: an empty cell's fill (not a whole row
 * filled alike), then a dot ("●") in a colour; gives the cells so written, for `colourNotes`.
 */
export function writeColourRags(
  rows: string[][],
  rag: { headerAt: number; column: number },
  fills: readonly (readonly (string | undefined)[] | undefined)[],
  inks: readonly (readonly (string | undefined)[] | undefined)[],
): { coloured: string[]; dotted: string[] } {
  const coloured = writeRagWords(rows, rag, (row, r) => cellRagColour(fills[r] ?? [], rag.column, row[rag.column] ?? ''));
  const dotted = writeRagWords(rows, rag, (row, r) =>
    RAG_DOTS.test(row[rag.column] ?? '') ? ragColour(inks[r]?.[rag.column]) : undefined,
  );
  return { coloured, dotted };
}

/** The notes on RAGs read from colours: cells with no word but a fill, and cells with a coloured dot. */
export function colourNotes(coloured: readonly string[], dotted: readonly string[]): string[] {
  return [
    ...(coloured.length === 0
      ? []
      : [
          `${coloured.length === 1 ? 'Cell' : 'Cells'} ${listed(coloured)} ${coloured.length === 1 ? 'shows a RAG by its colour' : 'show a RAG by their colour'} alone, with no word in ${coloured.length === 1 ? 'it' : 'them'}: each was read as the colour it is nearest ("Red", "Amber", "Green", "Blue"). Check them, and write the word in the cell, as a colour alone is lost on a screen reader and in black and white.`,
        ]),
    ...(dotted.length === 0
      ? []
      : [
          `${dotted.length === 1 ? 'Cell' : 'Cells'} ${listed(dotted)} ${dotted.length === 1 ? 'shows' : 'show'} a RAG by a dot's colour alone ("●", "■"), with no word: each was read as the colour it is nearest ("Red", "Amber", "Green", "Blue"). Check them, and write the word in the cell, as a colour alone is lost on a screen reader and in black and white.`,
        ]),
  ];
}

/** The note on formulas saved without their values, which read as blank; `saveIn` names the program to save them again in. */
export function unworkedNote(unworked: readonly string[], saveIn: string): string[] {
  if (unworked.length === 0) return [];
  const one = unworked.length === 1;
  return [
    `${one ? 'Cell' : 'Cells'} ${listed(unworked)} ${one ? 'holds a formula' : 'hold formulas'} saved without ${one ? 'its value' : 'their values'}, so ${one ? 'it reads' : 'they read'} as blank. Open the ${saveIn} and save it again to keep ${one ? 'it' : 'them'}.`,
  ];
}

/** The note on characters of a symbol font that have no plain equivalent, which were left out. */
export function symbolNote(cells: readonly string[]): string[] {
  if (cells.length === 0) return [];
  const one = cells.length === 1;
  return [
    `${one ? 'Cell' : 'Cells'} ${listed(cells)} ${one ? 'holds' : 'hold'} characters of a symbol font with no plain equivalent (a picture in Wingdings, or a character of Wingdings 2 or 3, Webdings or Symbol), which were not read. Write what they mean as words (Complete, Yes).`,
  ];
}

/**
 * The sheet to read: the one named, else the one the file opens at (shown when it was saved) if it
 * is not hidden, else the first not hidden, else the first; or, where none is, what was expected
 * (`kind` names the file: "a workbook").
 */
export function chooseSheet<T extends { readonly name: string; readonly hidden: boolean }>(
  sheets: readonly T[],
  opensAt: T | undefined,
  wanted: string | undefined,
  kind: string,
): { readonly sheet: T } | { readonly expected: string } {
  const sheet =
    wanted === undefined
      ? opensAt !== undefined && !opensAt.hidden
        ? opensAt
        : (sheets.find((s) => !s.hidden) ?? sheets[0])
      : sheets.find((s) => s.name === wanted);
  if (sheet !== undefined) return { sheet };
  return { expected: sheets.length === 0 ? `${kind} with a sheet` : `one of its sheets: ${sheets.map((s) => `"${s.name}"`).join(', ')}` };
}
