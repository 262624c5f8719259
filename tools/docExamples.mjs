// Reads the `@example` blocks of TSDoc comments and the values their lines say they give
// (`addWorkingDays('2022-02-22', 70); // '2022-06-07': the 2016 WSoA deadline`), and runs them, so
// the values a council developer reads beside a function are the values it returns.
import ts from 'typescript';

/**
 * Every `@example` block in a source file's TSDoc comments, with the line its comment starts on.
 *
 * @param {string} source
 * @returns {{ line: number; code: string }[]}
 */
export function readExamples(source) {
  const examples = [];
  for (const comment of source.matchAll(/\/\*\*([\s\S]*?)\*\//g)) {
    const line = source.slice(0, comment.index).split('\n').length;
    const lines = comment[1].split('\n').map((text) => text.replace(/^\s*\* ?/, ''));
    for (let i = 0; i < lines.length; i++) {
      if (!lines[i].startsWith('@example')) continue;
      const body = [];
      for (let j = i + 1; j < lines.length && !lines[j].startsWith('@'); j++) body.push(lines[j]);
      const code = body
        .filter((text) => !/^```/.test(text))
        .join('\n')
        .trim();
      examples.push({ line, code });
    }
  }
  return examples;
}

// A documented value starts like a literal: a string, a number, an array, an object or a keyword.
const LITERAL_START = /^(['"`\d[{-]|true\b|false\b|null\b|undefined\b|NaN\b)/;

/**
 * The value a comment after a statement says it gives: the shortest start of the comment that is a
 * literal on its own, before the words that explain it (shortest, so "2, as …" is 2, never a
 * comma expression). `undefined` when the comment is words only
 * ("England and Wales"), names something ("red, amber, green") or shows part of a value ("…").
 *
 * @param {string} comment
 * @returns {{ value: unknown } | undefined}
 */
export function documentedValue(comment) {
  const text = comment.trim();
  if (!LITERAL_START.test(text) || text.includes('…')) return undefined;
  const ends = [];
  for (let i = 1; i < text.length; i++) if (text[i] === ':' || text[i] === ',' || text[i] === ' ') ends.push(i);
  ends.push(text.length);
  for (const end of ends) {
    const candidate = text.slice(0, end).trim();
    try {
      return { value: new Function(`"use strict"; return (${candidate});`)() };
    } catch {
      // Not a literal up to here: try a longer start.
    }
  }
  return undefined;
}

/**
 * A line of an example that says what it gives: `expression; // value, and words`. A declaration
 * (`const x = …; // …`) says what it holds in words, so it is not one.
 *
 * @param {string} text
 * @returns {{ indent: string; expression: string; expected: unknown } | undefined}
 */
export function valueLine(text) {
  const match = /^(\s*)(.+?);\s*\/\/(.*)$/.exec(text);
  if (!match || /^(const|let|var|return|if|for|await)\b/.test(match[2])) return undefined;
  const documented = documentedValue(match[3]);
  return documented && { indent: match[1], expression: match[2], expected: documented.value };
}

/**
 * The examples that say what some line gives, from source texts keyed by their path (as Vite's
 * `import.meta.glob` gives them), each keyed `path:line` with the path's leading `./` dropped.
 *
 * @param {Record<string, string>} sources
 * @returns {{ key: string; path: string; line: number; code: string }[]}
 */
export function examplesWithValues(sources) {
  return Object.entries(sources).flatMap(([path, source]) =>
    readExamples(source)
      .filter((example) => example.code.split('\n').some((text) => valueLine(text) !== undefined))
      .map((example) => ({ ...example, path, key: `${path.replace(/^\.\//, '')}:${example.line}` })),
  );
}

const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor;

/**
 * Runs an example with `scope`'s names in reach and returns each documented value beside what its
 * line gave. Import lines are dropped: `scope` stands for them. An example that uses a name
 * outside `scope` (a plan the reader is assumed to have) comes back with `needs` naming it.
 *
 * @param {string} code
 * @param {Record<string, unknown>} scope
 */
export async function runExample(code, scope) {
  const checks = [];
  const lines = code.split('\n').filter((text) => !/^\s*import\s/.test(text));
  const instrumented = lines.map((text) => {
    const line = valueLine(text);
    if (!line) return text;
    checks.push({ text: text.trim(), expected: line.expected, seen: false, actual: undefined });
    return `${line.indent}__seen(${checks.length - 1}, (${line.expression}));`;
  });
  // JSX becomes React.createElement, so an example with markup runs with `React` in `scope`
  // (the automatic runtime would add an import, which a function body cannot hold).
  const js = ts.transpileModule(instrumented.join('\n'), {
    compilerOptions: { target: ts.ScriptTarget.ES2022, jsx: ts.JsxEmit.React, module: ts.ModuleKind.ESNext },
    fileName: 'example.tsx',
  }).outputText;
  const names = Object.keys(scope).filter((name) => /^[A-Za-z_$][\w$]*$/.test(name));
  const seen = (index, actual) => {
    checks[index].seen = true;
    checks[index].actual = actual;
  };
  try {
    await new AsyncFunction(...names, '__seen', js)(...names.map((name) => scope[name]), seen);
  } catch (error) {
    if (error instanceof ReferenceError) {
      return { checks, needs: /^(\S+) is not defined/.exec(error.message)?.[1] ?? error.message };
    }
    throw error;
  }
  return { checks, needs: undefined };
}
