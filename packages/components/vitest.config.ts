import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@wsoa-kit/source'] },
  // Files that run in Node (the server-rendering tests) resolve through the SSR conditions: core's
  // source there too, never a build that may be stale or not made yet.
  ssr: { resolve: { conditions: ['@wsoa-kit/source'], externalConditions: ['@wsoa-kit/source'] } },
  test: {
    // A hang guard, not a speed check (speed lives in `npm run bench`): CI machines run several suites at once.
    testTimeout: 30_000,
    reporters: ['default', 'json'],
    outputFile: { json: `.test-results/vitest-${(process.env.TZ ?? 'local').replaceAll('/', '_')}.json` },
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'jsdom',
  },
});
