import { cleanup, render } from '@testing-library/react';
import { analysePlan, formatDate, fromDayNumber, parsePlan, toDayNumber, type PlanInput } from '@wsoa-kit/core';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { smallPlanInput } from './fixtures/plans.js';
import { Gantt } from './gantt/Gantt.js';
import { ProgressSummary } from './progress/ProgressSummary.js';
import { RagTable } from './table/RagTable.js';

afterEach(cleanup);

// Any plan the model accepts, analysed as of any date, draws in every view: dates from 2021 to
// 2024 and at both ends of the calendar (31 Dec 9999 is many systems' "no end date"), durations
// and lags of up to a billion working days, milestones, links, both scheduling modes. The Gantt
// opens at the zoom that fits the plan: a week axis across thousands of years (core's timeAxis
// tests cover it) would take most of the run.
const day = fc.oneof(
  fc.integer({ min: toDayNumber('2021-01-01'), max: toDayNumber('2024-12-31') }),
  fc.constantFrom(toDayNumber('0001-01-01'), toDayNumber('9999-12-20'), toDayNumber('9999-12-31')),
);
const amount = fc.oneof(fc.integer({ min: 0, max: 40 }), fc.constantFrom(1_000_000, 1_000_000_000));
const lag = fc.oneof(fc.integer({ min: -5, max: 5 }), fc.constantFrom(-1_000_000_000, 1_000_000_000));
const specs = fc.array(
  fc.record({
    start: fc.option(day, { nil: undefined }),
    finish: fc.option(day, { nil: undefined }),
    duration: fc.option(amount, { nil: undefined }),
    percent: fc.integer({ min: 0, max: 100 }),
    milestone: fc.boolean(),
    lag: fc.option(lag, { nil: undefined }),
  }),
  { minLength: 1, maxLength: 6 },
);

describe('the views draw any plan', () => {
  it('the Gantt, the RAG table and the progress summary, with a row for every action', () => {
    let drawn = 0;
    fc.assert(
      fc.property(specs, day, fc.boolean(), (list, asOfDay, autoSchedule) => {
        const input: PlanInput = structuredClone(smallPlanInput);
        input.actions = list.map((spec, i) => {
          const [first, last] = [spec.start, spec.finish].sort((a, b) => (a ?? 0) - (b ?? 0));
          const dates = spec.milestone
            ? { milestone: true, finish: fromDayNumber(last ?? first ?? toDayNumber('2022-05-02')) }
            : {
                ...(spec.start !== undefined && first !== undefined ? { start: fromDayNumber(first) } : {}),
                ...(spec.finish !== undefined && last !== undefined ? { finish: fromDayNumber(last) } : {}),
                ...(spec.duration !== undefined ? { durationDays: spec.duration } : {}),
              };
          const dependencies =
            i > 0 && spec.lag !== undefined ? [{ predecessorId: `x${i - 1}`, type: 'FS' as const, lagDays: spec.lag }] : [];
          return {
            id: `x${i}`,
            ref: `9.${i}`,
            title: `Action ${i}`,
            workstreamId: 'ws1',
            ...dates,
            percentComplete: spec.percent,
            dependencies,
          };
        });
        const plan = parsePlan(input);
        if (!plan.ok) return;
        drawn++;
        const asOf = fromDayNumber(asOfDay);
        const analysis = analysePlan(plan.value, { asOf, autoSchedule });
        // Queried by selector, not by role: role queries on every run would take most of the time.
        const gantt = render(<Gantt analysis={analysis} editable />).container;
        expect(gantt.querySelectorAll('[role="treegrid"]')).toHaveLength(1);
        const table = render(<RagTable analysis={analysis} />).container;
        expect(table.querySelector('caption')?.textContent).toBe(`${analysis.plan.title}: RAG status as of ${formatDate(asOf)}`);
        for (const i of list.keys()) expect(table.textContent).toContain(`Action ${i}`);
        render(<ProgressSummary analysis={analysis} from={`${asOf.slice(0, 8)}01`} to={asOf} />);
        cleanup();
      }),
      {
        numRuns: 20,
        // Always among them: an open-ended action to 31 Dec 9999, one a duration takes past it, and a
        // milestone on it, seen on that day (the month's report then ends on the last date there is).
        examples: [
          [
            [
              {
                start: toDayNumber('2022-04-13'),
                finish: toDayNumber('9999-12-31'),
                duration: undefined,
                percent: 10,
                milestone: false,
                lag: undefined,
              },
              {
                start: toDayNumber('2022-04-13'),
                finish: undefined,
                duration: 1_000_000_000,
                percent: 0,
                milestone: false,
                lag: undefined,
              },
              { start: undefined, finish: toDayNumber('9999-12-31'), duration: undefined, percent: 0, milestone: true, lag: 0 },
            ],
            toDayNumber('9999-12-31'),
            true,
          ],
        ],
      },
    );
    // Most generated plans are ones the model accepts, so the views are drawn, not skipped.
    expect(drawn).toBeGreaterThan(10);
  }, 120_000);
});
