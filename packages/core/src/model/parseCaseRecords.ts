import { z } from 'zod';
import type { ParseResult } from './parsePlan.js';
import { makeProblem, type PathSegment, type Problem } from './problem.js';
import { expectedMessage, problemsFromIssue } from './zodProblems.js';

/**
 * Reads a list of case records (already parsed from JSON) with `schema`, then runs `check` across
 * them with each problem's path `[index, field]`; or lists every problem. Never throws: a value that
 * cannot be read at all is one problem at the root, naming `what` the list should be.
 */
export function parseCaseRecords<T, F extends string>(
  input: unknown,
  schema: z.ZodType<T>,
  check: (records: readonly T[], at: (index: number, field: F) => PathSegment[]) => Problem[],
  what: string,
): ParseResult<T[]> {
  try {
    const parsed = z.array(schema).safeParse(input, { reportInput: true, error: expectedMessage });
    if (!parsed.success) return { ok: false, problems: parsed.error.issues.flatMap((issue) => problemsFromIssue(issue)) };
    const problems = check(parsed.data, (index, field) => [index, field]);
    return problems.length === 0 ? { ok: true, value: parsed.data, problems: [] } : { ok: false, problems };
  } catch (error) {
    return {
      ok: false,
      problems: [makeProblem([], `a list of ${what} made of plain JSON values`, `a value that could not be read (${String(error)})`)],
    };
  }
}
