// Type-checks every TSDoc `@example` of a package the way its reader would write it: with the
// package's exports (and the example's own file's) in scope, and the names an example takes from
// the reader's own data declared with their types. A run checks values (docExamples.mjs); this
// checks that the example compiles, so an example cannot call a function with the wrong arguments.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';
import { readExamples } from './docExamples.mjs';

/** Every `.ts` and `.tsx` file under `dir`, tests, stories and declaration files left out. */
function sourceFiles(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !/\.(test|stories|d)\.tsx?$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

const importPath = (from, to) => {
  const path = relative(dirname(from), to).replace(/\.tsx?$/, '.js');
  return path.startsWith('.') ? path : `./${path}`;
};

/**
 * The type errors of each example of the package at `packageDir`, keyed `path:line` (the line its
 * comment starts on), as `tsc` would print them.
 *
 * - `index`: the entry, default `src/index.ts`; an app without one has only each file's own
 *   exports in scope.
 * - `typesFrom`: the module the reader's data types come from (`@wsoa-kit/core`, or a path), in
 *   scope as `core`.
 * - `readersData`: each name an example may take from the reader's own data or page, with its type
 *   (`analysis: 'core.PlanAnalysis'`).
 * - `alsoInScope`: a package whose exports a reader has beside this one's (`@wsoa-kit/core`).
 *
 * @param {{
 *   packageDir: string;
 *   index?: string;
 *   typesFrom: string;
 *   readersData: Record<string, string>;
 *   alsoInScope?: string;
 * }} options
 * @returns {{ examples: number; errors: Record<string, string[]> }}
 */
export function exampleTypeErrors({ packageDir, index = 'src/index.ts', typesFrom, readersData, alsoInScope }) {
  const config = ts.getParsedCommandLineOfConfigFile(
    join(packageDir, 'tsconfig.json'),
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} },
  );
  if (!config) throw new Error(`No tsconfig.json in ${packageDir}`);
  // An example may leave a name unused; that is no fault of the example.
  const options = { ...config.options, noUnusedLocals: false, noUnusedParameters: false, noEmit: true };
  // An app has no entry of its own: its examples have only their own file's exports in scope.
  const entry = existsSync(join(packageDir, index)) ? join(packageDir, index) : undefined;

  // The names each module exports, read from a first program over the package.
  const files = sourceFiles(join(packageDir, 'src'));
  const first = ts.createProgram({ rootNames: files, options });
  const checker = first.getTypeChecker();
  // A module's exports, values and types apart: values are destructured into scope, types imported.
  const exportsOf = (file) => {
    const source = first.getSourceFile(file);
    const symbol = source && checker.getSymbolAtLocation(source);
    const values = [];
    const types = [];
    for (const exported of symbol ? checker.getExportsOfModule(symbol) : []) {
      const target = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      (target.flags & ts.SymbolFlags.Value ? values : types).push(exported.getName());
    }
    return { values, types };
  };
  const api = entry ? exportsOf(entry) : { values: [], types: [] };
  // The other package's exports, from the file its name resolves to for this package.
  const from = entry ?? files[0] ?? packageDir;
  const extraFile = alsoInScope && ts.resolveModuleName(alsoInScope, from, options, ts.sys).resolvedModule?.resolvedFileName;
  if (alsoInScope && !extraFile) throw new Error(`${alsoInScope} does not resolve from ${from}`);
  const extra = extraFile ? exportsOf(extraFile) : { values: [], types: [] };

  const virtual = new Map();
  const keys = new Map();
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const own = file === entry ? { values: [], types: [] } : exportsOf(file);
    readExamples(text).forEach((example, i) => {
      const name = file.replace(/\.tsx?$/, `.__example${i}.tsx`);
      const imports = example.code.split('\n').filter((line) => /^\s*import\s/.test(line));
      const body = example.code
        .split('\n')
        .filter((line) => !/^\s*import\s/.test(line))
        .join('\n');
      const imported = new Set(imports.flatMap((line) => [...line.matchAll(/\b([A-Za-z_$][\w$]*)\b(?=\s*[,}])/g)].map((m) => m[1])));
      const scope = [...new Set([...extra.values, ...api.values, ...own.values])].filter((n) => !imported.has(n) && !(n in readersData));
      const apiTypes = api.types.filter((n) => !imported.has(n));
      const ownTypes = own.types.filter((n) => !imported.has(n) && !api.types.includes(n));
      const readers = Object.entries(readersData)
        .filter(([n]) => !imported.has(n))
        .map(([n, type]) => `declare const ${n}: ${type};`);
      virtual.set(
        name,
        [
          ...imports,
          `import type * as core from '${typesFrom.startsWith('.') ? importPath(name, join(packageDir, typesFrom)) : typesFrom}';`,
          ...(alsoInScope ? [`import * as __extra from '${alsoInScope}';`] : []),
          ...(entry ? [`import * as __api from '${importPath(name, entry)}';`] : []),
          `import * as __own from '${importPath(name, file)}';`,
          ...(entry && apiTypes.length > 0 ? [`import type { ${apiTypes.join(', ')} } from '${importPath(name, entry)}';`] : []),
          ...(ownTypes.length > 0 ? [`import type { ${ownTypes.join(', ')} } from '${importPath(name, file)}';`] : []),
          `const { ${scope.join(', ')} } = { ${alsoInScope ? '...__extra, ' : ''}${entry ? '...__api, ' : ''}...__own };`,
          ...readers,
          `export async function __example() {`,
          body,
          `}`,
        ].join('\n'),
      );
      keys.set(name, `${relative(join(packageDir, 'src'), file)}:${example.line}`);
    });
  }

  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.readFile = (file) => virtual.get(file) ?? readFile(file);
  host.fileExists = (file) => virtual.has(file) || fileExists(file);
  host.getSourceFile = (file, language, ...rest) =>
    virtual.has(file)
      ? ts.createSourceFile(file, virtual.get(file), language, true, ts.ScriptKind.TSX)
      : getSourceFile(file, language, ...rest);
  const program = ts.createProgram({ rootNames: [...virtual.keys()], options, host, oldProgram: first });

  const errors = {};
  for (const name of virtual.keys()) {
    const diagnostics = ts.getPreEmitDiagnostics(program, program.getSourceFile(name));
    const messages = diagnostics.filter((d) => d.file?.fileName === name).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    if (messages.length > 0) errors[keys.get(name)] = messages;
  }
  return { examples: virtual.size, errors };
}
