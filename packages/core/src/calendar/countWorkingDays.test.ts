import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countWorkingDays } from './countWorkingDays.js';
import { createCalendar } from './createCalendar.js';
import { fromDayNumber, toDayNumber } from './isoDate.js';
import { isWorkingDay } from './isWorkingDay.js';

const weekendsOnly = createCalendar({ convention: 'weekends-only' });

describe('countWorkingDays', () => {
  it('counts both ends, as project plans state durations', () => {
    expect(countWorkingDays('2022-04-13', '2022-04-13', weekendsOnly)).toBe(1);
    expect(countWorkingDays('2022-04-13', '2022-05-31', weekendsOnly)).toBe(35);
    expect(countWorkingDays('2022-04-13', '2023-04-12', weekendsOnly)).toBe(261);
  });

  it('leaves out the Jubilee holidays and the weekend after them', () => {
    expect(countWorkingDays('2022-06-01', '2022-06-06')).toBe(2);
    expect(countWorkingDays('2022-06-01', '2022-06-06', weekendsOnly)).toBe(4);
  });

  it('leaves out the State Funeral holiday', () => {
    expect(countWorkingDays('2022-09-12', '2022-09-23')).toBe(9);
  });

  it('counts the week of a clock change as five days', () => {
    expect(countWorkingDays('2022-03-21', '2022-03-27')).toBe(5);
    expect(countWorkingDays('2022-10-24', '2022-10-30')).toBe(5);
  });

  it('is 0 when the end is before the start', () => {
    expect(countWorkingDays('2022-04-13', '2022-04-12')).toBe(0);
  });

  it('counts the statutory 70 days from the day after the report is received', () => {
    expect(countWorkingDays('2022-02-23', '2022-06-07')).toBe(70);
  });

  it('agrees with a day-by-day count for any range (property)', () => {
    const calendars = [createCalendar(), weekendsOnly, createCalendar({ region: 'northern-ireland', closures: ['2022-07-13'] })];
    fc.assert(
      fc.property(
        fc.integer({ min: toDayNumber('2014-01-01'), max: toDayNumber('2031-12-31') }),
        fc.integer({ min: -5, max: 900 }),
        fc.constantFrom(...calendars),
        (from, length, calendar) => {
          let expected = 0;
          for (let day = from; day <= from + length; day++) if (isWorkingDay(fromDayNumber(day), calendar)) expected++;
          expect(countWorkingDays(fromDayNumber(from), fromDayNumber(from + length), calendar)).toBe(expected);
        },
      ),
    );
  });
});
