import type { ClosureDay, Region, WorkingDayConvention } from '../model/settings.js';
import type { BankHolidayFeed } from './bankHolidays.js';
import { bundledBankHolidays } from './bundledBankHolidays.js';
import { dayOfWeek, isIsoDate, toDayNumber, type IsoDate } from './isoDate.js';

/** Options for {@link createCalendar}. */
export interface CalendarOptions {
  /** Whose bank holidays apply. Default `england-and-wales`. */
  readonly region?: Region;
  /** Default `weekends-and-holidays`; `weekends-only` ignores holidays and closures, as project-plan exports do. */
  readonly convention?: WorkingDayConvention;
  /** The council's own closure days, as dates or `{ date, title }`. */
  readonly closures?: ReadonlyArray<IsoDate | ClosureDay>;
  /** Bank holiday data in the public feed's shape. Default: the bundled 2015-2030 history. */
  readonly bankHolidays?: BankHolidayFeed;
}

/**
 * A working-day calendar. Treat it as opaque and pass it to `isWorkingDay`, `addWorkingDays`,
 * `countWorkingDays` and `nextWorkingDay`; `nonWorkingDays` lists the named days off it applies.
 */
export interface WorkingDayCalendar {
  readonly region: Region;
  readonly convention: WorkingDayConvention;
  /** Bank holidays and closure days this calendar treats as non-working, by date, with their names. */
  readonly nonWorkingDays: ReadonlyMap<IsoDate, string>;
  /** Day numbers of the non-working days that fall on a weekday, ascending. */
  readonly weekdayClosures: Int32Array;
  /** The same, for constant-time look-ups. */
  readonly weekdayClosureSet: ReadonlySet<number>;
  /**
   * Under `weekends-and-holidays`, the span of whole years the bank holiday data lists days for
   * (2015-01-01 to 2030-12-31 with the bundled data). Outside it no bank holiday is known, so every
   * weekday counts as a working day; `statutoryTimeline` says so of a deadline counted there.
   * Absent under `weekends-only`, where bank holidays do not count.
   */
  readonly holidaysKnown?: { readonly from: IsoDate; readonly to: IsoDate };
}

/**
 * Makes a working-day calendar for a region and counting convention.
 *
 * @example
 * const statutory = createCalendar(); // England and Wales, weekends and bank holidays
 * const projectPlan = createCalendar({ convention: 'weekends-only' });
 * const council = createCalendar({ closures: [{ date: '2022-12-28', title: 'Council closed' }] });
 */
export function createCalendar(options: CalendarOptions = {}): WorkingDayCalendar {
  const region = options.region ?? 'england-and-wales';
  const convention = options.convention ?? 'weekends-and-holidays';
  const feed = options.bankHolidays ?? bundledBankHolidays;
  const nonWorkingDays = new Map<IsoDate, string>();
  let holidaysKnown: { from: IsoDate; to: IsoDate } | undefined;

  if (convention === 'weekends-and-holidays') {
    const division = feed[region];
    if (!division)
      throw new RangeError(`Unknown region ${JSON.stringify(region)}: expected england-and-wales, scotland or northern-ireland`);
    for (const event of division.events) nonWorkingDays.set(event.date, event.title);
    const years = division.events.map((event) => event.date.slice(0, 4)).sort();
    if (years.length > 0) holidaysKnown = { from: `${years[0]}-01-01`, to: `${years.at(-1)}-12-31` };
    for (const closure of options.closures ?? []) {
      const date = typeof closure === 'string' ? closure : closure.date;
      if (!isIsoDate(date)) throw new RangeError(`Expected a closure date written yyyy-MM-dd, found ${JSON.stringify(date)}`);
      if (!nonWorkingDays.has(date)) nonWorkingDays.set(date, typeof closure === 'string' ? 'Closure day' : closure.title);
    }
  }

  const weekdays = [...nonWorkingDays.keys()]
    .map(toDayNumber)
    .filter((day) => dayOfWeek(day) !== 0 && dayOfWeek(day) !== 6)
    .sort((a, b) => a - b);
  return {
    region,
    convention,
    nonWorkingDays,
    weekdayClosures: Int32Array.from(weekdays),
    weekdayClosureSet: new Set(weekdays),
    ...(holidaysKnown ? { holidaysKnown } : {}),
  };
}

/** The calendar used when none is given: England and Wales, weekends and bank holidays. */
export const defaultCalendar: WorkingDayCalendar = createCalendar();
