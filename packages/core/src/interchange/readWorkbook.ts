import { addCalendarDays, isIsoDate, type IsoDate } from '../calendar/isoDate.js';
import type { ParseResult } from '../model/parsePlan.js';
import { describeValue, makeProblem } from '../model/problem.js';
import { quoteCell } from './projectParts.js';
import {
  SHEET_MAX_CELLS,
  chooseSheet,
  colourNotes,
  commentsNote,
  fillMergedDown,
  listed,
  ragColumn,
  symbolNote,
  ukDate,
  unworkedNote,
  writeColourRags,
  writeRagWords,
  type MergedRun,
} from './sheetParts.js';
import { iconRags } from './iconSets.js';
import { tinted } from './ragColour.js';
import { isSymbolFont, symbolCharacters } from './symbolFonts.js';
import { attr, child, children, type XmlElement } from './readXml.js';
import { flatOdf, odfMediaType, otherOdfKind } from './odfText.js';
import { ODS_MEDIA_TYPES, readOdsSheet } from './readOds.js';
import { readZip, xmlPart, ZipError } from './readZip.js';
import { cellRef, columnIndex, readCellRef, readRowNumber, rowIndex, SHEET_COLUMNS, SHEET_ROWS } from './cellRef.js';

/** One sheet of a workbook as text, for `readProjectTable` or `readProgressReturns` to read. */
export interface WorkbookSheet {
  /** The sheet read. */
  readonly sheet: string;
  /** Every sheet in the workbook, in order. */
  readonly sheets: readonly string[];
  /** The sheet's cells as tab-separated text, as a spreadsheet copies them. */
  readonly text: string;
  /**
   * What the text does not show of reading the sheet: each run of merged cells read into every row
   * it spans, formulas saved without their values, and comments on cells, which are not read.
   */
  readonly notes: readonly string[];
}

export interface ReadWorkbookOptions {
  /**
   * The sheet to read, by its name. Default: the sheet the workbook opens at (the one shown when it
   * was saved), or the first sheet not hidden if that one is.
   */
  readonly sheet?: string;
}

/** Excel's built-in number formats that show a percentage, and those that show a date. */
const PERCENT_FORMATS = new Set([9, 10]);
const DATE_FORMATS = new Set([14, 15, 16, 17, 22, 27, 30, 36, 50, 57]);

/**
 * Reads a sheet of an Excel workbook (`.xlsx`, as Excel, LibreOffice and Google Sheets save it)
 * into tab-separated text, as the sheet would be copied: so a council's project table, or the
 * returns sheet a lead sends back, is read without copying its cells first.
 *
 * - Each cell is written as the sheet shows it: shared and inline text, numbers, `TRUE`/`FALSE`,
 *   errors (`#N/A`); a number in a percentage format as a percentage (`45%`, not `0.45`); a number
 *   in a date format as a UK date (`13/04/2022`), from either of Excel's date systems; a date
 *   written as one (`t="d"`, ISO 8601) as a UK date too.
 * - Text with a tab, a line break or a quote is quoted, so it stays one cell.
 * - Cells merged down several rows (a lead, or a focus area, written once beside the rows it
 *   covers) give their value to each of those rows, in the merge's first column, and the notes
 *   name them. Excel keeps the value in the first cell only, so without this every row but the
 *   first would read as blank. Cells merged across one row (a heading) keep it in the first cell,
 *   as they copy.
 * - A formula saved without its value (as some tools write them) reads as blank, and the notes name
 *   its cell. Comments on cells are not read into the text; the notes quote them with their cells.
 * - A RAG shown by a cell's fill alone (an empty cell in the RAG column filled red, amber, green or
 *   blue) is read as the colour's word, and the notes name the cells.
 * - An OpenDocument spreadsheet (`.ods`: LibreOffice Calc's own format, the UK government's
 *   standard for sharing documents) is read the same way, into the same text and notes; a number
 *   reads as the sheet shows it, as the file keeps that text, and a percentage or a date from its
 *   value. Rows and cells it repeats are read once each.
 * - A sheet is read with at most `SHEET_MAX_CELLS` cells, each row counted up to its last cell: more
 *   is a problem, as a few bytes of a file can ask for billions.
 * - A file that is not a workbook, a sheet that is not there, and damaged parts are problems with
 *   what was expected and found.
 *
 * @example
 * const sheet = await readWorkbook(new Uint8Array(await file.arrayBuffer()));
 * if (sheet.ok) readProgressReturns(sheet.value.text, plan, { reportedOn: '2022-06-30' });
 */
