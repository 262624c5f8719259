import { isIsoDate, type IsoDate } from './isoDate.js';

const SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const LONG = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * Writes a date as people read it in UK plans: `13 Apr 2022` (short, the default), `13 April 2022`
 * (long) or `13/04/2022` (numeric, as spreadsheets in the UK read dates). Works on the string
 * alone, so no time zone can move the day.
 *
 * @example
 * formatDate('2022-04-13'); // '13 Apr 2022'
 * formatDate('2022-04-13', 'long'); // '13 April 2022'
 * formatDate('2022-04-13', 'numeric'); // '13/04/2022'
 */
export function formatDate(date: IsoDate, style: 'short' | 'long' | 'numeric' = 'short'): string {
  const cache = caches[style];
  let text = cache.get(date);
  if (text === undefined) {
    if (!isIsoDate(date)) throw new RangeError(`Expected a date written yyyy-MM-dd, found ${JSON.stringify(date)}`);
    const month = Number(date.slice(5, 7)) - 1;
    text =
      style === 'numeric'
        ? `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`
        : `${Number(date.slice(8, 10))} ${(style === 'long' ? LONG : SHORT)[month]} ${date.slice(0, 4)}`;
    // Reports format the same few hundred dates over and over; keep the cache bounded.
    if (cache.size >= 20_000) cache.clear();
    cache.set(date, text);
  }
  return text;
}

const caches = { short: new Map<IsoDate, string>(), long: new Map<IsoDate, string>(), numeric: new Map<IsoDate, string>() };

/**
 * Writes a month as `April 2022`.
 *
 * @example
 * formatMonth('2022-04-01'); // 'April 2022'
 */
export function formatMonth(date: IsoDate): string {
  return formatDate(date, 'long').replace(/^\d+ /, '');
}
