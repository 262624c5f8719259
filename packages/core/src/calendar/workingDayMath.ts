import type { WorkingDayCalendar } from './createCalendar.js';
import { dayOfWeek } from './isoDate.js';

// Weekdays among the first r days of a week that starts on Thursday (day 0 is 1970-01-01, a Thursday).
const PARTIAL_WEEK = [0, 1, 2, 2, 2, 3, 4];

/** The number of weekdays among day numbers 0 … n-1 (negative for n < 0), in constant time. */
function weekdaysBefore(n: number): number {
  const weeks = Math.floor(n / 7);
  return weeks * 5 + (PARTIAL_WEEK[n - weeks * 7] as number);
}

/** Index of the first element of a sorted array that is >= value. */
function lowerBound(sorted: Int32Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Working time: the number of working days before day number `n` (negative before 1970). It rises
 * by exactly one across each working day, so a task on working days s…f occupies the interval
 * [W(s), W(f + 1)) and its length is its duration in working days.
 */
export function workingTimeBefore(calendar: WorkingDayCalendar, n: number): number {
  return weekdaysBefore(n) - lowerBound(calendar.weekdayClosures, n);
}

/** The working day that begins at working time `t`: the day x, working, with W(x) = t. */
export function workingDayAtTime(calendar: WorkingDayCalendar, t: number): number {
  // W(x) ≈ 5x/7 near the epoch, so start from that estimate and search outward for a bracket.
  let lo = Math.floor((t * 7) / 5) - 14;
  while (workingTimeBefore(calendar, lo) > t) lo -= 14 + Math.ceil(((workingTimeBefore(calendar, lo) - t) * 7) / 5);
  let hi = lo + 28;
  while (workingTimeBefore(calendar, hi + 1) <= t) hi += 14 + Math.ceil(((t - workingTimeBefore(calendar, hi + 1)) * 7) / 5);
  // Smallest x in [lo, hi] with W(x + 1) > t; that x is working and has W(x) = t.
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (workingTimeBefore(calendar, mid + 1) > t) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Whether a day number is a working day in the calendar. */
export function isWorkingDayNumber(calendar: WorkingDayCalendar, day: number): boolean {
  const weekday = dayOfWeek(day);
  return weekday !== 0 && weekday !== 6 && !calendar.weekdayClosureSet.has(day);
}

/** Working days from `from` to `to` inclusive (0 when `to` is before `from`), in O(log holidays). */
export function countWorkingDayNumbers(calendar: WorkingDayCalendar, from: number, to: number): number {
  if (to < from) return 0;
  const weekdays = weekdaysBefore(to + 1) - weekdaysBefore(from);
  const closures = lowerBound(calendar.weekdayClosures, to + 1) - lowerBound(calendar.weekdayClosures, from);
  return weekdays - closures;
}

/**
 * The day `amount` working days after (or, when negative, before) `day`; `day` itself is not
 * counted. Found by a bounded search over the constant-time count, so large amounts stay fast.
 */
export function addWorkingDayNumbers(calendar: WorkingDayCalendar, day: number, amount: number): number {
  if (amount === 0) return day;
  if (amount > 0) {
    // Every 7 days hold 5 weekdays, less any closures: widen the window until it holds enough.
    let hi = day + Math.ceil((amount * 7) / 5) + 7;
    while (countWorkingDayNumbers(calendar, day + 1, hi) < amount)
      hi += Math.ceil(((amount - countWorkingDayNumbers(calendar, day + 1, hi)) * 7) / 5) + 7;
    let lo = day + 1;
    while (lo < hi) {
      const mid = Math.floor((lo + hi) / 2);
      if (countWorkingDayNumbers(calendar, day + 1, mid) >= amount) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
  const wanted = -amount;
  let lo = day - Math.ceil((wanted * 7) / 5) - 7;
  while (countWorkingDayNumbers(calendar, lo, day - 1) < wanted)
    lo -= Math.ceil(((wanted - countWorkingDayNumbers(calendar, lo, day - 1)) * 7) / 5) + 7;
  let hi = day - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (countWorkingDayNumbers(calendar, mid, day - 1) >= wanted) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