export async function readWorkbook(bytes: Uint8Array, options: ReadWorkbookOptions = {}): Promise<ParseResult<WorkbookSheet>> {
  const fail = (path: (string | number)[], expected: string, found: string): ParseResult<WorkbookSheet> => ({
    ok: false,
    problems: [makeProblem(path, expected, found)],
  });
  const zip = readZip(bytes, 'an Excel workbook (.xlsx) or OpenDocument spreadsheet (.ods)');
  if (!zip.ok) {
    // A flat OpenDocument spreadsheet (.fods) is one XML document, not an archive.
    const flat = flatOdf(bytes);
    if (flat === undefined) return fail([], zip.expected, zip.found);
    if (!flat.ok) return fail([], 'an OpenDocument spreadsheet whose parts can be read', flat.found);
    if (ODS_MEDIA_TYPES.includes(flat.kind)) return readOdsSheet(flat.parts, options);
    return fail(
      [],
      'an Excel workbook (.xlsx) or OpenDocument spreadsheet (.ods or .fods)',
      otherOdfKind(flat.kind, 'text', 'a Word document'),
    );
  }
  if (!zip.names.includes('xl/workbook.xml')) {
    // An OpenDocument file names its kind first thing, in a file of its own.
    let kind: string | undefined;
    try {
      kind = await odfMediaType(zip);
    } catch (error) {
      if (error instanceof ZipError)
        return fail([], 'an OpenDocument spreadsheet whose parts can be read', `${error.file}, as ${error.reason}`);
      throw error;
    }
    if (kind !== undefined && ODS_MEDIA_TYPES.includes(kind)) return readOdsSheet(xmlPart(zip, { mixed: true }), options);
    if (kind !== undefined)
      return fail([], 'an Excel workbook (.xlsx) or OpenDocument spreadsheet (.ods)', otherOdfKind(kind, 'text', 'a Word document'));
  }
  try {
    const part = xmlPart(zip);
    const workbook = await part('xl/workbook.xml');
    if (workbook === undefined)
      return fail(
        [],
        'an Excel workbook (.xlsx) with its xl/workbook.xml, or an OpenDocument spreadsheet (.ods)',
        'a ZIP archive with neither',
      );
    const relations = await part('xl/_rels/workbook.xml.rels');
    const targets = new Map((relations?.children ?? []).map((r) => [r.attributes.Id ?? '', r.attributes.Target ?? '']));
    const sheets = children(child(workbook, 'sheets'), 'sheet').map((sheet) => ({
      name: sheet.attributes.name ?? '',
      target: targets.get(attr(sheet, 'id') ?? '') ?? '',
      hidden: sheet.attributes.state === 'hidden' || sheet.attributes.state === 'veryHidden',
    }));
    const names = sheets.map((s) => s.name);
    // By default, the sheet the workbook opens at (the one shown when it was saved), if it is not hidden; else the first shown.
    const opensAt = sheets[Number(child(child(workbook, 'bookViews'), 'workbookView')?.attributes.activeTab ?? 0)];
    const choice = chooseSheet(sheets, opensAt, options.sheet, 'a workbook');
    if ('expected' in choice) return fail(['sheet'], choice.expected, describeValue(options.sheet));
    const chosen = choice.sheet;
    const path = resolvePart('xl/', chosen.target);
    const sheet = await part(path);
    if (sheet === undefined) return fail(['sheet'], `the sheet "${chosen.name}" in the workbook`, `no part ${path}`);
    const stringElements = children(await part('xl/sharedStrings.xml'), 'si');
    const stringItems = stringElements.map((item) => readString(item));
    const strings = stringItems.map((item) => item.text);
    const stylesPart = await part('xl/styles.xml');
    const styles = numberStyles(stylesPart);
    const themeTarget = relations?.children.find((r) => r.attributes.Type?.endsWith('/theme'))?.attributes.Target;
    const theme = themeTarget === undefined ? undefined : await part(resolvePart('xl/', themeTarget));
    const colourOf = colourReader(stylesPart, themeColours(theme));
    const fills = fillColours(stylesPart, colourOf);
    const fonts = cellFonts(stylesPart, colourOf);
    const date1904 = ['1', 'true'].includes(child(workbook, 'workbookPr')?.attributes.date1904 ?? '');

    const rows: string[][] = [];
    // Each cell's fill colour (RRGGBB), by row and column, where its style gives one.
    const cellFills: (string | undefined)[][] = [];
    // Each cell's number, by row and column, where it holds one: what conditional formatting's icons go by.
    const cellNumbers: (number | undefined)[][] = [];
    // Each cell's text colour (RRGGBB), by row and column, where its style gives one: a RAG may be a dot in a colour.
    const cellInks: (string | undefined)[][] = [];
    // Cells holding characters of a symbol font that have no plain equivalent, which are left out.
    const symbolCells: string[] = [];
    // Formulas a tool saved without working them out: the sheet shows their value, the file has none.
    const unworked: string[] = [];
    // A row or cell named outside the sheet's bounds is a damaged file, not a sheet to read: beyond them, filling in the rows and cells before it would never end.
    const outside = (found: string) =>
      fail(
        [chosen.name],
        `rows and cells within the sheet's ${SHEET_ROWS.toLocaleString('en-GB')} rows and ${SHEET_COLUMNS.toLocaleString('en-GB')} columns, from A1 to XFD${SHEET_ROWS}`,
        found,
      );
    let cellsRead = 0;
    for (const row of children(child(sheet, 'sheetData'), 'row')) {
      const given = row.attributes.r;
      const r = given === undefined ? rows.length : readRowNumber(given);
      if (r === undefined || r >= SHEET_ROWS)
        return outside(given === undefined ? `a row after row ${SHEET_ROWS}` : `a row numbered ${describeValue(given)}`);
      const cells: string[] = [];
      const rowFills: (string | undefined)[] = [];
      const rowInks: (string | undefined)[] = [];
      let next = 0;
      for (const cell of children(row, 'c')) {
        const ref = cell.attributes.r;
        const column = ref === undefined ? next : readCellRef(ref)?.column;
        if (column === undefined || column >= SHEET_COLUMNS)
          return outside(ref === undefined ? `a cell after column XFD in row ${r + 1}` : `a cell named ${describeValue(ref)}`);
        next = column + 1;
        const type = cell.attributes.t ?? 'n';
        const style = Number(cell.attributes.s ?? 0);
        const value = child(cell, 'v')?.text;
        // Text in a symbol font is read as the characters it shows, by its runs' fonts, else the cell's.
        const font = fonts[style];
        const index = Number(value);
        const element = type === 's' ? stringElements[index] : type === 'inlineStr' ? (child(cell, 'is') ?? cell) : undefined;
        const read =
          element === undefined
            ? symbolCharacters(font?.symbol ?? '', shown(cell, strings, styles, date1904))
            : type === 's' && font?.symbol === undefined
              ? (stringItems[index] as { text: string; unread: boolean })
              : readString(element, font?.symbol);
        cells[column] = read.text;
        if (read.unread) symbolCells.push(cellRef(r, column));
        rowFills[column] = fills[style];
        rowInks[column] = font?.colour;
        const number = type === 'n' && value ? Number(value) : NaN;
        if (Number.isFinite(number)) (cellNumbers[r] ??= [])[column] = number;
        if (child(cell, 'f') !== undefined && value === undefined) unworked.push(cellRef(r, column));
      }
      // Each row is read as wide as its last cell.
      cellsRead += cells.length;
      if (cellsRead > SHEET_MAX_CELLS)
        return fail(
          [chosen.name],
          `a sheet of at most ${SHEET_MAX_CELLS.toLocaleString('en-GB')} cells, up to the last in each row`,
          `more, by row ${r + 1}`,
        );
      rows[r] = Array.from(cells, (text) => text ?? '');
      cellFills[r] = rowFills;
      cellInks[r] = rowInks;
    }
    const rag = ragColumn(rows);
    // A RAG shown by conditional formatting's icons takes the place of the number the cell holds;
    // one shown by an empty cell's fill, or by a dot's colour, takes the place of the cell's text.
    const icons = rag === undefined ? undefined : iconRags(sheet, cellNumbers, rag.column, rag.headerAt);
    const iconed = rag === undefined ? [] : writeRagWords(rows, rag, (_, r) => icons?.words.get(r));
    const { coloured, dotted } = rag === undefined ? { coloured: [], dotted: [] } : writeColourRags(rows, rag, cellFills, cellInks);
    const notes = [
      ...unworkedNote(unworked, 'workbook in Excel'),
      ...fillMergedDown(rows, mergedRuns(child(sheet, 'mergeCells'))),
      ...colourNotes(coloured, []),
      ...(iconed.length === 0
        ? []
        : [
            `${iconed.length === 1 ? 'Cell' : 'Cells'} ${listed(iconed)} ${iconed.length === 1 ? 'shows a RAG by an icon' : 'show a RAG by icons'} of conditional formatting (${listed(icons?.rules ?? [], '; ')}), not by a word: each was read as its icon's colour ("Red", "Amber", "Green"), worked out from the cell's number as Excel does. Check them, and write the word in the cell, as an icon is lost when the cells are copied, and a screen reader reads the number.`,
          ]),
      ...(icons === undefined || icons.unread.length === 0
        ? []
        : [
            `The icons of conditional formatting on ${listed(icons.unread, '; ')} have thresholds given by formulas, which are not worked out here: their cells were read as their numbers. Write each cell's RAG as a word.`,
          ]),
      ...colourNotes([], dotted),
      ...symbolNote(symbolCells),
      ...commentsNote(await sheetComments(path, part)),
    ];
    const text = Array.from(rows, (cells) => (cells ?? []).map(quoteCell).join('\t')).join('\n');
    return { ok: true, value: { sheet: chosen.name, sheets: names, text: text === '' ? '' : `${text}\n`, notes }, problems: [] };
  } catch (error) {
    if (error instanceof ZipError) return fail([], 'an Excel workbook whose parts can be read', `${error.file}, as ${error.reason}`);
    throw error;
  }
}

