import { addCalendarMonths } from './addCalendarMonths.js';
import { addCalendarDays, type IsoDate } from './isoDate.js';

/**
 * The whole calendar month before the one `date` falls in, first day to last: the period a board
 * report on that day covers, ready for `summarisePeriod`.
 *
 * @example
 * monthBefore('2022-05-22'); // { from: '2022-04-01', to: '2022-04-30' }
 */
export function monthBefore(date: IsoDate): { readonly from: IsoDate; readonly to: IsoDate } {
  const firstOfMonth = `${date.slice(0, 8)}01`;
  return { from: addCalendarMonths(firstOfMonth, -1), to: addCalendarDays(firstOfMonth, -1) };
}
