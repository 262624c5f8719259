import { crossCheckPlan } from './crossCheckPlan.js';
import { PlanSchema, type Plan } from './plan.js';
import { makeProblem, type PathSegment, type Problem } from './problem.js';
import { expectedMessage, problemsFromIssue } from './zodProblems.js';

/** What a parse gives back: the typed value, or every problem found (never both, never a throw). */
export type ParseResult<T> =
  { readonly ok: true; readonly value: T; readonly problems: readonly [] } | { readonly ok: false; readonly problems: readonly Problem[] };

/**
 * Reads a plan document (already parsed from JSON) into a typed `Plan`, or lists every problem with
 * it: each with its JSON path, what was expected and what was found. Besides the shape of each
 * field it checks that ids and refs are unique, references resolve, finish is not before start,
 * nothing depends on itself and the plan's kind matches its inspection framework. Problems come in
 * document order. It never throws, whatever it is given.
 *
 * @example
 * const result = parsePlan(JSON.parse(text));
 * if (!result.ok) for (const problem of result.problems) console.log(problem.message);
 * // actions[3].start: expected a real date written yyyy-MM-dd, e.g. 2022-04-13, found "13/04/22".
 */
export function parsePlan(input: unknown): ParseResult<Plan> {
  try {
    const parsed = PlanSchema.safeParse(input, { reportInput: true, error: expectedMessage });
    const problems: Problem[] = parsed.success ? [] : parsed.error.issues.flatMap((issue) => problemsFromIssue(issue));
    problems.push(...crossCheckPlan(input));
    if (parsed.success && problems.length === 0) return { ok: true, value: parsed.data, problems: [] };
    return { ok: false, problems: problems.sort(byDocumentOrder) };
  } catch (error) {
    // A hostile or exotic value (a throwing getter, a revoked proxy) still gets an answer.
    return {
      ok: false,
      problems: [makeProblem([], 'a plan document made of plain JSON values', `a value that could not be read (${errorText(error)})`)],
    };
  }
}

/**
 * Reads a plan from JSON text. Text that is not JSON is reported as a problem at the root with the
 * parser's own description of where it broke.
 *
 * @example
 * parsePlanJson('{ "formatVersion": 1 ').problems[0]?.expected; // 'JSON text'
 */
export function parsePlanJson(text: string): ParseResult<Plan> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [makeProblem([], 'JSON text', `text that is not JSON (${errorText(error)})`)] };
  }
  return parsePlan(value);
}

const TOP_LEVEL_ORDER = Object.keys(PlanSchema.shape);

/** Orders problems as a reader meets them: top-level fields in format order, then list items by index. */
function byDocumentOrder(a: Problem, b: Problem): number {
  const length = Math.min(a.path.length, b.path.length);
  for (let i = 0; i < length; i++) {
    const x = a.path[i] as PathSegment;
    const y = b.path[i] as PathSegment;
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    if (typeof x === 'number') return -1;
    if (typeof y === 'number') return 1;
    if (i === 0) return rank(x) - rank(y);
    return x < y ? -1 : 1;
  }
  return a.path.length - b.path.length;
}

function rank(key: string): number {
  const index = TOP_LEVEL_ORDER.indexOf(key);
  return index === -1 ? TOP_LEVEL_ORDER.length : index;
}

function errorText(error: unknown): string {
  try {
    return error instanceof Error ? error.message : String(error);
  } catch {
    return 'unknown error';
  }
}
