import { describe, expect, it } from 'vitest';
import { addCalendarMonths } from './addCalendarMonths.js';

describe('addCalendarMonths', () => {
  it('keeps the day of the month', () => {
    expect(addCalendarMonths('2022-03-08', 18)).toBe('2023-09-08');
    expect(addCalendarMonths('2022-03-08', 36)).toBe('2025-03-08');
  });

  it('uses the last day of a shorter month', () => {
    expect(addCalendarMonths('2021-08-31', 18)).toBe('2023-02-28');
    expect(addCalendarMonths('2022-08-31', 18)).toBe('2024-02-29');
  });

  it('goes backwards for a negative number', () => {
    expect(addCalendarMonths('2022-01-31', -2)).toBe('2021-11-30');
  });

  it('crosses the clock changes without moving the day', () => {
    expect(addCalendarMonths('2022-02-27', 1)).toBe('2022-03-27');
    expect(addCalendarMonths('2022-09-30', 1)).toBe('2022-10-30');
  });
});
