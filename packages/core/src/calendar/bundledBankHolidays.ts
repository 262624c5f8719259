import type { BankHolidayFeed } from './bankHolidays.js';
import bundled from './data/bank-holidays.json' with { type: 'json' };

/**
 * UK bank holidays 2015 to 2030 for all three regions, bundled so that old plans keep counting
 * correctly after the public feed drops their years. Years not yet announced when this package was
 * built are projected from the usual rules; merge the current feed to replace them.
 *
 * The file is checked against `BankHolidayFeedSchema` by the package's tests rather than parsed on
 * every page load, and lives apart from the schemas, so that a page which only draws a chart loads
 * no zod at all (parsing and building the schemas cost some 25 ms before a chart could draw).
 */
export const bundledBankHolidays: BankHolidayFeed = bundled;
