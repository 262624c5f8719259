import { execFileSync } from 'node:child_process';
import { type Dirent, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analysePlan, parsePlan, statutoryTimeline, summarisePeriod } from '@wsoa-kit/core';
import { samplePlans } from '@wsoa-kit/core/samples';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// A council's project, outside the repository, so nothing resolves through the workspace: the two
// packages come from the tarballs `npm pack` makes (what `npm publish` would upload), and every
// other package only if one of them declares it, linked from the repository's install. A package
// that imports something it does not declare fails here as it would for a council.
// The export condition that points the packages at their TypeScript source.
const SOURCE = '@wsoa-kit/source';
const root = fileURLToPath(new URL('../../../', import.meta.url));
let project = '';

function pack(name: string): string {
  const [packed] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--silent', '--pack-destination', project], {
      cwd: join(root, 'packages', name),
      encoding: 'utf8',
    }),
  ) as { filename: string }[];
  const into = join(project, 'node_modules', '@wsoa-kit', name);
  mkdirSync(into, { recursive: true });
  execFileSync('tar', ['-xzf', join(project, packed!.filename), '-C', into, '--strip-components=1']);
  return into;
}

function link(name: string): void {
  const to = join(project, 'node_modules', name);
  if (existsSync(to)) return;
  mkdirSync(dirname(to), { recursive: true });
  symlinkSync(join(root, 'node_modules', name), to, 'dir');
}

function run(file: string, source: string): unknown {
  writeFileSync(join(project, file), source);
  return JSON.parse(execFileSync(process.execPath, [file], { cwd: project, encoding: 'utf8' }));
}

/** TypeScript's errors for the project's files under a config, one line each, and the files it read. */
function typecheck(config: object): { errors: string[]; files: string[] } {
  writeFileSync(join(project, 'tsconfig.json'), JSON.stringify(config));
  let output: string;
  try {
    output = execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', project, '--listFiles'], {
      encoding: 'utf8',
    });
  } catch (error) {
    output = String((error as { stdout?: string }).stdout);
  }
  const lines = output.split('\n');
  return { errors: lines.filter((line) => line.includes('error TS')), files: lines.filter((line) => line.startsWith('/')) };
}

/** Every file in the project's installed copy of a package, relative to the package. */
function installedFiles(name: string): string[] {
  const base = join(project, 'node_modules', '@wsoa-kit', name);
  return (readdirSync(base, { recursive: true, withFileTypes: true }) as Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => relative(base, join(entry.parentPath, entry.name)))
    .sort();
}

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), 'wsoa-kit-installed-'));
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'council-site', private: true, type: 'module' }));
  for (const name of ['core', 'components']) {
    const manifest = JSON.parse(readFileSync(join(pack(name), 'package.json'), 'utf8')) as Record<
      string,
      Record<string, string> | undefined
    >;
    for (const dependency of Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies })) {
      if (!dependency.startsWith('@wsoa-kit/')) link(dependency);
    }
  }
  // What the council's own project installs to write TypeScript with React.
  link('@types/react');
  link('@types/react-dom');
});

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

// The same results from the workspace's source, to compare the installed builds with.
const torbay = parsePlan(samplePlans.torbay);
if (!torbay.ok) throw new Error('the Torbay sample plan does not parse');
const analysis = analysePlan(torbay.value, { asOf: '2022-05-22' });
const expected = {
  sentence: summarisePeriod(analysis, { from: '2022-04-01', to: '2022-04-30' }).sentence,
  deadlines: statutoryTimeline(torbay.value.inspection).map((deadline) => deadline.date),
  critical: analysis.actions.filter((action) => action.critical).map((action) => action.ref),
};

const useCore = (imports: string) => `${imports}
const parsed = parsePlan(samplePlans.torbay);
const analysis = analysePlan(parsed.value, { asOf: '2022-05-22' });
const checked = parsePlan({ ...samplePlans.torbay, actions: [{ ...samplePlans.torbay.actions[0], start: '13/04/22' }] });
const html = renderToString(createElement(RagTable, { analysis }));
console.log(JSON.stringify({
  sentence: summarisePeriod(analysis, { from: '2022-04-01', to: '2022-04-30' }).sentence,
  deadlines: statutoryTimeline(parsed.value.inspection).map((deadline) => deadline.date),
  critical: analysis.actions.filter((action) => action.critical).map((action) => action.ref),
  problem: checked.ok ? null : checked.problems[0].message,
  table: html.includes('<table') && html.includes('Create a joint vision of commissioning'),
  schema: schema.$schema,
}));
`;

