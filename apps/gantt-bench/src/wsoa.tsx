import '@wsoa-kit/components/styles.css';
import { Gantt } from '@wsoa-kit/components';
import { analysePlan, type Plan } from '@wsoa-kit/core';
import { createRoot } from 'react-dom/client';
import { finishAfterTwoFrames, rowsFromUrl, syntheticTasks } from './synthetic.js';

// With ?pre=1 the plan is analysed before the clock starts, to time rendering alone.
const renderOnly = new URLSearchParams(location.search).has('pre');
let started = performance.now();
const { areas, tasks } = syntheticTasks(rowsFromUrl());
// The plan is built as parsePlan would return it; analysis is part of what is timed.
const plan: Plan = {
  formatVersion: 1,
  id: 'bench',
  title: 'Benchmark plan',
  kind: 'wsoa',
  area: { name: 'Benchmarkshire', partners: [] },
  documents: [],
  inspection: { framework: 'local-area-2016', inspectorates: ['ofsted'], startDate: '2023-10-02', endDate: '2023-10-06', followUps: [] },
  findings: [],
  workstreams: areas.map((a, i) => ({
    id: a.id,
    ref: String(i + 1),
    label: 'Focus Area',
    title: a.name,
    findingIds: [],
    leads: [],
    outcomes: [],
  })),
  actions: tasks.map((t) => ({
    id: t.id,
    ref: t.id,
    title: t.name,
    workstreamId: `fa${t.area}`,
    leads: [],
    start: t.start,
    durationDays: t.durationDays,
    percentComplete: t.progress,
    milestone: false,
    dependencies: t.predecessor ? [{ predecessorId: t.predecessor, type: 'FS', lagDays: 0 }] : [],
    crossReferences: [],
    successCriteria: [],
    evidence: [],
    updates: [],
  })),
  people: [],
  boards: [],
  measures: [],
  engagements: [],
  feedback: [],
  risks: [],
  calendar: { region: 'england-and-wales', convention: 'weekends-and-holidays', closures: [] },
};
const analysis = analysePlan(plan, { asOf: '2024-06-28' });
if (renderOnly) started = performance.now();
createRoot(document.getElementById('root') as HTMLElement).render(<Gantt analysis={analysis} zoom="week" height={800} />);
finishAfterTwoFrames(started);
