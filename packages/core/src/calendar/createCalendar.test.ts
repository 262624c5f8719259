import { describe, expect, it } from 'vitest';
import { createCalendar } from './createCalendar.js';
import { isWorkingDay } from './isWorkingDay.js';

describe('createCalendar', () => {
  it('uses England and Wales with weekends and holidays by default', () => {
    const calendar = createCalendar();
    expect(calendar.region).toBe('england-and-wales');
    expect(calendar.convention).toBe('weekends-and-holidays');
    expect(calendar.nonWorkingDays.get('2022-09-19')).toBe('Bank Holiday for the State Funeral of Queen Elizabeth II');
  });

  it('adds a council’s closure days, given as dates or with a title', () => {
    const calendar = createCalendar({ closures: ['2022-12-28', { date: '2022-12-29', title: 'Council closed' }] });
    expect(calendar.nonWorkingDays.get('2022-12-28')).toBe('Closure day');
    expect(calendar.nonWorkingDays.get('2022-12-29')).toBe('Council closed');
    expect(isWorkingDay('2022-12-29', calendar)).toBe(false);
    expect(isWorkingDay('2022-12-30', calendar)).toBe(true);
  });

  it('keeps the bank holiday’s name when a closure falls on it', () => {
    const calendar = createCalendar({ closures: [{ date: '2022-12-26', title: 'Council closed' }] });
    expect(calendar.nonWorkingDays.get('2022-12-26')).toBe('Boxing Day');
  });

  it('ignores holidays and closures under the weekends-only convention', () => {
    const calendar = createCalendar({ convention: 'weekends-only', closures: ['2022-12-28'] });
    expect(calendar.nonWorkingDays.size).toBe(0);
    expect(isWorkingDay('2022-12-28', calendar)).toBe(true);
  });

  it('names a bad closure date', () => {
    expect(() => createCalendar({ closures: ['28/12/2022'] })).toThrow('Expected a closure date written yyyy-MM-dd, found "28/12/2022"');
  });
});
