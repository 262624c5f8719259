import { toDayNumber, type IsoDate } from '../calendar/isoDate.js';
import { cellRef } from './cellRef.js';
import { escapeXml } from './readXml.js';
import { writeZip } from './writeZip.js';

/**
 * A cell of a sheet to write: text, bold text (a heading row's), a date, a fraction shown as a
 * percentage (0.45 as 45%), or an empty cell shaded and formatted for a lead to fill in.
 */
export type WorkbookCell =
  string | { readonly bold: string } | { readonly date: IsoDate } | { readonly percent: number } | { readonly input: 'percent' | 'text' };

/** What a column takes, checked by Excel as it is typed: a choice from a list, or a percentage. */
export type WorkbookValidation =
  | { readonly column: number; readonly kind: 'list'; readonly values: readonly string[]; readonly prompt: string }
  | { readonly column: number; readonly kind: 'percent'; readonly prompt: string };

/** One sheet of a workbook to write. */
export interface WorkbookSheetSpec {
  readonly name: string;
  readonly rows: readonly (readonly WorkbookCell[])[];
  /** The first row is a header: bold, and kept in view as the rows scroll. */
  readonly header?: boolean;
  /** Each column's width, in characters. */
  readonly widths?: readonly number[];
  readonly validations?: readonly WorkbookValidation[];
}

/** The spreadsheet formats the kit writes: Excel's, and OpenDocument's (the UK government's standard for sharing documents). */
export type WorkbookFormat = 'xlsx' | 'ods';

/** Each spreadsheet format's media type, for a download or an upload. */
export const WORKBOOK_MEDIA_TYPES: Readonly<Record<WorkbookFormat, string>> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
};

/** The longest text a cell of Excel holds. */
const CELL_LIMIT = 32_767;
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CONTENT = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
/** Cell styles: 1 the header or bold text, 2 wrapped text, 3 a date, 4 a percentage to fill in, 5 text to fill in, 6 a percentage. */
const STYLE = { header: 1, text: 2, date: 3, percentInput: 4, input: 5, percent: 6 } as const;
/** Day 0 of Excel's 1900 date system, as its serial numbers count from March 1900 on. */
const EXCEL_EPOCH = toDayNumber('1899-12-30');

/**
 * An Excel workbook (`.xlsx`, ECMA-376) of the sheets given, as Excel, LibreOffice and Google
 * Sheets open it; `readWorkbook` reads it back. Text is written as inline strings, so a cell that
 * starts `=` stays text, never a formula; dates as real dates (`dd/mm/yyyy`); the first sheet is
 * the one the workbook opens at. Text beyond Excel's 32,767 characters a cell is cut short with `…`.
 */
export function writeWorkbook(sheets: readonly WorkbookSheetSpec[], options: { readonly title?: string } = {}): Uint8Array {
  const xml = (body: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n${body}`;
  const title = options.title === undefined || options.title === '' ? undefined : options.title;
  return writeZip([
    {
      name: '[Content_Types].xml',
      text: xml(
        `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${CONTENT}.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="${CONTENT}.styles+xml"/>${
          title === undefined
            ? ''
            : '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
        }${sheets
          .map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${CONTENT}.worksheet+xml"/>`)
          .join('')}</Types>`,
      ),
    },
    {
      name: '_rels/.rels',
      text: xml(
        `<Relationships xmlns="${PACKAGE_RELS}"><Relationship Id="rId1" Type="${RELS}/officeDocument" Target="xl/workbook.xml"/>${
          title === undefined
            ? ''
            : '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
        }</Relationships>`,
      ),
    },
    // The title a screen reader announces, and a search or a file list shows.
    ...(title === undefined
      ? []
      : [
          {
            name: 'docProps/core.xml',
            text: xml(
              `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>${escapeXml(title)}</dc:title><dc:language>en-GB</dc:language></cp:coreProperties>`,
            ),
          },
        ]),
    {
      name: 'xl/workbook.xml',
      text: xml(
        `<workbook xmlns="${MAIN}" xmlns:r="${RELS}"><bookViews><workbookView activeTab="0"/></bookViews><sheets>${sheets
          .map((sheet, i) => `<sheet name="${escapeXml(sheetName(sheet.name))}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
          .join('')}</sheets></workbook>`,
      ),
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      text: xml(
        `<Relationships xmlns="${PACKAGE_RELS}">${sheets
          .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${RELS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
          .join('')}<Relationship Id="rId${sheets.length + 1}" Type="${RELS}/styles" Target="styles.xml"/></Relationships>`,
      ),
    },
    { name: 'xl/styles.xml', text: xml(STYLES) },
    ...sheets.map((sheet, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, text: xml(worksheet(sheet, i === 0)) })),
  ]);
}

