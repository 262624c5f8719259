import { describe, expect, it } from 'vitest';
import { parsePlan } from '../model/parsePlan.js';
import type { Plan } from '../model/plan.js';
import { samplePlans } from '../samples/index.js';
import { analysePlan } from './analysePlan.js';
import { validPlan } from '../model/fixtures.js';
import { planOf } from './testPlans.js';

// Week of Monday 2 May 2022, counting weekdays only: 2-6 May, then 9-13 May.
const A = { id: 'A', start: '2022-05-02', durationDays: 5 };

function dates(plan: Plan, asOf = '2022-05-01', autoSchedule = false) {
  const analysis = analysePlan(plan, { asOf, autoSchedule });
  return Object.fromEntries(analysis.actions.map((a) => [a.id, [a.start, a.finish, a.durationDays]]));
}

describe('analysePlan: dates', () => {
  it('completes any two of start, finish and duration', () => {
    const plan = planOf([
      { id: 'S', start: '2022-05-02', durationDays: 5 },
      { id: 'F', finish: '2022-05-13', durationDays: 3 },
      { id: 'B', start: '2022-05-04', finish: '2022-05-10' },
    ]);
    expect(dates(plan)).toEqual({
      S: ['2022-05-02', '2022-05-06', 5],
      F: ['2022-05-11', '2022-05-13', 3],
      B: ['2022-05-04', '2022-05-10', 5],
    });
  });

  it('skips bank holidays under the weekends-and-holidays convention', () => {
    const plan = planOf([{ id: 'J', start: '2022-05-31', durationDays: 3 }], {
      calendar: { region: 'england-and-wales', convention: 'weekends-and-holidays' },
    });
    expect(dates(plan)).toEqual({ J: ['2022-05-31', '2022-06-06', 3] });
  });

  it('uses the dates when a stated duration disagrees with them, and says so', () => {
    const analysis = analysePlan(planOf([{ id: 'X', start: '2022-05-02', finish: '2022-05-06', durationDays: 6 }]), { asOf: '2022-05-01' });
    expect(analysis.actions[0]?.durationDays).toBe(5);
    expect(analysis.problems.map((p) => [p.code, p.severity, p.message])).toEqual([
      ['duration-mismatch', 'warning', 'X says 6 working days, but 2 May 2022 to 6 May 2022 is 5; the dates are used'],
    ]);
  });

  it('reports an action it cannot schedule and leaves it unrated', () => {
    const analysis = analysePlan(planOf([{ id: 'N', start: '2022-05-02' }]), { asOf: '2022-05-10' });
    expect(analysis.problems.map((p) => p.message)).toEqual(['N needs two of start, finish and duration to be scheduled']);
    expect(analysis.actions[0]).toMatchObject({ rag: { status: 'unrated', label: 'Not rated' }, critical: false });
    expect(analysis.actions[0]?.totalFloat).toBeUndefined();
  });

  it('takes an action with a finish alone as due by it: rated against it and rolled up, but not placed in time', () => {
    const plan = planOf([A, { id: 'D', finish: '2022-06-30', percentComplete: 40 }]);
    const before = analysePlan(plan, { asOf: '2022-06-30' });
    expect(before.problems.map((p) => [p.code, p.severity, p.message])).toEqual([
      ['missing-dates', 'warning', 'D gives only a finish, so it is due by 30 Jun 2022: give it a start or a duration to place it in time'],
    ]);
    expect(before.actionsById.get('D')).toMatchObject({
      start: undefined,
      finish: '2022-06-30',
      durationDays: undefined,
      overdue: false,
      critical: false,
      rag: { status: 'unrated' },
    });
    // The workstream runs to the latest finish, its own included.
    expect(before.workstreams[0]).toMatchObject({ start: '2022-05-02', finish: '2022-06-30' });
    // A due date before every start bounds the workstream's start too.
    const early = analysePlan(planOf([A, { id: 'E', finish: '2022-04-29' }]), { asOf: '2022-05-01' });
    expect(early.workstreams[0]).toMatchObject({ start: '2022-04-29', finish: '2022-05-06' });
    expect([early.start, early.finish]).toEqual(['2022-04-29', '2022-05-06']);
    const after = analysePlan(plan, { asOf: '2022-07-01' });
    expect(after.actionsById.get('D')).toMatchObject({
      overdue: true,
      rag: { status: 'red', reasons: ['Due to finish 30 Jun 2022; 40% complete on 1 Jul 2022'] },
    });
  });

  it('leaves out of time an action whose duration or links would run past 31 Dec 9999 or before 1 Jan 0000, saying so', () => {
    // 31 Dec 9999 is many systems' "no end date"; a duration or lag typed with extra digits can
    // reach as far. The dates a plan holds are written yyyy-MM-dd, so neither can be written.
    const plan = planOf([
      { id: 'E', start: '9999-12-20', durationDays: 57 },
      { id: 'F', finish: '2022-06-30', durationDays: 1_000_000_000 },
      { id: 'G', start: '2022-05-02', finish: '2022-05-06' },
      { id: 'H', start: '2022-05-09', finish: '2022-05-13', dependencies: [{ predecessorId: 'G', type: 'FS', lagDays: 1_000_000_000 }] },
    ]);
    const asEntered = analysePlan(plan, { asOf: '2022-05-22' });
    const tail = ', outside the dates a plan can hold: check its dates, duration and links';
    expect(asEntered.problems.map((p) => [p.code, p.severity, p.refs, p.message])).toEqual([
      ['dates-out-of-range', 'error', ['E'], `E starts 20 Dec 9999 and lasts 57 working days, so it would finish after 31 Dec 9999${tail}`],
      [
        'dates-out-of-range',
        'error',
        ['F'],
        `F finishes 30 Jun 2022 and lasts 1,000,000,000 working days, so it would start before 1 Jan 0000${tail}`,
      ],
      [
        'dependency-violated',
        'error',
        ['G', 'H'],
        'H starts 9 May 2022 but depends on G finishing first, on 6 May 2022 (finish-to-start with a lag of 1000000000 working days)',
      ],
    ]);
    expect(['E', 'F'].map((id) => asEntered.actionsById.get(id)).map((a) => [a?.start, a?.finish, a?.durationDays, a?.rag.status])).toEqual(
      [
        [undefined, undefined, undefined, 'unrated'],
        [undefined, undefined, undefined, 'unrated'],
      ],
    );
    // G keeps its dates; the latest it could finish for H's sake is a billion working days back, so it has no late dates or float.
    expect(asEntered.actionsById.get('G')).toMatchObject({
      start: '2022-05-02',
      finish: '2022-05-06',
      lateStart: undefined,
      totalFloat: undefined,
    });
    // Scheduled by its link, H would finish about 3.8 million years on.
    const scheduled = analysePlan(plan, { asOf: '2022-05-22', autoSchedule: true });
    expect(scheduled.problems.filter((p) => p.refs.includes('H')).map((p) => p.message)).toEqual([
      `H would be scheduled by its links to finish after 31 Dec 9999${tail}`,
    ]);
    expect(scheduled.actionsById.get('H')).toMatchObject({ start: undefined, finish: undefined, rag: { status: 'unrated' } });
    // A milestone on the last day, and an action ending on it, are placed in time.
    const onTheDay = analysePlan(
      planOf([
        { id: 'M', milestone: true, finish: '9999-12-31' },
        { id: 'N', start: '9999-12-01', finish: '9999-12-31' },
      ]),
      { asOf: '2022-05-22' },
    );
    expect(onTheDay.actions.map((a) => [a.id, a.start, a.finish, a.durationDays, a.problems])).toEqual([
      ['M', '9999-12-31', '9999-12-31', 0, []],
      ['N', '9999-12-01', '9999-12-31', 23, []],
    ]);
    // 1 Jan 0000 was a Saturday: a milestone then sits at the end of the working day before it,
    // which there is none of. It is left out of time, and a link to it is not checked.
    const first = analysePlan(
      planOf([
        { id: 'S', start: '0000-01-03', finish: '0000-01-07' },
        { id: 'Z', milestone: true, finish: '0000-01-01', dependencies: [{ predecessorId: 'S', type: 'FS', lagDays: 0 }] },
      ]),
      { asOf: '2022-05-22' },
    );
    expect(first.problems.map((p) => p.message)).toEqual([
      `Z would be scheduled to start before 1 Jan 0000${tail}`,
      'Z depends on S, but Z has no dates yet, so this link is not checked',
    ]);
    // An action not started days before 31 Dec 9999 has no date by which it is late to start: it is rated on progress.
    const last = analysePlan(planOf([{ id: 'L', start: '9999-12-29', finish: '9999-12-31', percentComplete: 0 }]), { asOf: '9999-12-30' });
    expect(last.actionsById.get('L')?.rag).toMatchObject({
      status: 'red',
      reasons: [
        'Expected 66.7% complete by 30 Dec 9999 (2 of 3 working days elapsed); reported 0%: 66.7 points behind, more than the 25 allowed before Red',
      ],
    });
  });

  it('warns of a date worked out in working days over years whose bank holidays it does not know, and says so where a count over them differs', () => {
    const calendar = { region: 'england-and-wales', convention: 'weekends-and-holidays' } as const;
    // From Monday 2 Dec 2030: 20 working days to 31 Dec (Christmas Day and Boxing Day off), then
    // 1 Jan 2031 counted as the 21st, as no 2031 bank holiday is known, and the 40th on 28 Jan.
    const plan = planOf(
      [
        { id: 'W', start: '2030-12-02', durationDays: 40 },
        // Open-ended to the "no end date": both dates entered, so nothing was worked out.
        { id: 'O', start: '2022-04-13', finish: '9999-12-31' },
        { id: 'M', finish: '2031-03-03', milestone: true },
        // Worked back from its finish into the known years: nothing to say.
        { id: 'K', finish: '2030-12-20', durationDays: 10 },
        { id: 'L', start: '2030-12-02', durationDays: 5, dependencies: [{ predecessorId: 'W', type: 'FS', lagDays: 0 }] },
      ],
      { calendar },
    );
    const entered = analysePlan(plan, { asOf: '2030-12-02' });
    expect(entered.actionsById.get('W')).toMatchObject({ start: '2030-12-02', finish: '2031-01-28', durationDays: 40 });
    const tail =
      'worked out in working days, but the calendar knows bank holidays only for 2015 to 2030: any after 31 Dec 2030 was counted as a working day, so the date may be out by a day or more. Merge the current bank holidays feed into the calendar to count them';
    expect(entered.problems.filter((p) => p.code === 'holidays-unknown').map((p) => [p.severity, p.refs, p.message])).toEqual([
      ['warning', ['W'], `W finishes 28 Jan 2031, ${tail}`],
    ]);
    // W's finish also breaks L's link, as entered.
    expect(entered.actionsById.get('W')?.problems.map((p) => p.code)).toEqual(['dependency-violated', 'holidays-unknown']);
    // With autoSchedule, L's start is worked out from W's finish by the link.
    const auto = analysePlan(plan, { asOf: '2030-12-02', autoSchedule: true });
    expect(auto.problems.filter((p) => p.code === 'holidays-unknown').map((p) => p.message)).toEqual([
      `W finishes 28 Jan 2031, ${tail}`,
      `L finishes 4 Feb 2031, ${tail}`,
    ]);
    // Worked back from Friday 9 Jan 2015 over the years before the data: Boxing Day 2014 is counted
    // as the 10th working day (1 Jan 2015, known, is not), where Christmas week would put it on 23 Dec.
    const back = analysePlan(planOf([{ id: 'B', finish: '2015-01-09', durationDays: 10 }], { calendar }), { asOf: '2015-01-09' });
    expect(back.actionsById.get('B')).toMatchObject({ start: '2014-12-26', finish: '2015-01-09', durationDays: 10 });
    expect(back.problems.map((p) => p.message)).toEqual([
      `B starts 26 Dec 2014, ${tail.replace('after 31 Dec 2030', 'before 1 Jan 2015')}`,
    ]);
    // A duration entered with both dates, as a tool that knew New Year's Day 2031 counted them: the
    // dates are used, and the warning says why the counts may differ.
    const counted = analysePlan(planOf([{ id: 'C', start: '2030-12-02', finish: '2031-01-28', durationDays: 39 }], { calendar }), {
      asOf: '2030-12-02',
    });
    expect(counted.problems.map((p) => [p.code, p.message])).toEqual([
      [
        'duration-mismatch',
        'C says 39 working days, but 2 Dec 2030 to 28 Jan 2031 is 40, counting any bank holiday after 31 Dec 2030 as a working day, as the calendar knows them only for 2015 to 2030; the dates are used',
      ],
    ]);
    // Counting weekends only, bank holidays do not count anywhere: nothing to say.
    const weekendsOnly = analysePlan(planOf([{ id: 'W', start: '2030-12-02', durationDays: 40 }]), { asOf: '2030-12-02' });
    expect(weekendsOnly.problems).toEqual([]);
  });

  it('puts a milestone on its date with no duration', () => {
    expect(dates(planOf([{ id: 'M', milestone: true, finish: '2022-05-13' }]))).toEqual({ M: ['2022-05-13', '2022-05-13', 0] });
  });
});