describe('the packages as a council installs them', () => {
  it('pack builds, types, the schema and the README', () => {
    for (const name of ['core', 'components']) {
      expect(installedFiles(name)).toEqual(
        expect.arrayContaining(['package.json', 'README.md', 'dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts']),
      );
    }
    expect(installedFiles('core')).toContain('schema/plan.schema.json');
    expect(installedFiles('components')).toContain('dist/styles.css');
  });

  it('run as ES modules in Node, with the samples, the JSON schema and a server render', () => {
    const result = run(
      'esm.mjs',
      useCore(`import { createRequire } from 'node:module';
import { analysePlan, parsePlan, statutoryTimeline, summarisePeriod } from '@wsoa-kit/core';
import { samplePlans } from '@wsoa-kit/core/samples';
import { RagTable } from '@wsoa-kit/components';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
const schema = createRequire(import.meta.url)('@wsoa-kit/core/plan.schema.json');`),
    );
    expect(result).toEqual({
      ...expected,
      problem: 'actions[0].start: expected a real date written yyyy-MM-dd, e.g. 2022-04-13, found "13/04/22".',
      table: true,
      schema: 'https://json-schema.org/draft/2020-12/schema',
    });
    expect(expected.critical.length).toBeGreaterThan(0);
    expect(expected.sentence).toBe(
      '29 actions were due to have started in April 2022, of which 29 have been reported. 28 have been started (97%).',
    );
  });

  it('run as CommonJS in Node', () => {
    const result = run(
      'commonjs.cjs',
      useCore(`const { analysePlan, parsePlan, statutoryTimeline, summarisePeriod } = require('@wsoa-kit/core');
const { samplePlans } = require('@wsoa-kit/core/samples');
const { RagTable } = require('@wsoa-kit/components');
const { createElement } = require('react');
const { renderToString } = require('react-dom/server');
const schema = require('@wsoa-kit/core/plan.schema.json');`),
    );
    expect(result).toEqual({
      ...expected,
      problem: 'actions[0].start: expected a real date written yyyy-MM-dd, e.g. 2022-04-13, found "13/04/22".',
      table: true,
      schema: 'https://json-schema.org/draft/2020-12/schema',
    });
  });

  it('resolve the stylesheet and the sample plans as JSON', () => {
    const result = run(
      'assets.mjs',
      `import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
const require = createRequire(import.meta.url);
const css = readFileSync(require.resolve('@wsoa-kit/components/styles.css'), 'utf8');
const torbay = require('@wsoa-kit/core/samples/torbay.json');
console.log(JSON.stringify({ gantt: css.includes('.wsoa-gantt'), forcedColors: css.includes('forced-colors'), id: torbay.id }));`,
    );
    expect(result).toEqual({ gantt: true, forcedColors: true, id: samplePlans.torbay.id });
  });

  const consumer = `import { analysePlan, parsePlan, type PlanAnalysis } from '@wsoa-kit/core';
import { samplePlans } from '@wsoa-kit/core/samples';
import { Gantt, RagTable, type GanttProps } from '@wsoa-kit/components';
import type { ReactElement } from 'react';

export function Plan(): ReactElement | null {
  const parsed = parsePlan(samplePlans.torbay);
  if (!parsed.ok) return null;
  const analysis: PlanAnalysis = analysePlan(parsed.value, { asOf: '2022-05-22' });
  const zoom: GanttProps['zoom'] = 'month';
  // @ts-expect-error: an as-of date is a yyyy-MM-dd string, so the types are real, not any.
  analysePlan(parsed.value, { asOf: 20220522 });
  return (
    <>
      <Gantt analysis={analysis} zoom={zoom} />
      <RagTable analysis={analysis} />
    </>
  );
}
`;
  const commonjsConsumer = `import { analysePlan, parsePlan } from '@wsoa-kit/core';
import { RagTable } from '@wsoa-kit/components';
export const analyse = (input: unknown) => {
  const parsed = parsePlan(input);
  // @ts-expect-error: the analysis needs an as-of date.
  if (parsed.ok) analysePlan(parsed.value, {});
  return parsed.ok ? analysePlan(parsed.value, { asOf: '2022-05-22' }) : parsed.problems;
};
export const table = RagTable;
`;
  const strict = { strict: true, noEmit: true, skipLibCheck: false, jsx: 'react-jsx', lib: ['ES2022', 'DOM'], types: [] };

  it('type-check under node16 resolution, as ES modules and as CommonJS, with no errors in their declarations', () => {
    writeFileSync(join(project, 'plan.tsx'), consumer);
    writeFileSync(join(project, 'analyse.cts'), commonjsConsumer);
    const node16 = typecheck({
      compilerOptions: { ...strict, module: 'node16', moduleResolution: 'node16' },
      files: ['plan.tsx', 'analyse.cts'],
    });
    expect(node16.errors).toEqual([]);
    // Both kinds of declarations were read: .d.ts for the ES module, .d.cts for CommonJS.
    const declarations = node16.files.filter((file) => file.includes('/@wsoa-kit/')).map((file) => file.slice(file.indexOf('@wsoa-kit/')));
    expect(declarations).toEqual(
      expect.arrayContaining([
        '@wsoa-kit/core/dist/index.d.ts',
        '@wsoa-kit/core/dist/index.d.cts',
        '@wsoa-kit/components/dist/index.d.cts',
      ]),
    );
  });

  it("type-check the READMEs' examples and a council's code under bundler resolution, from the builds even where the project sets a source condition of its own", () => {
    // Each TypeScript example in a packed README (what npm shows), its imports kept at the top and
    // the rest in a function, with the names it assumes the reader has.
    const examples = ['core', 'components'].flatMap((name) =>
      [...readFileSync(join(project, 'node_modules', '@wsoa-kit', name, 'README.md'), 'utf8').matchAll(/```tsx?\n([\s\S]*?)```/g)].map(
        (block, i) => {
          const lines = block[1]!.trimEnd().split('\n');
          const file = `readme-${name}-${i}.tsx`;
          const imports = lines.filter((line) => line.startsWith('import '));
          const body = lines.filter((line) => !line.startsWith('import '));
          writeFileSync(
            join(project, file),
            [...imports, 'declare const text: string;', 'export function example() {', ...body, '}', ''].join('\n'),
          );
          return file;
        },
      ),
    );
    expect(examples.length).toBeGreaterThanOrEqual(2);
    const bundler = typecheck({
      compilerOptions: { ...strict, skipLibCheck: true, module: 'esnext', moduleResolution: 'bundler', customConditions: ['source'] },
      files: ['plan.tsx', ...examples],
    });
    expect(bundler.errors).toEqual([]);
    const read = bundler.files.filter((file) => file.includes('/@wsoa-kit/'));
    expect(read.filter((file) => file.includes('/src/'))).toEqual([]);
    expect(read.filter((file) => file.endsWith('/dist/index.d.ts')).length).toBe(2);
  });

  it('type-check from their shipped source under the source condition, which ships every source file it uses and no other', () => {
    const source = typecheck({
      compilerOptions: {
        ...strict,
        skipLibCheck: true,
        module: 'esnext',
        moduleResolution: 'bundler',
        customConditions: [SOURCE],
        resolveJsonModule: true,
      },
      files: ['plan.tsx'],
    });
    expect(source.errors).toEqual([]);
    for (const name of ['core', 'components']) {
      const base = join(project, 'node_modules', '@wsoa-kit', name) + '/';
      const used = new Set(source.files.filter((file) => file.startsWith(base)).map((file) => file.slice(base.length)));
      // The stylesheet is the source of the `./styles.css` export, which TypeScript does not read.
      const unused = installedFiles(name).filter((file) => file.startsWith('src/') && !used.has(file) && file !== 'src/theme/styles.css');
      expect(unused, `${name} ships source nothing uses`).toEqual([]);
    }
  });
});
