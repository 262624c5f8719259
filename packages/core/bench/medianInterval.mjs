// How sure a benchmark's median is, without assuming how the timings are spread.
//
// Each round's figure falls below the true median with chance ½, so the number that do follows a
// Binomial(n, ½). Dropping the k smallest and k largest figures leaves an interval that holds the
// true median unless k or more fall on one side: chance 2·P(X ≤ k − 1). This is the textbook
// distribution-free interval for a median (order statistics), exact for any continuous spread.

/**
 * The narrowest interval between two of `values` (k in from each end) that holds their true median
 * with at least `level` chance, or undefined when there are too few values for any (fewer than 6
 * at 95%).
 * @param {readonly number[]} values
 * @param {number} [level]
 * @returns {{ low: number; high: number; coverage: number; count: number } | undefined}
 */
export function medianInterval(values, level = 0.95) {
  if (!(level > 0 && level < 1)) throw new RangeError(`Expected a level between 0 and 1, found ${level}`);
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  let pmf = 0.5 ** n; // P(X = j), from j = 0
  let below = 0; // P(X ≤ k − 1)
  let k = 0;
  for (let j = 0; j < n; j++) {
    const next = below + pmf;
    if (2 * next > 1 - level) break;
    below = next;
    k = j + 1;
    pmf = (pmf * (n - j)) / (j + 1);
  }
  if (k === 0) return undefined;
  return { low: sorted[k - 1], high: sorted[n - k], coverage: 1 - 2 * below, count: n };
}

/**
 * Whether an interval settles an "at most `target`" figure: met when all of it is at or under the
 * target, not met when all of it is over, and not settled when it spans the target (or is missing).
 * @param {{ low: number; high: number } | undefined} interval
 * @param {number} target
 * @returns {'met' | 'not met' | 'not settled'}
 */
export function verdictAtMost(interval, target) {
  if (interval === undefined) return 'not settled';
  if (interval.high <= target) return 'met';
  if (interval.low > target) return 'not met';
  return 'not settled';
}
