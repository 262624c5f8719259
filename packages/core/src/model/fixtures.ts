import type { PlanInput } from './plan.js';

/**
 * A small, valid plan that tests copy and break one field at a time. Kept as a function so every
 * test gets its own copy.
 */
export function validPlan(): PlanInput {
  return {
    formatVersion: 1,
    id: 'testshire-wsoa',
    title: 'Testshire Written Statement of Action',
    kind: 'wsoa',
    area: { name: 'Testshire', partners: [{ name: 'Testshire Council', kind: 'local-authority' }] },
    inspection: {
      framework: 'local-area-2016',
      inspectorates: ['ofsted', 'cqc'],
      startDate: '2021-11-15',
      endDate: '2021-11-19',
      reportReceived: '2022-02-22',
    },
    findings: [{ id: 'w1', kind: 'significant-weakness', number: 1, text: 'Poor joint commissioning arrangements.' }],
    workstreams: [
      { id: 'ws1', ref: '1', label: 'Focus Area', title: 'Joint commissioning', findingIds: ['w1'], leads: [{ personId: 'tt' }] },
    ],
    people: [{ id: 'tt', initials: 'TT', name: 'Terry Test', role: 'Head of Commissioning' }],
    actions: [
      {
        id: 'a1',
        ref: '1.1',
        title: 'Establish a Joint Commissioning Group',
        workstreamId: 'ws1',
        start: '2022-04-13',
        finish: '2022-04-29',
      },
      {
        id: 'a2',
        ref: '1.2',
        title: 'Create a joint vision of commissioning',
        workstreamId: 'ws1',
        start: '2022-05-03',
        finish: '2022-06-30',
        dependencies: [{ predecessorId: 'a1' }],
        evidence: [{ title: 'Draft vision', url: 'https://example.org/vision' }],
      },
      { id: 'a3', ref: '1.3', title: 'Publish the commissioning plan', workstreamId: 'ws1', start: '2022-07-01', durationDays: 20 },
    ],
  };
}
