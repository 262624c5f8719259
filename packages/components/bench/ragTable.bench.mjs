// Prints how long the RAG table takes to sort and filter 10,000 actions (the work a click or a
// keystroke starts), median of 21 runs after warm-up, for every sortable column both ways and for
// each filter; plus the first sort of a new analysis, which builds the table's per-plan index.
// Run from the built packages: npm run bench -w @wsoa-kit/components (turbo builds first).
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import { analysePlan, parsePlan, addCalendarDays } from '@wsoa-kit/core';
import { ragTableRows } from '../dist/index.js';

const n = 10_000;
const runs = 21;
const target = 50;

/** 10,000 actions, 10 per workstream, with leads, about one dependency each. */
function syntheticPlan() {
  const people = Array.from({ length: 40 }, (_, p) => ({ id: `p${p}`, initials: `P${p}`, name: `Person ${p + 1}` }));
  const workstreams = Array.from({ length: n / 10 }, (_, w) => ({
    id: `ws${w}`,
    ref: String(w + 1),
    label: 'Focus Area',
    title: `Focus area ${w + 1}`,
  }));
  const actions = Array.from({ length: n }, (_, i) => ({
    id: `a${i}`,
    ref: `${Math.floor(i / 10) + 1}.${(i % 10) + 1}`,
    title: `Action ${i + 1}: ${['review', 'agree', 'publish', 'train', 'audit'][i % 5]} the ${['local offer', 'EHC plans', 'JSNA', 'strategy'][i % 4]}`,
    workstreamId: `ws${Math.floor(i / 10)}`,
    leads: [{ personId: `p${i % 40}` }],
    start: addCalendarDays('2024-01-01', i % 300),
    durationDays: 5 + (i % 60),
    percentComplete: (i * 7) % 101,
    dependencies: i % 10 === 0 ? [] : [{ predecessorId: `a${i - 1}`, type: 'SS' }],
  }));
  const result = parsePlan({
    formatVersion: 1,
    id: 'bench',
    title: 'Benchmark plan',
    kind: 'wsoa',
    area: { name: 'Benchmarkshire' },
    inspection: { framework: 'local-area-2016', inspectorates: ['ofsted'], startDate: '2023-10-02', endDate: '2023-10-06' },
    people,
    workstreams,
    actions,
  });
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result.value;
}

const median = (fn) => {
  for (let i = 0; i < 5; i++) fn();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    fn();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
};

const plan = syntheticPlan();
console.log(
  `RAG table benchmark: Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${n.toLocaleString('en-GB')} actions, target ${target} ms`,
);
const fresh = analysePlan(plan, { asOf: '2024-06-28' });
let started = performance.now();
ragTableRows(fresh, { column: 'rag', direction: 'descending' });
console.log(`first sort of a new analysis (builds the index)   ${(performance.now() - started).toFixed(1).padStart(6)} ms`);

const analysis = analysePlan(plan, { asOf: '2024-06-28' });
const cases = [
  ...['ref', 'action', 'leads', 'days', 'start', 'finish', 'percent', 'rag'].flatMap((column) =>
    ['ascending', 'descending'].map((direction) => [
      `sort by ${column}, ${direction}`,
      () => ragTableRows(analysis, { column, direction }),
    ]),
  ),
  ['filter: free text "audit the jsna"', () => ragTableRows(analysis, undefined, { text: 'audit the jsna' })],
  ['filter: RAG red, sorted by finish', () => ragTableRows(analysis, { column: 'finish', direction: 'ascending' }, { rag: 'red' })],
  ['filter: one lead', () => ragTableRows(analysis, undefined, { leadId: 'p7' })],
  ['filter: overdue only', () => ragTableRows(analysis, undefined, { overdueOnly: true })],
  ['filter: one workstream', () => ragTableRows(analysis, undefined, { workstreamId: 'ws500' })],
];
let worst = 0;
for (const [name, fn] of cases) {
  const ms = median(fn);
  worst = Math.max(worst, ms);
  console.log(`${name.padEnd(50)} ${ms.toFixed(1).padStart(6)} ms`);
}
console.log(`slowest: ${worst.toFixed(1)} ms (${worst <= target ? 'within' : 'over'} the ${target} ms target)`);
