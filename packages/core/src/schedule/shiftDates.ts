import { addWorkingDays } from '../calendar/addWorkingDays.js';
import { defaultCalendar, type WorkingDayCalendar } from '../calendar/createCalendar.js';
import { countWorkingDays } from '../calendar/countWorkingDays.js';
import { addCalendarDays, type IsoDate } from '../calendar/isoDate.js';
import { isWorkingDay } from '../calendar/isWorkingDay.js';
import { nextWorkingDay } from '../calendar/nextWorkingDay.js';

/** A change an editor asks for: move the whole action, or move one end of it. */
export interface DateShift {
  /** `move` keeps the working-day duration; `start` and `finish` move one end. */
  readonly edge: 'move' | 'start' | 'finish';
  /** How far, in `unit`s; negative is earlier. */
  readonly by: number;
  /** `working` steps over working days (a keyboard "week" is 5); `calendar` steps over days, as a drag does. */
  readonly unit: 'working' | 'calendar';
}

/**
 * New dates for an action after a move or resize. A move keeps the number of working days and
 * lands the start on a working day; a resize never lets finish pass start (or start pass finish).
 * A milestone always moves as a whole. Throws a `RangeError` where the dates would leave
 * 0000-01-01 to 9999-12-31, which no date can be written past.
 *
 * @example
 * shiftDates({ start: '2022-04-13', finish: '2022-04-29' }, { edge: 'move', by: 5, unit: 'working' });
 * // { start: '2022-04-22', finish: '2022-05-09' }: Easter and the early May holiday are skipped
 */
export function shiftDates(
  dates: { readonly start: IsoDate; readonly finish: IsoDate; readonly milestone?: boolean },
  shift: DateShift,
  calendar: WorkingDayCalendar = defaultCalendar,
): { start: IsoDate; finish: IsoDate } {
  const step = (date: IsoDate) => {
    if (shift.unit === 'working') return addWorkingDays(date, shift.by, calendar);
    const moved = addCalendarDays(date, shift.by);
    return isWorkingDay(moved, calendar) ? moved : shift.by < 0 ? addWorkingDays(moved, -1, calendar) : nextWorkingDay(moved, calendar);
  };
  if (dates.milestone) {
    const date = step(dates.finish);
    return { start: date, finish: date };
  }
  if (shift.edge === 'move') {
    const duration = Math.max(countWorkingDays(dates.start, dates.finish, calendar), 1);
    const start = step(isWorkingDay(dates.start, calendar) ? dates.start : nextWorkingDay(dates.start, calendar));
    return { start, finish: addWorkingDays(start, duration - 1, calendar) };
  }
  if (shift.edge === 'start') {
    const start = step(dates.start);
    return { start: start > dates.finish ? dates.finish : start, finish: dates.finish };
  }
  const finish = step(dates.finish);
  return { start: dates.start, finish: finish < dates.start ? dates.start : finish };
}
