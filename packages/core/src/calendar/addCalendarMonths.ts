import { daysInMonth, isIsoDate, type IsoDate } from './isoDate.js';

/**
 * Adds whole calendar months to a date, keeping the day of the month or, where that month is
 * shorter, its last day (31 Aug + 6 months is 28 or 29 Feb).
 *
 * @example
 * addCalendarMonths('2021-08-31', 18); // '2023-02-28'
 */
export function addCalendarMonths(date: IsoDate, months: number): IsoDate {
  if (!isIsoDate(date)) throw new RangeError(`Expected a date written yyyy-MM-dd, found ${JSON.stringify(date)}`);
  if (!Number.isInteger(months)) throw new RangeError(`Expected a whole number of months, found ${months}`);
  const total = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  const day = Math.min(Number(date.slice(8, 10)), daysInMonth(year, month));
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