describe('analysePlan: dependencies', () => {
  const linked = planOf([
    A,
    { id: 'FS', durationDays: 3, start: '2022-05-02', dependencies: [{ predecessorId: 'A', type: 'FS' }] },
    { id: 'SS', durationDays: 2, start: '2022-05-02', dependencies: [{ predecessorId: 'A', type: 'SS', lagDays: 2 }] },
    { id: 'FF', durationDays: 4, start: '2022-05-02', dependencies: [{ predecessorId: 'FS', type: 'FF', lagDays: 1 }] },
    { id: 'SF', durationDays: 2, start: '2022-05-02', dependencies: [{ predecessorId: 'A', type: 'SF' }] },
    { id: 'NEG', durationDays: 1, start: '2022-05-02', dependencies: [{ predecessorId: 'A', lagDays: -2 }] },
    { id: 'MS', milestone: true, start: '2022-05-02', dependencies: [{ predecessorId: 'FF' }] },
  ]);

  it('computes the earliest dates for every link type with autoSchedule, negative lag included', () => {
    expect(dates(linked, '2022-05-01', true)).toEqual({
      A: ['2022-05-02', '2022-05-06', 5],
      FS: ['2022-05-09', '2022-05-11', 3],
      SS: ['2022-05-04', '2022-05-05', 2],
      FF: ['2022-05-09', '2022-05-12', 4],
      SF: ['2022-04-28', '2022-04-29', 2],
      NEG: ['2022-05-05', '2022-05-05', 1],
      MS: ['2022-05-12', '2022-05-12', 0],
    });
    const analysis = analysePlan(linked, { asOf: '2022-05-01', autoSchedule: true });
    expect(analysis.actions.filter((a) => a.rescheduled).map((a) => a.id)).toEqual(['FS', 'SS', 'FF', 'SF', 'NEG', 'MS']);
    expect(analysis.problems).toEqual([]);
  });

  it('keeps dates as entered by default and names both refs of each broken link', () => {
    const analysis = analysePlan(linked, { asOf: '2022-05-01' });
    expect(analysis.problems.map((p) => [p.code, p.refs, p.message])).toEqual([
      ['dependency-violated', ['A', 'FS'], 'FS starts 2 May 2022 but depends on A finishing first, on 6 May 2022 (finish-to-start)'],
      [
        'dependency-violated',
        ['A', 'SS'],
        'SS starts 2 May 2022 but cannot start before A starts on 2 May 2022 (start-to-start with a lag of 2 working days)',
      ],
      [
        'dependency-violated',
        ['A', 'NEG'],
        'NEG starts 2 May 2022 but depends on A finishing first, on 6 May 2022 (finish-to-start with a lag of -2 working days)',
      ],
      ['dependency-violated', ['FF', 'MS'], 'MS starts 2 May 2022 but depends on FF finishing first, on 5 May 2022 (finish-to-start)'],
    ]);
    expect(analysis.actionsById.get('A')?.problems.map((p) => p.refs)).toEqual([
      ['A', 'FS'],
      ['A', 'SS'],
      ['A', 'NEG'],
    ]);
  });

  it('words broken finish-to-finish and start-to-finish links, a lag of one day, and a milestone predecessor', () => {
    // planOf counts weekdays only: P runs Monday 2 to Friday 6 May.
    const plan = planOf([
      { id: 'P', start: '2022-05-02', durationDays: 5 },
      { id: 'FFX', start: '2022-05-02', durationDays: 2, dependencies: [{ predecessorId: 'P', type: 'FF', lagDays: 1 }] },
      { id: 'SFX', start: '2022-04-25', durationDays: 2, dependencies: [{ predecessorId: 'P', type: 'SF' }] },
      { id: 'M', milestone: true, start: '2022-05-09' },
      { id: 'MX', start: '2022-05-09', durationDays: 1, dependencies: [{ predecessorId: 'M', type: 'FS', lagDays: 1 }] },
    ]);
    const analysis = analysePlan(plan, { asOf: '2022-05-01' });
    expect(analysis.problems.map((p) => [p.refs, p.message])).toEqual([
      [
        ['P', 'FFX'],
        'FFX finishes 3 May 2022 but cannot finish before P finishes on 6 May 2022 (finish-to-finish with a lag of 1 working day)',
      ],
      [['P', 'SFX'], 'SFX finishes 26 Apr 2022 but cannot finish before P starts on 2 May 2022 (start-to-finish)'],
      [['M', 'MX'], 'MX starts 9 May 2022 but depends on M finishing first, on 9 May 2022 (finish-to-start with a lag of 1 working day)'],
    ]);
    // Each action lists exactly the problems it is part of.
    expect(analysis.actions.map((a) => [a.id, a.problems.map((p) => p.refs.join('→'))])).toEqual([
      ['P', ['P→FFX', 'P→SFX']],
      ['FFX', ['P→FFX']],
      ['SFX', ['P→SFX']],
      ['M', ['M→MX']],
      ['MX', ['M→MX']],
    ]);
  });

  it('names every action of a dependency cycle, and still analyses the rest', () => {
    const plan = planOf([
      { id: 'P', start: '2022-05-02', durationDays: 2, dependencies: [{ predecessorId: 'R' }] },
      { id: 'Q', start: '2022-05-04', durationDays: 2, dependencies: [{ predecessorId: 'P' }] },
      { id: 'R', start: '2022-05-06', durationDays: 2, dependencies: [{ predecessorId: 'Q' }] },
      { id: 'Z', start: '2022-05-02', durationDays: 10 },
    ]);
    const analysis = analysePlan(plan, { asOf: '2022-05-01', autoSchedule: true });
    expect(analysis.problems.map((p) => [p.code, p.severity, p.message])).toEqual([
      [
        'dependency-cycle',
        'error',
        'These actions depend on each other in a loop, so none can be scheduled from the others: P → Q → R → P',
      ],
    ]);
    // Each action in the loop carries the problem once; the action outside it carries none.
    expect(['P', 'Q', 'R', 'Z'].map((id) => analysis.actionsById.get(id)?.problems.map((p) => p.code))).toEqual([
      ['dependency-cycle'],
      ['dependency-cycle'],
      ['dependency-cycle'],
      [],
    ]);
    expect(analysis.actionsById.get('P')).toMatchObject({ start: '2022-05-02', critical: false });
    expect(analysis.actionsById.get('P')?.totalFloat).toBeUndefined();
    expect(analysis.criticalPath).toEqual(['Z']);
  });

  it('handles a cycle through 20,000 actions without overflowing the stack', () => {
    const n = 20_000;
    const actions = Array.from({ length: n }, (_, i) => ({
      id: `c${i}`,
      start: '2022-05-02',
      durationDays: 1,
      dependencies: [{ predecessorId: `c${(i + n - 1) % n}` }],
    }));
    const analysis = analysePlan(planOf(actions), { asOf: '2022-05-01', autoSchedule: true });
    expect(analysis.problems).toHaveLength(1);
    expect(analysis.problems[0]?.refs).toHaveLength(n);
    expect(analysis.problems[0]?.refs.slice(0, 3)).toEqual(['c0', 'c1', 'c2']);
  });

  it('ignores links to a summary action, saying so', () => {
    const plan = planOf([
      { id: 'P' },
      { id: 'K', parentId: 'P', start: '2022-05-02', durationDays: 2 },
      { id: 'L', start: '2022-05-02', durationDays: 2, dependencies: [{ predecessorId: 'P' }] },
    ]);
    expect(analysePlan(plan, { asOf: '2022-05-01' }).problems.map((p) => p.message)).toEqual([
      'L depends on P, but P is a summary of other actions; link the actions inside it instead (this link is not used)',
    ]);
  });
});

