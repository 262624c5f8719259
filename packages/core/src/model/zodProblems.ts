import type { z } from 'zod';
import { describeValue, makeProblem, type PathSegment, type Problem } from './problem.js';

type Issue = z.core.$ZodIssue;
type RawIssue = z.core.$ZodRawIssue;

const NOUNS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  null: 'null',
  undefined: 'nothing',
  bigint: 'a whole number',
};

/**
 * A default message, written as "expected …", for any issue a schema did not word itself. Passed to
 * zod as the per-parse error map.
 */
export function expectedMessage(issue: RawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${NOUNS[issue.expected] ?? issue.expected}`;
    case 'invalid_value':
      return `expected ${issue.values.length === 1 ? '' : 'one of '}${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_small':
      return `expected ${limitText(issue.origin, issue.minimum, issue.inclusive, 'at least', 'more than')}`;
    case 'too_big':
      return `expected ${limitText(issue.origin, issue.maximum, issue.inclusive, 'at most', 'less than')}`;
    case 'invalid_format':
      return `expected text in the ${issue.format} format`;
    case 'not_multiple_of':
      return `expected a multiple of ${issue.divisor}`;
    case 'unrecognized_keys':
      return 'expected only the fields this format defines';
    default:
      return 'expected a valid value';
  }
}

function limitText(origin: string, limit: number | bigint, inclusive: boolean | undefined, atLeast: string, beyond: string) {
  const phrase = inclusive === false ? beyond : atLeast;
  if (origin === 'array' || origin === 'set') return `${phrase} ${limit} item${limit === 1 ? '' : 's'}`;
  if (origin === 'string') return `${phrase} ${limit} character${limit === 1 ? '' : 's'}`;
  return `a number ${phrase} ${limit}`;
}

/**
 * Turns one zod issue into plain-English problems. An unknown field is reported at its own path
 * (one problem per field) so a misspelt `finsh` is found and nothing is silently dropped.
 */
export function problemsFromIssue(issue: Issue, basePath: readonly PathSegment[] = []): Problem[] {
  const path = [...basePath, ...(issue.path as PathSegment[])];
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) =>
      makeProblem([...path, key], 'only the fields this format defines (check the spelling)', `a field called ${JSON.stringify(key)}`),
    );
  }
  if (issue.code === 'invalid_union') {
    const nested = issue.errors.flat();
    if (nested.length > 0) return nested.flatMap((inner) => problemsFromIssue(inner, path));
  }
  const expected = issue.message.replace(/^expected /, '');
  return [makeProblem(path, expected, describeValue(issue.input))];
}
