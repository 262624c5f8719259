import { describe, expect, it } from 'vitest';
import { ImpactMeasureSchema, type ImpactMeasure } from '../model/impactMeasure.js';
import { assessMeasure, expectedValue, formatMeasureValue, measureTrajectory } from './assessMeasure.js';

const issuedIn20Weeks: ImpactMeasure = ImpactMeasureSchema.parse({
  id: 'm-20wk',
  title: 'New EHC plans issued within 20 weeks',
  unit: '%',
  betterWhen: 'higher',
  baseline: { date: '2024-03-31', value: 18 },
  target: { date: '2025-09-30', value: 70 },
  milestones: [
    { date: '2025-03-31', value: 60 },
    { date: '2024-09-30', value: 35 },
  ],
  actuals: [
    { date: '2024-09-30', value: 31 },
    { date: '2024-06-30', value: 22 },
  ],
});

const waitInWeeks: ImpactMeasure = ImpactMeasureSchema.parse({
  id: 'm-wait',
  title: 'Median wait for a neurodevelopmental assessment',
  unit: 'weeks',
  betterWhen: 'lower',
  baseline: { date: '2024-03-31', value: 74 },
  target: { date: '2025-09-30', value: 18 },
  milestones: [{ date: '2024-12-31', value: 52 }],
  actuals: [
    { date: '2024-06-30', value: 71 },
    { date: '2024-09-30', value: 63 },
  ],
});

const withActual = (measure: ImpactMeasure, value: number, date = '2024-09-30'): ImpactMeasure => ({
  ...measure,
  actuals: [{ date, value }],
});

describe('measureTrajectory and expectedValue', () => {
  it('orders baseline, milestones and target by date', () => {
    expect(measureTrajectory(issuedIn20Weeks).map((p) => [p.kind, p.date, p.value])).toEqual([
      ['baseline', '2024-03-31', 18],
      ['milestone', '2024-09-30', 35],
      ['milestone', '2025-03-31', 60],
      ['target', '2025-09-30', 70],
    ]);
  });

  it('draws straight lines between points by calendar day and holds the ends', () => {
    const trajectory = measureTrajectory(issuedIn20Weeks);
    // 91 of the 183 days from 31 Mar to 30 Sep 2024: 18 + 17 × 91 / 183.
    expect(expectedValue(trajectory, '2024-06-30')).toBeCloseTo(26.4536, 4);
    expect(expectedValue(trajectory, '2024-09-30')).toBe(35);
    expect(expectedValue(trajectory, '2023-01-01')).toBe(18);
    expect(expectedValue(trajectory, '2026-01-01')).toBe(70);
  });

  it('refuses an empty trajectory with a clear error', () => {
    expect(() => expectedValue([], '2024-01-01')).toThrow('Expected a trajectory with at least one point');
  });
});

describe('assessMeasure', () => {
  it('is behind trajectory when the latest actual is short of the plan but better than the baseline', () => {
    const result = assessMeasure(issuedIn20Weeks, '2024-10-31');
    expect(result).toMatchObject({
      status: 'behind',
      label: 'Behind trajectory',
      rag: 'amber',
      latest: { date: '2024-09-30', value: 31 },
      expectedAtLatest: 35,
      improvement: 13,
      reasons: ['Latest actual 31% on 30 Sep 2024, short of the 35% planned by then (higher is better)'],
    });
    expect(result.actuals.map((a) => a.date)).toEqual(['2024-06-30', '2024-09-30']);
  });

  it('ignores actuals after the as-of date', () => {
    const result = assessMeasure(issuedIn20Weeks, '2024-07-15');
    expect(result.latest).toEqual({ date: '2024-06-30', value: 22 });
    expect(result.reasons).toEqual(['Latest actual 22% on 30 Jun 2024, short of the 26.45% planned by then (higher is better)']);
  });

  it('respects lower-is-better measures', () => {
    const result = assessMeasure(waitInWeeks, '2024-10-31');
    expect(result.status).toBe('behind');
    expect(result.improvement).toBe(11);
    expect(result.expectedAtLatest).toBeCloseTo(74 - (22 * 183) / 275, 10);
    expect(result.reasons).toEqual(['Latest actual 63 weeks on 30 Sep 2024, short of the 59.36 weeks planned by then (lower is better)']);
    expect(assessMeasure(withActual(waitInWeeks, 55), '2024-10-31')).toMatchObject({
      status: 'on-track',
      label: 'On track',
      rag: 'green',
      reasons: ['Latest actual 55 weeks on 30 Sep 2024, at or better than the 59.36 weeks planned by then (lower is better)'],
    });
  });

  it('says the target is met when the latest actual reaches it, whichever way is better', () => {
    expect(assessMeasure(withActual(waitInWeeks, 18), '2024-10-31')).toMatchObject({
      status: 'target-met',
      rag: 'blue',
      reasons: ['Latest actual 18 weeks on 30 Sep 2024 meets the target of 18 weeks (lower is better)'],
    });
    expect(assessMeasure(withActual(issuedIn20Weeks, 72), '2024-10-31').status).toBe('target-met');
  });

  it('says when a measure is worse than its baseline', () => {
    expect(assessMeasure(withActual(waitInWeeks, 80), '2024-10-31')).toMatchObject({
      status: 'worse-than-baseline',
      label: 'Worse than baseline',
      rag: 'red',
      improvement: -6,
      reasons: ['Latest actual 80 weeks on 30 Sep 2024 is worse than the baseline of 74 weeks on 31 Mar 2024 (lower is better)'],
    });
    expect(assessMeasure(withActual(issuedIn20Weeks, 12), '2024-10-31').status).toBe('worse-than-baseline');
  });

  it('says when there are no actuals yet', () => {
    const result = assessMeasure({ ...issuedIn20Weeks, actuals: [] }, '2024-10-31');
    expect(result).toMatchObject({ status: 'no-actuals', label: 'No actuals yet', rag: 'unrated', actuals: [] });
    expect(result.latest).toBeUndefined();
    expect(result.reasons).toEqual([
      'No actual reported by 31 Oct 2024; baseline 18% on 31 Mar 2024, target 70% by 30 Sep 2025 (higher is better)',
    ]);
  });

  it('does not change the measure it is given', () => {
    const copy = structuredClone(issuedIn20Weeks);
    assessMeasure(issuedIn20Weeks, '2024-10-31');
    expect(issuedIn20Weeks).toEqual(copy);
  });
});

describe('formatMeasureValue', () => {
  it('prints percentages without a space, other units after one, and groups thousands', () => {
    expect([
      formatMeasureValue(31.5, '%'),
      formatMeasureValue(63, 'weeks'),
      formatMeasureValue(1204, 'children'),
      formatMeasureValue(2.345, ''),
    ]).toEqual(['31.5%', '63 weeks', '1,204 children', '2.35']);
  });
});
