import { defaultCalendar, type WorkingDayCalendar } from './createCalendar.js';
import { toDayNumber, type IsoDate } from './isoDate.js';
import { countWorkingDayNumbers } from './workingDayMath.js';

/**
 * The number of working days from `start` to `end`, counting both ends (as project plans state
 * durations). 0 when `end` is before `start`.
 *
 * @example
 * countWorkingDays('2022-04-13', '2023-04-12', createCalendar({ convention: 'weekends-only' })); // 261
 * countWorkingDays('2022-06-01', '2022-06-06'); // 2: the Jubilee holidays and a weekend fall between
 */
export function countWorkingDays(start: IsoDate, end: IsoDate, calendar: WorkingDayCalendar = defaultCalendar): number {
  return countWorkingDayNumbers(calendar, toDayNumber(start), toDayNumber(end));
}
