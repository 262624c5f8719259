import type { WorkingDayCalendar } from './createCalendar.js';
import { formatDate } from './formatDate.js';
import type { IsoDate } from './isoDate.js';

/**
 * Where the days from `from` to `to` run outside the years whose bank holidays a calendar knows, in
 * words: `outside` ("after 31 Dec 2030", or "before 1 Jan 2015 or after 31 Dec 2030") and the
 * `years` it knows ("2015 to 2030"). `undefined` within them, or where bank holidays do not count.
 */
export function unknownHolidays(
  calendar: Pick<WorkingDayCalendar, 'holidaysKnown'>,
  from: IsoDate,
  to: IsoDate,
): { readonly outside: string; readonly years: string } | undefined {
  const known = calendar.holidaysKnown;
  if (known === undefined || (from >= known.from && to <= known.to)) return undefined;
  const outside = [from < known.from ? `before ${formatDate(known.from)}` : '', to > known.to ? `after ${formatDate(known.to)}` : '']
    .filter(Boolean)
    .join(' or ');
  return { outside, years: `${known.from.slice(0, 4)} to ${known.to.slice(0, 4)}` };
}
