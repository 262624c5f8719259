// The RAG status a cell's colour alone gives, where a plan shows it by filling the cell and writes
// no word: the file keeps the colour as a hex value, which is read here by its hue.

/** The RAG words a colour is read as. */
export type RagColour = 'Red' | 'Amber' | 'Green' | 'Blue';

/**
 * The RAG a colour (`RRGGBB`) is nearest, by its hue: red, orange to yellow (amber), green, or
 * cyan to blue; `undefined` for a grey, a near-white, a near-black, a purple, or no colour. Pale
 * tints of each count too (Excel's pale red "Bad" fill), but not the palest, which are a table's
 * own shading.
 */
export function ragColour(hex: string | undefined): RagColour | undefined {
  if (hex === undefined || !/^[0-9A-Fa-f]{6}$/.test(hex)) return undefined;
  const [r, g, b] = [0, 2, 4].map((at) => parseInt(hex.slice(at, at + 2), 16) / 255) as [number, number, number];
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const lightness = (max + min) / 2;
  const spread = max - min;
  const saturation = spread === 0 ? 0 : spread / (1 - Math.abs(2 * lightness - 1));
  if (saturation < 0.3 || lightness >= 0.9 || lightness < 0.1) return undefined;
  const hue = max === r ? (60 * ((g - b) / spread) + 360) % 360 : max === g ? 60 * ((b - r) / spread) + 120 : 60 * ((r - g) / spread) + 240;
  if (hue < 20 || hue >= 330) return 'Red';
  if (hue < 66) return 'Amber';
  if (hue < 170) return 'Green';
  if (hue < 260) return 'Blue';
  return undefined;
}

/**
 * The RAG a cell of a row gives by its fill alone (`fills` by column, `RRGGBB`): only where it has
 * no text, and the row's other cells are not all that fill too, as a row shaded across (a
 * workstream's) is no status.
 */
export function cellRagColour(fills: readonly (string | undefined)[], column: number, text: string): RagColour | undefined {
  const fill = fills[column];
  if (fill === undefined || text !== '' || fills.every((other, c) => c === column || other === fill)) return undefined;
  return ragColour(fill);
}
