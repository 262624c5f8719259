import { dayOfWeek, daysInMonth, FIRST_ISO_DATE, fromDayNumber, isIsoDate, LAST_ISO_DATE, toDayNumber, type IsoDate } from './isoDate.js';

const FIRST_DAY = toDayNumber(FIRST_ISO_DATE);
const LAST_DAY = toDayNumber(LAST_ISO_DATE);

/** How far a timeline is zoomed: a column per week, per month or per quarter. */
export type TimeZoom = 'week' | 'month' | 'quarter';

/** One division of a time axis: a week, month, quarter or year, as day numbers [startDay, endDay). */
export interface TimeAxisUnit {
  readonly start: IsoDate;
  readonly startDay: number;
  readonly endDay: number;
  /** Short text for the axis, e.g. `11 Apr`, `Apr`, `Q2`, `2022`. */
  readonly label: string;
  /** Full text for screen readers and titles, e.g. `Week of 11 April 2022`, `April 2022`. */
  readonly longLabel: string;
}

/** The two tiers of a time axis: `groups` on top (months or years), `units` below (weeks, months, quarters). */
export interface TimeAxis {
  readonly zoom: TimeZoom;
  /** First day shown and the day after the last, as day numbers since 1970-01-01. */
  readonly startDay: number;
  readonly endDay: number;
  readonly groups: readonly TimeAxisUnit[];
  readonly units: readonly TimeAxisUnit[];
}

const SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const LONG = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const monthStart = (date: IsoDate) => `${date.slice(0, 7)}-01`;
const quarterStart = (date: IsoDate) =>
  `${date.slice(0, 4)}-${String(Math.floor((Number(date.slice(5, 7)) - 1) / 3) * 3 + 1).padStart(2, '0')}-01`;
const yearStart = (date: IsoDate) => `${date.slice(0, 4)}-01-01`;

/**
 * The divisions of a timeline from `start` to `finish` at a zoom level, widened to whole units:
 * weeks (starting Monday) under months, months under years, or quarters under years. Works on
 * day numbers, so no time zone or clock change can shift a column.
 *
 * @example
 * timeAxis('2022-04-13', '2022-05-31', 'week').units[0]; // { start: '2022-04-11', label: '11 Apr', longLabel: 'Week of 11 April 2022', … }
 */
export function timeAxis(start: IsoDate, finish: IsoDate, zoom: TimeZoom): TimeAxis {
  for (const [name, value] of [
    ['start', start],
    ['finish', finish],
  ] as const) {
    if (!isIsoDate(value)) throw new RangeError(`Expected ${name} written yyyy-MM-dd, found ${JSON.stringify(value)}`);
  }
  if (finish < start) throw new RangeError(`Expected finish (${finish}) on or after start (${start})`);
  const lastDay = toDayNumber(finish);

  let units: TimeAxisUnit[];
  if (zoom === 'week') {
    const first = toDayNumber(start);
    // Back to Monday, or to 1 Jan 0000 where the Monday before it has no date to write.
    let day = Math.max(first - ((dayOfWeek(first) + 6) % 7), FIRST_DAY);
    units = [];
    while (day <= lastDay) {
      const date = fromDayNumber(day);
      const month = Number(date.slice(5, 7)) - 1;
      units.push({
        start: date,
        startDay: day,
        endDay: day + 7 - ((dayOfWeek(day) + 6) % 7),
        label: `${Number(date.slice(8, 10))} ${SHORT[month]}`,
        longLabel: `Week of ${Number(date.slice(8, 10))} ${LONG[month]} ${date.slice(0, 4)}`,
      });
      day += 7 - ((dayOfWeek(day) + 6) % 7);
    }
  } else {
    const step = zoom === 'month' ? 1 : 3;
    units = stepUnits(zoom === 'month' ? monthStart(start) : quarterStart(start), lastDay, step, (date) => {
      const month = Number(date.slice(5, 7)) - 1;
      return zoom === 'month'
        ? { label: SHORT[month] as string, longLabel: `${LONG[month]} ${date.slice(0, 4)}` }
        : { label: `Q${month / 3 + 1}`, longLabel: `${SHORT[month]} to ${SHORT[month + 2]} ${date.slice(0, 4)}` };
    });
  }
  const startDay = (units[0] as TimeAxisUnit).startDay;
  const endDay = (units[units.length - 1] as TimeAxisUnit).endDay;

  const groups =
    zoom === 'week'
      ? stepUnits(monthStart(fromDayNumber(startDay)), endDay - 1, 1, (date) => {
          const month = Number(date.slice(5, 7)) - 1;
          return { label: `${SHORT[month]} ${date.slice(0, 4)}`, longLabel: `${LONG[month]} ${date.slice(0, 4)}` };
        })
      : stepUnits(yearStart(fromDayNumber(startDay)), endDay - 1, 12, (date) => ({ label: date.slice(0, 4), longLabel: date.slice(0, 4) }));
  // Groups are clipped to the axis so the first and last line up with the units.
  const clipped = groups.map((g) => ({ ...g, startDay: Math.max(g.startDay, startDay), endDay: Math.min(g.endDay, endDay) }));
  return { zoom, startDay, endDay, groups: clipped, units };
}

function stepUnits(
  first: IsoDate,
  lastDay: number,
  months: number,
  name: (date: IsoDate) => { label: string; longLabel: string },
): TimeAxisUnit[] {
  const units: TimeAxisUnit[] = [];
  let date = first;
  let day = toDayNumber(first);
  for (;;) {
    // The unit's length from its months, so the unit after 9999's last is never written as a date.
    let year = Number(date.slice(0, 4));
    let month = Number(date.slice(5, 7));
    let endDay = day;
    for (let k = 0; k < months; k++) {
      endDay += daysInMonth(year, month);
      if (++month > 12) [year, month] = [year + 1, 1];
    }
    units.push({ start: date, startDay: day, endDay, ...name(date) });
    // A week's axis can end in the days after 31 Dec 9999, where no month has a date to start on.
    if (endDay > lastDay || endDay > LAST_DAY) return units;
    date = fromDayNumber(endDay);
    day = endDay;
  }
}
