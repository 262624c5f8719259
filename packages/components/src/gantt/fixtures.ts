import { addCalendarDays, analysePlan, parsePlan, statutoryTimeline, type PlanAnalysis, type PlanInput } from '@wsoa-kit/core';
import { samplePlans } from '@wsoa-kit/core/samples';

function parsed(input: PlanInput) {
  const result = parsePlan(input);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result.value;
}

/** A small plan with a summary action, sub-actions, a milestone, dependencies and a baseline. */
export const smallPlanInput: PlanInput = {
  formatVersion: 1,
  id: 'small',
  title: 'Small improvement plan',
  kind: 'wsoa',
  area: { name: 'Testshire' },
  inspection: {
    framework: 'local-area-2016',
    inspectorates: ['ofsted', 'cqc'],
    startDate: '2022-01-10',
    endDate: '2022-01-14',
    reportReceived: '2022-02-22',
  },
  findings: [{ id: 'w1', kind: 'significant-weakness', number: 1, text: 'Weak joint commissioning.' }],
  workstreams: [
    {
      id: 'ws1',
      ref: '2',
      label: 'Focus Area',
      title: 'Joint Commissioning',
      findingIds: ['w1'],
      leads: [{ personId: 'nm', role: 'accountable-officer' }],
    },
    { id: 'ws2', ref: '3', label: 'Focus Area', title: 'SEND Strategy', findingIds: ['w1'] },
  ],
  people: [
    { id: 'nm', initials: 'NM', name: 'Nina Mistry', role: 'Director of Children’s Services' },
    { id: 'tt', initials: 'TT', name: 'Tom Tran', role: 'Commissioning Manager' },
    { id: 'hp', initials: 'HP', name: 'Hana Patel' },
  ],
  actions: [
    {
      id: '2A',
      ref: '2A',
      title: 'Establish a Joint Commissioning Group',
      workstreamId: 'ws1',
      leads: [{ personId: 'hp' }, { personId: 'tt' }],
    },
    {
      id: '2A.1',
      ref: '2A.1',
      title: 'Create a joint vision of commissioning',
      workstreamId: 'ws1',
      parentId: '2A',
      leads: [{ personId: 'tt' }],
      start: '2022-04-13',
      finish: '2022-06-30',
      percentComplete: 5,
      baseline: { start: '2022-04-13', finish: '2022-06-15' },
    },
    {
      id: '2A.2',
      ref: '2A.2',
      title: 'Agree terms of reference',
      workstreamId: 'ws1',
      parentId: '2A',
      leads: [{ personId: 'hp' }],
      start: '2022-04-13',
      finish: '2022-04-29',
      percentComplete: 100,
    },
    {
      id: '2B',
      ref: '2B',
      title: 'Joint commissioning strategy signed off',
      workstreamId: 'ws1',
      milestone: true,
      finish: '2022-07-29',
      dependencies: [{ predecessorId: '2A.1' }],
    },
    {
      id: '3A',
      ref: '3A',
      title: 'Refresh the SEND strategy',
      workstreamId: 'ws2',
      start: '2022-05-03',
      durationDays: 40,
      percentComplete: 0,
      dependencies: [{ predecessorId: '2A.2', type: 'SS', lagDays: 5 }],
    },
  ],
  boards: [{ id: 'b', name: 'SEND Board', cadence: 'monthly', meetings: [{ date: '2022-05-26' }] }],
};

export const smallPlan = parsed(smallPlanInput);
export const smallAnalysis: PlanAnalysis = analysePlan(smallPlan, { asOf: '2022-05-22' });
export const smallDeadlines = statutoryTimeline(smallPlan.inspection);

export const torbayAnalysis: PlanAnalysis = analysePlan(parsed(samplePlans.torbay), { asOf: '2022-05-22' });
export const northbrookAnalysis: PlanAnalysis = analysePlan(parsed(samplePlans.northbrook), { asOf: '2024-11-22' });
export const emptyAnalysis: PlanAnalysis = analysePlan(parsed({ ...smallPlanInput, workstreams: [], actions: [], boards: [] }), {
  asOf: '2022-05-22',
});

