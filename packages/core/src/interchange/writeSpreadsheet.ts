import { writeOds } from './writeOds.js';
import { writeWorkbook, type WorkbookFormat, type WorkbookSheetSpec } from './writeWorkbook.js';

/** The sheets as a spreadsheet of the format asked for: an Excel workbook, or an OpenDocument spreadsheet. */
export function writeSpreadsheet(
  format: WorkbookFormat,
  sheets: readonly WorkbookSheetSpec[],
  options: { readonly title?: string } = {},
): Uint8Array {
  return format === 'ods' ? writeOds(sheets, options) : writeWorkbook(sheets, options);
}
