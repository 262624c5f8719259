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
  const { hue, saturation, lightness } = hsl(hex);
  if (saturation < 0.3 || lightness >= 0.9 || lightness < 0.1) return undefined;
  if (hue < 20 || hue >= 330) return 'Red';
  if (hue < 66) return 'Amber';
  if (hue < 170) return 'Green';
  if (hue < 260) return 'Blue';
  return undefined;
}

/**
 * A colour (`RRGGBB`) with a tint applied, as Excel and Word apply one to a theme colour: its
 * lightness taken towards white by a tint above 0 (0.4 is "Lighter 40%"), or towards black by one
 * below 0 (-0.25 is "Darker 25%"), hue and saturation kept (ECMA-376 Part 1, 18.8.19). Office
 * rounds as it goes, so a channel can differ from the one Office shows by 2 at most: enough to read
 * the colour's hue, not to match it exactly.
 */
export function tinted(hex: string, tint: number): string {
  const { hue, saturation, lightness } = hsl(hex);
  const t = Math.max(-1, Math.min(1, tint));
  const l = t < 0 ? lightness * (1 + t) : lightness * (1 - t) + t;
  // HSL back to RGB.
  const chroma = (1 - Math.abs(2 * l - 1)) * saturation;
  const x = chroma * (1 - Math.abs(((hue / 60) % 2) - 1));
  const m = l - chroma / 2;
  const sector = Math.floor(hue / 60) % 6;
  const [r, g, b] = [
    [chroma, x, 0],
    [x, chroma, 0],
    [0, chroma, x],
    [0, x, chroma],
    [x, 0, chroma],
    [chroma, 0, x],
  ][sector] as [number, number, number];
  return [r, g, b]
    .map((c) =>
      Math.round((c + m) * 255)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')
    .toUpperCase();
}

/** A colour's (`RRGGBB`) hue in degrees (0 to 360), and its saturation and lightness (0 to 1). */
function hsl(hex: string): { hue: number; saturation: number; lightness: number } {
  const [r, g, b] = [0, 2, 4].map((at) => parseInt(hex.slice(at, at + 2), 16) / 255) as [number, number, number];
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const lightness = (max + min) / 2;
  const spread = max - min;
  if (spread === 0) return { hue: 0, saturation: 0, lightness };
  const saturation = spread / (1 - Math.abs(2 * lightness - 1));
  const hue = max === r ? (60 * ((g - b) / spread) + 360) % 360 : max === g ? 60 * ((b - r) / spread) + 120 : 60 * ((r - g) / spread) + 240;
  return { hue, saturation, lightness };
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
