/** One segment of a path into a plan document: a property name or an array index. */
export type PathSegment = string | number;

/**
 * Something wrong with an input, in plain English, with where it is, what was expected and what
 * was found.
 */
export interface Problem {
  /** The path to the bad field, e.g. `['actions', 3, 'start']`. */
  readonly path: readonly PathSegment[];
  /** The same path written as JSON path text, e.g. `actions[3].start` (`(root)` for the whole input). */
  readonly at: string;
  /** A plain-English sentence naming the field, e.g. `actions[3].start: expected a real date…`. */
  readonly message: string;
  /** What was expected, e.g. `a date written yyyy-MM-dd`. */
  readonly expected: string;
  /** What was found, as a short quoted preview, e.g. `"13/04/22"`. */
  readonly found: string;
}

/**
 * Writes a path as JSON path text.
 *
 * @example
 * formatPath(['actions', 3, 'start']); // 'actions[3].start'
 */
export function formatPath(path: readonly PathSegment[]): string {
  if (path.length === 0) return '(root)';
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(segment)) text += text ? `.${segment}` : segment;
    else text += `[${JSON.stringify(segment)}]`;
  }
  return text;
}

/**
 * A short, safe preview of any value for an error message: never throws, never prints more than
 * about 60 characters.
 *
 * @example
 * describeValue('13/04/22'); // '"13/04/22"'
 * describeValue(undefined); // 'nothing'
 */
export function describeValue(value: unknown): string {
  try {
    if (value === undefined) return 'nothing';
    if (value === null) return 'null';
    if (typeof value === 'string') return truncate(JSON.stringify(value));
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    if (typeof value === 'bigint') return `${value}n`;
    if (Array.isArray(value)) return `a list of ${value.length}`;
    if (typeof value === 'object') return 'an object';
    return `a ${typeof value}`;
  } catch {
    return 'a value that cannot be read';
  }
}

function truncate(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…"` : text;
}

/** Builds a problem from its parts, writing the message from the path, expectation and finding. */
export function makeProblem(path: readonly PathSegment[], expected: string, found: string): Problem {
  const at = formatPath(path);
  return { path, at, expected, found, message: `${at}: expected ${expected}, found ${found}.` };
}

/**
 * Where a record is, for a problem that points at another one: "row 5" in a table read by rows, or
 * "[0]" in a list.
 *
 * @example
 * recordPlace(['rows', 5, 'Case ref']); // 'row 5'
 */
export function recordPlace(path: readonly PathSegment[]): string {
  const rowAt = path.indexOf('rows');
  return rowAt === -1 ? `[${String(path[0])}]` : `row ${String(path[rowAt + 1])}`;
}
