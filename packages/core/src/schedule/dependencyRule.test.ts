import { describe, expect, it } from 'vitest';
import { dependencyRule } from './dependencyRule.js';

describe('dependencyRule', () => {
  it('names each type in words', () => {
    expect((['FS', 'SS', 'FF', 'SF'] as const).map((type) => dependencyRule(type, 0))).toEqual([
      'finish-to-start',
      'start-to-start',
      'finish-to-finish',
      'start-to-finish',
    ]);
  });

  it('adds a lag in working days, one or many, ahead or behind', () => {
    expect(dependencyRule('SS', 5)).toBe('start-to-start with a lag of 5 working days');
    expect(dependencyRule('FF', 1)).toBe('finish-to-finish with a lag of 1 working day');
    expect(dependencyRule('FS', -1)).toBe('finish-to-start with a lag of -1 working day');
    expect(dependencyRule('SF', -3)).toBe('start-to-finish with a lag of -3 working days');
  });
});
