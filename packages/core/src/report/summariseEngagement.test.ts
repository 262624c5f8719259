import { describe, expect, it } from 'vitest';
import type { Engagement } from '../model/coproduction.js';
import { parsePlan } from '../model/parsePlan.js';
import type { Plan } from '../model/plan.js';
import { samplePlans } from '../samples/index.js';
import { summariseEngagement } from './summariseEngagement.js';

function sample(name: keyof typeof samplePlans): Plan {
  const result = parsePlan(samplePlans[name]);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result.value;
}

const activity = (over: Partial<Engagement> & Pick<Engagement, 'id' | 'date'>): Engagement => ({
  title: `Activity ${over.id}`,
  method: 'workshop',
  audiences: ['parents-carers'],
  ladderStep: 'consultation',
  cornerstones: [],
  workstreamIds: [],
  ...over,
});

describe('summariseEngagement', () => {
  it('sums up BCP’s engagement on the ladder of participation and by audience', () => {
    const summary = summariseEngagement(sample('bcp'));
    expect(summary.activities.map((a) => [a.id, a.date, a.method, a.ladderStepLabel, a.reached])).toEqual([
      ['e1', '2021-08-09', 'Working group', 'Informing', 2],
      ['e2', '2021-09-20', 'Parent group', 'Consultation', undefined],
      ['e5', '2021-10-01', 'Survey', 'Consultation', undefined],
      ['e3', '2021-10-05', 'Online event', 'Engagement', undefined],
      ['e4', '2021-10-11', 'One-to-one', 'Consultation', undefined],
      ['e6', '2021-10-18', 'Workshop', 'Co-production', 100],
    ]);
    expect(summary.byLadderStep.map((s) => `${s.label} ${s.count}`)).toEqual([
      'Coercion 0',
      'Educating 0',
      'Informing 1',
      'Consultation 3',
      'Engagement 1',
      'Co-design 0',
      'Co-production 1',
    ]);
    expect(summary.byAudience.map((a) => [a.label, a.count, a.reached, a.reachNotCounted])).toEqual([
      ['Parents and carers', 5, 102, 3],
      ['Children and young people', 1, 0, 1],
      ['Practitioners', 1, 100, 0],
      ['Schools', 1, 100, 0],
      ['Partners', 1, 100, 0],
    ]);
    expect([summary.reached, summary.reachNotCounted, summary.coProduced]).toEqual([102, 4, 1]);
    // The co-production workshop informed all eight workstreams.
    expect(summary.workstreamsWithout).toEqual([]);
    expect(summary.sentence).toBe(
      '6 activities reached at least 102 people (4 did not count who they reached); 1 was co-design or co-production.',
    );
  });

  it('takes the activities that start in a period, and names the workstreams none of them informed', () => {
    const summary = summariseEngagement(sample('bcp'), { from: '2021-09-01', to: '2021-10-17' });
    expect(summary.activities.map((a) => a.id)).toEqual(['e2', 'e5', 'e3', 'e4']);
    expect(summary.activities[0]?.workstreams).toEqual(['Workstream 1: Culture and partnership', 'Workstream 3: Co-production']);
    expect(summary.workstreamsWithout.map((ws) => ws.text)).toEqual([
      'Workstream 4: Sustainable services',
      'Workstream 5: Graduated response',
      'Workstream 7: Joint commissioning',
      'Workstream 8: Inclusion and exclusions',
    ]);
    expect([summary.from, summary.to]).toEqual(['2021-09-01', '2021-10-17']);
    expect(summary.sentence).toBe('4 activities; none counted who they reached; 0 were co-design or co-production.');
  });

  it('says so when nothing was recorded, and counts people exactly when every activity counted them', () => {
    expect(summariseEngagement({ engagements: [], workstreams: [] }).sentence).toBe('No engagement activities recorded.');
    const counted = summariseEngagement({
      engagements: [
        activity({ id: 'b', date: '2022-02-01', reached: 1, ladderStep: 'co-design' }),
        activity({ id: 'a', date: '2022-01-01', reached: 40, audiences: ['children-young-people', 'parents-carers'] }),
      ],
      workstreams: [],
    });
    expect(counted.activities.map((a) => [a.id, a.audiences])).toEqual([
      ['a', ['Children and young people', 'Parents and carers']],
      ['b', ['Parents and carers']],
    ]);
    expect(counted.byAudience.map((a) => [a.audience, a.count, a.reached, a.reachNotCounted])).toEqual([
      ['parents-carers', 2, 41, 0],
      ['children-young-people', 1, 40, 0],
    ]);
    expect(counted.sentence).toBe('2 activities reached 41 people; 1 was co-design or co-production.');
    expect(summariseEngagement({ engagements: [activity({ id: 'a', date: '2022-01-01', reached: 1 })], workstreams: [] }).sentence).toBe(
      '1 activity reached 1 person; 0 were co-design or co-production.',
    );
  });

  it('says how far the activities reached each of the area’s groups, beside its share in the area', () => {
    const northbrook = sample('northbrook');
    const all = summariseEngagement(northbrook);
    expect(all.byGroup.map((g) => [g.id, g.activities, g.counted, g.outOf, g.percent, g.difference])).toEqual([
      ['g-ethnic', 3, 82, 403, 20.3, -3.7],
      ['g-post16', 1, 88, 312, 28.2, -2.8],
    ]);
    expect(all.byGroup.map((g) => g.sentence)).toEqual([
      "Families from ethnic minority groups (24% of children and young people with an EHC plan): 82 of the 403 people counted in 3 activities (20.3%), 3.7 points below the area's share.",
      "Young people aged 16 to 25 (31% of children and young people with an EHC plan): 88 of the 312 people counted in 1 activity (28.2%), 2.8 points below the area's share.",
    ]);
    // From June: the survey and the coffee morning; only the survey counted young people over 16.
    const summer = summariseEngagement(northbrook, { from: '2024-06-01' });
    expect(summer.byGroup.map((g) => [g.counted, g.outOf, g.percent, g.difference])).toEqual([
      [73, 339, 21.5, -2.5],
      [88, 312, 28.2, -2.8],
    ]);
    const autumn = summariseEngagement(northbrook, { from: '2024-09-01' });
    expect(autumn.byGroup[1]).toEqual({
      id: 'g-post16',
      name: 'Young people aged 16 to 25',
      areaPercent: 31,
      of: 'children and young people with an EHC plan',
      source: 'SEN2 return, January 2024 (fictional)',
      activities: 0,
      counted: 0,
      outOf: 0,
      sentence:
        'Young people aged 16 to 25 (31% of children and young people with an EHC plan): no activity counted how many of them it reached.',
    });
  });

  it('says when a group was reached in the same share as the area, or above it, and gives no groups for an area without them', () => {
    const area = { groups: [{ id: 'g', name: 'Fathers', percent: 25, of: 'parents and carers' }] };
    const one = (count: number) =>
      summariseEngagement({
        area,
        engagements: [activity({ id: 'a', date: '2022-01-01', reached: 40, reachedGroups: [{ groupId: 'g', count }] })],
        workstreams: [],
      }).byGroup[0]?.sentence;
    expect(one(10)).toBe(
      "Fathers (25% of parents and carers): 10 of the 40 people counted in 1 activity (25.0%), the same as the area's share.",
    );
    expect(one(13)).toBe(
      "Fathers (25% of parents and carers): 13 of the 40 people counted in 1 activity (32.5%), 7.5 points above the area's share.",
    );
    expect(summariseEngagement(sample('bcp')).byGroup).toEqual([]);
  });
});