// Fonts: normal, bold. Fills: none, the gray125 Excel needs, and a pale yellow for cells to fill in.
const STYLES = `<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts><fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFFFF2CC"/><bgColor indexed="64"/></patternFill></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="7"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment vertical="top"/></xf><xf numFmtId="9" fontId="0" fillId="2" borderId="0" xfId="0" applyNumberFormat="1" applyFill="1" applyAlignment="1"><alignment vertical="top"/></xf><xf numFmtId="0" fontId="0" fillId="2" borderId="0" xfId="0" applyFill="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf><xf numFmtId="9" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment vertical="top"/></xf></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

function worksheet(sheet: WorkbookSheetSpec, selected: boolean): string {
  const pane = sheet.header ? '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' : '';
  const view = `<sheetViews><sheetView${selected ? ' tabSelected="1"' : ''} workbookViewId="0">${pane}</sheetView></sheetViews>`;
  const cols =
    sheet.widths === undefined || sheet.widths.length === 0
      ? ''
      : `<cols>${sheet.widths.map((width, i) => `<col min="${i + 1}" max="${i + 1}" width="${width}" customWidth="1"/>`).join('')}</cols>`;
  const rows = sheet.rows
    .map((cells, r) => {
      const written = cells.map((cell, c) => writeCell(cell, cellRef(r, c), sheet.header === true && r === 0)).join('');
      return `<row r="${r + 1}">${written}</row>`;
    })
    .join('');
  const last = Math.max(2, sheet.rows.length);
  const validations = sheet.validations ?? [];
  const checks =
    validations.length === 0
      ? ''
      : `<dataValidations count="${validations.length}">${validations
          .map((check) => {
            const range = `${cellRef(1, check.column)}:${cellRef(last - 1, check.column)}`;
            const words = checkWords(check);
            const prompt = `showInputMessage="1" promptTitle="${escapeXml(words.promptTitle)}" prompt="${escapeXml(check.prompt)}"`;
            const error = `errorTitle="${words.errorTitle}" error="${escapeXml(words.error)}"`;
            if (check.kind === 'list')
              // A warning, not a stop: a word the reader also knows ("In progress") may still be typed.
              return `<dataValidation type="list" errorStyle="warning" allowBlank="1" showErrorMessage="1" ${prompt} ${error} sqref="${range}"><formula1>"${escapeXml(check.values.join(','))}"</formula1></dataValidation>`;
            return `<dataValidation type="decimal" allowBlank="1" showErrorMessage="1" ${prompt} ${error} sqref="${range}"><formula1>0</formula1><formula2>1</formula2></dataValidation>`;
          })
          .join('')}</dataValidations>`;
  return `<worksheet xmlns="${MAIN}" xmlns:r="${RELS}">${view}<sheetFormatPr defaultRowHeight="15"/>${cols}<sheetData>${rows}</sheetData>${checks}<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;
}

function writeCell(cell: WorkbookCell, ref: string, header: boolean): string {
  const text = (value: string, style: number) => {
    if (value === '') return '';
    const kept = value.length > CELL_LIMIT ? `${value.slice(0, CELL_LIMIT - 1)}…` : value;
    return `<c r="${ref}" s="${style}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(kept)}</t></is></c>`;
  };
  if (typeof cell === 'string') return text(cell, header ? STYLE.header : STYLE.text);
  if ('bold' in cell) return text(cell.bold, STYLE.header);
  if ('date' in cell) return `<c r="${ref}" s="${STYLE.date}"><v>${toDayNumber(cell.date) - EXCEL_EPOCH}</v></c>`;
  if ('percent' in cell) return `<c r="${ref}" s="${STYLE.percent}"><v>${cell.percent}</v></c>`;
  return `<c r="${ref}" s="${cell.input === 'percent' ? STYLE.percentInput : STYLE.input}"/>`;
}

/**
 * What a column's check says, in either spreadsheet format: its prompt's title (32 characters at
 * most, as Excel allows), and the title and message shown when something else is typed.
 */
export function checkWords(check: WorkbookValidation): {
  readonly promptTitle: string;
  readonly errorTitle: string;
  readonly error: string;
} {
  const promptTitle = check.prompt.slice(0, 32);
  return check.kind === 'list'
    ? { promptTitle, errorTitle: 'Not one of the words', error: `Choose one of: ${check.values.join(', ')}.` }
    : { promptTitle, errorTitle: 'Not a percentage', error: 'Enter a percentage from 0% to 100%.' };
}

/** A sheet's name as Excel allows it: 31 characters at most, none of `[]:*?/\`. */
export function sheetName(name: string): string {
  return name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'Sheet';
}