describe('analysePlan: float and the critical path', () => {
  const plan = planOf([
    A,
    { id: 'B', start: '2022-05-09', durationDays: 3, dependencies: [{ predecessorId: 'A' }] },
    { id: 'C', start: '2022-05-02', durationDays: 2 },
    { id: 'D', start: '2022-05-04', durationDays: 2, dependencies: [{ predecessorId: 'C' }] },
  ]);

  it('gives total float in working days and marks the zero-float actions critical', () => {
    const analysis = analysePlan(plan, { asOf: '2022-05-01' });
    expect(analysis.actions.map((a) => [a.id, a.totalFloat, a.critical, a.lateStart, a.lateFinish])).toEqual([
      ['A', 0, true, '2022-05-02', '2022-05-06'],
      ['B', 0, true, '2022-05-09', '2022-05-11'],
      ['C', 4, false, '2022-05-06', '2022-05-09'],
      ['D', 4, false, '2022-05-10', '2022-05-11'],
    ]);
    expect(analysis.criticalPath).toEqual(['A', 'B']);
    expect([analysis.start, analysis.finish]).toEqual(['2022-05-02', '2022-05-11']);
    expect(analysis.summary.criticalCount).toBe(2);
  });
});

describe('analysePlan: roll-ups, slippage and overrides', () => {
  const plan = planOf(
    [
      { id: 'P', ref: '1' },
      { id: 'K1', ref: '1.1', parentId: 'P', start: '2022-05-02', durationDays: 5, percentComplete: 100 },
      { id: 'K2', ref: '1.2', parentId: 'P', start: '2022-05-09', durationDays: 15, percentComplete: 0 },
      {
        id: 'S',
        ref: '2',
        start: '2022-05-02',
        finish: '2022-05-10',
        percentComplete: 10,
        baseline: { start: '2022-05-02', finish: '2022-05-06' },
        ragOverride: { status: 'green', reason: 'Cover arranged from 9 May; back on track by 13 May', byPersonId: 'tt', on: '2022-05-04' },
      },
    ],
    {},
  );
  const analysis = analysePlan(plan, { asOf: '2022-05-06' });

  it('rolls a summary action up from its children, weighting percent by working days', () => {
    expect(analysis.actionsById.get('P')).toMatchObject({
      isSummary: true,
      childIds: ['K1', 'K2'],
      start: '2022-05-02',
      finish: '2022-05-27',
      durationDays: 20,
      percentComplete: 25,
      depth: 0,
      rag: { status: 'green', reasons: ['Worst of 2 rated actions: 1.2 is Green'] },
    });
    expect(analysis.actionsById.get('K1')?.depth).toBe(1);
  });

  it('rolls the workstream up from every action in it', () => {
    const ws = analysis.workstreamsById.get('ws1');
    expect(ws).toMatchObject({
      start: '2022-05-02',
      finish: '2022-05-27',
      durationDays: 20,
      actionCount: 3,
      topLevelActionIds: ['P', 'S'],
    });
    expect(ws?.percentComplete).toBeCloseTo((5 * 100 + 15 * 0 + 7 * 10) / 27, 10);
    expect(ws?.rag.reasons).toEqual(['Worst of 3 rated actions: 1.2, 2 are Green']);
    expect(ws?.ragCounts).toMatchObject({ blue: 1, green: 2, red: 0 });
  });

  it('gathers each workstream’s actions wherever the plan lists them', () => {
    const interleaved = analysePlan(
      planOf(
        [
          { id: 'A', start: '2022-05-02', durationDays: 5 },
          { id: 'B', workstreamId: 'ws2', start: '2022-05-02', durationDays: 5 },
          { id: 'C', start: '2022-05-09', durationDays: 5 },
          { id: 'D', parentId: 'A', start: '2022-05-16', durationDays: 5 },
          { id: 'E', workstreamId: 'ws2', start: '2022-05-02', durationDays: 10 },
        ],
        { workstreams: [...(validPlan().workstreams ?? []), { id: 'ws2', ref: '2', label: 'Focus Area', title: 'Second' }] },
      ),
      { asOf: '2022-05-06' },
    );
    // A is a summary of D: ws1 has two leaves (C and D), and D sits under A rather than at the top.
    expect(interleaved.workstreamsById.get('ws1')).toMatchObject({
      actionCount: 2,
      topLevelActionIds: ['A', 'C'],
      start: '2022-05-09',
      finish: '2022-05-20',
    });
    expect(interleaved.workstreamsById.get('ws2')).toMatchObject({
      actionCount: 2,
      topLevelActionIds: ['B', 'E'],
      start: '2022-05-02',
      finish: '2022-05-13',
    });
  });

  it('measures slippage against the baseline in working days', () => {
    expect(analysis.actionsById.get('S')?.slippage).toEqual({
      baselineStart: '2022-05-02',
      baselineFinish: '2022-05-06',
      startDays: 0,
      finishDays: 2,
    });
  });

  it('lets a manual override win, with its reason first, and keeps the computed RAG beside it', () => {
    expect(analysis.actionsById.get('S')?.rag).toEqual({
      status: 'green',
      label: 'Green',
      computed: 'red',
      computedLabel: 'Red',
      verdict: 'far-behind',
      headline: 'set to Green by Terry Test',
      severity: 2,
      expectedPercent: (5 / 7) * 100,
      behindBy: (5 / 7) * 100 - 10,
      override: {
        status: 'green',
        label: 'Green',
        reason: 'Cover arranged from 9 May; back on track by 13 May',
        byPersonId: 'tt',
        byName: 'Terry Test',
        on: '2022-05-04',
      },
      reasons: [
        'Set to Green by Terry Test on 4 May 2022: Cover arranged from 9 May; back on track by 13 May',
        'Computed Red: Expected 71.4% complete by 6 May 2022 (5 of 7 working days elapsed); reported 10%: 61.4 points behind, more than the 25 allowed before Red',
      ],
    });
  });

  it('names who set an override by initials when the plan gives only initials', () => {
    const initialsOnly = { ...plan, people: plan.people.map((person) => (person.id === 'tt' ? { id: 'tt', initials: 'TT' } : person)) };
    const rag = analysePlan(initialsOnly, { asOf: '2022-05-06' }).actionsById.get('S')?.rag;
    expect([rag?.headline, rag?.override?.byName, rag?.reasons[0]]).toEqual([
      'set to Green by TT',
      'TT',
      'Set to Green by TT on 4 May 2022: Cover arranged from 9 May; back on track by 13 May',
    ]);
  });

  it('does not change the plan it is given', () => {
    const copy = structuredClone(plan);
    analysePlan(plan, { asOf: '2022-05-06', autoSchedule: true });
    expect(plan).toEqual(copy);
  });

  it('gives the same result every time', () => {
    const again = analysePlan(plan, { asOf: '2022-05-06' });
    expect(again.actions.map((a) => [a.id, a.start, a.finish, a.rag.reasons])).toEqual(
      analysis.actions.map((a) => [a.id, a.start, a.finish, a.rag.reasons]),
    );
  });

  it('names an as-of date that is not a date', () => {
    expect(() => analysePlan(plan, { asOf: '22/05/2022' })).toThrow('Expected asOf written yyyy-MM-dd, found "22/05/2022"');
  });
});

