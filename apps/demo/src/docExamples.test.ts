/// <reference types="vite/client" />
import { join } from 'node:path';
import { describeExampleTypes, describeExamples } from '../../../tools/describeExamples.mjs';

// Every source file's text and module: each example runs with its own file's exports in reach.
const sources = import.meta.glob<string>(['./**/*.{ts,tsx}', '!./**/*.test.ts', '!./**/*.d.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
});
const modules = import.meta.glob<Record<string, unknown>>(['./**/*.{ts,tsx}', '!./**/*.test.ts', '!./**/*.d.ts']);

describeExamples({ sources, modules, scope: {}, needsTheReadersData: {}, atLeast: 1 });

describeExampleTypes({
  // This file's package, wherever the suite runs from (the React 18 check runs it from its own).
  packageDir: join(import.meta.dirname, '..'),
  typesFrom: '@wsoa-kit/core',
  alsoInScope: '@wsoa-kit/core',
  readersData: { table: 'string' },
  atLeast: 5,
});
