// Prints the median time of analysePlan over synthetic plans of 1,000, 10,000 and 100,000 actions
// (about one dependency each), as of a date mid-way through, as entered and with autoSchedule, and
// beside it a reference that only makes analysePlan's result objects (resultObjects.mjs).
// Each size and mode runs in its own Node process, so one measurement does not pay for another's
// garbage; within it, the runs follow each other as a dashboard re-analysing a plan would.
// Run from the built package: npm run bench -w @wsoa-kit/core (turbo builds first).
import { spawnSync } from 'node:child_process';
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { medianInterval, verdictAtMost } from './medianInterval.mjs';

/** The middle value (the upper of the two for an even count). */
const middle = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const sizes = [
  { n: 1_000, runs: 41 },
  { n: 10_000, runs: 21 },
  { n: 100_000, runs: 11 },
];

if (process.argv[2] === '--measure') {
  const [, , , n, runs, mode] = process.argv;
  const { analysePlan } = await import('../dist/index.js');
  const { syntheticPlan } = await import('./syntheticPlan.mjs');
  const { resultObjectsOnly } = await import('./resultObjects.mjs');
  const plan = syntheticPlan(Number(n));
  const options = { asOf: '2025-03-31', autoSchedule: mode === 'auto' };
  const run = mode === 'objects' ? () => resultObjectsOnly(plan) : () => analysePlan(plan, options);
  const first = performance.now();
  run();
  const cold = performance.now() - first;
  for (let i = 0; i < Math.max(3, Math.ceil(100_000 / Number(n))); i++) run();
  const times = [];
  const faults = [];
  for (let i = 0; i < Number(runs); i++) {
    const faulted = process.resourceUsage().minorPageFault;
    const started = performance.now();
    run();
    times.push(performance.now() - started);
    faults.push(process.resourceUsage().minorPageFault - faulted);
  }
  process.stdout.write(JSON.stringify({ median: middle(times), cold, faults: middle(faults) }));
  process.exit(0);
}

if (process.argv[2] === '--touch') {
  // What a page of fresh memory costs this machine: write one byte to each 4 KB page of a new 34 MB
  // buffer (about what a 100,000-action analysis keeps), counting the page faults the system reports.
  const costs = [];
  for (let i = 0; i < 6; i++) {
    const faulted = process.resourceUsage().minorPageFault;
    const started = performance.now();
    const bytes = new Uint8Array(34 * 1024 * 1024);
    for (let at = 0; at < bytes.length; at += 4096) bytes[at] = 1;
    const ms = performance.now() - started;
    if (i > 0) costs.push((ms * 1000) / Math.max(1, process.resourceUsage().minorPageFault - faulted));
  }
  process.stdout.write(JSON.stringify({ microsecondsPerFault: middle(costs) }));
  process.exit(0);
}

// This shared 2-core machine's speed drifts by a fifth within a minute, so each figure is the median
// of several rounds, and the rounds interleave the sizes so a slow spell touches them alike. Each
// median gets a 95% interval (medianInterval.mjs): six rounds give one at all, spanning every round;
// nine to eleven leave out a round at each end (eleven: the 2nd to the 10th, 98.8%).
const rounds = Number(process.env.BENCH_ROUNDS ?? 11);
console.log(
  `analysePlan benchmark: Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, median of ${rounds} rounds`,
);
const samples = {};
// "objects only" is a reference, not analysePlan: it makes and keeps the result objects
// analysePlan returns per action with nothing worked out (see resultObjects.mjs), to show how much
// of the growth from 10,000 to 100,000 actions comes with returning that many objects on this machine.
const modes = ['entered', 'auto', 'objects'];
const labels = { entered: 'as entered  ', auto: 'autoSchedule', objects: 'objects only' };
for (let round = 0; round < rounds; round++) {
  for (const mode of modes) {
    for (const { n, runs } of sizes) {
      const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--measure', String(n), String(runs), mode], {
        encoding: 'utf8',
      });
      if (child.status !== 0) {
        console.error(child.stderr);
        process.exit(1);
      }
      (samples[`${n}-${mode}`] ??= []).push(JSON.parse(child.stdout));
    }
  }
}
// Each median's interval, kept for the verdicts at the end, by size and mode (and `ratio-${mode}`).
const intervals = {};
/** " (95% interval a-b)" for an interval, or why there is none. */
const intervalText = (interval, digits) =>
  interval === undefined
    ? ' (no 95% interval under 6 rounds)'
    : ` (${(interval.coverage * 100).toFixed(1)}% interval ${interval.low.toFixed(digits)}-${interval.high.toFixed(digits)})`;
