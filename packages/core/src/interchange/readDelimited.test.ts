import { describe, expect, it } from 'vitest';
import { readDelimited } from './readDelimited.js';

describe('readDelimited', () => {
  it('reads tab-separated cells, as copied from a spreadsheet or project tool', () => {
    expect(readDelimited('Task Name\tDuration\r\n1A Create a group\t35 days\n')).toEqual([
      ['Task Name', 'Duration'],
      ['1A Create a group', '35 days'],
    ]);
  });

  it('reads a CSV file with quoted commas, line breaks and doubled quotes, dropping a byte-order mark', () => {
    expect(readDelimited('\uFEFFTask Name,Leads\n"Agree terms, and sign",HP\n"Say ""hello""\nto all",TT')).toEqual([
      ['Task Name', 'Leads'],
      ['Agree terms, and sign', 'HP'],
      ['Say "hello"\nto all', 'TT'],
    ]);
  });

  it('tells tabs from commas by the first ten lines with text, not the first line alone', () => {
    // A sheet's title above its table: one cell, with a comma and no tab.
    expect(readDelimited('Progress tracker, April 2022\n\nRef\tAction\n2A.1\tAgree terms, and sign\n')).toEqual([
      ['Progress tracker, April 2022'],
      [''],
      ['Ref', 'Action'],
      ['2A.1', 'Agree terms, and sign'],
    ]);
    // A CSV whose quoted cells hold tabs is still a CSV.
    expect(readDelimited('"Tracker\tApril",Lead\n"a\tb",TT\n')).toEqual([
      ['Tracker\tApril', 'Lead'],
      ['a\tb', 'TT'],
    ]);
    // A tab on the eleventh line with text is not looked at.
    const lines = Array.from({ length: 10 }, (_, i) => `Line ${i + 1}, with a comma`);
    expect(readDelimited([...lines, 'x\ty'].join('\n')).at(-1)).toEqual(['x\ty']);
    expect(readDelimited([...lines.slice(1), 'x\ty'].join('\n')).at(-1)).toEqual(['x', 'y']);
  });

  it('keeps empty cells and blank lines, so row numbers match the sheet', () => {
    expect(readDelimited('a\tb\n\n\tx\n')).toEqual([['a', 'b'], [''], ['', 'x']]);
  });

  it('reads nothing from empty text', () => {
    expect(readDelimited('')).toEqual([]);
  });
});
