import fc from 'fast-check';
import { fromDayNumber, toDayNumber } from '../calendar/isoDate.js';
import type { ActionSchema } from '../model/action.js';
import { validPlan } from '../model/fixtures.js';
import { parsePlan } from '../model/parsePlan.js';
import type { Plan, PlanInput } from '../model/plan.js';
import type { z } from 'zod';

/** An action as a test writes it: everything but id, ref, title and workstream is optional. */
export type TestAction = Partial<z.input<typeof ActionSchema>> & { id: string };

/**
 * A parsed plan holding the given actions in one workstream (`ws1`), counting weekdays only unless
 * told otherwise, so scheduling tests can be worked out by hand. Throws on a plan that does not parse.
 */
export function planOf(actions: readonly TestAction[], changes: Partial<PlanInput> = {}): Plan {
  const input: PlanInput = {
    ...validPlan(),
    calendar: { region: 'england-and-wales', convention: 'weekends-only' },
    actions: actions.map((action) => ({ ref: action.id, title: `Action ${action.id}`, workstreamId: 'ws1', ...action })),
    ...changes,
  };
  const result = parsePlan(input);
  if (!result.ok) throw new Error(`Test plan does not parse:\n${result.problems.map((p) => p.message).join('\n')}`);
  return result.value;
}

const calendarSettings = fc.constantFrom(
  { region: 'england-and-wales' as const, convention: 'weekends-only' as const },
  { region: 'england-and-wales' as const, convention: 'weekends-and-holidays' as const },
  { region: 'scotland' as const, convention: 'weekends-and-holidays' as const },
);

/** Random acyclic plans (fast-check): each action may depend on earlier ones, with any link type and lag. */
export const randomPlan = fc
  .record({
    calendar: calendarSettings,
    specs: fc.array(
      fc.record({
        offset: fc.integer({ min: 0, max: 400 }),
        duration: fc.integer({ min: 0, max: 40 }),
        percent: fc.integer({ min: 0, max: 100 }),
        workstream: fc.constantFrom('ws1', 'ws2'),
        links: fc.array(
          fc.record({
            back: fc.integer({ min: 1, max: 5 }),
            type: fc.constantFrom('FS', 'SS', 'FF', 'SF' as const),
            lag: fc.integer({ min: -3, max: 6 }),
          }),
          { maxLength: 2 },
        ),
      }),
      { minLength: 1, maxLength: 30 },
    ),
  })
  .map(({ calendar, specs }) => {
    const base = toDayNumber('2022-01-03');
    const actions: TestAction[] = specs.map((spec, i) => {
      const predecessors = [...new Map(spec.links.filter((l) => i - l.back >= 0).map((l) => [i - l.back, l])).entries()];
      return {
        id: `a${i}`,
        workstreamId: spec.workstream,
        start: fromDayNumber(base + spec.offset),
        ...(spec.duration === 0 ? { milestone: true } : { durationDays: spec.duration }),
        percentComplete: spec.percent,
        dependencies: predecessors.map(([p, l]) => ({ predecessorId: `a${p}`, type: l.type, lagDays: l.lag })),
      };
    });
    return planOf(actions, {
      calendar,
      workstreams: [
        { id: 'ws1', ref: '1', title: 'One', findingIds: ['w1'] },
        { id: 'ws2', ref: '2', title: 'Two' },
      ],
    });
  });

// Dates anywhere from 0000 to 9999 (31 Dec 9999 is a common "no end date"), durations and lags of
// up to a billion working days, as entered and with autoSchedule, as of any date.
export const extremeDay = fc.oneof(
  fc.integer({ min: toDayNumber('0000-01-01'), max: toDayNumber('9999-12-31') }),
  fc.constantFrom(toDayNumber('0000-01-01'), toDayNumber('9999-12-31'), toDayNumber('9999-12-20'), toDayNumber('0000-01-10')),
);
const amount = fc.oneof(fc.integer({ min: 0, max: 40 }), fc.constantFrom(1_000_000, 1_000_000_000));
export const extremePlan = fc
  .array(
    fc.record({
      start: fc.option(extremeDay, { nil: undefined }),
      finish: fc.option(extremeDay, { nil: undefined }),
      duration: fc.option(amount, { nil: undefined }),
      percent: fc.integer({ min: 0, max: 100 }),
      milestone: fc.boolean(),
      lag: fc.option(fc.oneof(fc.integer({ min: -5, max: 5 }), fc.constantFrom(-1_000_000_000, 1_000_000_000)), { nil: undefined }),
    }),
    { minLength: 1, maxLength: 8 },
  )
  .map((specs) =>
    planOf(
      specs.map((spec, i) => {
        const [start, finish] = [spec.start, spec.finish].sort((a, b) => (a ?? 0) - (b ?? 0));
        // A milestone on a day of its own (the last day there is, say), or an action with its dates.
        const dates =
          spec.milestone && spec.finish !== undefined
            ? { milestone: true, finish: fromDayNumber(spec.finish) }
            : {
                ...(start !== undefined && spec.start !== undefined ? { start: fromDayNumber(start) } : {}),
                ...(finish !== undefined && spec.finish !== undefined ? { finish: fromDayNumber(finish) } : {}),
                ...(spec.duration !== undefined ? { durationDays: spec.duration } : {}),
              };
        return {
          id: `a${i}`,
          ...dates,
          percentComplete: spec.percent,
          dependencies: i > 0 && spec.lag !== undefined ? [{ predecessorId: `a${i - 1}`, type: 'FS' as const, lagDays: spec.lag }] : [],
        };
      }),
    ),
  );
