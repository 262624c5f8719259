import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The components package's own tests, run again with React 18.3 (this workspace's own copy) in place
// of the React 19 the rest of the repository uses. Testing Library is hoisted beside React 19, so its
// ES build is named directly and run through Vite, where these aliases reach its imports too.
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const components = here('../../packages/components');

export default defineConfig({
  resolve: {
    conditions: ['@wsoa-kit/source'],
    alias: [
      {
        find: /^@testing-library\/react$/,
        replacement: here('../../node_modules/@testing-library/react/dist/@testing-library/react.esm.js'),
      },
      { find: /^react-dom(\/.*)?$/, replacement: `${here('node_modules/react-dom')}$1` },
      { find: /^react(\/.*)?$/, replacement: `${here('node_modules/react')}$1` },
    ],
  },
  // As in the components package: files that run in Node resolve core's source too.
  ssr: { resolve: { conditions: ['@wsoa-kit/source'], externalConditions: ['@wsoa-kit/source'] } },
  test: {
    root: components,
    testTimeout: 30_000,
    reporters: ['default', 'json'],
    outputFile: { json: here(`.test-results/vitest-${(process.env.TZ ?? 'local').replaceAll('/', '_')}.json`) },
    include: ['src/**/*.test.{ts,tsx}', here('src/**/*.test.ts')],
    environment: 'jsdom',
    server: { deps: { inline: [/@testing-library/] } },
  },
});
