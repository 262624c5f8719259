import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays, dayOfWeek, fromDayNumber, isIsoDate, toDayNumber } from './isoDate.js';

describe('isIsoDate', () => {
  it('accepts real dates written yyyy-MM-dd, including 29 February in a leap year', () => {
    expect(['2022-04-13', '2024-02-29', '2000-02-29', '1999-12-31'].map(isIsoDate)).toEqual([true, true, true, true]);
  });

  it('rejects impossible dates and other spellings', () => {
    const values = [
      '2023-02-29',
      '1900-02-29',
      '2022-04-31',
      '2022-13-01',
      '2022-00-10',
      '13/04/22',
      'Wed 13/04/22',
      '2022-4-13',
      '2022-04-13T00:00:00Z',
      '2022-0a-13',
      '+022-04-13',
      '2022-04-1 ',
      '2022/04/13',
      ' 2022-04-13',
      '',
      20220413,
      null,
    ];
    expect(values.filter(isIsoDate)).toEqual([]);
  });
});

describe('day numbers', () => {
  it('counts days from 1970-01-01', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(toDayNumber('2022-04-13')).toBe(19095);
    expect(fromDayNumber(19095)).toBe('2022-04-13');
    expect(fromDayNumber(-1)).toBe('1969-12-31');
  });

  it('names the bad value when a date is not real', () => {
    expect(() => toDayNumber('2022-02-30')).toThrow('Expected a date written yyyy-MM-dd, found "2022-02-30"');
  });

  it('gives Sunday as 0 and Saturday as 6', () => {
    expect(dayOfWeek(toDayNumber('2022-04-13'))).toBe(3);
    expect(dayOfWeek(toDayNumber('2022-04-17'))).toBe(0);
    expect(dayOfWeek(toDayNumber('1969-12-27'))).toBe(6);
  });

  it('adds calendar days across the clock changes without losing or gaining a day', () => {
    // British Summer Time began 27 March 2022 and ended 30 October 2022; New Zealand's ended 3 April.
    expect(addCalendarDays('2022-03-26', 1)).toBe('2022-03-27');
    expect(addCalendarDays('2022-03-26', 2)).toBe('2022-03-28');
    expect(addCalendarDays('2022-10-29', 2)).toBe('2022-10-31');
    expect(addCalendarDays('2022-04-02', 2)).toBe('2022-04-04');
    expect(addCalendarDays('2022-03-28', -2)).toBe('2022-03-26');
  });

  it('round-trips every day from 2015 to 2030', () => {
    const first = toDayNumber('2015-01-01');
    const last = toDayNumber('2030-12-31');
    let mismatches = 0;
    for (let day = first; day <= last; day++) if (toDayNumber(fromDayNumber(day)) !== day) mismatches++;
    expect(last - first + 1).toBe(5844);
    expect(mismatches).toBe(0);
  });
});

describe('day numbers against the JavaScript Date in UTC', () => {
  // The reference: Date's own proleptic Gregorian calendar, with setUTCFullYear so years 0-99 stay themselves.
  const reference = (year: number, month: number, day: number) => {
    const date = new Date(0);
    date.setUTCFullYear(year, month - 1, day);
    return Math.round(date.getTime() / 86_400_000);
  };
  const written = (year: number, month: number, day: number) =>
    `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

  it('reads and writes years 0 to 99 as themselves, not as 1900 to 1999', () => {
    expect(toDayNumber('0099-12-31')).toBe(reference(99, 12, 31));
    expect(fromDayNumber(reference(99, 12, 31))).toBe('0099-12-31');
    expect(fromDayNumber(toDayNumber('0000-03-01'))).toBe('0000-03-01');
    expect(isIsoDate('0000-02-29')).toBe(true); // year 0 is a leap year in the proleptic calendar
  });

  it('agrees with Date for any day from year 0 to 9999, both ways', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (y, m, d) => {
        const date = new Date(0);
        date.setUTCFullYear(y, m - 1, d);
        const real = date.getUTCMonth() === m - 1; // 31 April rolls over into May
        expect(isIsoDate(written(y, m, d))).toBe(real);
        if (real) {
          expect(toDayNumber(written(y, m, d))).toBe(reference(y, m, d));
          expect(fromDayNumber(reference(y, m, d))).toBe(written(y, m, d));
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('writes 0000-01-01 and 9999-12-31, and refuses a day beyond either rather than write a date yyyy-MM-dd cannot hold', () => {
    expect([fromDayNumber(toDayNumber('0000-01-01')), fromDayNumber(toDayNumber('9999-12-31'))]).toEqual(['0000-01-01', '9999-12-31']);
    expect(() => fromDayNumber(toDayNumber('9999-12-31') + 1)).toThrow(
      new RangeError('Expected a date from 0000-01-01 to 9999-12-31, the dates yyyy-MM-dd can write, found one in the year 10000'),
    );
    expect(() => addCalendarDays('0000-01-01', -1)).toThrow(
      new RangeError('Expected a date from 0000-01-01 to 9999-12-31, the dates yyyy-MM-dd can write, found one in the year -1'),
    );
  });

  it('writes the same date outside the remembered years 1900 to 2199', () => {
    expect(fromDayNumber(toDayNumber('1899-12-31'))).toBe('1899-12-31');
    expect(fromDayNumber(toDayNumber('2200-01-01'))).toBe('2200-01-01');
    expect(fromDayNumber(toDayNumber('2199-12-31'))).toBe('2199-12-31');
    expect(fromDayNumber(toDayNumber('1900-01-01'))).toBe('1900-01-01');
  });
});
