/**
 * Date-only values are `yyyy-MM-dd` strings throughout the model. Internally they are turned into
 * whole day numbers (days since 1970-01-01) using UTC arithmetic only, so no result can depend on
 * the machine's time zone or on a daylight-saving change.
 */

import { DayCache } from './dayCache.js';

/** A calendar date written `yyyy-MM-dd`, e.g. `2022-04-13`. */
export type IsoDate = string;

const CHAR_0 = 48;
const CHAR_DASH = 45;

/**
 * Reads a `yyyy-MM-dd` string as a day number (days since 1970-01-01), or `NaN` when it is not a
 * real date. Character codes and civil-calendar arithmetic, not a regular expression or `Date`:
 * plans of 100,000 actions read many dates, and `Date.UTC` would also treat years 0-99 as 1900-1999.
 */
function parseDayNumber(value: string): number {
  if (value.length !== 10 || value.charCodeAt(4) !== CHAR_DASH || value.charCodeAt(7) !== CHAR_DASH) return Number.NaN;
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 7);
  const day = digits(value, 8, 10);
  // NaN (a non-digit) fails every comparison below.
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month))) return Number.NaN;
  return daysFromCivil(year, month, day);
}

/** The whole number written in `value` from `start` up to `end`, or `NaN` if any character is not a digit. */
function digits(value: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const d = value.charCodeAt(i) - CHAR_0;
    if (d < 0 || d > 9) return Number.NaN;
    n = n * 10 + d;
  }
  return n;
}

/**
 * How many days month `month` (1-12) of `year` has, in the proleptic Gregorian calendar.
 *
 * @example
 * daysInMonth(2024, 2); // 29
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

// Proleptic Gregorian calendar arithmetic in 400-year eras (after Howard Hinnant's "chrono-compatible
// low-level date algorithms"): exact for every year, with no time zone or daylight saving involved.
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/**
 * Whether a value is a real calendar date written `yyyy-MM-dd` (so `2023-02-29` is not).
 *
 * @example
 * isIsoDate('2024-02-29'); // true
 * isIsoDate('13/04/22'); // false
 */
export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && !Number.isNaN(parseDayNumber(value));
}

/** The first and last dates `yyyy-MM-dd` can write: no day comes before the one or after the other. */
export const FIRST_ISO_DATE = '0000-01-01';
export const LAST_ISO_DATE = '9999-12-31';

/**
 * The number of days from 1970-01-01 to a `yyyy-MM-dd` date. Throws a `RangeError` naming the
 * value when it is not a real date, so a bad date can never turn into `NaN` further on.
 *
 * @example
 * toDayNumber('1970-01-02'); // 1
 */
export function toDayNumber(date: IsoDate): number {
  const day = typeof date === 'string' ? parseDayNumber(date) : Number.NaN;
  if (Number.isNaN(day)) throw new RangeError(`Expected a date written yyyy-MM-dd, found ${JSON.stringify(date)}`);
  return day;
}

// Dates from 1900 to 2199 are written once and shared: an analysis of 100,000 actions names the
// same few hundred dates over and over, and one string per date keeps its results small.
const CACHE_FIRST_DAY = -25_567; // 1900-01-01
const CACHE_DAYS = 109_573; // up to 2199-12-31
const written = new DayCache<IsoDate>(CACHE_DAYS);
const writeCached = (key: number) => writeDate(key + CACHE_FIRST_DAY);

/**
 * The `yyyy-MM-dd` date a given number of days after 1970-01-01. Throws a `RangeError` for a day
 * before 0000-01-01 or after 9999-12-31, which `yyyy-MM-dd` cannot write.
 *
 * @example
 * fromDayNumber(19095); // '2022-04-13'
 */
export function fromDayNumber(dayNumber: number): IsoDate {
  return written.get(dayNumber - CACHE_FIRST_DAY, writeCached);
}

function writeDate(dayNumber: number): IsoDate {
  const z = Math.floor(dayNumber) + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  if (!(year >= 0 && year <= 9999))
    throw new RangeError(`Expected a date from 0000-01-01 to 9999-12-31, the dates yyyy-MM-dd can write, found one in the year ${year}`);
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
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
