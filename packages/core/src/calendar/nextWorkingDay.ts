import { defaultCalendar, type WorkingDayCalendar } from './createCalendar.js';
import { fromDayNumber, toDayNumber, type IsoDate } from './isoDate.js';
import { addWorkingDayNumbers } from './workingDayMath.js';

/**
 * The first working day after `date` (never `date` itself).
 *
 * @example
 * nextWorkingDay('2022-06-01'); // '2022-06-06': Thursday and Friday were Jubilee holidays
 */
export function nextWorkingDay(date: IsoDate, calendar: WorkingDayCalendar = defaultCalendar): IsoDate {
  return fromDayNumber(addWorkingDayNumbers(calendar, toDayNumber(date), 1));
}
