// One vitest suite per package that runs its TSDoc examples (see docExamples.mjs).
import { describe, expect, it } from 'vitest';
import { examplesWithValues, runExample } from './docExamples.mjs';
import { exampleTypeErrors } from './typecheckExamples.mjs';

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

/**
 * Type-checks every TSDoc example of a package as its reader would write it (see
 * typecheckExamples.mjs), in a vitest suite of its own.
 *
 * @param {Parameters<typeof exampleTypeErrors>[0] & { atLeast: number }} options
 */
export function describeExampleTypes({ atLeast, ...options }) {
  describe('the TSDoc examples compile', () => {
    it('type-checks every example with the package in scope and the reader’s data typed', () => {
      const { examples, errors } = exampleTypeErrors(options);
      // A floor, so a change to how examples are found cannot leave the check with nothing to check.
      expect(examples).toBeGreaterThanOrEqual(atLeast);
      expect(errors).toEqual({});
      // A whole TypeScript program: 30-33 s in CI runs of 5 December, where the browser suites share
      // the machine's two cores, against a minute allowed; what is checked is the examples, not speed.
    }, 120_000);
  });
}
