export * from './readDelimited.js';
export * from './readProjectTable.js';
export * from './writeProjectTable.js';
export * from './tableDate.js';
export { readEhcRequests, type EhcRequestsResult } from './readEhcRequests.js';
export { readEhcReviews, type EhcReviewsResult } from './readEhcReviews.js';
export { planCalendarEvents, writePlanCalendar, type PlanCalendarEvent, type PlanCalendarOptions } from './writePlanCalendar.js';
export { readProjectXml } from './readProjectXml.js';
export { writeProjectXml, type WriteProjectXmlOptions } from './writeProjectXml.js';
export {
  addProgressReturns,
  readProgressReturns,
  writeReturnsSheet,
  writeReturnsWorkbook,
  type ProgressReturn,
  type ProgressReturnsResult,
  type ReadProgressReturnsOptions,
  type WriteReturnsWorkbookOptions,
} from './progressReturns.js';
export { WORKBOOK_MEDIA_TYPES, type WorkbookFormat } from './writeWorkbook.js';
export { readWorkbook, type ReadWorkbookOptions, type WorkbookSheet } from './readWorkbook.js';
export { SHEET_MAX_CELLS } from './sheetParts.js';
export { ODT_MAX_ROWS } from './readOdt.js';
export { TABLE_MAX_CELLS } from './wordTableParts.js';
export { readWordTables, wordTableGroups, type ReadWordTablesOptions, type WordTable, type WordTables } from './readWordTables.js';
export { decodeText, type DecodedText } from './decodeText.js';
