import { describe, expect, it } from 'vitest';
import { ragColour, tinted } from './ragColour.js';

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

describe('tinted', () => {
  // Office 2013-2022's theme colours with the tints of Excel's palette, beside the value Office shows.
  const shown: [string, number, string][] = [
    ['ED7D31', 0.3999755851924192, 'F4B084'], // Orange, Accent 2, Lighter 40%
    ['4472C4', -0.249977111117893, '2F5597'], // Blue, Accent 1, Darker 25%
    ['70AD47', 0.7999816888943144, 'E2EFDA'], // Green, Accent 6, Lighter 80%
    ['FFC000', 0.5999938962981048, 'FFE699'], // Gold, Accent 4, Lighter 60%
    ['5B9BD5', 0.3999755851924192, '9BC2E6'], // Blue, Accent 5, Lighter 40%
    ['70AD47', -0.499984740745262, '375623'], // Green, Accent 6, Darker 50%
    ['A5A5A5', 0.5999938962981048, 'DBDBDB'], // Grey, Accent 3, Lighter 60%
    ['44546A', 0.7999816888943144, 'D6DCE4'], // Blue-Grey, Text 2, Lighter 80%
  ];

  it('lightens towards white and darkens towards black to within 2 of each channel Office shows', () => {
    const channels = (hex: string) => [0, 2, 4].map((at) => parseInt(hex.slice(at, at + 2), 16));
    for (const [colour, tint, office] of shown) {
      const ours = channels(tinted(colour, tint));
      const theirs = channels(office);
      expect(
        ours.map((c, i) => Math.abs(c - (theirs[i] as number)) <= 2),
        `${colour} ${tint}: ${tinted(colour, tint)}`,
      ).toEqual([true, true, true]);
    }
  });

  it('keeps the hue, so a tinted theme colour reads as the RAG its colour does', () => {
    expect(shown.map(([colour, tint]) => ragColour(tinted(colour, tint)))).toEqual([
      'Amber',
      'Blue',
      // Lighter 80% is still a RAG; grey, and a blue-grey this pale, are none.
      'Green',
      'Amber',
      'Blue',
      'Green',
      undefined,
      undefined,
    ]);
    // The ends: white, black, and the colour itself.
    expect([tinted('FF0000', 1), tinted('FF0000', -1), tinted('FF0000', 0), tinted('00B050', 0.5)]).toEqual([
      'FFFFFF',
      '000000',
      'FF0000',
      '58FFA4',
    ]);
  });
});
