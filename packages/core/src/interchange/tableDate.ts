import { formatDate } from '../calendar/formatDate.js';
import { dayOfWeek, daysInMonth, isIsoDate, toDayNumber, type IsoDate } from '../calendar/isoDate.js';

// Dates as UK project tables write them, read and written in one place.
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/**
 * A UK table's date: `Wed 13/04/22`, `13/04/2022`, `13 Apr 2022`, `13 April 2022` or `2022-04-13`.
 * Two-digit years are this century. A weekday given must be the date's.
 *
 * @example
 * readTableDate('Wed 13/04/22'); // '2022-04-13'
 * readTableDate('Wed 04/13/22'); // undefined: not a date in UK order
 */
export function readTableDate(text: string): IsoDate | undefined {
  const value = text.trim();
  if (isIsoDate(value)) return value;
  let weekday: string | undefined;
  let day: number;
  let month: number;
  let year: number;
  const numeric = /^(?:([A-Za-z]{3})[a-z]*,?\s+)?(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/.exec(value);
  const named = /^(?:([A-Za-z]{3})[a-z]*,?\s+)?(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{4})$/.exec(value);
  if (numeric) {
    weekday = numeric[1];
    day = Number(numeric[2]);
    month = Number(numeric[3]);
    year = Number(numeric[4]);
  } else if (named) {
    weekday = named[1];
    day = Number(named[2]);
    month = MONTHS.indexOf((named[3] as string).toLowerCase()) + 1;
    year = Number(named[4]);
    if (month === 0) return undefined;
  } else return undefined;
  if (year < 100) year += 2000;
  const date = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  if (!isIsoDate(date)) return undefined;
  if (weekday !== undefined && WEEKDAYS[dayOfWeek(toDayNumber(date))]?.toLowerCase() !== weekday.toLowerCase()) return undefined;
  return date;
}

/**
 * A date as project tools write it in UK tables, `Wed 13/04/22` (nothing for no date): what
 * `readTableDate` reads first.
 *
 * @example
 * writeTableDate('2022-04-13'); // 'Wed 13/04/22'
 */
export function writeTableDate(date: IsoDate | undefined): string {
  if (date === undefined) return '';
  return `${WEEKDAYS[dayOfWeek(toDayNumber(date))]} ${formatDate(date, 'numeric').replace(/\/\d\d(\d\d)$/, '/$1')}`;
}

const FULL_MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** A month's number (1 to 12) from its name or a short form of it ("Sep", "Sept", "September"), or 0. */
function monthNumber(word: string): number {
  const lower = word.toLowerCase().replace(/\.$/, '');
  return lower.length >= 3 ? FULL_MONTHS.findIndex((full) => full.startsWith(lower) || (lower === 'sept' && full === 'september')) + 1 : 0;
}

/**
 * A month's first and last days, or `undefined` where they are not dates the plan can hold (year
 * 0000, or a quarter of 9999/00 running into the year 10000).
 */
function monthPeriod(year: number, first: number, last = first): { readonly first: IsoDate; readonly last: IsoDate } | undefined {
  const day = (month: number, d: number) =>
    `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const period = { first: day(first, 1), last: day(last, daysInMonth(year, last)) };
  return isIsoDate(period.first) && isIsoDate(period.last) ? period : undefined;
}

/**
 * A month or a quarter a plan's table gives as its timescale instead of a day, as its first and
 * last days: `September 2022`, `Sept 2022`, `Sep-22` (as Excel shows a month), or a quarter of
 * the financial year, `Q2 2022/23` (July to September 2022; Q1 is April to June). "By" and "end
 * of" before it are read too. A quarter of a calendar year (`Q2 2022`) is not read, as it could be
 * either.
 *
 * @example
 * readTablePeriod('By end of September 2022'); // { first: '2022-09-01', last: '2022-09-30' }
 * readTablePeriod('Q4 2022/23'); // { first: '2023-01-01', last: '2023-03-31' }
 */
export function readTablePeriod(text: string): { readonly first: IsoDate; readonly last: IsoDate } | undefined {
  const value = text
    .trim()
    .replace(/^(?:by\s+)?(?:(?:the\s+)?end\s+of\s+)?/i, '')
    .trim();
  const month = /^([A-Za-z]{3,9}\.?)\s+(\d{4})$/.exec(value) ?? /^([A-Za-z]{3,9})-(\d{2})$/.exec(value);
  if (month !== null) {
    const number = monthNumber(month[1] as string);
    const year = Number(month[2]) + ((month[2] as string).length === 2 ? 2000 : 0);
    if (number === 0) return undefined;
    return monthPeriod(year, number);
  }
  const quarter = /^Q([1-4])\s+(\d{4})\s*[/-]\s*(\d{2}|\d{4})$/i.exec(value);
  if (quarter !== null) {
    const start = Number(quarter[2]);
    const end = quarter[3] as string;
    if ((end.length === 2 ? Number(end) : Number(end) % 100) !== (start + 1) % 100) return undefined;
    const q = Number(quarter[1]);
    const firstMonth = q === 4 ? 1 : q * 3 + 1;
    const year = q === 4 ? start + 1 : start;
    return monthPeriod(year, firstMonth, firstMonth + 2);
  }
  return undefined;
}