/** A string item's or inline string's text: its `t`, or its rich-text runs' `t`s joined. */
function cellText(item: XmlElement): string {
  return readString(item).text;
}

/**
 * A string item's or inline string's text, its rich-text runs' joined, each in a symbol font (its
 * own, else the cell's) read as the characters it shows; and whether any character was left out.
 */
function readString(item: XmlElement, cellFont = ''): { text: string; unread: boolean } {
  const plain = child(item, 't');
  if (plain !== undefined) return symbolCharacters(cellFont, plain.text);
  let text = '';
  let unread = false;
  for (const run of children(item, 'r')) {
    const font = attr(child(child(run, 'rPr'), 'rFont'), 'val');
    const read = symbolCharacters(font ?? cellFont, child(run, 't')?.text ?? '');
    text += read.text;
    unread ||= read.unread;
  }
  return { text, unread };
}

/** The runs of cells a sheet merges (`<mergeCell ref="C3:C5"/>`), each by its rows and first column. */
function* mergedRuns(mergeCells: XmlElement | undefined): Generator<MergedRun> {
  for (const merge of children(mergeCells, 'mergeCell')) {
    const [from, to] = (merge.attributes.ref ?? '').split(':');
    if (from === undefined || to === undefined) continue; // a single cell: nothing to fill
    yield { name: `${from}:${to}`, top: rowIndex(from), bottom: rowIndex(to), column: columnIndex(from) };
  }
}

