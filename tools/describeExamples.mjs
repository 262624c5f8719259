// One vitest suite per package that runs its TSDoc examples (see docExamples.mjs).
import { describe, expect, it } from 'vitest';
import { examplesWithValues, runExample } from './docExamples.mjs';

/**
 * Checks every value a package's TSDoc examples say a line gives.
 *
 * @param {{
 *   sources: Record<string, string>;
 *   modules: Record<string, () => Promise<Record<string, unknown>>>;
 *   scope: Record<string, unknown>;
 *   needsTheReadersData: Record<string, string[]>;
 *   atLeast: number;
 * }} options
 */
export function describeExamples({ sources, modules, scope, needsTheReadersData, atLeast }) {
  const examples = examplesWithValues(sources);
  describe('the values the TSDoc examples say they give', () => {
    it('finds the examples and their values', () => {
      // A floor, so a change to the comment format cannot leave the suite checking nothing.
      expect(examples.length).toBeGreaterThanOrEqual(atLeast);
    });

    it.each(examples.map((example) => [example.key, example]))('%s', async (key, example) => {
      const own = await modules[example.path]();
      const { checks, needs } = await runExample(example.code, { ...scope, ...own });
      // An example that starts from the reader's own plan or analysis is listed, with the name it
      // needs, so a new one cannot go unchecked unnoticed.
      if (needs !== undefined) {
        expect(needsTheReadersData[example.path.replace(/^\.\//, '')] ?? [], `${key} needs ${needs}`).toContain(needs);
        return;
      }
      expect(checks.length).toBeGreaterThan(0);
      for (const check of checks) {
        expect(check.seen, `${check.text} did not run`).toBe(true);
        expect(check.actual, check.text).toEqual(check.expected);
      }
    });
  });
}
