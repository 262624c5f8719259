import { describe, expect, it } from 'vitest';
import { analysePlan } from '../analysis/analysePlan.js';
import { planOf } from '../analysis/testPlans.js';
import { parsePlan } from '../model/parsePlan.js';
import { samplePlans } from '../samples/index.js';
import { roundPercent, summarisePeriod } from './summarisePeriod.js';

const april = { from: '2022-04-01', to: '2022-04-30' };

function torbay() {
  const parsed = parsePlan(samplePlans.torbay);
  if (!parsed.ok) throw new Error('the Torbay sample must parse');
  return analysePlan(parsed.value, { asOf: '2022-05-22' });
}

describe('summarisePeriod', () => {
  it('writes the board sentence for the Torbay sample’s April 2022', () => {
    const summary = summarisePeriod(torbay(), april);
    expect(summary.sentence).toBe(
      '29 actions were due to have started in April 2022, of which 29 have been reported. 28 have been started (97%).',
    );
    expect(summary.roundingRule).toBe('Percentages are rounded to the nearest whole number, halves up.');
    expect(summary.dueToStart.startedShare).toBeCloseTo(28 / 29, 12);
    expect(summary.dueToStart.actionIds.filter((id) => !summary.dueToStart.startedIds.includes(id))).toEqual(['10B']);
  });

  it('reproduces seed 004’s "26 have been started (97%)" of 27 when rounding up, and says 96% to the nearest', () => {
    const actions = Array.from({ length: 27 }, (_, i) => ({
      id: `a${i}`,
      start: '2022-04-13',
      durationDays: 40,
      percentComplete: i === 0 ? 0 : 5,
      updates: [{ date: '2022-05-22', percentComplete: i === 0 ? 0 : 5 }],
    }));
    const analysis = analysePlan(planOf(actions), { asOf: '2022-05-22' });
    expect(summarisePeriod(analysis, { ...april, rounding: 'up' }).sentence).toBe(
      '27 actions were due to have started in April 2022, of which 27 have been reported. 26 have been started (97%).',
    );
    expect(summarisePeriod(analysis, april).dueToStart.startedPercent).toBe(96);
    expect(summarisePeriod(analysis, { ...april, rounding: 'up' }).roundingRule).toBe(
      'Percentages are rounded up to the next whole number.',
    );
  });

  it('counts what was due to finish, finished and overdue', () => {
    const may = summarisePeriod(torbay(), { from: '2022-05-01', to: '2022-05-31' });
    expect(may.dueToFinish).toEqual({ actionIds: ['1A', '5A', '10E', '14C'], finishedIds: [], overdueIds: ['10E'] });
    expect(summarisePeriod(torbay(), april).dueToFinish).toEqual({ actionIds: ['2A'], finishedIds: ['2A'], overdueIds: [] });
  });

  it('counts RAG per workstream', () => {
    const byWorkstream = summarisePeriod(torbay(), april).byWorkstream;
    expect(byWorkstream[1]).toMatchObject({ ref: '2', label: 'Focus Area', total: 4, counts: { blue: 1, green: 1, amber: 1, red: 1 } });
  });

  it('lists what changed RAG since the end of the previous period, worse first', () => {
    const plan = planOf([
      {
        id: 'up',
        start: '2022-04-04',
        durationDays: 10,
        percentComplete: 100,
        updates: [
          { date: '2022-03-31', percentComplete: 0 },
          { date: '2022-04-20', percentComplete: 100 },
        ],
      },
      { id: 'down', start: '2022-03-28', durationDays: 20, percentComplete: 15, updates: [{ date: '2022-03-30', percentComplete: 15 }] },
      { id: 'same', start: '2022-06-01', durationDays: 5 },
    ]);
    const summary = summarisePeriod(analysePlan(plan, { asOf: '2022-04-30' }), april);
    expect(summary.ragChanges.map((c) => [c.ref, c.fromLabel, c.fromHeadline, c.toLabel, c.toHeadline, c.direction])).toEqual([
      ['down', 'Green', 'on track', 'Red', 'past its finish date', 'worse'],
      ['up', 'Green', 'not yet due', 'Blue', 'complete', 'better'],
    ]);
  });

  it('names a period that is not a whole month by its dates', () => {
    const summary = summarisePeriod(torbay(), { from: '2022-04-13', to: '2022-04-13' });
    expect(summary.periodText).toBe('between 13 Apr 2022 and 13 Apr 2022');
    expect(summary.sentence).toBe(
      '28 actions were due to have started between 13 Apr 2022 and 13 Apr 2022, of which 28 have been reported. 27 have been started (96%).',
    );
  });

  it('says when nothing was due, and uses the singular for one', () => {
    expect(summarisePeriod(torbay(), { from: '2022-03-01', to: '2022-03-31' }).sentence).toBe(
      'No actions were due to have started in March 2022.',
    );
    expect(summarisePeriod(torbay(), { from: '2022-04-14', to: '2022-04-14' }).sentence).toBe(
      '1 action was due to have started between 14 Apr 2022 and 14 Apr 2022, of which 1 has been reported. 1 has been started (100%).',
    );
  });

  it('reports a period at either end of the dates there are: December 9999, and from 1 Jan 0000 with no period before it', () => {
    const plan = planOf([{ id: 'E', start: '9999-12-01', finish: '9999-12-31', percentComplete: 50 }]);
    const last = summarisePeriod(analysePlan(plan, { asOf: '9999-12-31' }), { from: '9999-12-01', to: '9999-12-31' });
    expect([last.periodText, last.ragChanges.map((c) => [c.actionId, c.from, c.to])]).toEqual([
      'in December 9999',
      [['E', 'green', 'red']],
    ]);
    const first = summarisePeriod(analysePlan(plan, { asOf: '0000-01-31' }), { from: '0000-01-01', to: '0000-01-31' });
    expect([first.periodText, first.ragChanges]).toEqual(['in January 0000', []]);
  });

  it('rejects a period that ends before it starts', () => {
    expect(() => summarisePeriod(torbay(), { from: '2022-04-30', to: '2022-04-01' })).toThrow(
      'Expected the period to end (2022-04-01) on or after it starts (2022-04-30)',
    );
  });
});

describe('roundPercent', () => {
  it('rounds by the stated rule', () => {
    expect([
      roundPercent(96.2962, 'nearest'),
      roundPercent(96.2962, 'up'),
      roundPercent(96.7, 'down'),
      roundPercent(50, 'up'),
      roundPercent(12.5),
    ]).toEqual([96, 97, 96, 50, 13]);
    expect(roundPercent((7 / 100) * 100 * 100, 'up')).toBe(700);
  });
});
