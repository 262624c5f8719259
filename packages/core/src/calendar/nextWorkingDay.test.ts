import { describe, expect, it } from 'vitest';
import { createCalendar } from './createCalendar.js';
import { nextWorkingDay } from './nextWorkingDay.js';

describe('nextWorkingDay', () => {
  it('is the following weekday in an ordinary week', () => {
    expect(nextWorkingDay('2022-04-12')).toBe('2022-04-13');
  });

  it('never returns the date itself', () => {
    expect(nextWorkingDay('2022-04-13')).toBe('2022-04-14');
  });

  it('skips weekends and bank holidays', () => {
    expect(nextWorkingDay('2022-06-01')).toBe('2022-06-06');
    expect(nextWorkingDay('2022-12-23')).toBe('2022-12-28');
    expect(nextWorkingDay('2022-12-23', createCalendar({ convention: 'weekends-only' }))).toBe('2022-12-26');
  });

  it('skips a run of council closure days', () => {
    const calendar = createCalendar({ closures: ['2022-12-28', '2022-12-29', '2022-12-30'] });
    expect(nextWorkingDay('2022-12-23', calendar)).toBe('2023-01-03');
  });
});
