import { odfLine, odfMeta, odfNamespaces as namespaces, odfPackage, odfXml as xml, ODF_VERSION as VERSION } from './odfWrite.js';
import { cellRef } from './cellRef.js';
import { escapeXml } from './readXml.js';
import { ukDate } from './sheetParts.js';
import {
  checkWords,
  sheetName,
  WORKBOOK_MEDIA_TYPES,
  type WorkbookCell,
  type WorkbookSheetSpec,
  type WorkbookValidation,
} from './writeWorkbook.js';

const ODS_MEDIA_TYPE = WORKBOOK_MEDIA_TYPES.ods;

/** The pale yellow of the cells to fill in, as in the Excel workbook. */
const INPUT_FILL = '#fff2cc';
/**
 * Cell styles, as in the Excel workbook: the header or bold text, wrapped text, a date
 * (`dd/mm/yyyy`), a percentage to fill in, text to fill in, a percentage. Each is top-aligned.
 */
const CELL_STYLES = {
  header: { name: 'ce1', text: '<style:text-properties fo:font-weight="bold"/>', wrap: true },
  text: { name: 'ce2', wrap: true },
  date: { name: 'ce3', data: 'N1' },
  percentInput: { name: 'ce4', data: 'N2', fill: INPUT_FILL },
  input: { name: 'ce5', wrap: true, fill: INPUT_FILL },
  percent: { name: 'ce6', data: 'N2' },
} as const satisfies Record<string, { name: string; text?: string; wrap?: boolean; data?: string; fill?: string }>;
type CellStyle = keyof typeof CELL_STYLES;

/**
 * An OpenDocument spreadsheet (`.ods`, ODF 1.2) of the sheets given, as LibreOffice Calc, Excel,
 * Google Sheets and Numbers open it; `readWorkbook` reads it back. It holds what the Excel workbook
 * of {@link writeWorkbook} holds: text as text (a cell that starts `=` stays text, never a formula),
 * each paragraph of it a paragraph of the cell; real dates shown `dd/mm/yyyy`; percentages; bold
 * headings; the cells to fill in shaded; each column's width; the first row kept in view as the rows
 * scroll and printed at the top of each page; and what each column takes, checked as it is typed. The
 * first sheet is the one the spreadsheet opens at. There is no limit on a cell's text (Excel's is
 * 32,767 characters). The same sheets give the same bytes.
 */
export function writeOds(sheets: readonly WorkbookSheetSpec[], options: { readonly title?: string } = {}): Uint8Array {
  const names = sheets.map((sheet) => odsSheetName(sheet.name));
  const columnStyles = new Map<number, string>();
  const columnStyle = (width: number) => {
    let name = columnStyles.get(width);
    if (name === undefined) columnStyles.set(width, (name = `co${columnStyles.size + 1}`));
    return name;
  };
  const validations: string[] = [];
  const tables = sheets.map((sheet, i) => table(sheet, names[i] as string, columnStyle, validations));
  const content = xml(
    `<office:document-content ${namespaces('office', 'style', 'text', 'table', 'fo', 'number', 'of')} office:version="${VERSION}"><office:automatic-styles>${DATA_STYLES}${[
      ...columnStyles,
    ]
      .map(
        ([width, name]) =>
          `<style:style style:name="${name}" style:family="table-column"><style:table-column-properties fo:break-before="auto" style:column-width="${columnWidth(width)}"/></style:style>`,
      )
      .join(
        '',
      )}<style:style style:name="ro1" style:family="table-row"><style:table-row-properties style:use-optimal-row-height="true" fo:break-before="auto"/></style:style><style:style style:name="ta1" style:family="table" style:master-page-name="Default"><style:table-properties table:display="true" style:writing-mode="lr-tb"/></style:style>${cellStyles()}</office:automatic-styles><office:body><office:spreadsheet>${
      validations.length === 0 ? '' : `<table:content-validations>${validations.join('')}</table:content-validations>`
    }${tables.join('')}</office:spreadsheet></office:body></office:document-content>`,
  );
  return odfPackage(ODS_MEDIA_TYPE, [
    { name: 'content.xml', text: content },
    { name: 'styles.xml', text: xml(STYLES) },
    { name: 'settings.xml', text: xml(settings(sheets, names)) },
    { name: 'meta.xml', text: odfMeta({ ...options, language: 'en-GB' }) },
  ]);
}