/** A synthetic plan of `n` actions, 10 per focus area, for the large-plan story and tests. */
export function largeAnalysis(n: number): PlanAnalysis {
  const workstreams = Array.from({ length: Math.ceil(n / 10) }, (_, w) => ({
    id: `ws${w}`,
    ref: String(w + 1),
    label: 'Focus Area',
    title: `Focus area ${w + 1}`,
  }));
  const actions = Array.from({ length: n }, (_, i) => {
    const start = addCalendarDays('2024-01-01', i % 300);
    return {
      id: `a${i}`,
      ref: `${Math.floor(i / 10) + 1}.${(i % 10) + 1}`,
      title: `Action ${i + 1}`,
      workstreamId: `ws${Math.floor(i / 10)}`,
      start,
      durationDays: 5 + (i % 60),
      percentComplete: (i * 7) % 101,
      dependencies: i % 10 === 0 ? [] : [{ predecessorId: `a${i - 1}`, type: 'SS' as const }],
    };
  });
  return analysePlan(
    parsed({ ...smallPlanInput, id: `large-${n}`, title: `Synthetic plan of ${n} actions`, workstreams, actions, people: [], boards: [] }),
    {
      asOf: '2024-06-28',
    },
  );
}

/** One action in every RAG state the default rule can reach, plus an override and an undated action. */
export const ragStatesAnalysis: PlanAnalysis = analysePlan(
  parsed({
    ...smallPlanInput,
    id: 'rag-states',
    title: 'Every RAG state',
    workstreams: [{ id: 'ws1', ref: '1', label: 'Theme', title: 'Every state' }],
    boards: [],
    actions: [
      { id: 'blue', ref: '1.1', title: 'Complete', workstreamId: 'ws1', start: '2022-04-04', finish: '2022-04-29', percentComplete: 100 },
      { id: 'green', ref: '1.2', title: 'On track', workstreamId: 'ws1', start: '2022-04-04', finish: '2022-06-30', percentComplete: 50 },
      { id: 'amber', ref: '1.3', title: 'Behind', workstreamId: 'ws1', start: '2022-04-04', finish: '2022-06-30', percentComplete: 30 },
      { id: 'red', ref: '1.4', title: 'Far behind', workstreamId: 'ws1', start: '2022-04-04', finish: '2022-06-30', percentComplete: 5 },
      { id: 'overdue', ref: '1.5', title: 'Overdue', workstreamId: 'ws1', start: '2022-04-04', finish: '2022-05-13', percentComplete: 80 },
      {
        id: 'late',
        ref: '1.6',
        title: 'Not started when due',
        workstreamId: 'ws1',
        start: '2022-04-25',
        finish: '2022-07-29',
        percentComplete: 0,
      },
      {
        id: 'future',
        ref: '1.7',
        title: 'Not yet due',
        workstreamId: 'ws1',
        start: '2022-06-06',
        finish: '2022-07-29',
        percentComplete: 0,
      },
      {
        id: 'override',
        ref: '1.8',
        title: 'Overridden',
        workstreamId: 'ws1',
        start: '2022-04-04',
        finish: '2022-06-30',
        percentComplete: 5,
        ragOverride: { status: 'amber', reason: 'New lead in post; recovery plan agreed', byPersonId: 'nm', on: '2022-05-16' },
      },
      { id: 'undated', ref: '1.9', title: 'No dates yet', workstreamId: 'ws1', percentComplete: 0 },
      { id: 'milestone', ref: '1.10', title: 'Milestone due', workstreamId: 'ws1', milestone: true, finish: '2022-06-30' },
    ],
  }),
  { asOf: '2022-05-22' },
);