/** The comments on a sheet's cells, from the comments part its relationships name, if it has one. */
async function sheetComments(
  sheetPath: string,
  part: (name: string) => Promise<XmlElement | undefined>,
): Promise<{ readonly ref: string; readonly text: string }[]> {
  const folder = sheetPath.slice(0, sheetPath.lastIndexOf('/') + 1);
  const relations = await part(`${folder}_rels/${sheetPath.slice(folder.length)}.rels`);
  const target = relations?.children.find((r) => (r.attributes.Type ?? '').endsWith('/comments'))?.attributes.Target;
  if (target === undefined) return [];
  const comments = await part(resolvePart(folder, target));
  return children(child(comments, 'commentList'), 'comment').map((comment) => ({
    ref: comment.attributes.ref ?? '',
    text: cellText(child(comment, 'text') ?? comment)
      .replace(/\s+/g, ' ')
      .trim(),
  }));
}

/** A part's path from a relationship's target, relative to the folder of the part that names it, or absolute. */
export function resolvePart(folder: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = folder.split('/').filter((p) => p !== '');
  for (const segment of target.split('/'))
    if (segment === '..') parts.pop();
    else if (segment !== '.') parts.push(segment);
  return parts.join('/');
}

/**
 * How a workbook's colours are read (`RRGGBB`): given as a value, by their number in the workbook's
 * theme (`theme`, the colours at the top of Excel's palette), or by their number in the palette of
 * older versions (`indexed`, which a workbook can change), each with any tint.
 */
