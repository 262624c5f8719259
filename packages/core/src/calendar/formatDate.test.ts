import { describe, expect, it } from 'vitest';
import { formatDate, formatMonth } from './formatDate.js';

describe('formatDate', () => {
  it('writes dates as UK plans do, without a leading zero', () => {
    expect(formatDate('2022-04-13')).toBe('13 Apr 2022');
    expect(formatDate('2022-06-02', 'long')).toBe('2 June 2022');
    expect(formatMonth('2022-04-30')).toBe('April 2022');
  });

  it('writes the numeric form UK spreadsheets read, with leading zeros', () => {
    expect(formatDate('2022-04-03', 'numeric')).toBe('03/04/2022');
    expect(formatDate('2022-12-31', 'numeric')).toBe('31/12/2022');
  });

  it('gives the same day on the night the clocks change, in any zone', () => {
    expect(formatDate('2022-03-27')).toBe('27 Mar 2022');
    expect(formatDate('2022-10-30')).toBe('30 Oct 2022');
  });

  it('names a value that is not a date', () => {
    expect(() => formatDate('2022-02-30')).toThrow('Expected a date written yyyy-MM-dd, found "2022-02-30"');
  });
});
