/// <reference types="vite/client" />
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { describeExampleTypes, describeExamples } from '../../../tools/describeExamples.mjs';
import { documentedValue, readExamples, runExample, valueLine } from '../../../tools/docExamples.mjs';
import { exampleTypeErrors } from '../../../tools/typecheckExamples.mjs';
import * as api from './index.js';
import * as samples from './samples/index.js';

// Every source file's text and module, so each example runs with the package's exports and its own
// file's in reach, as its reader would have them.
const sources = import.meta.glob<string>(['./**/*.ts', '!./**/*.test.ts', '!./**/*.d.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
});
const modules = import.meta.glob<Record<string, unknown>>(['./**/*.ts', '!./**/*.test.ts', '!./**/*.d.ts']);

// Examples that start from something the reader already has (their plan, its analysis), so their
// documented values are not checked here; each value is pinned by its function's own tests.
const NEEDS_THE_READERS_DATA: Record<string, string[]> = {
  'analysis/findingCoverage.ts': ['analysis'],
  'analysis/progressFigure.ts': ['analysis'],
  'interchange/writePlanCalendar.ts': ['plan'],
  'interchange/writeProjectTable.ts': ['analysis'],
  'measures/assessMeasure.ts': ['measure', 'waitingTimeMeasure'],
  'rag/ragRules.ts': ['plan'],
  'report/comparePlans.ts': ['lastMonth', 'thisMonth', 'before', 'after'],
  'report/feedbackRegister.ts': ['plan'],
  'report/riskRegister.ts': ['plan'],
  'report/scheduleChecks.ts': ['plan'],
  'report/statutoryTimeline.ts': ['inspection', 'wsoaDue'],
  'report/writePlanDocument.ts': ['analysis'],
};

describeExamples({ sources, modules, scope: { ...api, ...samples }, needsTheReadersData: NEEDS_THE_READERS_DATA, atLeast: 40 });

// What the examples take from the reader's own data or page, with the types they have there, so
// every example is type-checked as its reader would write it.
const READERS_TYPES: Record<string, string> = {
  plan: 'core.Plan',
  lastMonth: 'core.Plan',
  thisMonth: 'core.Plan',
  before: 'core.PlanAnalysis',
  after: 'core.PlanAnalysis',
  analysis: 'core.PlanAnalysis',
  measure: 'core.ImpactMeasure',
  waitingTimeMeasure: 'core.ImpactMeasure',
  inspection: 'core.Inspection',
  area: 'core.Area',
  wsoaDue: 'core.StatutoryDeadline',
  calendar: 'core.WorkingDayCalendar',
  rules: 'core.RagRules',
  green: 'core.RagResult',
  red: 'core.RagResult',
  startTime: 'number',
  finishTime: 'number',
  text: 'string',
  json: 'string',
  response: 'Response',
  bytes: 'Uint8Array',
  file: 'Blob',
  latestFeed: 'core.BankHolidayFeed',
  navigator: '{ clipboard: { writeText(text: string): Promise<void> } }',
};

describeExampleTypes({
  packageDir: fileURLToPath(new URL('..', import.meta.url)),
  typesFrom: './src/index.ts',
  readersData: READERS_TYPES,
  atLeast: 80,
});