function colourReader(
  styles: XmlElement | undefined,
  theme: readonly (string | undefined)[],
): (color: XmlElement | undefined) => string | undefined {
  const custom = children(child(child(styles, 'colors'), 'indexedColors'), 'rgbColor').map((c) => hexColour(attr(c, 'rgb')));
  const indexed = custom.length > 0 ? custom : INDEXED_COLOURS;
  return (color) => {
    const { rgb, theme: themed, indexed: index, tint } = color?.attributes ?? {};
    const hex =
      rgb !== undefined
        ? hexColour(rgb)
        : themed !== undefined
          ? theme[Number(themed)]
          : index !== undefined
            ? indexed[Number(index)]
            : undefined;
    const by = Number(tint ?? 0);
    return hex === undefined || by === 0 || !Number.isFinite(by) ? hex : tinted(hex, by);
  };
}

/** Each cell style's fill colour (`RRGGBB`): a solid fill's foreground, another pattern's background. */
function fillColours(
  styles: XmlElement | undefined,
  colour: (color: XmlElement | undefined) => string | undefined,
): (string | undefined)[] {
  const fills = children(child(styles, 'fills'), 'fill').map((fill) => {
    const pattern = child(fill, 'patternFill');
    const type = attr(pattern, 'patternType');
    if (type === undefined || type === 'none') return undefined;
    return colour(child(pattern, type === 'solid' ? 'fgColor' : 'bgColor'));
  });
  return children(child(styles, 'cellXfs'), 'xf').map((xf) => fills[Number(xf.attributes.fillId ?? 0)]);
}

/** Each cell style's font: its name where it is a symbol font (Wingdings), and its colour (`RRGGBB`). */
function cellFonts(
  styles: XmlElement | undefined,
  colour: (color: XmlElement | undefined) => string | undefined,
): ({ symbol?: string; colour?: string } | undefined)[] {
  const fonts = children(child(styles, 'fonts'), 'font').map((font) => {
    const name = attr(child(font, 'name'), 'val');
    const ink = colour(child(font, 'color'));
    return { ...(name !== undefined && isSymbolFont(name) ? { symbol: name } : {}), ...(ink === undefined ? {} : { colour: ink }) };
  });
  return children(child(styles, 'cellXfs'), 'xf').map((xf) => fonts[Number(xf.attributes.fontId ?? 0)]);
}

/** A colour written `RRGGBB` or `AARRGGBB`, as `RRGGBB`; `undefined` if it is neither. */
function hexColour(value: string | undefined): string | undefined {
  return value !== undefined && /^([0-9A-Fa-f]{2})?[0-9A-Fa-f]{6}$/.test(value) ? value.slice(-6).toUpperCase() : undefined;
}

/**
 * A workbook theme's colours, in the order cells number them: light 1, dark 1, light 2, dark 2
 * (the theme lists each dark one first), accents 1 to 6, and the two link colours.
 */
function themeColours(theme: XmlElement | undefined): (string | undefined)[] {
  const scheme = child(child(theme, 'themeElements'), 'clrScheme');
  return ['lt1', 'dk1', 'lt2', 'dk2', 'accent1', 'accent2', 'accent3', 'accent4', 'accent5', 'accent6', 'hlink', 'folHlink'].map((name) => {
    const slot = child(scheme, name);
    // A system colour (the window's text and background) keeps the value it last had.
    return hexColour(attr(child(slot, 'srgbClr'), 'val') ?? attr(child(slot, 'sysClr'), 'lastClr'));
  });
}