// N1: dd/mm/yyyy; N2: a whole percentage, as Excel's built-in "0%".
const DATA_STYLES =
  '<number:date-style style:name="N1"><number:day number:style="long"/><number:text>/</number:text><number:month number:style="long"/><number:text>/</number:text><number:year number:style="long"/></number:date-style><number:percentage-style style:name="N2"><number:number number:decimal-places="0" number:min-integer-digits="1"/><number:text>%</number:text></number:percentage-style>';

function cellStyles(): string {
  return Object.values(CELL_STYLES)
    .map((style) => {
      const data = 'data' in style ? ` style:data-style-name="${style.data}"` : '';
      const wrap = 'wrap' in style ? ' fo:wrap-option="wrap"' : '';
      const fill = 'fill' in style ? ` fo:background-color="${style.fill}"` : '';
      const text = 'text' in style ? style.text : '';
      return `<style:style style:name="${style.name}" style:family="table-cell"${data}><style:table-cell-properties style:vertical-align="top"${wrap}${fill}/>${text}</style:style>`;
    })
    .join('');
}

// The default cell style's font, as LibreOffice's own, and an A4 landscape page, as a wide plan table prints best.
const STYLES = `<office:document-styles ${namespaces('office', 'style', 'fo')} office:version="${VERSION}"><office:styles><style:default-style style:family="table-cell"><style:text-properties fo:font-size="10pt"/></style:default-style></office:styles><office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="29.7cm" fo:page-height="21cm" style:print-orientation="landscape" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="1.5cm" fo:margin-right="1.5cm"/></style:page-layout></office:automatic-styles><office:master-styles><style:master-page style:name="Default" style:page-layout-name="pm1"/></office:master-styles></office:document-styles>`;

/**
 * A column's width from Excel's, in characters of its default font (7 pixels at 96 to the inch,
 * with 5 pixels of padding), so each column is as wide as in the Excel workbook.
 */
function columnWidth(characters: number): string {
  return `${Number(((characters * 7 + 5) / 96).toFixed(4))}in`;
}

function table(sheet: WorkbookSheetSpec, name: string, columnStyle: (width: number) => string, validations: string[]): string {
  const widths = sheet.widths ?? [];
  const columns = widths.map((width) => `<table:table-column table:style-name="${columnStyle(width)}"/>`).join('');
  // The Excel workbook checks each column from the second row to the last, and to the second at least.
  const checked = new Map<number, string>();
  for (const check of sheet.validations ?? []) {
    const validationName = `val${validations.length + 1}`;
    validations.push(validation(check, name, validationName));
    checked.set(check.column, validationName);
  }
  // A table holds a row at least; below the first, each row runs to its last checked column.
  const last = Math.max(checked.size > 0 ? 2 : 1, sheet.rows.length);
  const checkedWidth = Math.max(0, ...[...checked.keys()].map((column) => column + 1));
  const rows: string[] = [];
  for (let r = 0; r < last; r++) {
    const cells = sheet.rows[r] ?? [];
    const header = sheet.header === true && r === 0;
    const count = Math.max(cells.length, r === 0 ? 0 : checkedWidth);
    let written = '';
    for (let c = 0; c < count; c++) {
      const check = r === 0 ? undefined : checked.get(c);
      written += writeCell(cells[c] ?? '', header, check === undefined ? '' : ` table:content-validation-name="${check}"`);
    }
    const row = `<table:table-row table:style-name="ro1">${written === '' ? '<table:table-cell/>' : written}</table:table-row>`;
    rows.push(header ? `<table:table-header-rows>${row}</table:table-header-rows>` : row);
  }
  return `<table:table table:name="${escapeXml(name)}" table:style-name="ta1">${columns}${rows.join('')}</table:table>`;
}

