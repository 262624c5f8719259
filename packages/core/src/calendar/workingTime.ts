import { defaultCalendar, type WorkingDayCalendar } from './createCalendar.js';
import { DayCache } from './dayCache.js';
import { fromDayNumber, toDayNumber, type IsoDate } from './isoDate.js';
import { workingDayAtTime, workingTimeBefore } from './workingDayMath.js';

// Calendars are immutable, so conversions are memoised per calendar: plans reuse few distinct
// dates, and analysing 100,000 actions would otherwise repeat the same searches many times.
// Dates for working times from 1970 to about 2200 are cached in packed chunks; others are computed each time.
const MAX_CACHED = 60_000;
const MAX_DATE_KEYS = 100_000;
interface ConversionCache {
  readonly startTimes: Map<IsoDate, number>;
  readonly finishTimes: Map<IsoDate, number>;
  readonly datesByTime: DayCache<IsoDate>;
  readonly dateAtTime: (t: number) => IsoDate;
}
const caches = new WeakMap<WorkingDayCalendar, ConversionCache>();

function cacheOf(calendar: WorkingDayCalendar): ConversionCache {
  let cache = caches.get(calendar);
  if (cache === undefined || cache.startTimes.size > MAX_DATE_KEYS || cache.finishTimes.size > MAX_DATE_KEYS) {
    cache = {
      startTimes: new Map(),
      finishTimes: new Map(),
      datesByTime: new DayCache(MAX_CACHED),
      dateAtTime: (t) => fromDayNumber(workingDayAtTime(calendar, t)),
    };
    caches.set(calendar, cache);
  }
  return cache;
}

/**
 * Working time turns dates into whole numbers of working days so that scheduling is integer
 * arithmetic: a task on `start`…`finish` occupies [startTime, finishTime) and
 * `finishTime - startTime` is its duration in working days. A start on a non-working day begins
 * on the next working day; a finish on a non-working day ends on the working day before.
 *
 * @example
 * const c = createCalendar({ convention: 'weekends-only' });
 * workingTimeAtFinish('2022-05-31', c) - workingTimeAtStart('2022-04-13', c); // 35
 */
export function workingTimeAtStart(date: IsoDate, calendar: WorkingDayCalendar = defaultCalendar): number {
  const cache = cacheOf(calendar);
  let t = cache.startTimes.get(date);
  if (t === undefined) cache.startTimes.set(date, (t = workingTimeBefore(calendar, toDayNumber(date))));
  return t;
}

/** The working time at the end of `date` (see {@link workingTimeAtStart}). */
export function workingTimeAtFinish(date: IsoDate, calendar: WorkingDayCalendar = defaultCalendar): number {
  const cache = cacheOf(calendar);
  let t = cache.finishTimes.get(date);
  if (t === undefined) cache.finishTimes.set(date, (t = workingTimeBefore(calendar, toDayNumber(date) + 1)));
  return t;
}

/**
 * The working day that begins at working time `t`: the start date of a task whose start time is `t`.
 *
 * @example
 * startDateAtWorkingTime(workingTimeAtStart('2022-04-16')); // '2022-04-19': Saturday → Tuesday after Easter
 */
export function startDateAtWorkingTime(t: number, calendar: WorkingDayCalendar = defaultCalendar): IsoDate {
  const cache = cacheOf(calendar);
  return cache.datesByTime.get(t, cache.dateAtTime);
}

/**
 * The working day that ends at working time `t`: the finish date of a task whose finish time is `t`.
 *
 * @example
 * finishDateAtWorkingTime(workingTimeAtFinish('2022-04-17')); // '2022-04-14': Easter Sunday → Maundy Thursday
 */
export function finishDateAtWorkingTime(t: number, calendar: WorkingDayCalendar = defaultCalendar): IsoDate {
  return startDateAtWorkingTime(t - 1, calendar);
}

/**
 * Working days from the end of `asOf` to the end of `date`: positive when `date` is ahead, 0 on the
 * day, negative when it has passed. "WSoA due in 12 working days".
 *
 * @example
 * workingDaysUntil('2022-06-07', '2022-05-20'); // 10: 23 May to 7 June less the Jubilee holidays
 */
export function workingDaysUntil(date: IsoDate, asOf: IsoDate, calendar: WorkingDayCalendar = defaultCalendar): number {
  return workingTimeAtFinish(date, calendar) - workingTimeAtFinish(asOf, calendar);
}
