import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analysePlan } from '../analysis/analysePlan.js';
import { extremeDay, extremePlan, randomPlan } from '../analysis/testPlans.js';
import { fromDayNumber } from '../calendar/isoDate.js';
import { comparePlans, type ActionChange } from './comparePlans.js';

const asOf = fc.constantFrom('2022-01-03', '2022-03-15', '2022-09-30');
const moves = (changes: readonly ActionChange[]) =>
  changes.flatMap((c) => (c.kind === 'start' || c.kind === 'finish' ? [[c.kind, c.workingDays]] : []));

describe('comparePlans properties', () => {
  it('finds no change between a plan and itself', () => {
    fc.assert(
      fc.property(randomPlan, asOf, (plan, date) => {
        const analysis = analysePlan(plan, { asOf: date });
        const comparison = comparePlans(analysis, analysis);
        expect(comparison.actions).toEqual([]);
        expect(comparison.counts.unchanged).toBe(plan.actions.length);
      }),
    );
  });

  it('read backwards, swaps added for removed, worse for better, and later for earlier', () => {
    // Both plans share a calendar, so a move measured either way is the same number of working days.
    fc.assert(
      fc.property(randomPlan, randomPlan, asOf, (first, second, date) => {
        const before = analysePlan(first, { asOf: date });
        const after = analysePlan({ ...second, calendar: first.calendar }, { asOf: date });
        const forward = comparePlans(before, after);
        const backward = comparePlans(after, before);
        const ids = (c: typeof forward, status: string) =>
          c.actions
            .filter((a) => a.status === status)
            .map((a) => a.id)
            .sort();
        expect(ids(backward, 'added')).toEqual(ids(forward, 'removed'));
        expect(ids(backward, 'removed')).toEqual(ids(forward, 'added'));
        expect(ids(backward, 'changed')).toEqual(ids(forward, 'changed'));
        expect(backward.counts.ragWorse).toBe(forward.counts.ragBetter);
        expect(backward.counts.finishLater).toBe(forward.counts.finishEarlier);
        expect(backward.counts.startEarlier).toBe(forward.counts.startLater);
        expect(backward.finishMovedBy).toBe(forward.finishMovedBy === undefined ? undefined : 0 - forward.finishMovedBy);
        for (const action of forward.actions.filter((a) => a.status === 'changed')) {
          const back = backward.actions.find((a) => a.id === action.id)!;
          expect(moves(back.changes)).toEqual(
            moves(action.changes).map(([kind, days]) => [kind, days === undefined ? undefined : -days || 0]),
          );
        }
        const total = forward.counts.added + forward.counts.changed + forward.counts.unchanged;
        expect(total).toBe(second.actions.length);
      }),
    );
  });

  it('never throws on dates at the ends of the calendar, and writes a sentence for every change', () => {
    fc.assert(
      fc.property(extremePlan, extremePlan, extremeDay, extremeDay, (first, second, early, late) => {
        const before = analysePlan(first, { asOf: fromDayNumber(early) });
        const after = analysePlan(second, { asOf: fromDayNumber(late) });
        const comparison = comparePlans(before, after);
        for (const action of comparison.actions) {
          expect(action.text).toMatch(/\.$/);
          for (const change of action.changes) expect(change.text).toMatch(/[.!?]$/);
        }
        expect(comparison.sentences.length).toBeGreaterThan(0);
      }),
    );
  });
});
