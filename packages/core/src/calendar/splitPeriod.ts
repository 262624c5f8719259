import { addCalendarMonths } from './addCalendarMonths.js';
import { addCalendarDays, isIsoDate, type IsoDate } from './isoDate.js';

/** A run of days, both ends included. */
export interface Period {
  readonly from: IsoDate;
  readonly to: IsoDate;
}

/**
 * Splits a period into months or quarters, in order, without gaps or overlaps: each part starts the
 * same day of the month as `from`, one or three months after the one before (so from the 1st they
 * are calendar months or quarters; from 1 April, the financial year's quarters), and the last ends
 * on `to`. Where a month is too short for that day, a part starts on the month's last day.
 *
 * @example
 * splitPeriod('2023-04-01', '2024-03-31', 'quarter').map((p) => p.to); // ['2023-06-30', '2023-09-30', '2023-12-31', '2024-03-31']
 */
export function splitPeriod(from: IsoDate, to: IsoDate, every: 'month' | 'quarter'): Period[] {
  assertPeriod(from, to);
  const months = every === 'quarter' ? 3 : 1;
  const parts: Period[] = [];
  for (let n = 1, start = from; start <= to; n++) {
    const next = addCalendarMonths(from, n * months);
    const end = addCalendarDays(next, -1);
    parts.push({ from: start, to: end < to ? end : to });
    start = next;
  }
  return parts;
}

/** Throws a `RangeError` unless `from` and `to` are dates written yyyy-MM-dd, in order. */
export function assertPeriod(from: IsoDate, to: IsoDate): void {
  if (!isIsoDate(from) || !isIsoDate(to) || to < from)
    throw new RangeError(
      `Expected a period of two dates written yyyy-MM-dd in order, found ${JSON.stringify(from)} to ${JSON.stringify(to)}`,
    );
}
