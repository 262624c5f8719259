import { describe, expect, it } from 'vitest';
import { DayCache } from './dayCache.js';

describe('DayCache', () => {
  it('computes a value once per key in range and remembers it', () => {
    const cache = new DayCache<string>(5_000);
    const calls: number[] = [];
    const compute = (key: number) => {
      calls.push(key);
      return `value ${key}`;
    };
    expect(cache.get(4_321, compute)).toBe('value 4321');
    expect(cache.get(4_321, compute)).toBe('value 4321');
    expect(cache.get(0, compute)).toBe('value 0');
    expect(cache.get(1_024, compute)).toBe('value 1024');
    expect(calls).toEqual([4_321, 0, 1_024]);
  });

  it('computes keys outside the range, or not whole, every time', () => {
    const cache = new DayCache<number>(10);
    let calls = 0;
    const compute = (key: number) => {
      calls++;
      return key * 2;
    };
    expect([-1, 10, 2.5, Number.NaN, -1, 10].map((key) => cache.get(key, compute))).toEqual([-2, 20, 5, Number.NaN, -2, 20]);
    expect(calls).toBe(6);
  });
});