/**
 * The palette of Excel 97-2003, which `indexed` colours number (0 to 63) where a workbook gives no
 * palette of its own (ECMA-376 Part 1, 18.8.27). 64 and 65, the system's text and window colours,
 * have no value.
 */
const INDEXED_COLOURS: readonly string[] = (
  '000000 FFFFFF FF0000 00FF00 0000FF FFFF00 FF00FF 00FFFF 000000 FFFFFF FF0000 00FF00 0000FF FFFF00 FF00FF 00FFFF ' +
  '800000 008000 000080 808000 800080 008080 C0C0C0 808080 9999FF 993366 FFFFCC CCFFFF 660066 FF8080 0066CC CCCCFF ' +
  '000080 FF00FF FFFF00 00FFFF 800080 800000 008080 0000FF 00CCFF CCFFFF CCFFCC FFFF99 99CCFF FF99CC CC99FF FFCC99 ' +
  '3366FF 33CCCC 99CC00 FFCC00 FF9900 FF6600 666699 969696 003366 339966 003300 333300 993300 993366 333399 333333'
).split(' ');

/** What each cell style shows a number as: a percentage, a date, or the number. */
function numberStyles(styles: XmlElement | undefined): ('percent' | 'date' | 'number')[] {
  const custom = new Map(
    children(child(styles, 'numFmts'), 'numFmt').map((f) => [Number(f.attributes.numFmtId), f.attributes.formatCode ?? '']),
  );
  return children(child(styles, 'cellXfs'), 'xf').map((xf) => {
    const id = Number(xf.attributes.numFmtId ?? 0);
    const code = custom.get(id);
    if (code === undefined) return PERCENT_FORMATS.has(id) ? 'percent' : DATE_FORMATS.has(id) ? 'date' : 'number';
    // A format's own code, with quoted text, escapes and colours or conditions left out.
    const bare = code.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '');
    if (bare.includes('%')) return 'percent';
    return /[dmy]/i.test(bare) ? 'date' : 'number';
  });
}

/** A cell as the sheet shows it. */
function shown(
  cell: XmlElement,
  strings: readonly string[],
  styles: readonly ('percent' | 'date' | 'number')[],
  date1904: boolean,
): string {
  const type = cell.attributes.t ?? 'n';
  const value = child(cell, 'v')?.text ?? '';
  if (type === 'inlineStr') return cellText(child(cell, 'is') ?? cell);
  if (type === 's') return strings[Number(value)] ?? '';
  if (type === 'str' || type === 'e') return value;
  if (type === 'b') return value === '1' ? 'TRUE' : 'FALSE';
  // A date written as one (ISO 8601, as ECMA-376 allows and some tools write), not as a serial number.
  if (type === 'd') return isIsoDate(value.slice(0, 10)) ? ukDate(value.slice(0, 10) as IsoDate) : value;
  if (value === '') return '';
  const number = Number(value);
  // Not a number at all (only a damaged file has one): its text as it stands, for the reader to name.
  if (!Number.isFinite(number)) return value;
  const style = styles[Number(cell.attributes.s ?? 0)] ?? 'number';
  if (style === 'percent') return `${Number((number * 100).toPrecision(12))}%`;
  if (style === 'date') {
    const date = excelDate(number, date1904);
    // A serial outside Excel's dates, which it shows as ####: the number, as a General cell would show it.
    if (date !== undefined) return ukDate(date);
  }
  return String(Number(number.toPrecision(15)));
}

/** The last serial number of each date system: 31 Dec 9999, the last date Excel shows. */
const LAST_SERIAL = { 1900: 2_958_465, 1904: 2_957_003 } as const;

/**
 * The day of an Excel date serial number: days since 1899-12-30 (counting Excel's 29 Feb 1900), or
 * since 1904-01-01. `undefined` outside the dates Excel shows (0 to 31 Dec 9999), where it shows ####.
 */
function excelDate(serial: number, date1904: boolean): IsoDate | undefined {
  const days = Math.floor(serial);
  if (days < 0 || days > LAST_SERIAL[date1904 ? 1904 : 1900]) return undefined;
  if (date1904) return addCalendarDays('1904-01-01', days);
  // Excel counts a 29 February 1900 that never was: serials up to 60 are a day later than they say.
  return addCalendarDays('1899-12-30', days < 61 ? days + 1 : days);
}
