import { isIsoDate } from '../calendar/isoDate.js';
import type { ParseResult } from '../model/parsePlan.js';
import { describeValue, makeProblem } from '../model/problem.js';
import { cellRef, SHEET_COLUMNS, SHEET_ROWS } from './cellRef.js';
import { cleanCell, HEADER_SEARCH, headerColumns, quoteCell } from './projectParts.js';
import type { ReadWorkbookOptions, WorkbookSheet } from './readWorkbook.js';
import { child, children, type XmlElement } from './readXml.js';
import { ZipError } from './readZip.js';
import {
  SHEET_MAX_CELLS,
  chooseSheet,
  colourNotes,
  commentsNote,
  fillMergedDown,
  ragColumn,
  symbolNote,
  ukDate,
  unworkedNote,
  writeColourRags,
  type MergedRun,
} from './sheetParts.js';
import {
  odfCount,
  odfGrouped,
  odfInside,
  odfParagraphText,
  odfStyleReader,
  ODF_COLUMN_WRAPPERS,
  ODF_ROW_WRAPPERS,
  type OdfParts,
  type OdfStyle,
  type StyleOf,
} from './odfText.js';

/** The media type an OpenDocument spreadsheet (`.ods`) keeps in its `mimetype` file, and its template's. */
export const ODS_MEDIA_TYPES: readonly string[] = [
  'application/vnd.oasis.opendocument.spreadsheet',
  'application/vnd.oasis.opendocument.spreadsheet-template',
];

/** One cell as read: its text, colours, and what the notes need. */
interface Cell {
  readonly text: string;
  readonly fill: string | undefined;
  readonly ink: string | undefined;
  /** A symbol font's character with no plain equivalent was left out. */
  readonly unread: boolean;
  /** A formula saved without its value. */
  readonly unworked: boolean;
  readonly comment: string | undefined;
  readonly spanRows: number;
  readonly spanColumns: number;
}

type Fail = (path: (string | number)[], expected: string, found: string) => ParseResult<WorkbookSheet>;

const fail: Fail = (path, expected, found) => ({ ok: false, problems: [makeProblem(path, expected, found)] });

/**
 * Reads a sheet of an OpenDocument spreadsheet (`.ods`: LibreOffice Calc's own format, the UK
 * government's standard for sharing documents, which Excel and Google Sheets also save) into
 * tab-separated text, as `readWorkbook` reads an Excel workbook, for `readWorkbook` to return. Its
 * parts are read with their text and elements in document order, as text runs between elements in
 * OpenDocument (`a<text:s/>b`).
 */
export async function readOdsSheet(part: OdfParts, options: ReadWorkbookOptions): Promise<ParseResult<WorkbookSheet>> {
  try {
    const content = await part('content.xml');
    if (content === undefined) return fail([], 'an OpenDocument spreadsheet (.ods), with its content.xml', 'a ZIP archive without one');
    const stylesPart = await part('styles.xml');
    const styleOf = odfStyleReader(content, stylesPart);
    const tables = children(child(child(content, 'body'), 'spreadsheet'), 'table').map((table) => ({
      element: table,
      name: table.attributes['table:name'] ?? '',
      hidden: styleOf(table.attributes['table:style-name'], 'table')?.hidden === true,
    }));
    const active = activeTable(await part('settings.xml'));
    const chosen = chooseSheet(
      tables,
      tables.find((t) => t.name === active),
      options.sheet,
      'a spreadsheet',
    );
    if ('expected' in chosen) return fail(['sheet'], chosen.expected, describeValue(options.sheet));
    return readTable(
      chosen.sheet.element,
      chosen.sheet.name,
      tables.map((t) => t.name),
      styleOf,
    );
  } catch (error) {
    if (error instanceof ZipError)
      return fail([], 'an OpenDocument spreadsheet whose parts can be read', `${error.file}, as ${error.reason}`);
    throw error;
  }
}

/** The sheet the spreadsheet opens at, from its view settings (`ActiveTable`), if it names one. */
function activeTable(settings: XmlElement | undefined): string | undefined {
  const view = child(settings, 'settings')?.children.find((set) => set.attributes['config:name'] === 'ooo:view-settings');
  const views = view?.children.find((map) => map.attributes['config:name'] === 'Views');
  const first = child(views, 'config-item-map-entry');
  return first?.children.find((item) => item.name === 'config-item' && item.attributes['config:name'] === 'ActiveTable')?.text;
}

