import { addCalendarDays, addWorkingDays, type Plan } from '@wsoa-kit/core';

/** One synthetic task, in a shape every library can be given. */
export interface BenchTask {
  readonly id: string;
  readonly name: string;
  readonly start: string;
  readonly finish: string;
  readonly durationDays: number;
  readonly progress: number;
  /** Index of the focus area (the summary row) it belongs to. */
  readonly area: number;
  readonly predecessor?: string;
}

/** The same synthetic plan for every library: `n` actions, 10 per focus area, about one dependency each. */
export function syntheticTasks(n: number): { areas: { id: string; name: string }[]; tasks: BenchTask[] } {
  const areas = Array.from({ length: Math.ceil(n / 10) }, (_, a) => ({ id: `fa${a}`, name: `Focus area ${a + 1}` }));
  const tasks: BenchTask[] = [];
  for (let i = 0; i < n; i++) {
    const durationDays = 5 + ((i * 37) % 80);
    const start = addCalendarDays('2024-01-01', (i * 13) % 540);
    tasks.push({
      id: `t${i}`,
      name: `Action ${i + 1}`,
      start,
      finish: addWorkingDays(start, durationDays - 1),
      durationDays,
      progress: (i * 7) % 101,
      area: Math.floor(i / 10),
      predecessor: i % 10 === 0 ? undefined : `t${i - 1}`,
    });
  }
  return { areas, tasks };
}

/** Reads `?n=` from the page address. */
export function rowsFromUrl(): number {
  return Number(new URLSearchParams(location.search).get('n') ?? '1000');
}

// The end of the latest main-thread task of 50 ms or more (Chromium's long tasks), for the bench's
// "settled" figure: a chart may go on rendering after its first commit. Every page imports this
// module first, so the observer is in place before the page's own script runs.
let lastLongTaskEnd = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) lastLongTaskEnd = Math.max(lastLongTaskEnd, entry.startTime + entry.duration);
}).observe({ type: 'longtask', buffered: true });
const page = window as unknown as { __bench?: { ms: number; dom: number; started: number }; __settled: () => unknown };
/** Once `__bench` is set: when the page settled (ms from the same start), how long it has been idle since, and its DOM size now. */
page.__settled = () => {
  const bench = page.__bench as { ms: number; started: number };
  const at = Math.max(lastLongTaskEnd, bench.started + bench.ms);
  return { ms: at - bench.started, idleMs: performance.now() - at, dom: document.querySelectorAll('*').length };
};

/** The console message that tells the bench a page's figure is ready (see `finishAfterTwoFrames`). */
const BENCH_READY = 'wsoa-bench:ready';

/**
 * Records the time from script start to two animation frames after mount, and the DOM size, then
 * says so on the console. The bench waits for that message rather than polling the page: polling
 * (Playwright's waitForFunction) first runs Playwright's own script in the page, about 40 ms of the
 * main thread, and that landed inside the time being measured.
 */
export function finishAfterTwoFrames(started: number): void {
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      page.__bench = { ms: performance.now() - started, dom: document.querySelectorAll('*').length, started };
      console.debug(BENCH_READY);
    }),
  );
}

/**
 * The same tasks as a wsoa-kit plan, built as parsePlan would return it (so analysis, not
 * parsing, is what the benchmark times). Leads rotate through 40 people.
 */
export function syntheticPlan(n: number): Plan {
  const { areas, tasks } = syntheticTasks(n);
  return {
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
    actions: tasks.map((t, i) => ({
      id: t.id,
      ref: t.id,
      title: t.name,
      workstreamId: `fa${t.area}`,
      leads: [{ personId: `p${i % 40}`, role: 'lead-officer' as const }],
      start: t.start,
      durationDays: t.durationDays,
      percentComplete: t.progress,
      milestone: false,
      dependencies: t.predecessor ? [{ predecessorId: t.predecessor, type: 'FS' as const, lagDays: 0 }] : [],
      crossReferences: [],
      successCriteria: [],
      evidence: [],
      updates: [],
    })),
    people: Array.from({ length: 40 }, (_, p) => ({ id: `p${p}`, initials: `P${p}`, name: `Person ${p + 1}` })),
    boards: [],
    measures: [],
    engagements: [],
    feedback: [],
    risks: [],
    calendar: { region: 'england-and-wales', convention: 'weekends-and-holidays', closures: [] },
  };
}
