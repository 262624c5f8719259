import { describe, expect, it } from 'vitest';
import { splitPeriod } from './splitPeriod.js';

describe('splitPeriod', () => {
  it('splits a financial year into its quarters', () => {
    expect(splitPeriod('2023-04-01', '2024-03-31', 'quarter')).toEqual([
      { from: '2023-04-01', to: '2023-06-30' },
      { from: '2023-07-01', to: '2023-09-30' },
      { from: '2023-10-01', to: '2023-12-31' },
      { from: '2024-01-01', to: '2024-03-31' },
    ]);
  });

  it('keeps months from the day it starts, without gaps or overlaps, through a leap February', () => {
    expect(splitPeriod('2024-01-31', '2024-03-31', 'month')).toEqual([
      { from: '2024-01-31', to: '2024-02-28' },
      { from: '2024-02-29', to: '2024-03-30' },
      { from: '2024-03-31', to: '2024-03-31' },
    ]);
  });

  it('ends the last part on the last day, and gives one part for a period shorter than one', () => {
    expect(splitPeriod('2024-01-01', '2024-02-15', 'quarter')).toEqual([{ from: '2024-01-01', to: '2024-02-15' }]);
    expect(splitPeriod('2024-03-31', '2024-03-31', 'month')).toEqual([{ from: '2024-03-31', to: '2024-03-31' }]);
  });

  it('refuses a period out of order or not written yyyy-MM-dd', () => {
    expect(() => splitPeriod('2024-03-31', '2024-01-01', 'month')).toThrow(
      'Expected a period of two dates written yyyy-MM-dd in order, found "2024-03-31" to "2024-01-01"',
    );
    expect(() => splitPeriod('31/03/2024', '2024-04-01', 'month')).toThrow(RangeError);
  });
});
