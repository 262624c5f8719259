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

  it('keeps empty cells and blank lines, so row numbers match the sheet', () => {
    expect(readDelimited('a\tb\n\n\tx\n')).toEqual([['a', 'b'], [''], ['', 'x']]);
  });

  it('reads nothing from empty text', () => {
    expect(readDelimited('')).toEqual([]);
  });
});
