// What the figures worked out from case lists share: how a share is rounded and written.

/** A share to one decimal place, half up, from whole counts (so 5 of 8 is exactly 62.5). */
export function percent(part: number, whole: number): number {
  return Math.round((part * 1000) / whole) / 10;
}

/** The share, only where there was something to count. */
export function shareOf(part: number, whole: number): { readonly percent?: number } {
  return whole > 0 ? { percent: percent(part, whole) } : {};
}

/** "1 plan" or "3 plans". */
export const plural = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

/** Words in a list as a sentence writes them: "a", "a and b", "a, b and c". */
export function listWords(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** A share as the sentences write it: `62.5%`, `60.0%`. */
export const formatShare = (value: number | undefined): string =>
  `${(value ?? 0).toLocaleString('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 })}%`;

/** How small a published count may be before it gives a caution. */
export interface SmallCountOptions {
  /** Counts from 1 to below this give a `caution`. Default 5 (`SMALL_COUNTS_BELOW`); 0 turns it off. */
  readonly smallCountsBelow?: number;
}

/** Figures said in sentences for a board report or a published update, with a caution when a count is small. */
export interface FigureSentences {
  /** The figures in sentences a board report or a published update can use; they name no case. */
  readonly sentences: readonly string[];
  /** Present when a figure in the sentences, or the difference of two, counts from 1 to below `smallCountsBelow`: read it before publishing. */
  readonly caution?: string;
}

/** Counts below this can point to a child or family when published: a setting, as practice differs. */
export const SMALL_COUNTS_BELOW = 5;

/**
 * A caution before publishing when any count given is from 1 to below `below` (nought says nothing
 * of anyone); `undefined` when none is, or when `below` is 1 or less (the check turned off).
 *
 * @example
 * smallCountCaution([60, 59, 1], 5); // 'Some of these figures count fewer than 5 (the smallest is 1). Figures this small can point to a child or family: check them before publishing, or publish a longer period.'
 */
export function smallCountCaution(counts: readonly number[], below: number = SMALL_COUNTS_BELOW): string | undefined {
  const small = counts.filter((n) => n > 0 && n < below);
  if (small.length === 0) return undefined;
  return `Some of these figures count fewer than ${below} (the smallest is ${Math.min(...small)}). Figures this small can point to a child or family: check them before publishing, or publish a longer period.`;
}
