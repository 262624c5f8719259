import { defaultCalendar, type WorkingDayCalendar } from './createCalendar.js';
import { toDayNumber, type IsoDate } from './isoDate.js';
import { isWorkingDayNumber } from './workingDayMath.js';

/**
 * Whether a date is a working day: not a Saturday or Sunday and, under the
 * `weekends-and-holidays` convention, not a bank holiday or closure day.
 *
 * @example
 * isWorkingDay('2022-06-03'); // false: Platinum Jubilee bank holiday
 * isWorkingDay('2022-06-03', createCalendar({ convention: 'weekends-only' })); // true
 */
export function isWorkingDay(date: IsoDate, calendar: WorkingDayCalendar = defaultCalendar): boolean {
  return isWorkingDayNumber(calendar, toDayNumber(date));
}
