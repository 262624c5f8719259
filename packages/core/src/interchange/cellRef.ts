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
