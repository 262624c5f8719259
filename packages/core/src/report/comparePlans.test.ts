import { describe, expect, it } from 'vitest';
import { analysePlan } from '../analysis/analysePlan.js';
import { planOf, type TestAction } from '../analysis/testPlans.js';
import { parsePlan } from '../model/parsePlan.js';
import type { PlanInput } from '../model/plan.js';
import { samplePlans } from '../samples/index.js';
import { comparePlans } from './comparePlans.js';

const analyse = (actions: readonly TestAction[], asOf: string, changes: Partial<PlanInput> = {}) =>
  analysePlan(planOf(actions, changes), { asOf });

const workstreams: PlanInput['workstreams'] = [
  { id: 'ws1', ref: '1', label: 'Focus Area', title: 'Joint commissioning', findingIds: ['w1'], leads: [{ personId: 'tt' }] },
  { id: 'ws2', ref: '2', label: 'Focus Area', title: 'Health assessments', findingIds: ['w1'] },
];

describe('comparePlans', () => {
  it('finds nothing changed between a plan and itself', () => {
    const analysis = analyse(
      [
        { id: 'a', start: '2022-04-04', finish: '2022-04-29' },
        { id: 'b', start: '2022-05-02', durationDays: 5 },
      ],
      '2022-04-15',
    );
    const comparison = comparePlans(analysis, analysis);
    expect(comparison.actions).toEqual([]);
    expect(comparison.workstreams).toEqual([]);
    expect(comparison.counts).toEqual({
      added: 0,
      removed: 0,
      changed: 0,
      unchanged: 2,
      finishLater: 0,
      finishEarlier: 0,
      startLater: 0,
      startEarlier: 0,
      rebaselined: 0,
      ragWorse: 0,
      ragBetter: 0,
      completed: 0,
    });
    expect(comparison.finishMovedBy).toBe(0);
    expect(comparison.sentences).toEqual([
      'Between the two versions of the plan, both as of 15 Apr 2022: 2 actions unchanged.',
      'The plan’s finish did not move: 6 May 2022.',
    ]);
  });

  it('says what was added, removed and changed, in the later order with removed actions last', () => {
    const before = analyse(
      [
        { id: 'a', start: '2022-04-04', finish: '2022-04-29', baseline: { start: '2022-04-04', finish: '2022-04-29' } },
        { id: 'b', start: '2022-05-02', finish: '2022-05-31', dependencies: [{ predecessorId: 'a' }] },
        { id: 'c', start: '2022-05-02', finish: '2022-05-31' },
      ],
      '2022-04-29',
    );
    const after = analyse(
      [
        { id: 'd', start: '2022-06-01', finish: '2022-06-30', leads: [{ personId: 'tt' }] },
        {
          id: 'a',
          start: '2022-04-04',
          finish: '2022-05-13',
          percentComplete: 50,
          baseline: { start: '2022-04-04', finish: '2022-05-13' },
          leads: [{ personId: 'tt' }],
        },
        {
          id: 'b',
          title: 'Renamed',
          start: '2022-05-16',
          finish: '2022-06-14',
          dependencies: [{ predecessorId: 'a', type: 'SS', lagDays: 5 }],
        },
      ],
      '2022-05-13',
    );
    const comparison = comparePlans(before, after);
    expect(comparison.actions.map((a) => [a.id, a.status, a.text])).toEqual([
      ['d', 'added', 'Added: 1 Jun 2022 to 30 Jun 2022, led by TT (Terry Test).'],
      [
        'a',
        'changed',
        'Finish moved from 29 Apr 2022 to 13 May 2022, 10 working days later. Baseline changed: finish from 29 Apr 2022 to 13 May 2022. ' +
          'Leads: TT (Terry Test) added. Progress: 0% to 50% complete.',
      ],
      [
        'b',
        'changed',
        'Title changed from “Action b” to “Renamed”. Start moved from 2 May 2022 to 16 May 2022, 10 working days later. ' +
          'Finish moved from 31 May 2022 to 14 Jun 2022, 10 working days later. ' +
          'Predecessors: a (start-to-start with a lag of 5 working days) added; a (finish-to-start) taken out.',
      ],
      ['c', 'removed', 'Removed from the plan (it was due to finish 31 May 2022, 0% complete).'],
    ]);
    const a = comparison.actions[1]!;
    expect(a.changes.map((c) => c.kind)).toEqual(['finish', 'baseline', 'leads', 'percentComplete']);
    expect(a.changes[0]).toEqual({
      kind: 'finish',
      from: '2022-04-29',
      to: '2022-05-13',
      workingDays: 10,
      text: 'Finish moved from 29 Apr 2022 to 13 May 2022, 10 working days later.',
    });
    expect(a.workstream).toBe('Focus Area 1: Joint commissioning');
    expect(a.before?.finish).toBe('2022-04-29');
    expect(a.after?.finish).toBe('2022-05-13');
    expect(comparison.counts).toMatchObject({
      added: 1,
      removed: 1,
      changed: 2,
      unchanged: 0,
      finishLater: 2,
      startLater: 1,
      rebaselined: 1,
    });
    expect(comparison.finishMovedBy).toBe(22);
    expect(comparison.sentences).toEqual([
      'Between the plan as of 29 Apr 2022 and the plan as of 13 May 2022: 1 action added, 1 removed and 2 changed.',
      'Finish dates moved: 2 later (by 10 working days).',
      'Start dates moved: 1 later (by 10 working days).',
      'The baseline of a changed.',
      'The plan’s finish moved from 31 May 2022 to 30 Jun 2022, 22 working days later.',
    ]);
  });

  it('counts moves in working days by the later calendar, skipping the Jubilee bank holidays', () => {
    const holidays = { calendar: { region: 'england-and-wales', convention: 'weekends-and-holidays' } } as const;
    const before = analyse(
      [
        { id: 'a', start: '2022-05-03', finish: '2022-05-31' },
        { id: 'b', start: '2022-05-03', finish: '2022-05-20' },
        { id: 'c', start: '2022-05-03', finish: '2022-05-31' },
      ],
      '2022-05-03',
      holidays,
    );
    const after = analyse(
      [
        // Wed 1 Jun, (Thu 2 and Fri 3 Jun bank holidays), Mon 6, Tue 7: 3 working days later.
        { id: 'a', start: '2022-05-03', finish: '2022-06-07' },
        { id: 'b', start: '2022-05-03', finish: '2022-05-25' },
        { id: 'c', start: '2022-05-03', finish: '2022-05-24' },
      ],
      '2022-05-03',
      holidays,
    );
    const comparison = comparePlans(before, after);
    expect(comparison.actions.map((a) => a.changes.map((c) => ('workingDays' in c ? c.workingDays : undefined)))).toEqual([[3], [3], [-5]]);
    expect(comparison.actions[2]!.text).toBe('Finish moved from 31 May 2022 to 24 May 2022, 5 working days earlier.');
    expect(comparison.counts).toMatchObject({ finishLater: 2, finishEarlier: 1 });
    expect(comparison.sentences.slice(1)).toEqual([
      'Finish dates moved: 2 later (by 3 working days) and 1 earlier (by 5 working days).',
      'The plan’s finish moved from 31 May 2022 to 7 Jun 2022, 3 working days later.',
    ]);
  });

  it('gives a range when moves differ, and sees no change in a finish moved onto the weekend after it', () => {
    const before = analyse(
      [
        { id: 'a', start: '2022-04-04', finish: '2022-04-08' },
        { id: 'b', start: '2022-04-04', finish: '2022-04-08' },
        { id: 'c', start: '2022-04-04', finish: '2022-04-08' },
      ],
      '2022-04-01',
    );
    const after = analyse(
      [
        { id: 'a', start: '2022-04-04', finish: '2022-04-11' },
        { id: 'b', start: '2022-04-04', finish: '2022-04-22' },
        // Saturday: the task still ends with Friday's working day, as analysis resolves it.
        { id: 'c', start: '2022-04-04', finish: '2022-04-09' },
      ],
      '2022-04-01',
    );
    const comparison = comparePlans(before, after);
    expect(comparison.actions.map((a) => a.text)).toEqual([
      'Finish moved from 8 Apr 2022 to 11 Apr 2022, 1 working day later.',
      'Finish moved from 8 Apr 2022 to 22 Apr 2022, 10 working days later.',
    ]);
    expect(comparison.counts).toMatchObject({ finishLater: 2, finishEarlier: 0, unchanged: 1 });
    expect(comparison.sentences[1]).toBe('Finish dates moved: 2 later (by 1 to 10 working days).');
  });

  it('reports RAG worse and better with each side’s headline, a hand-set RAG, and completions', () => {
    const before = analyse(
      [
        { id: 'a', start: '2022-04-04', finish: '2022-04-29', percentComplete: 10 },
        { id: 'b', start: '2022-04-04', finish: '2022-05-31', percentComplete: 50 },
        { id: 'c', start: '2022-04-04', finish: '2022-05-31', percentComplete: 50 },
      ],
      '2022-04-20',
    );
    const after = analyse(
      [
        { id: 'a', start: '2022-04-04', finish: '2022-04-29', percentComplete: 100 },
        { id: 'b', start: '2022-04-04', finish: '2022-05-31', percentComplete: 50 },
        {
          id: 'c',
          start: '2022-04-04',
          finish: '2022-05-31',
          percentComplete: 50,
          ragOverride: { status: 'green', reason: 'Recovery plan agreed at the board', byPersonId: 'tt', on: '2022-05-16' },
        },
      ],
      '2022-05-20',
    );
    const comparison = comparePlans(before, after);
    const rag = (id: string) =>
      comparison.actions.find((a) => a.id === id)!.changes.filter((c) => c.kind === 'rag' || c.kind === 'override');
    expect(comparison.actions.find((a) => a.id === 'a')!.text).toBe(
      'Completed: 10% to 100% complete. RAG better: Red (behind expected progress by 55 points) to Blue (complete).',
    );
    expect(rag('b')).toEqual([
      {
        kind: 'rag',
        from: 'green',
        fromLabel: 'Green',
        to: 'red',
        toLabel: 'Red',
        direction: 'worse',
        text: 'RAG worse: Green (on track) to Red (behind expected progress by 33 points).',
      },
    ]);
    expect(rag('c').map((c) => c.text)).toEqual([
      'RAG set by hand to Green by Terry Test on 16 May 2022: Recovery plan agreed at the board.',
    ]);
    expect(comparison.counts).toMatchObject({ ragWorse: 1, ragBetter: 1, completed: 1, changed: 3 });
    expect(comparison.sentences.slice(1)).toEqual([
      'RAG worse for 1 action and better for 1 action.',
      '1 action completed.',
      'The plan’s finish did not move: 31 May 2022.',
    ]);

    const undone = comparePlans(after, before);
    expect(undone.actions.find((a) => a.id === 'c')!.changes.find((c) => c.kind === 'override')).toEqual({
      kind: 'override',
      from: { status: 'green', label: 'Green', reason: 'Recovery plan agreed at the board' },
      text: 'RAG no longer set by hand (was Green).',
    });
  });

  it('reports moves between workstreams and parents, milestones, wording and success criteria', () => {
    const before = analyse(
      [
        { id: 'p', start: '2022-04-04', finish: '2022-04-29' },
        { id: 'a', parentId: 'p', start: '2022-04-04', finish: '2022-04-29', successCriteria: ['Terms of reference agreed'] },
        { id: 'm', start: '2022-04-29', finish: '2022-04-29' },
      ],
      '2022-04-01',
      { workstreams },
    );
    const after = analyse(
      [
        { id: 'p', start: '2022-04-04', finish: '2022-04-29' },
        {
          id: 'a',
          workstreamId: 'ws2',
          start: '2022-04-04',
          finish: '2022-04-29',
          successCriteria: ['Terms of reference agreed', 'First meeting held'],
          differenceForFamilies: 'Families know who decides',
        },
        { id: 'm', start: '2022-04-29', finish: '2022-04-29', milestone: true, durationDays: 0 },
      ],
      '2022-04-01',
      { workstreams },
    );
    const comparison = comparePlans(before, after);
    const a = comparison.actions.find((x) => x.id === 'a')!;
    expect(a.changes.map((c) => c.text)).toEqual([
      'Moved from Focus Area 1: Joint commissioning to Focus Area 2: Health assessments.',
      'No longer under p.',
      'Success criteria: First meeting held added.',
      'What will be different for children and families added: “Families know who decides”.',
    ]);
    expect(a.workstream).toBe('Focus Area 2: Health assessments');
    expect(comparison.actions.find((x) => x.id === 'm')!.changes.map((c) => c.text)).toEqual(['Now a milestone.']);
    // p was a summary of a; its dates were its own, so they did not change.
    expect(comparison.actions.find((x) => x.id === 'p')).toBeUndefined();
  });

  it('leaves out rolled-up dates, progress and RAG of summary actions', () => {
    const before = analyse(
      [{ id: 'p' }, { id: 'a', parentId: 'p', start: '2022-04-04', finish: '2022-04-29', percentComplete: 10 }],
      '2022-04-15',
    );
    const after = analyse(
      [{ id: 'p' }, { id: 'a', parentId: 'p', start: '2022-04-04', finish: '2022-05-06', percentComplete: 60 }],
      '2022-04-15',
    );
    const comparison = comparePlans(before, after);
    expect(comparison.actions.map((a) => [a.id, a.changes.map((c) => c.kind)])).toEqual([['a', ['finish', 'percentComplete', 'rag']]]);
    expect(comparison.counts.unchanged).toBe(1);
  });

  it('compares workstreams: added, removed and changed', () => {
    const before = analyse([{ id: 'a', start: '2022-04-04', finish: '2022-04-29' }], '2022-04-01', {
      workstreams: [workstreams[0]!, { id: 'ws3', ref: '3', label: 'Focus Area', title: 'Short breaks' }],
    });
    const after = analyse([{ id: 'a', start: '2022-04-04', finish: '2022-04-29' }], '2022-04-01', {
      workstreams: [{ ...workstreams[0]!, label: 'Priority', title: 'Joint commissioning and planning', leads: [] }, workstreams[1]!],
    });
    expect(comparePlans(before, after).workstreams).toEqual([
      {
        id: 'ws1',
        name: 'Priority 1: Joint commissioning and planning',
        status: 'changed',
        changes: [
          { kind: 'label', from: 'Focus Area', to: 'Priority', text: 'Called a Priority rather than a Focus Area.' },
          {
            kind: 'title',
            from: 'Joint commissioning',
            to: 'Joint commissioning and planning',
            text: 'Title changed from “Joint commissioning” to “Joint commissioning and planning”.',
          },
          { kind: 'leads', added: [], removed: ['TT (Terry Test)'], text: 'Leads: TT (Terry Test) taken out.' },
        ],
        text: 'Called a Priority rather than a Focus Area. Title changed from “Joint commissioning” to “Joint commissioning and planning”. Leads: TT (Terry Test) taken out.',
      },
      { id: 'ws2', name: 'Focus Area 2: Health assessments', status: 'added', changes: [], text: 'Added, with 0 actions.' },
      { id: 'ws3', name: 'Focus Area 3: Short breaks', status: 'removed', changes: [], text: 'Removed from the plan (it had 0 actions).' },
    ]);
  });

  it("compares Torbay's plan as of 30 April 2022 with the same plan as of 22 May 2022 (seed 004)", () => {
    const parsed = parsePlan(samplePlans.torbay);
    if (!parsed.ok) throw new Error('Torbay does not parse');
    const before = analysePlan(parsed.value, { asOf: '2022-04-30' });
    const after = analysePlan(parsed.value, { asOf: '2022-05-22' });
    const snapshot = JSON.stringify(parsed.value);
    const comparison = comparePlans(before, after);
    expect(JSON.stringify(parsed.value)).toBe(snapshot);
    expect(comparison.sentences).toEqual([
      'Between the plan as of 30 Apr 2022 and the plan as of 22 May 2022: 28 actions changed and 1 unchanged.',
      'RAG better for 12 actions.',
      '1 action completed.',
      'The plan’s finish did not move: 29 Sep 2023.',
    ]);
    expect(comparison.actions.every((a) => a.changes.every((c) => c.kind === 'percentComplete' || c.kind === 'rag'))).toBe(true);
  });

  it("gives each impact measure's new figure, which way it moved, and a changed target, baseline or status", () => {
    const parsed = parsePlan(samplePlans.northbrook);
    if (!parsed.ok) throw new Error('Northbrook does not parse');
    const comparison = comparePlans(analysePlan(parsed.value, { asOf: '2024-08-31' }), analysePlan(parsed.value, { asOf: '2024-11-22' }));
    expect(comparison.measures.map((m) => [m.id, m.moved, m.text])).toEqual([
      ['m-20wk', 'better', 'Latest figure from 22% on 30 Jun 2024 to 31% on 30 Sep 2024: better (higher is better).'],
      ['m-ndwait', 'better', 'Latest figure from 71 weeks on 30 Jun 2024 to 63 weeks on 30 Sep 2024: better (lower is better).'],
    ]);
    expect(comparison.sentences.at(-1)).toBe('2 impact measures have a new figure: 2 better.');

    const measure = (changes: object = {}) => ({
      id: 'm1',
      title: 'Plans issued within 20 weeks',
      unit: '%',
      betterWhen: 'higher' as const,
      baseline: { date: '2022-03-31', value: 40 },
      target: { date: '2023-03-31', value: 80 },
      actuals: [{ date: '2022-06-30', value: 50 }],
      ...changes,
    });
    const action = [{ id: 'a', start: '2022-04-04', finish: '2022-04-29' }];
    const before = analyse(action, '2022-07-31', {
      measures: [
        measure(),
        { ...measure({ actuals: [] }), id: 'm2', title: 'Families who would recommend the service' },
        { ...measure(), id: 'm3', title: 'Dropped' },
      ],
    });
    const after = analyse(action, '2022-10-31', {
      measures: [
        measure({
          target: { date: '2023-03-31', value: 75 },
          actuals: [
            { date: '2022-06-30', value: 50 },
            { date: '2022-09-30', value: 45 },
          ],
        }),
        { ...measure({ actuals: [{ date: '2022-09-30', value: 61 }] }), id: 'm2', title: 'Families who would recommend the service' },
        { ...measure({ unit: 'weeks', betterWhen: 'lower' }), id: 'm4', title: 'Median wait' },
      ],
    });
    const changed = comparePlans(before, after);
    expect(changed.measures.map((m) => [m.id, m.status, m.moved, m.changes.map((c) => c.kind), m.text])).toEqual([
      [
        'm1',
        'changed',
        'worse',
        ['latest', 'target', 'status'],
        'Latest figure from 50% on 30 Jun 2022 to 45% on 30 Sep 2022: worse (higher is better). Target changed from 80% by 31 Mar 2023 to 75% by 31 Mar 2023. Status from On track to Behind trajectory.',
      ],
      ['m2', 'changed', 'first', ['latest', 'status'], 'First figure: 61% on 30 Sep 2022. Status from No actuals yet to On track.'],
      [
        'm4',
        'added',
        undefined,
        [],
        'Added: baseline 40 weeks on 31 Mar 2022, target 80 weeks by 31 Mar 2023, latest 50 weeks on 30 Jun 2022.',
      ],
      ['m3', 'removed', undefined, [], 'Removed from the plan.'],
    ]);
    expect(changed.sentences.at(-1)).toBe('2 impact measures have a new figure: 1 worse and 1 for the first time.');
  });
});
