import { formatDate } from '../calendar/formatDate.js';
import { toDayNumber, type IsoDate } from '../calendar/isoDate.js';
import type { DatedValue, ImpactMeasure } from '../model/impactMeasure.js';
import type { RagStatusOrUnrated } from '../rag/ragRules.js';

/** Where a measure stands: judged from its latest actual against the planned trajectory. */
export type MeasureStatus = 'target-met' | 'on-track' | 'behind' | 'worse-than-baseline' | 'no-actuals';

/** One point of the planned trajectory: the baseline, each milestone target and the final target. */
export interface TrajectoryPoint extends DatedValue {
  readonly kind: 'baseline' | 'milestone' | 'target';
}

/** An impact measure judged as of a date, with what a chart and its table need. */
export interface MeasureAssessment {
  readonly measureId: string;
  readonly status: MeasureStatus;
  /** The status in words: "On track", "Behind trajectory"… */
  readonly label: string;
  /** The status as a RAG for badges: target met blue, on track green, behind amber, worse than baseline red. */
  readonly rag: RagStatusOrUnrated;
  /** Plain-English reasons with dates and values. */
  readonly reasons: readonly string[];
  /** Baseline, milestones and target in date order. */
  readonly trajectory: readonly TrajectoryPoint[];
  /** Actuals on or before the as-of date, in date order. */
  readonly actuals: readonly DatedValue[];
  readonly latest?: DatedValue;
  /** The trajectory's value on the latest actual's date (straight lines between its points). */
  readonly expectedAtLatest?: number;
  /** Change from the baseline to the latest actual, positive when it moved the better way. */
  readonly improvement?: number;
}

const LABELS: Record<MeasureStatus, string> = {
  'target-met': 'Target met',
  'on-track': 'On track',
  behind: 'Behind trajectory',
  'worse-than-baseline': 'Worse than baseline',
  'no-actuals': 'No actuals yet',
};
const RAG: Record<MeasureStatus, RagStatusOrUnrated> = {
  'target-met': 'blue',
  'on-track': 'green',
  behind: 'amber',
  'worse-than-baseline': 'red',
  'no-actuals': 'unrated',
};

/**
 * A value with its unit as a report prints it: `31%`, `63 weeks`, `1,204 children`.
 *
 * @example
 * formatMeasureValue(31.5, '%'); // '31.5%'
 */
export function formatMeasureValue(value: number, unit: string): string {
  const number = value.toLocaleString('en-GB', { maximumFractionDigits: 2 });
  if (unit === '%') return `${number}%`;
  return unit ? `${number} ${unit}` : number;
}

const byDate = (a: DatedValue, b: DatedValue) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);

/** The planned trajectory: baseline, milestones and target, sorted by date. */
export function measureTrajectory(measure: ImpactMeasure): TrajectoryPoint[] {
  return [
    { ...measure.baseline, kind: 'baseline' as const },
    ...measure.milestones.map((m) => ({ ...m, kind: 'milestone' as const })),
    { ...measure.target, kind: 'target' as const },
  ].sort(byDate);
}

/**
 * The trajectory's value on a date, on straight lines between its points by calendar day; before
 * the first point it is the first value and after the last the last.
 *
 * @example
 * expectedValue(measureTrajectory(measure), '2024-06-30'); // 26.5 between 18 on 31 Mar and 35 on 30 Sep
 */
export function expectedValue(trajectory: readonly DatedValue[], date: IsoDate): number {
  const first = trajectory[0];
  if (!first) throw new RangeError('Expected a trajectory with at least one point');
  if (date <= first.date) return first.value;
  for (let i = 1; i < trajectory.length; i++) {
    const a = trajectory[i - 1] as DatedValue;
    const b = trajectory[i] as DatedValue;
    if (date <= b.date) {
      const span = toDayNumber(b.date) - toDayNumber(a.date);
      if (span === 0) return b.value;
      return a.value + ((b.value - a.value) * (toDayNumber(date) - toDayNumber(a.date))) / span;
    }
  }
  return (trajectory[trajectory.length - 1] as DatedValue).value;
}

/**
 * Judges an impact measure as of a date from its latest actual, respecting which direction is
 * better: target met when the latest actual reaches the target; on track when it is at or better
 * than the trajectory on its date; behind when worse than the trajectory but not than the baseline;
 * worse than baseline otherwise. Actuals after the as-of date are ignored.
 *
 * @example
 * assessMeasure(waitingTimeMeasure, '2024-10-31').label; // 'Behind trajectory'
 */
export function assessMeasure(measure: ImpactMeasure, asOf: IsoDate): MeasureAssessment {
  const trajectory = measureTrajectory(measure);
  const actuals = measure.actuals.filter((a) => a.date <= asOf).sort(byDate);
  const latest = actuals[actuals.length - 1];
  const sign = measure.betterWhen === 'higher' ? 1 : -1;
  const value = (v: number) => formatMeasureValue(v, measure.unit);
  const direction = `${measure.betterWhen} is better`;
  const make = (status: MeasureStatus, reasons: string[], extra: Partial<MeasureAssessment> = {}): MeasureAssessment => ({
    measureId: measure.id,
    status,
    label: LABELS[status],
    rag: RAG[status],
    reasons,
    trajectory,
    actuals,
    ...extra,
  });

  if (!latest) {
    return make('no-actuals', [
      `No actual reported by ${formatDate(asOf)}; baseline ${value(measure.baseline.value)} on ${formatDate(measure.baseline.date)}, target ${value(measure.target.value)} by ${formatDate(measure.target.date)} (${direction})`,
    ]);
  }
  const expected = expectedValue(trajectory, latest.date);
  const improvement = sign * (latest.value - measure.baseline.value);
  const extra = { latest, expectedAtLatest: expected, improvement };
  const latestText = `Latest actual ${value(latest.value)} on ${formatDate(latest.date)}`;
  if (sign * (latest.value - measure.target.value) >= 0) {
    return make('target-met', [`${latestText} meets the target of ${value(measure.target.value)} (${direction})`], extra);
  }
  const expectedText = `${value(round2(expected))} planned by then`;
  if (sign * (latest.value - expected) >= 0) {
    return make('on-track', [`${latestText}, at or better than the ${expectedText} (${direction})`], extra);
  }
  if (improvement >= 0) {
    return make('behind', [`${latestText}, short of the ${expectedText} (${direction})`], extra);
  }
  return make(
    'worse-than-baseline',
    [`${latestText} is worse than the baseline of ${value(measure.baseline.value)} on ${formatDate(measure.baseline.date)} (${direction})`],
    extra,
  );
}

const round2 = (n: number) => Math.round(n * 100) / 100;
