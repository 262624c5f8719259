import { z } from 'zod';
import { isIsoDate } from '../calendar/isoDate.js';

/**
 * A calendar date written `yyyy-MM-dd`. Only real dates pass: `2023-02-29` and `13/04/22` fail
 * with a message that shows the expected form.
 *
 * @example
 * IsoDateSchema.parse('2022-04-13'); // '2022-04-13'
 */
export const IsoDateSchema = z
  .string({ error: 'expected a date written yyyy-MM-dd' })
  .refine(isIsoDate, { error: 'expected a real date written yyyy-MM-dd, e.g. 2022-04-13' })
  .meta({ format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'A calendar date written yyyy-MM-dd.' });

/**
 * The last day a date in a council's records may fall on: an inspection's, a case's. It is the
 * year a review's transfer may run to (`transferYear`), and leaves every deadline after it a date.
 */
export const LAST_RECORD_DATE = '2100-12-31';
/** What a case record's date must be, for a problem that asks for one. */
export const CASE_DATE_EXPECTED = 'a date up to 31 Dec 2100 (31/12/9999 and the like stand for no date: leave it out)';

const recordDate = (expected: string) =>
  IsoDateSchema.refine((date) => !isIsoDate(date) || date <= LAST_RECORD_DATE, { error: `expected ${expected}` });

/**
 * A date in a council's case records (an EHC request, a review). It is a real date and no later than
 * 2100, so a placeholder such as 9999-12-31, which some systems write for "no date", is named as
 * one rather than counted, and every time limit after it can be worked out.
 *
 * @example
 * CaseDateSchema.safeParse('9999-12-31').success; // false
 */
export const CaseDateSchema = recordDate(CASE_DATE_EXPECTED);

/** An inspection's date, or a visit's after it: no later than 2100, so every deadline that follows is a date. */
export const InspectionDateSchema = recordDate('a date up to 31 Dec 2100, so the deadlines that follow it can be worked out');

/**
 * An identifier that other records point at. Any text without leading or trailing spaces.
 *
 * @example
 * IdSchema.parse('ws-1'); // 'ws-1'
 */
export const IdSchema = z
  .string({ error: 'expected an id (text)' })
  .min(1, { error: 'expected an id, found an empty string' })
  .max(200)
  .regex(/^\S(?:.*\S)?$/, { error: 'expected an id without leading or trailing spaces' });

/**
 * Text written by people: at least one non-space character. Always rendered as text, never HTML.
 *
 * @example
 * TextSchema.parse('Create a JSNA Data Group');
 */
export const TextSchema = z.string({ error: 'expected text' }).regex(/\S/, { error: 'expected some text, found only blanks' });

/**
 * A link that is safe to put in an `href`: only `http:`, `https:` and `mailto:` are allowed, so a
 * plan can never carry a `javascript:` link to a reader.
 *
 * @example
 * SafeUrlSchema.parse('https://www.torbay.gov.uk/'); // ok
 * SafeUrlSchema.safeParse('javascript:alert(1)').success; // false
 */
export const SafeUrlSchema = z
  .string({ error: 'expected a link (text)' })
  .refine(isSafeUrl, { error: 'expected a link starting http://, https:// or mailto:' })
  .meta({ format: 'uri', pattern: '^(?:[hH][tT][tT][pP][sS]?://|[mM][aA][iI][lL][tT][oO]:)' });

/**
 * Whether a string is an absolute `http:`, `https:` or `mailto:` URL.
 *
 * @example
 * isSafeUrl('mailto:send@example.gov.uk'); // true
 */
export function isSafeUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.protocol === 'mailto:') return url.pathname.length > 0;
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
}

/**
 * A share of work done, 0 to 100.
 *
 * @example
 * PercentSchema.parse(5); // 5
 */
export const PercentSchema = z
  .number({ error: 'expected a percentage (a number from 0 to 100)' })
  .min(0, { error: 'expected a percentage from 0 to 100' })
  .max(100, { error: 'expected a percentage from 0 to 100' });

/**
 * A whole number of working days, 0 or more.
 *
 * @example
 * WorkingDaysSchema.parse(35); // 35
 */
export const WorkingDaysSchema = z
  .int({ error: 'expected a whole number of working days' })
  .min(0, { error: 'expected 0 or more working days' });

/** A score from 1 (lowest) to 5 (highest), as risk registers use. */
export const ScoreSchema = z
  .int({ error: 'expected a whole number from 1 to 5' })
  .min(1, { error: 'expected a whole number from 1 to 5' })
  .max(5, { error: 'expected a whole number from 1 to 5' });

/**
 * Status words used across RAG schemes. `blue` means complete (or handed to business as usual);
 * `not-started`, `started` and `complete` are the progress words some councils report instead of
 * colours (seed 004).
 */
export const RagStatusSchema = z.enum(['blue', 'green', 'amber', 'red', 'not-started', 'started', 'complete']);
export type RagStatus = z.infer<typeof RagStatusSchema>;