const medians = {};
for (const mode of modes) {
  for (const { n, runs } of sizes) {
    const rows = samples[`${n}-${mode}`];
    const median = middle(rows.map((r) => r.median));
    medians[`${n}-${mode}`] = median;
    const label = labels[mode];
    console.log(
      `${label} ${String(n).padStart(7)} actions: median ${median.toFixed(1).padStart(7)} ms${intervalText(
        (intervals[`${n}-${mode}`] = medianInterval(rows.map((r) => r.median))),
        1,
      )} (rounds: ${rows.map((r) => r.median.toFixed(1)).join(', ')}; ${runs} runs each; first run ${middle(rows.map((r) => r.cold)).toFixed(0)} ms; ${middle(
        rows.map((r) => r.faults),
      ).toLocaleString('en-GB')} page faults a run)`,
    );
  }
}
// Each round times 10,000 and then 100,000 actions back to back, so a round's own ratio is less
// touched by the machine's drift between rounds; both figures are printed.
for (const mode of modes) {
  const ratio = medians[`100000-${mode}`] / medians[`10000-${mode}`];
  const tens = samples[`10000-${mode}`];
  const ownRatios = samples[`100000-${mode}`].map((r, round) => r.median / tens[round].median);
  const paired = middle(ownRatios);
  intervals[`ratio-${mode}`] = medianInterval(ownRatios);
  const label = labels[mode];
  const note =
    mode === 'objects' ? 'reference: the result objects alone, no analysis' : 'targets: 10,000 ≤ 50 ms, 100,000 ≤ 1,000 ms, ratio ≤ 12';
  console.log(
    `${label} 100,000 ÷ 10,000: ${ratio.toFixed(1)}× of the medians, ${paired.toFixed(1)}× median of the rounds' own${intervalText(intervals[`ratio-${mode}`], 1)}  (${note})`,
  );
}
// Fresh memory is not free: the first write to each page the system hands the process is a page
// fault. On a bare machine one costs well under a microsecond; on a virtual machine whose host takes
// freed pages back, it can cost ten or more. Results that fit in memory V8 reuses cause none; a
// 100,000-action analysis's results go to fresh pages each run. So the run prints what a fault costs
// here and, as an estimate beside the measured figures (never instead of them), each median and the
// ratio with the faults at that cost taken out.
const touch = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--touch'], { encoding: 'utf8' });
if (touch.status === 0) {
  const { microsecondsPerFault } = JSON.parse(touch.stdout);
  console.log(`this machine: ${microsecondsPerFault.toFixed(2)} µs a page fault (the first write to a fresh 4 KB page of memory)`);
  for (const mode of ['entered', 'auto']) {
    const net = (n) => medians[`${n}-${mode}`] - (middle(samples[`${n}-${mode}`].map((r) => r.faults)) * microsecondsPerFault) / 1000;
    console.log(
      `${labels[mode]} estimate without page faults: 10,000 ${net(10_000).toFixed(1)} ms, 100,000 ${net(100_000).toFixed(1)} ms, ratio ${(net(100_000) / net(10_000)).toFixed(1)}×`,
    );
  }
}
// Whether each target is settled by this run: met when the median's whole interval is within it,
// not met when the whole interval is beyond it, not settled when the interval spans it.
for (const mode of ['entered', 'auto']) {
  const verdicts = [
    ['10,000 ≤ 50 ms', verdictAtMost(intervals[`10000-${mode}`], 50)],
    ['100,000 ≤ 1,000 ms', verdictAtMost(intervals[`100000-${mode}`], 1_000)],
    ['ratio ≤ 12', verdictAtMost(intervals[`ratio-${mode}`], 12)],
  ];
  console.log(
    `${labels[mode]} targets (settled at 95% or more): ${verdicts.map(([target, verdict]) => `${target} ${verdict}`).join('; ')}`,
  );
}
