import { z } from 'zod';
import { IsoDateSchema } from '../model/primitives.js';
import type { ParseResult } from '../model/parsePlan.js';
import { makeProblem } from '../model/problem.js';
import { expectedMessage, problemsFromIssue } from '../model/zodProblems.js';

/** One bank holiday as the public feed lists it. */
export const BankHolidayEventSchema = z.object({
  title: z.string(),
  date: IsoDateSchema,
  notes: z.string().default(''),
  bunting: z.boolean().default(false),
});
export type BankHolidayEvent = z.infer<typeof BankHolidayEventSchema>;

const DivisionSchema = z.object({
  division: z.string().optional(),
  events: z.array(BankHolidayEventSchema),
});

/**
 * The public bank holidays feed: `{ "england-and-wales": { "events": [...] }, "scotland": …,
 * "northern-ireland": … }`. Unknown extra fields are allowed, as the feed may grow.
 */
export const BankHolidayFeedSchema = z.object({
  'england-and-wales': DivisionSchema,
  scotland: DivisionSchema,
  'northern-ireland': DivisionSchema,
});
export type BankHolidayFeed = z.infer<typeof BankHolidayFeedSchema>;

/**
 * Checks a copy of the public feed (for example the JSON fetched from the government's
 * bank-holidays endpoint) and returns it typed, or the problems with it.
 *
 * @example
 * const feed = parseBankHolidayFeed(await response.json());
 * if (feed.ok) createCalendar({ bankHolidays: mergeBankHolidayFeeds(bundledBankHolidays, feed.value) });
 */
export function parseBankHolidayFeed(input: unknown): ParseResult<BankHolidayFeed> {
  try {
    const parsed = BankHolidayFeedSchema.safeParse(input, { reportInput: true, error: expectedMessage });
    if (parsed.success) return { ok: true, value: parsed.data, problems: [] };
    return { ok: false, problems: parsed.error.issues.flatMap((issue) => problemsFromIssue(issue)) };
  } catch {
    return { ok: false, problems: [makeProblem([], 'a bank holidays feed made of plain JSON values', 'a value that could not be read')] };
  }
}

/**
 * Merges a newer feed into an older one, region by region. For every year the newer feed lists,
 * its events replace the older ones of that year (so corrections and one-off holidays win); years
 * it does not list (the feed drops old years) are kept from the older copy.
 *
 * @example
 * const merged = mergeBankHolidayFeeds(bundledBankHolidays, latestFeed);
 */
export function mergeBankHolidayFeeds(older: BankHolidayFeed, newer: BankHolidayFeed): BankHolidayFeed {
  const merge = (region: keyof BankHolidayFeed) => {
    const newerEvents = newer[region].events;
    const newerYears = new Set(newerEvents.map((event) => event.date.slice(0, 4)));
    const kept = older[region].events.filter((event) => !newerYears.has(event.date.slice(0, 4)));
    const events = [...kept, ...newerEvents].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    return { division: region, events };
  };
  return {
    'england-and-wales': merge('england-and-wales'),
    scotland: merge('scotland'),
    'northern-ireland': merge('northern-ireland'),
  };
}
