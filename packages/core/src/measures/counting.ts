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
