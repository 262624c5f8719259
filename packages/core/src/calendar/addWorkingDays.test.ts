import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addWorkingDays } from './addWorkingDays.js';
import { countWorkingDays } from './countWorkingDays.js';
import { createCalendar } from './createCalendar.js';
import { fromDayNumber, toDayNumber } from './isoDate.js';
import { isWorkingDay } from './isWorkingDay.js';

const weekendsOnly = createCalendar({ convention: 'weekends-only' });
const scotland = createCalendar({ region: 'scotland', closures: ['2023-12-27', '2023-12-28', '2023-12-29'] });
const calendars = [createCalendar(), weekendsOnly, scotland];

const dateArb = fc.integer({ min: toDayNumber('2014-06-01'), max: toDayNumber('2031-06-30') }).map(fromDayNumber);
const calendarArb = fc.constantFrom(...calendars);

describe('addWorkingDays', () => {
  it('gives 7 June 2022 for 70 working days after a report received on 22 February 2022', () => {
    expect(addWorkingDays('2022-02-22', 70)).toBe('2022-06-07');
  });

  it('skips the Easter, early May and Jubilee holidays in spring 2022', () => {
    expect(addWorkingDays('2022-04-14', 1)).toBe('2022-04-19');
    expect(addWorkingDays('2022-04-29', 1)).toBe('2022-05-03');
    expect(addWorkingDays('2022-05-31', 2)).toBe('2022-06-06');
    expect(addWorkingDays('2022-09-16', 1)).toBe('2022-09-20');
  });

  it('counts them as working days under the weekends-only convention', () => {
    expect(addWorkingDays('2022-04-14', 1, weekendsOnly)).toBe('2022-04-15');
    expect(addWorkingDays('2022-04-13', 34, weekendsOnly)).toBe('2022-05-31');
    expect(addWorkingDays('2022-04-13', 260, weekendsOnly)).toBe('2023-04-12');
  });

  it('subtracts for a negative amount', () => {
    expect(addWorkingDays('2022-04-19', -1)).toBe('2022-04-14');
    expect(addWorkingDays('2022-06-07', -70)).toBe('2022-02-22');
    expect(addWorkingDays('2022-06-06', -1, weekendsOnly)).toBe('2022-06-03');
  });

  it('returns the date itself for 0, even on a weekend', () => {
    expect(addWorkingDays('2022-04-16', 0)).toBe('2022-04-16');
  });

  it('moves from a weekend to the following working days', () => {
    expect(addWorkingDays('2022-04-16', 1)).toBe('2022-04-19');
    expect(addWorkingDays('2022-04-17', -1)).toBe('2022-04-14');
  });

  it('crosses the clock changes without drift', () => {
    expect(addWorkingDays('2022-03-25', 1)).toBe('2022-03-28');
    expect(addWorkingDays('2022-10-28', 1)).toBe('2022-10-31');
    expect(addWorkingDays('2022-03-28', -1)).toBe('2022-03-25');
  });

  it('rejects a fractional amount with the value in the message', () => {
    expect(() => addWorkingDays('2022-04-13', 1.5)).toThrow('Expected a whole number of working days, found 1.5');
  });

  it('matches a day-by-day walk for any date and amount (property)', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: -400, max: 400 }), calendarArb, (date, amount, calendar) => {
        let day = toDayNumber(date);
        const step = Math.sign(amount);
        for (let left = Math.abs(amount); left > 0;) {
          day += step;
          if (isWorkingDay(fromDayNumber(day), calendar)) left--;
        }
        expect(addWorkingDays(date, amount, calendar)).toBe(fromDayNumber(day));
      }),
    );
  });

  it('round-trips with countWorkingDays from a working day (property)', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 1, max: 3000 }), calendarArb, (date, duration, calendar) => {
        fc.pre(isWorkingDay(date, calendar));
        const finish = addWorkingDays(date, duration - 1, calendar);
        expect(countWorkingDays(date, finish, calendar)).toBe(duration);
        expect(addWorkingDays(finish, -(duration - 1), calendar)).toBe(date);
        expect(isWorkingDay(finish, calendar)).toBe(true);
      }),
    );
  });
});