function writeCell(cell: WorkbookCell, header: boolean, checked: string): string {
  const styled = (style: CellStyle) => `table:style-name="${CELL_STYLES[style].name}"${checked}`;
  const text = (value: string, style: CellStyle) =>
    value === ''
      ? `<table:table-cell${checked}/>`
      : `<table:table-cell ${styled(style)} office:value-type="string">${paragraphs(value)}</table:table-cell>`;
  if (typeof cell === 'string') return text(cell, header ? 'header' : 'text');
  if ('bold' in cell) return text(cell.bold, 'header');
  if ('date' in cell)
    return `<table:table-cell ${styled('date')} office:value-type="date" office:date-value="${cell.date}"><text:p>${ukDate(cell.date)}</text:p></table:table-cell>`;
  if ('percent' in cell)
    return `<table:table-cell ${styled('percent')} office:value-type="percentage" office:value="${cell.percent}"><text:p>${Math.round(cell.percent * 100)}%</text:p></table:table-cell>`;
  return `<table:table-cell ${styled(cell.input === 'percent' ? 'percentInput' : 'input')}/>`;
}

/** Text as a cell's paragraphs, a line each. */
function paragraphs(value: string): string {
  return value
    .split(/\r\n|\r|\n/)
    .map((line) => `<text:p>${odfLine(line)}</text:p>`)
    .join('');
}

/** A column's check as ODF writes it: the condition, where it applies from, and its prompt and warning. */
function validation(check: WorkbookValidation, sheet: string, name: string): string {
  const condition =
    check.kind === 'list'
      ? `of:cell-content-is-in-list(${check.values.map((value) => `"${value.replace(/"/g, '""')}"`).join(';')})`
      : 'of:cell-content-is-decimal-number() and cell-content-is-between(0,1)';
  const words = checkWords(check);
  const address = `'${sheet.replace(/'/g, "''")}'.${cellRef(1, check.column)}`;
  // A warning, not a stop, for a list: a word the reader also knows ("In progress") may still be typed.
  return `<table:content-validation table:name="${name}" table:condition="${escapeXml(condition)}" table:allow-empty-cell="true" table:base-cell-address="${escapeXml(address)}"${
    check.kind === 'list' ? ' table:display-list="unsorted"' : ''
  }><table:help-message table:title="${escapeXml(words.promptTitle)}" table:display="true"><text:p>${escapeXml(check.prompt)}</text:p></table:help-message><table:error-message table:title="${words.errorTitle}" table:message-type="${check.kind === 'list' ? 'warning' : 'stop'}" table:display="true"><text:p>${escapeXml(words.error)}</text:p></table:error-message></table:content-validation>`;
}

/** Settings Calc reads on opening: the sheet it opens at, and each sheet with a header kept in view. */
function settings(sheets: readonly WorkbookSheetSpec[], names: readonly string[]): string {
  const item = (name: string, type: string, value: string | number) =>
    `<config:config-item config:name="${name}" config:type="${type}">${value}</config:config-item>`;
  const frozen = sheets
    .map((sheet, i) =>
      sheet.header
        ? `<config:config-item-map-entry config:name="${escapeXml(names[i] as string)}">${item('HorizontalSplitMode', 'short', 0)}${item('VerticalSplitMode', 'short', 2)}${item('HorizontalSplitPosition', 'int', 0)}${item('VerticalSplitPosition', 'int', 1)}${item('ActiveSplitRange', 'short', 2)}${item('PositionLeft', 'int', 0)}${item('PositionRight', 'int', 0)}${item('PositionTop', 'int', 0)}${item('PositionBottom', 'int', 1)}</config:config-item-map-entry>`
        : '',
    )
    .join('');
  return `<office:document-settings ${namespaces('office', 'config')} office:version="${VERSION}"><office:settings><config:config-item-set config:name="ooo:view-settings"><config:config-item-map-indexed config:name="Views"><config:config-item-map-entry>${item('ViewId', 'string', 'view1')}${
    frozen === '' ? '' : `<config:config-item-map-named config:name="Tables">${frozen}</config:config-item-map-named>`
  }${names[0] === undefined ? '' : item('ActiveTable', 'string', escapeXml(names[0]))}</config:config-item-map-entry></config:config-item-map-indexed></config:config-item-set></office:settings></office:document-settings>`;
}

/** A sheet's name as Calc allows it: as Excel's, and neither starting nor ending with an apostrophe. */
function odsSheetName(name: string): string {
  return sheetName(name).replace(/^'+|'+$/g, '') || 'Sheet';
}
