/**
 * Splits spreadsheet text into rows of cells: tab-separated (what copying cells from Excel or a
 * project tool gives) or comma-separated (a CSV file), told apart by the first ten lines with
 * text: tab-separated if any has a tab outside quotes, as a title above a sheet's table may have
 * none, and a CSV's commas may be in its title too. Quoted cells
 * may hold the separator, line breaks and doubled quotes, as RFC 4180 and Excel write them. A
 * byte-order mark and Windows line ends are dropped. Never throws.
 *
 * @example
 * readDelimited('Task Name\tStart\n1A Create a group\tWed 13/04/22');
 * // [['Task Name', 'Start'], ['1A Create a group', 'Wed 13/04/22']]
 */
export function readDelimited(text: string): string[][] {
  const source = text.replace(/^\uFEFF/, '');
  const separator = tabSeparated(source) ? '\t' : ',';
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < source.length; i++) {
    const char = source[i] as string;
    if (quoted) {
      if (char === '"' && source[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"' && cell === '') quoted = true;
    else if (char === separator) {
      row.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && source[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += char;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** How many lines with text `readDelimited` looks at to tell tabs from commas. */
const LINES_LOOKED_AT = 10;

/** Whether any of a text's first ten lines with text has a tab outside a quoted cell. */
function tabSeparated(source: string): boolean {
  // Quoted cells (which may hold tabs, commas and line breaks) taken out first, from the text's start.
  const unquoted = source.slice(0, 65_536).replace(/"(?:[^"]|"")*"/g, '""');
  const lines = unquoted.split(/\r?\n|\r/).filter((line) => line.trim() !== '');
  return lines.slice(0, LINES_LOOKED_AT).some((line) => line.includes('\t'));
}