function readTable(table: XmlElement, sheet: string, sheets: readonly string[], styleOf: StyleOf): ParseResult<WorkbookSheet> {
  const outside = (found: string) =>
    fail(
      [sheet],
      `rows and cells within the sheet's ${SHEET_ROWS.toLocaleString('en-GB')} rows and ${SHEET_COLUMNS.toLocaleString('en-GB')} columns, from A1 to XFD${SHEET_ROWS}`,
      found,
    );
  // Each column's default cell style, for the cells that name none, as [first column, last, style].
  const columnStyles: [number, number, string | undefined][] = [];
  let at = 0;
  for (const column of odfGrouped(table, 'table-column', ODF_COLUMN_WRAPPERS)) {
    const n = odfCount(column.attributes['table:number-columns-repeated']);
    columnStyles.push([at, at + n - 1, column.attributes['table:default-cell-style-name']]);
    at += n;
  }
  const columnStyle = (c: number) => columnStyles.find(([from, to]) => c >= from && c <= to)?.[2];

  const rows: string[][] = [];
  const cellFills: (string | undefined)[][] = [];
  const cellInks: (string | undefined)[][] = [];
  const merged: MergedRun[] = [];
  const unworked: string[] = [];
  const symbolCells: string[] = [];
  const comments: { ref: string; text: string }[] = [];
  // The RAG column, once the header row (the first with text) is read: an empty cell there may show a RAG by its fill.
  let ragAt: number | undefined;
  // Found as `headerRowIndex` finds it: the first of the first ten rows with text to name two known columns, else the first.
  let headerFound = false;
  let textRows = 0;
  let cellsRead = 0;
  let r = 0;
  for (const row of odfGrouped(table, 'table-row', ODF_ROW_WRAPPERS)) {
    const repeat = odfCount(row.attributes['table:number-rows-repeated']);
    const rowStyle = row.attributes['table:default-cell-style-name'];
    // The row's cells, read once however often the row repeats: [first column, repeats, cell].
    const read: [number, number, Cell][] = [];
    let c = 0;
    for (const element of row.children) {
      if (element.name !== 'table-cell' && element.name !== 'covered-table-cell') continue;
      const n = odfCount(element.attributes['table:number-columns-repeated']);
      const styleName = element.attributes['table:style-name'] ?? rowStyle ?? columnStyle(c);
      const cell = readCell(element, styleOf(styleName, 'table-cell'), styleOf);
      if (cell.text !== '' || cell.fill !== undefined || cell.comment !== undefined || cell.unworked) {
        if (cell.text !== '' && c + n > SHEET_COLUMNS)
          return outside(`a cell with something in it after column XFD in row ${Math.min(r, SHEET_ROWS - 1) + 1}`);
        read.push([c, n, cell]);
      }
      c += n;
    }
    const withText = read.filter(([, , cell]) => cell.text !== '');
    if (withText.length > 0) {
      if (r + repeat > SHEET_ROWS) return outside(`a row with something in it after row ${SHEET_ROWS.toLocaleString('en-GB')}`);
      // Each row is read as wide as its last cell with something in it.
      cellsRead += repeat * Math.max(...withText.map(([from, n]) => from + n));
      if (cellsRead > SHEET_MAX_CELLS)
        return fail(
          [sheet],
          `a sheet of at most ${SHEET_MAX_CELLS.toLocaleString('en-GB')} cells, up to the last with something in it in each row`,
          `more, as the file repeats rows or cells (row ${r + 1} is repeated ${repeat.toLocaleString('en-GB')} ${repeat === 1 ? 'time' : 'times'})`,
        );
      for (let k = 0; k < repeat; k++) {
        const at = r + k;
        const cells: string[] = [];
        const fills: (string | undefined)[] = [];
        const inks: (string | undefined)[] = [];
        for (const [from, n, cell] of read) {
          // An empty cell is kept, for its fill, only in the RAG column under the header.
          const [first, last] =
            cell.text !== '' ? [from, from + n] : ragAt !== undefined && ragAt >= from && ragAt < from + n ? [ragAt, ragAt + 1] : [0, 0];
          for (let column = first; column < last; column++) {
            cells[column] = cell.text;
            fills[column] = cell.fill;
            inks[column] = cell.ink;
            if (cell.unread) symbolCells.push(cellRef(at, column));
            if (cell.spanRows > 1 && cell.text !== '')
              merged.push({
                name: `${cellRef(at, column)}:${cellRef(Math.min(at + cell.spanRows, SHEET_ROWS) - 1, column + cell.spanColumns - 1)}`,
                top: at,
                bottom: at + cell.spanRows - 1,
                column,
              });
          }
        }
        rows[at] = Array.from(cells, (text) => text ?? '');
        cellFills[at] = fills;
        cellInks[at] = inks;
        if (!headerFound && textRows < HEADER_SEARCH) {
          const columns = headerColumns(rows[at].map((cell) => cleanCell(cell)));
          if (textRows === 0 || columns.size >= 2) ragAt = columns.get('rag');
          headerFound = columns.size >= 2;
          textRows++;
        }
      }
    }
    // What the notes name, once for the row (a row repeated with a comment or formula is a damaged file's).
    for (const [from, , cell] of read) {
      if (r >= SHEET_ROWS || from >= SHEET_COLUMNS) continue;
      if (cell.comment !== undefined) comments.push({ ref: cellRef(r, from), text: cell.comment });
      if (cell.unworked) unworked.push(cellRef(r, from));
    }
    r += repeat;
  }

  const rag = ragColumn(rows);
  // A RAG shown by an empty cell's fill, or by a dot's colour, takes the place of the cell's text.
  const { coloured, dotted } = rag === undefined ? { coloured: [], dotted: [] } : writeColourRags(rows, rag, cellFills, cellInks);
  const notes = [
    ...unworkedNote(unworked, 'spreadsheet in LibreOffice Calc or Excel'),
    ...fillMergedDown(rows, merged),
    ...colourNotes(coloured, dotted),
    ...symbolNote(symbolCells),
    ...commentsNote(comments),
  ];
  const text = Array.from(rows, (cells) => (cells ?? []).map(quoteCell).join('\t')).join('\n');
  return { ok: true, value: { sheet, sheets, text: text === '' ? '' : `${text}\n`, notes }, problems: [] };
}

