import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // A hang guard, not a speed check (speed lives in `npm run bench`): CI machines run several suites at once.
    testTimeout: 30_000,
    reporters: ['default', 'json'],
    outputFile: { json: `.test-results/vitest-${(process.env.TZ ?? 'local').replaceAll('/', '_')}.json` },
    include: ['src/**/*.test.ts', 'bench/**/*.test.mjs'],
    environment: 'node',
  },
});
