/// <reference types="vite/client" />
import * as core from '@wsoa-kit/core';
import * as React from 'react';
import { describeExamples } from '../../../tools/describeExamples.mjs';
import * as api from './index.js';

// Every source file's text and module, so each example runs with core's and this package's
// exports and its own file's in reach, as its reader would have them.
const sources = import.meta.glob<string>(['./**/*.{ts,tsx}', '!./**/*.test.{ts,tsx}', '!./**/*.stories.tsx', '!./**/*.d.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
});
const modules = import.meta.glob<Record<string, unknown>>([
  './**/*.{ts,tsx}',
  '!./**/*.test.{ts,tsx}',
  '!./**/*.stories.tsx',
  '!./**/*.d.ts',
]);

// Examples that start from something the reader already has (a plan's analysis), so their
// documented values are not checked here; each value is pinned by its function's own tests.
const NEEDS_THE_READERS_DATA: Record<string, string[]> = {
  'progress/boardReport.ts': ['analysis'],
  'table/ragTableModel.ts': ['analysis'],
};

describeExamples({ sources, modules, scope: { React, ...core, ...api }, needsTheReadersData: NEEDS_THE_READERS_DATA, atLeast: 6 });
