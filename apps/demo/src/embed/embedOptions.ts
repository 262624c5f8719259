import { isIsoDate, type IsoDate } from '@wsoa-kit/core';

/** The views a page can embed, by the name it gives in `data-wsoa-embed`. */
export const EMBED_VIEWS = [
  'progress',
  'deadlines',
  'gantt',
  'rag-table',
  'findings',
  'measures',
  'you-said-we-did',
  'engagement',
  'feedback-form',
  'risks',
  'validation',
] as const;
export type EmbedView = (typeof EMBED_VIEWS)[number];

/** What one placeholder element asks for, read from its data attributes. */
export interface EmbedOptions {
  readonly view: EmbedView;
  /** The plan document's address, resolved against the page. */
  readonly planUrl: string;
  readonly asOf: IsoDate;
  /** The reporting period of the progress view; by default the calendar month before `asOf`'s. */
  readonly from?: IsoDate;
  readonly to?: IsoDate;
  /** Where the feedback form posts comments, as JSON. */
  readonly submitTo?: string;
  readonly theme: 'default' | 'high-contrast';
  /** The level of the view's own heading, to fit the host page's outline. */
  readonly headingLevel: 2 | 3 | 4;
}

/** A placeholder that cannot be drawn, and why, in words for the page's readers and its developers. */
export interface EmbedError {
  readonly error: string;
}

/**
 * Reads a placeholder's data attributes:
 *
 * - `data-wsoa-embed`: the view, one of {@link EMBED_VIEWS}
 * - `data-plan-src`: the plan document's address (http or https, or relative to the page)
 * - `data-submit-to`: for `feedback-form`, where to post comments (http or https, or relative)
 * - `data-as-of`: the day progress is judged at, `yyyy-MM-dd`; by default `today`
 * - `data-from`, `data-to`: the progress view's period, both or neither
 * - `data-theme`: `default` or `high-contrast`; `data-heading-level`: 2, 3 or 4 (default 2)
 *
 * Every problem is named with the attribute, what was expected and what was found.
 *
 * @example
 * readEmbedOptions({ wsoaEmbed: 'gantt', planSrc: 'plan.json' }, 'https://council.example/send/', '2022-05-22');
 * // { view: 'gantt', planUrl: 'https://council.example/send/plan.json', asOf: '2022-05-22', theme: 'default', headingLevel: 2 }
 */
export function readEmbedOptions(
  data: Readonly<Record<string, string | undefined>>,
  pageUrl: string,
  today: IsoDate,
): EmbedOptions | EmbedError {
  const problems: string[] = [];
  const view = data['wsoaEmbed'] ?? '';
  if (!(EMBED_VIEWS as readonly string[]).includes(view))
    problems.push(`data-wsoa-embed: expected one of ${EMBED_VIEWS.join(', ')}; found ${JSON.stringify(view)}`);
  const planUrl = resolveUrl('data-plan-src', 'the address of a plan document', data['planSrc'], pageUrl);
  if (typeof planUrl !== 'string') problems.push(planUrl.error);
  const submitTo =
    view === 'feedback-form' || data['submitTo'] !== undefined
      ? resolveUrl('data-submit-to', 'the address to send comments to', data['submitTo'], pageUrl)
      : undefined;
  if (submitTo !== undefined && typeof submitTo !== 'string') problems.push(submitTo.error);
  const date = (attribute: string, key: string): IsoDate | undefined => {
    const value = data[key];
    if (value === undefined) return undefined;
    if (isIsoDate(value)) return value;
    problems.push(`${attribute}: expected a real date written yyyy-MM-dd; found ${JSON.stringify(value)}`);
    return undefined;
  };
  const asOf = date('data-as-of', 'asOf') ?? today;
  const from = date('data-from', 'from');
  const to = date('data-to', 'to');
  if ((data['from'] === undefined) !== (data['to'] === undefined))
    problems.push('data-from and data-to: expected both or neither; found only one');
  else if (from !== undefined && to !== undefined && from > to)
    problems.push(`data-from and data-to: expected from on or before to; found ${from} after ${to}`);
  const theme = data['theme'] ?? 'default';
  if (theme !== 'default' && theme !== 'high-contrast')
    problems.push(`data-theme: expected default or high-contrast; found ${JSON.stringify(theme)}`);
  const level = data['headingLevel'] ?? '2';
  if (level !== '2' && level !== '3' && level !== '4')
    problems.push(`data-heading-level: expected 2, 3 or 4; found ${JSON.stringify(level)}`);
  if (problems.length > 0) return { error: problems.join('. ') };
  return {
    view: view as EmbedView,
    planUrl: planUrl as string,
    asOf,
    ...(from !== undefined && to !== undefined ? { from, to } : {}),
    ...(typeof submitTo === 'string' ? { submitTo } : {}),
    theme: theme as EmbedOptions['theme'],
    headingLevel: Number(level) as 2 | 3 | 4,
  };
}

/** Resolves an address against the page, allowing only http and https. */
function resolveUrl(attribute: string, what: string, src: string | undefined, pageUrl: string): string | EmbedError {
  if (src === undefined || src.trim() === '') return { error: `${attribute}: expected ${what}; found none` };
  let url: URL;
  try {
    url = new URL(src, pageUrl);
  } catch {
    return { error: `${attribute}: expected an address; found ${JSON.stringify(src)}` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return { error: `${attribute}: expected an http or https address; found ${JSON.stringify(url.protocol.replace(/:$/, ''))}` };
  return url.href;
}

/** Today's date in England, `yyyy-MM-dd`, whatever the reader's own time zone. */
export function todayInEngland(now: Date = new Date()): IsoDate {
  // en-CA writes dates as yyyy-MM-dd.
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