describe('exampleTypeErrors', () => {
  it('reports an example that calls a function with the wrong types, by file and line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wsoa-examples-'));
    try {
      mkdirSync(join(dir, 'src'));
      writeFileSync(
        join(dir, 'tsconfig.json'),
        JSON.stringify({
          compilerOptions: { strict: true, module: 'ESNext', moduleResolution: 'bundler', target: 'ES2022', jsx: 'react-jsx' },
          include: ['src'],
        }),
      );
      writeFileSync(
        join(dir, 'src/index.ts'),
        [
          '/**',
          ' * Adds days.',
          ' *',
          ' * @example',
          " * addDays('2022-02-22', '70');",
          ' */',
          'export const addDays = (date: string, days: number): string => date + days;',
          '',
        ].join('\n'),
      );
      expect(exampleTypeErrors({ packageDir: dir, typesFrom: './src/index.ts', readersData: {} })).toEqual({
        examples: 1,
        errors: { 'index.ts:1': ["Argument of type 'string' is not assignable to parameter of type 'number'."] },
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('documentedValue', () => {
  it('reads the literal before the words that explain it', () => {
    expect(documentedValue(" '2022-06-07': the 2016 WSoA deadline")).toEqual({ value: '2022-06-07' });
    expect(documentedValue(' 2: the Jubilee holidays and a weekend fall between')).toEqual({ value: 2 });
    expect(documentedValue(' -1, as textCollator.compare gives')).toEqual({ value: -1 });
    expect(documentedValue(" { from: '2022-04-01', to: '2022-04-30' }")).toEqual({ value: { from: '2022-04-01', to: '2022-04-30' } });
    expect(documentedValue(' undefined: not a date in UK order')).toEqual({ value: undefined });
  });

  it('reads no value from words, names or part of a value', () => {
    expect(documentedValue(' England and Wales, weekends and bank holidays')).toBeUndefined();
    expect(documentedValue(' red, amber, green')).toBeUndefined();
    expect(documentedValue(" { start: '2022-04-11', label: '11 Apr', … }")).toBeUndefined();
  });
});

describe('readExamples', () => {
  it('reads each example of a comment, without its code fence, with the line the comment starts on', () => {
    const source = [
      '// one',
      '/**',
      ' * Adds.',
      ' *',
      ' * @example',
      ' * ```ts',
      ' * add(1, 2); // 3',
      ' * ```',
      ' * @example',
      ' * add(2, 2); // 4',
      ' * @param a',
      ' */',
    ].join('\n');
    expect(readExamples(source)).toEqual([
      { line: 2, code: 'add(1, 2); // 3' },
      { line: 2, code: 'add(2, 2); // 4' },
    ]);
  });
});

describe('valueLine', () => {
  it('takes a statement with a documented value, and no declaration or comment of words', () => {
    expect(valueLine("  formatDate('2022-04-13'); // '13 Apr 2022'")).toEqual({
      indent: '  ',
      expression: "formatDate('2022-04-13')",
      expected: '13 Apr 2022',
    });
    expect(valueLine('const statutory = createCalendar(); // 1')).toBeUndefined();
    expect(valueLine('const statutory = createCalendar(); // England and Wales')).toBeUndefined();
    expect(valueLine("register.sentence; // 'two', as BCP's plan has it")).toEqual({
      indent: '',
      expression: 'register.sentence',
      expected: 'two',
    });
  });
});

describe('runExample', () => {
  it('gives each documented value beside what its line gave, with the scope in reach', async () => {
    const { checks, needs } = await runExample("import { add } from 'x';\nconst two = add(1, 1);\nadd(two, 1); // 4", {
      add: (a: number, b: number) => a + b,
    });
    expect(needs).toBeUndefined();
    expect(checks).toEqual([{ text: 'add(two, 1); // 4', expected: 4, seen: true, actual: 3 }]);
  });

  it('names what an example needs from outside its scope', async () => {
    expect(await runExample('analysis.plan.title; // "Torbay"', {})).toEqual({
      checks: [{ text: 'analysis.plan.title; // "Torbay"', expected: 'Torbay', seen: false, actual: undefined }],
      needs: 'analysis',
    });
  });

  it('runs markup through React.createElement from the scope', async () => {
    const createElement = (type: string, props: unknown, ...children: unknown[]) => ({ type, props, children });
    const { checks } = await runExample('<b>{2 + 2}</b>.children; // [4]', { React: { createElement } });
    expect(checks[0]?.actual).toEqual([4]);
  });

  it('lets an example that throws fail', async () => {
    await expect(
      runExample('fail(); // 1', {
        fail: () => {
          throw new RangeError('bad band');
        },
      }),
    ).rejects.toThrow('bad band');
  });
});