describe('analysePlan: shared reasons', () => {
  // As of Friday 6 May 2022, counting weekdays only.
  const analysis = analysePlan(
    planOf([
      { id: 'P', start: '2022-05-09', durationDays: 5 },
      { id: 'Q', start: '2022-05-09', durationDays: 10, percentComplete: 20 },
      { id: 'O', start: '2022-04-25', finish: '2022-05-03', percentComplete: 40 },
      { id: 'O2', start: '2022-04-27', finish: '2022-05-03', percentComplete: 40 },
      { id: 'M', milestone: true, finish: '2022-05-09' },
      { id: 'Z', start: '2022-05-09', durationDays: 0 },
    ]),
    { asOf: '2022-05-06' },
  );
  const rag = (id: string) => analysis.actionsById.get(id)?.rag;

  it('gives actions not yet due from the same date one reasons list, and their own figures', () => {
    expect(rag('Q')?.reasons).toBe(rag('P')?.reasons);
    expect(rag('P')).toMatchObject({ verdict: 'not-due', reasons: ['Not due to start until 9 May 2022'], expectedPercent: 0, behindBy: 0 });
    expect(rag('Q')).toMatchObject({
      verdict: 'not-due',
      reasons: ['Not due to start until 9 May 2022'],
      expectedPercent: 0,
      behindBy: -20,
    });
  });

  it('shares an overdue reason by finish date and percentage', () => {
    expect(rag('O2')?.reasons).toBe(rag('O')?.reasons);
    expect(rag('O')).toMatchObject({ status: 'red', reasons: ['Due to finish 3 May 2022; 40% complete on 6 May 2022'], behindBy: 60 });
  });

  it('keeps the expected progress of a milestone and a zero-length action that read alike', () => {
    // Both read "Due on 9 May 2022"; the zero-length action is due at the start of 9 May, which is the end of 6 May.
    expect(rag('Z')?.reasons).toBe(rag('M')?.reasons);
    expect(rag('M')?.reasons).toEqual(['Due on 9 May 2022']);
    expect([rag('M')?.expectedPercent, rag('Z')?.expectedPercent]).toEqual([0, 100]);
  });
});

