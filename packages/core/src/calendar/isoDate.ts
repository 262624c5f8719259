/**
 * Date-only values are `yyyy-MM-dd` strings throughout the model. Internally they are turned into
 * whole day numbers (days since 1970-01-01) using UTC arithmetic only, so no result can depend on
 * the machine's time zone or on a daylight-saving change.
 */

/** A calendar date written `yyyy-MM-dd`, e.g. `2022-04-13`. */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/**
 * Whether a value is a real calendar date written `yyyy-MM-dd` (so `2023-02-29` is not).
 *
 * @example
 * isIsoDate('2024-02-29'); // true
 * isIsoDate('13/04/22'); // false
 */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * The number of days from 1970-01-01 to a `yyyy-MM-dd` date. Throws a `RangeError` naming the
 * value when it is not a real date, so a bad date can never turn into `NaN` further on.
 *
 * @example
 * toDayNumber('1970-01-02'); // 1
 */
export function toDayNumber(date: IsoDate): number {
  if (!isIsoDate(date)) {
    throw new RangeError(`Expected a date written yyyy-MM-dd, found ${JSON.stringify(date)}`);
  }
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/**
 * The `yyyy-MM-dd` date a given number of days after 1970-01-01.
 *
 * @example
 * fromDayNumber(19095); // '2022-04-13'
 */
export function fromDayNumber(dayNumber: number): IsoDate {
  const date = new Date(dayNumber * MS_PER_DAY);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + 1;
  const day = date.getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Day of the week for a day number: 0 is Sunday, 6 is Saturday (as `Date#getDay`).
 */
export function dayOfWeek(dayNumber: number): number {
  // 1970-01-01 was a Thursday (4).
  return (((dayNumber + 4) % 7) + 7) % 7;
}

/**
 * Adds calendar (not working) days to a date.
 *
 * @example
 * addCalendarDays('2022-03-26', 2); // '2022-03-28', across the start of British Summer Time
 */
export function addCalendarDays(date: IsoDate, amount: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + amount);
}
