import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countWorkingDays } from './countWorkingDays.js';
import { createCalendar } from './createCalendar.js';
import { fromDayNumber, toDayNumber } from './isoDate.js';
import { isWorkingDay } from './isWorkingDay.js';
import {
  finishDateAtWorkingTime,
  startDateAtWorkingTime,
  workingDaysUntil,
  workingTimeAtFinish,
  workingTimeAtStart,
} from './workingTime.js';

const weekendsOnly = createCalendar({ convention: 'weekends-only' });

describe('working time', () => {
  it('measures a task’s duration as finish time minus start time', () => {
    expect(workingTimeAtFinish('2022-05-31', weekendsOnly) - workingTimeAtStart('2022-04-13', weekendsOnly)).toBe(35);
    expect(workingTimeAtFinish('2022-06-07') - workingTimeAtStart('2022-02-23')).toBe(70);
  });

  it('starts a task given a non-working start date on the next working day', () => {
    expect(startDateAtWorkingTime(workingTimeAtStart('2022-04-16'))).toBe('2022-04-19');
    expect(startDateAtWorkingTime(workingTimeAtStart('2022-04-16', weekendsOnly), weekendsOnly)).toBe('2022-04-18');
  });

  it('ends a task given a non-working finish date on the working day before', () => {
    expect(finishDateAtWorkingTime(workingTimeAtFinish('2022-04-17'))).toBe('2022-04-14');
    expect(finishDateAtWorkingTime(workingTimeAtFinish('2022-06-05'))).toBe('2022-06-01');
  });

  it('round-trips every working day, before and after 1970 (property)', () => {
    const calendars = [createCalendar(), weekendsOnly, createCalendar({ region: 'scotland' })];
    fc.assert(
      fc.property(
        fc.integer({ min: toDayNumber('1960-01-01'), max: toDayNumber('2040-12-31') }),
        fc.constantFrom(...calendars),
        (day, calendar) => {
          const date = fromDayNumber(day);
          fc.pre(isWorkingDay(date, calendar));
          expect(startDateAtWorkingTime(workingTimeAtStart(date, calendar), calendar)).toBe(date);
          expect(finishDateAtWorkingTime(workingTimeAtFinish(date, calendar), calendar)).toBe(date);
        },
      ),
    );
  });

  it('agrees with countWorkingDays for any two dates (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: toDayNumber('2014-01-01'), max: toDayNumber('2031-12-31') }),
        fc.integer({ min: 0, max: 800 }),
        (day, length) => {
          const start = fromDayNumber(day);
          const finish = fromDayNumber(day + length);
          expect(workingTimeAtFinish(finish) - workingTimeAtStart(start)).toBe(countWorkingDays(start, finish));
        },
      ),
    );
  });
});

describe('workingDaysUntil', () => {
  it('counts the working days left before a deadline, skipping the Jubilee holidays', () => {
    expect(workingDaysUntil('2022-06-07', '2022-05-20')).toBe(10);
    expect(workingDaysUntil('2022-06-07', '2022-06-07')).toBe(0);
    expect(workingDaysUntil('2022-06-07', '2022-06-09')).toBe(-2);
  });

  it('counts from the end of a weekend as-of date', () => {
    expect(workingDaysUntil('2022-05-23', '2022-05-22')).toBe(1);
  });
});