describe('analysePlan: Torbay (seed 004) as of 22 May 2022', () => {
  const parsed = parsePlan(samplePlans.torbay);
  if (!parsed.ok) throw new Error('the Torbay sample must parse');
  const analysis = analysePlan(parsed.value, { asOf: '2022-05-22' });
  const byRef = new Map(analysis.actions.map((a) => [a.ref, a]));

  it('resolves each lead to initials, and to a name and job where the plan gives them', () => {
    expect(byRef.get('2C')?.leads).toEqual([
      {
        personId: 'rw',
        initials: 'RW',
        name: 'Rachael Williams',
        role: 'lead-officer',
        jobTitle: 'Divisional Director Education, Learning and Skills',
      },
    ]);
    // The progress table gives TT's initials only.
    expect(byRef.get('2A.1')?.leads).toEqual([
      { personId: 'tt', initials: 'TT', name: undefined, role: 'lead-officer', jobTitle: undefined },
    ]);
  });

  it('keeps every row’s dates and working-day duration', () => {
    expect(analysis.actions.map((a) => [a.ref, a.start, a.finish, a.durationDays])).toEqual(
      parsed.value.actions.map((a) => [a.ref, a.start, a.finish, a.durationDays]),
    );
    expect(analysis.problems).toEqual([]);
  });

  it('rates each row by the default rule', () => {
    expect(Object.fromEntries(analysis.actions.map((a) => [a.ref, a.rag.label]))).toEqual({
      '1A': 'Red',
      '1A.6': 'Green',
      '2A': 'Blue',
      '2A.1': 'Red',
      '2A.5': 'Amber',
      '2C': 'Green',
      '3A': 'Red',
      '3A.2': 'Green',
      '4A': 'Amber',
      '5A': 'Red',
      '6A.2': 'Red',
      '6B': 'Green',
      '7C': 'Amber',
      '8A': 'Red',
      '8B': 'Green',
      '8B.1': 'Red',
      '9A': 'Red',
      '10A': 'Red',
      '10B': 'Red',
      '10D': 'Red',
      '10E': 'Red',
      '14C': 'Red',
      '14D': 'Green',
      '15a': 'Green',
      '15A.1': 'Green',
      '15A.2': 'Red',
      '15C': 'Red',
      '16B': 'Red',
      '17B': 'Red',
    });
  });

  it('explains the rows with exact dates and numbers', () => {
    expect(byRef.get('2A')?.rag.reasons).toEqual(['Reported 100% complete']);
    expect(byRef.get('2A.1')?.rag.reasons).toEqual([
      'Expected 49.1% complete by 22 May 2022 (28 of 57 working days elapsed); reported 5%: 44.1 points behind, more than the 25 allowed before Red',
    ]);
    expect(byRef.get('10B')?.rag.reasons).toEqual(['Due to start 13 Apr 2022; no progress reported by 27 Apr 2022']);
    expect(byRef.get('10E')?.rag.reasons).toEqual(['Due to finish 16 May 2022; 90% complete on 22 May 2022']);
    expect(byRef.get('14D')?.rag.reasons).toEqual([
      'Expected 14.9% complete by 22 May 2022 (28 of 188 working days elapsed); reported 5%: 9.9 points behind, within the 10 allowed',
    ]);
    expect(byRef.get('10E')?.overdue).toBe(true);
  });

  it('rolls the focus areas up and keeps their published windows beside the roll-up', () => {
    const fa2 = analysis.workstreamsById.get('fa2');
    expect(fa2).toMatchObject({
      label: 'Focus Area',
      start: '2022-04-13',
      finish: '2023-09-29',
      actionCount: 4,
      entered: { start: '2022-04-01', finish: '2024-04-02', durationDays: 523 },
      rag: { status: 'red', reasons: ['Worst of 4 rated actions: 2A.1 is Red'] },
    });
    expect(fa2?.percentComplete).toBeCloseTo((13 * 100 + (57 + 123 + 383) * 5) / (13 + 57 + 123 + 383), 10);
    expect(analysis.workstreamsById.get('fa11')).toMatchObject({
      actionCount: 0,
      rag: { status: 'unrated', reasons: ['No actions to roll up'] },
    });
  });

  it('counts the plan’s RAG, with the longest action as its critical path', () => {
    expect(analysis.summary.ragCounts).toMatchObject({ blue: 1, green: 8, amber: 3, red: 17 });
    expect(analysis.criticalPath).toEqual(['2C']);
    expect(analysis.finish).toBe('2023-09-29');
  });
});
