import { describe, expect, it } from 'vitest';
import { reportMonth } from './reportMonth.js';

describe('reportMonth', () => {
  it('is the whole calendar month before the as-of date’s', () => {
    expect(reportMonth('2022-05-22')).toEqual({ from: '2022-04-01', to: '2022-04-30' });
    expect(reportMonth('2022-05-01')).toEqual({ from: '2022-04-01', to: '2022-04-30' });
    expect(reportMonth('2022-03-31')).toEqual({ from: '2022-02-01', to: '2022-02-28' });
    expect(reportMonth('2024-03-31')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
  });

  it('goes back across the new year', () => {
    expect(reportMonth('2023-01-09')).toEqual({ from: '2022-12-01', to: '2022-12-31' });
  });
});
