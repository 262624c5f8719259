/** A cell's reference from its row and column indexes: row 0, column 27 is `AB1`. */
export function cellRef(row: number, column: number): string {
  let letters = '';
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `${letters}${row + 1}`;
}

/** Row index of a cell reference: `A1` is 0, `AB12` is 11. */
export function rowIndex(ref: string): number {
  return Number(/\d+$/.exec(ref)?.[0] ?? 0) - 1;
}

/** Column index of a cell reference: `A1` is 0, `AB12` is 27. */
export function columnIndex(ref: string): number {
  let index = 0;
  for (const char of ref.toUpperCase()) {
    const code = char.charCodeAt(0);
    if (code < 65 || code > 90) break;
    index = index * 26 + (code - 64);
  }
  return index - 1;
}

/** The rows and columns a sheet holds, in Excel since 2007 and in LibreOffice since 7.4: A1 to XFD1048576. */
export const SHEET_ROWS = 1_048_576;
export const SHEET_COLUMNS = 16_384;

/**
 * The row and column indexes of a cell reference within a sheet's bounds (`XFD1048576` is row
 * 1,048,575, column 16,383), or `undefined` for anything else: no letters, no row, row 0, or
 * past the last row or column.
 */
export function readCellRef(ref: string): { readonly row: number; readonly column: number } | undefined {
  const parts = /^([A-Za-z]{1,3})(\d+)$/.exec(ref);
  const row = parts === null ? undefined : readRowNumber(parts[2] as string);
  const column = parts === null ? SHEET_COLUMNS : columnIndex(parts[1] as string);
  return row !== undefined && column < SHEET_COLUMNS ? { row, column } : undefined;
}

/** The row index of a row number within a sheet's bounds (`1048576` is row 1,048,575), or `undefined` for anything else: `0`, `x`, past the last row. */
export function readRowNumber(text: string): number | undefined {
  const row = /^[1-9]\d{0,6}$/.test(text) ? Number(text) - 1 : SHEET_ROWS;
  return row < SHEET_ROWS ? row : undefined;
}
