import { formatDate } from '../calendar/formatDate.js';
import { dayOfWeek, isIsoDate, toDayNumber, type IsoDate } from '../calendar/isoDate.js';

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
