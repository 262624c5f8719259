import { describe, expect, it } from 'vitest';
import { monthBefore } from './monthBefore.js';

describe('monthBefore', () => {
  it('is the whole calendar month before the date’s', () => {
    expect(monthBefore('2022-05-22')).toEqual({ from: '2022-04-01', to: '2022-04-30' });
    expect(monthBefore('2022-05-01')).toEqual({ from: '2022-04-01', to: '2022-04-30' });
    expect(monthBefore('2022-03-31')).toEqual({ from: '2022-02-01', to: '2022-02-28' });
    expect(monthBefore('2024-03-31')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
  });

  it('goes back across the new year', () => {
    expect(monthBefore('2023-01-09')).toEqual({ from: '2022-12-01', to: '2022-12-31' });
  });
});
