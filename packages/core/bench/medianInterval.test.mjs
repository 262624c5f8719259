import { describe, expect, it } from 'vitest';
import { medianInterval, verdictAtMost } from './medianInterval.mjs';

const upTo = (n) => Array.from({ length: n }, (_, i) => i + 1);

describe('medianInterval', () => {
  it('gives no interval when too few values can reach the level', () => {
    // Five values: all on one side of the median has chance 2/32 = 6.25%, more than 5%.
    expect(medianInterval(upTo(5))).toBeUndefined();
    expect(medianInterval([])).toBeUndefined();
  });

  it('spans the whole sample at six values, with coverage 1 − 2/64', () => {
    expect(medianInterval([6, 1, 5, 2, 4, 3])).toEqual({ low: 1, high: 6, coverage: 1 - 2 / 64, count: 6 });
  });

  it('keeps the 2nd to the 10th of 11 (P(X ≤ 1) = 12/2048)', () => {
    expect(medianInterval(upTo(11).reverse())).toEqual({ low: 2, high: 10, coverage: 1 - 24 / 2048, count: 11 });
  });

  it('keeps the 6th to the 16th of 21 (P(X ≤ 5) = 27,896/2,097,152)', () => {
    const interval = medianInterval(upTo(21).map((x) => x * 10));
    expect(interval?.low).toBe(60);
    expect(interval?.high).toBe(160);
    expect(interval?.coverage).toBeCloseTo(1 - (2 * 27_896) / 2_097_152, 12);
  });

  it('narrows as the level falls', () => {
    // At 50%: 2·P(X ≤ 3) = 2·232/2048 ≈ 0.227 ≤ 0.5, but 2·P(X ≤ 4) = 2·562/2048 ≈ 0.549 > 0.5.
    expect(medianInterval(upTo(11), 0.5)).toMatchObject({ low: 4, high: 8 });
  });

  it('does not reorder the values it is given', () => {
    const values = [3, 1, 2, 6, 5, 4];
    medianInterval(values);
    expect(values).toEqual([3, 1, 2, 6, 5, 4]);
  });

  it('rejects a level outside (0, 1) by name', () => {
    expect(() => medianInterval(upTo(6), 95)).toThrow('Expected a level between 0 and 1, found 95');
  });
});

describe('verdictAtMost', () => {
  it('is met only when the whole interval is at or under the target', () => {
    expect(verdictAtMost({ low: 10.9, high: 12 }, 12)).toBe('met');
    expect(verdictAtMost({ low: 10.9, high: 12.9 }, 12)).toBe('not settled');
    expect(verdictAtMost({ low: 12.01, high: 14 }, 12)).toBe('not met');
    expect(verdictAtMost({ low: 12, high: 14 }, 12)).toBe('not settled');
    expect(verdictAtMost(undefined, 12)).toBe('not settled');
  });
});
