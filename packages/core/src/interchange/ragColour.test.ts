import { describe, expect, it } from 'vitest';
import { ragColour } from './ragColour.js';

describe('ragColour', () => {
  it("reads Office's red, amber, green and blue fills, and their pale tints, by their hue", () => {
    const colours = [
      'FF0000',
      'C00000',
      'FFC7CE',
      'FFC000',
      'FFFF00',
      'FFEB9C',
      '00B050',
      '92D050',
      'C6EFCE',
      '00B0F0',
      '0070C0',
      'bdd7ee',
    ];
    expect(colours.map(ragColour)).toEqual([
      'Red',
      'Red',
      'Red',
      'Amber',
      'Amber',
      'Amber',
      'Green',
      'Green',
      'Green',
      'Blue',
      'Blue',
      'Blue',
    ]);
  });

  it('gives no RAG for greys, the palest tints, near-black, purple, or what is not a colour', () => {
    const others = ['FFFFFF', 'F2F2F2', 'D9D9D9', 'DEEAF6', 'D9E2F3', '000000', '0D0D0D', '7030A0', 'auto', 'FF00', 'GG0000', undefined];
    expect(others.map(ragColour)).toEqual(others.map(() => undefined));
  });

  it('puts each hue boundary where it says: red up to 20°, amber to 66°, green to 170°, blue to 260°, then none to 330°', () => {
    // Fully saturated colours at lightness 50%, one degree either side of each boundary.
    const atHue = (hue: number) => {
      const f = (n: number) => {
        const k = (n + hue / 30) % 12;
        return Math.round(255 * (0.5 - 0.5 * Math.max(-1, Math.min(k - 3, 9 - k, 1))));
      };
      return [f(0), f(8), f(4)].map((v) => v.toString(16).padStart(2, '0')).join('');
    };
    expect([19, 21, 65, 67, 169, 171, 259, 261, 329, 331].map((hue) => ragColour(atHue(hue)))).toEqual([
      'Red',
      'Amber',
      'Amber',
      'Green',
      'Green',
      'Blue',
      'Blue',
      undefined,
      undefined,
      'Red',
    ]);
  });
});
