import { describe, expect, it } from 'vitest';
import { parseRoute, planHref } from './route.js';
import { loadSamplePlans, pluralLabel } from './samples.js';

describe('parseRoute', () => {
  it('reads no plan as the list of plans', () => {
    expect(parseRoute('')).toEqual({ page: 'home' });
    expect(parseRoute('?other=1')).toEqual({ page: 'home' });
  });

  it('reads a plan, with and without an as-of date', () => {
    expect(parseRoute('?plan=torbay')).toEqual({ page: 'plan', name: 'torbay' });
    expect(parseRoute('?plan=torbay&asOf=2022-06-30')).toEqual({ page: 'plan', name: 'torbay', asOf: '2022-06-30' });
  });

  it('keeps an as-of date that is not a real date aside, to be reported', () => {
    expect(parseRoute('?plan=torbay&asOf=2022-02-30')).toEqual({ page: 'plan', name: 'torbay', badAsOf: '2022-02-30' });
    expect(parseRoute('?plan=bcp&asOf=30/06/2022')).toEqual({ page: 'plan', name: 'bcp', badAsOf: '30/06/2022' });
  });

  it('reads back the addresses planHref writes', () => {
    expect(planHref('centralBedfordshire')).toBe('?plan=centralBedfordshire');
    expect(planHref('torbay', '2022-06-30')).toBe('?plan=torbay&asOf=2022-06-30');
    expect(parseRoute(planHref('torbay', '2022-06-30'))).toEqual({ page: 'plan', name: 'torbay', asOf: '2022-06-30' });
  });
});

describe('pluralLabel', () => {
  it('writes the plural of each kind of workstream label', () => {
    expect(['Focus Area', 'Workstream', 'Theme', 'Priority', 'Key Day', 'Box', 'Branch'].map(pluralLabel)).toEqual([
      'Focus Areas',
      'Workstreams',
      'Themes',
      'Priorities',
      'Key Days',
      'Boxes',
      'Branches',
    ]);
  });
});

describe('loadSamplePlans', () => {
  it('validates every sample plan and opens each at a date of its own', () => {
    expect(loadSamplePlans().map((p) => [p.name, p.result.ok, p.asOf])).toEqual([
      ['torbay', true, '2022-05-22'],
      ['bcp', true, '2022-03-03'],
      ['centralBedfordshire', true, '2021-06-16'],
      ['northbrook', true, '2024-11-22'],
    ]);
  });
});
