/// <reference types="vite/client" />
import * as core from '@wsoa-kit/core';
import { describe, expect, it } from 'vitest';
import { examplesWithValues, runExample } from '../../../tools/docExamples.mjs';
import * as api from './index.js';

// Every source file's text and module, so each example runs with core's and this package's
// exports and its own file's in reach, as its reader would have them.
const sources = import.meta.glob<string>(['./**/*.{ts,tsx}', '!./**/*.test.{ts,tsx}', '!./**/*.stories.tsx', '!./**/*.d.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
});
const modules = import.meta.glob<Record<string, unknown>>([
  './**/*.{ts,tsx}',
  '!./**/*.test.{ts,tsx}',
  '!./**/*.stories.tsx',
  '!./**/*.d.ts',
]);

// Examples that start from something the reader already has (a plan's analysis), so their
// documented values are not checked here; each value is pinned by its function's own tests.
const NEEDS_THE_READERS_DATA: Record<string, string> = {
  'table/ragTableModel.ts:192': 'analysis',
};

const examples = examplesWithValues(sources);

describe('the values the TSDoc examples say they give', () => {
  it('finds the examples and their values', () => {
    // A floor, so a change to the comment format cannot leave this file checking nothing.
    expect(examples.length).toBeGreaterThanOrEqual(6);
  });

  it.each(examples.map((example) => [example.key, example] as const))('%s', async (key, example) => {
    const own = await modules[example.path]!();
    const { checks, needs } = await runExample(example.code, { ...core, ...api, ...own });
    expect(needs).toBe(NEEDS_THE_READERS_DATA[key]);
    if (needs !== undefined) return;
    expect(checks.length).toBeGreaterThan(0);
    for (const check of checks) {
      expect(check.seen, `${check.text} did not run`).toBe(true);
      expect(check.actual, check.text).toEqual(check.expected);
    }
  });
});
