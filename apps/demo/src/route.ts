import { isIsoDate, type IsoDate } from '@wsoa-kit/core';

/** Where the demo is: the list of plans, the project table reader, EHC timeliness, or one plan's dashboard (at an optional as-of date). */
export type Route =
  | { readonly page: 'home' }
  | { readonly page: 'import' }
  | { readonly page: 'ehc' }
  | { readonly page: 'plan'; readonly name: string; readonly asOf?: IsoDate; readonly badAsOf?: string };

/**
 * Reads a route from the address's query: `?plan=torbay`, or `?plan=torbay&asOf=2022-06-30` for
 * another as-of date, `?page=import` for reading a project table, or `?page=ehc` for EHC timeliness from a case list. The query, not the hash, so
 * in-page links (the skip link, the contents) keep working, and any static host serves every view
 * from one `index.html`.
 *
 * @example
 * parseRoute('?plan=torbay&asOf=2022-06-30'); // { page: 'plan', name: 'torbay', asOf: '2022-06-30' }
 */
export function parseRoute(search: string): Route {
  const query = new URLSearchParams(search);
  if (query.get('page') === 'import') return { page: 'import' };
  if (query.get('page') === 'ehc') return { page: 'ehc' };
  const name = query.get('plan');
  if (name === null) return { page: 'home' };
  const asOf = query.get('asOf');
  if (asOf === null) return { page: 'plan', name };
  return isIsoDate(asOf) ? { page: 'plan', name, asOf } : { page: 'plan', name, badAsOf: asOf };
}

/** The address of a plan's dashboard, with its as-of date when one is given. */
export function planHref(name: string, asOf?: IsoDate): string {
  const query = new URLSearchParams({ plan: name });
  if (asOf !== undefined) query.set('asOf', asOf);
  return `?${query.toString()}`;
}