/**
 * A cell as the sheet shows it. The file keeps each cell's shown text beside its value, so a number
 * reads as shown (`57.5`, `£50,000.00`, or its value where no text is kept); but a percentage reads
 * from its value (`45.5%`, where the sheet may round it to `46%`), and a date from its value as a
 * UK date (`13/04/2022`, whatever the sheet's own format, as `04/13/22` would be misread). A true or
 * false reads `TRUE` or `FALSE`, and text as written, its paragraphs on lines of their own.
 */
function readCell(element: XmlElement, style: OdfStyle | undefined, styleOf: StyleOf): Cell {
  const a = element.attributes;
  const type = a['office:value-type'];
  const paragraphs = cellParagraphs(element, style, styleOf);
  const number = Number(a['office:value'] ?? '');
  const hasNumber = a['office:value'] !== undefined && a['office:value'].trim() !== '' && Number.isFinite(number);
  const date = a['office:date-value']?.slice(0, 10);
  const text =
    (type === 'float' || type === 'currency') && hasNumber && paragraphs.text === ''
      ? String(Number(number.toPrecision(15)))
      : type === 'percentage' && hasNumber
        ? `${Number((number * 100).toPrecision(12))}%`
        : type === 'date' && isIsoDate(date)
          ? ukDate(date)
          : type === 'boolean' && a['office:boolean-value'] !== undefined
            ? a['office:boolean-value'] === 'true'
              ? 'TRUE'
              : 'FALSE'
            : type === 'string' && a['office:string-value'] !== undefined
              ? a['office:string-value']
              : paragraphs.text;
  // A comment is the cell's (where Calc writes it), or in one of its paragraphs (where a text document keeps one).
  const annotations = [...odfInside(element, 'annotation')];
  return {
    text,
    fill: style?.fill ?? undefined,
    ink: paragraphs.ink,
    unread: paragraphs.unread,
    unworked: a['table:formula'] !== undefined && type === undefined,
    comment:
      annotations.length === 0
        ? undefined
        : annotations
            .flatMap((annotation) => [...children(annotation, 'p'), ...children(annotation, 'h')])
            .map((p) => odfParagraphText(p, {}, styleOf).text)
            .join(' ')
            .replace(/\s+/g, ' ')
            .trim(),
    spanRows: odfCount(a['table:number-rows-spanned']),
    spanColumns: odfCount(a['table:number-columns-spanned']),
  };
}

/** A cell's paragraphs (and those of lists in it), each on a line of its own, with the colour of all its text where it has one. */
function cellParagraphs(
  element: XmlElement,
  style: OdfStyle | undefined,
  styleOf: StyleOf,
): { text: string; ink: string | undefined; unread: boolean } {
  const lines: string[] = [];
  const inks = new Set<string | undefined>();
  let unread = false;
  const walk = (holder: XmlElement) => {
    for (const item of holder.children)
      if (item.name === 'p' || item.name === 'h') {
        const read = odfParagraphText(item, { ink: style?.ink, font: style?.font }, styleOf);
        lines.push(read.text);
        for (const ink of read.inks) inks.add(ink);
        unread ||= read.marks.has('symbol');
      } else if (item.name === 'list' || item.name === 'list-item' || item.name === 'list-header') walk(item);
  };
  walk(element);
  return { text: lines.join('\n'), ink: inks.size === 1 ? [...inks][0] : undefined, unread };
}
