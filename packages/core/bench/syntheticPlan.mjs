// A synthetic plan of n actions for benchmarks: 10 actions per workstream, about one
// finish-to-start or start-to-start dependency each (mostly within a focus area), dates spread over
// three years, some progress.
// Entered dates respect the links (as in a real plan), so "as entered" reports few violations.
import { addWorkingDays } from '../dist/index.js';

export function syntheticPlan(n, { seed = 1 } = {}) {
  let state = seed;
  const random = () => {
    // Mulberry32: small, fast and repeatable.
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const day = (offset) => new Date(Date.UTC(2024, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
  const workstreamCount = Math.ceil(n / 10);
  const workstreams = Array.from({ length: workstreamCount }, (_, w) => ({
    id: `ws${w}`,
    ref: String(w + 1),
    label: 'Focus Area',
    title: `Focus area ${w + 1}`,
    findingIds: [],
    leads: [{ personId: 'p0', role: 'accountable-officer' }],
    outcomes: [],
  }));
  const actions = [];
  for (let i = 0; i < n; i++) {
    const w = Math.floor(i / 10);
    // Mostly a link to an earlier action of the same focus area; now and then to another area's.
    const first = w * 10;
    const predecessor = i > first ? first + Math.floor(random() * (i - first)) : i > 0 && random() < 0.5 ? Math.floor(random() * i) : -1;
    const dependencies =
      predecessor >= 0 ? [{ predecessorId: `a${predecessor}`, type: random() < 0.8 ? 'FS' : 'SS', lagDays: Math.floor(random() * 5) }] : [];
    const durationDays = 1 + Math.floor(random() * 120);
    let start = day(Math.floor(random() * 900));
    const link = dependencies[0];
    if (link) {
      const pred = actions[Number(link.predecessorId.slice(1))];
      const predFinish = addWorkingDays(pred.start, pred.durationDays - 1);
      start =
        link.type === 'FS'
          ? addWorkingDays(predFinish, 1 + link.lagDays + Math.floor(random() * 10))
          : addWorkingDays(pred.start, link.lagDays + Math.floor(random() * 10));
    }
    actions.push({
      id: `a${i}`,
      ref: `${w + 1}.${(i % 10) + 1}`,
      title: `Action ${i}`,
      workstreamId: `ws${w}`,
      leads: [{ personId: `p${i % 20}`, role: 'lead-officer' }],
      start,
      durationDays,
      percentComplete: Math.floor(random() * 11) * 10,
      milestone: false,
      dependencies,
      crossReferences: [],
      successCriteria: [],
      evidence: [],
      updates: [],
    });
  }
  return {
    formatVersion: 1,
    id: `synthetic-${n}`,
    title: `Synthetic plan of ${n} actions`,
    kind: 'wsoa',
    area: { name: 'Benchmarkshire', partners: [] },
    documents: [],
    inspection: {
      framework: 'local-area-2016',
      inspectorates: ['ofsted', 'cqc'],
      startDate: '2023-10-02',
      endDate: '2023-10-06',
      followUps: [],
    },
    findings: [],
    workstreams,
    actions,
    people: Array.from({ length: 20 }, (_, p) => ({ id: `p${p}`, initials: `P${p}`, name: `Person ${p}` })),
    boards: [],
    measures: [],
    engagements: [],
    feedback: [],
    risks: [],
    calendar: { region: 'england-and-wales', convention: 'weekends-and-holidays', closures: [] },
  };
}
