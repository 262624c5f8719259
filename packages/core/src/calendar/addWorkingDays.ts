import { defaultCalendar, type WorkingDayCalendar } from './createCalendar.js';
import { fromDayNumber, toDayNumber, type IsoDate } from './isoDate.js';
import { addWorkingDayNumbers } from './workingDayMath.js';

/**
 * The date a number of working days after `date` (before it when `amount` is negative). The start
 * date itself is not counted, so `addWorkingDays(d, 1)` is the next working day; 0 returns `date`.
 * To find the finish of a task of N working days starting on working day S, add N - 1.
 *
 * @example
 * addWorkingDays('2022-02-22', 70); // '2022-06-07': the 2016 WSoA deadline
 * addWorkingDays('2022-04-13', 34, createCalendar({ convention: 'weekends-only' })); // '2022-05-31'
 * addWorkingDays('2022-04-19', -1); // '2022-04-14': skips Easter
 */
export function addWorkingDays(date: IsoDate, amount: number, calendar: WorkingDayCalendar = defaultCalendar): IsoDate {
  if (!Number.isSafeInteger(amount)) throw new RangeError(`Expected a whole number of working days, found ${amount}`);
  return fromDayNumber(addWorkingDayNumbers(calendar, toDayNumber(date), amount));
}
