import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Packing, extracting and two TypeScript programs: a hang guard, not a speed check.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    reporters: ['default', 'json'],
    outputFile: { json: `.test-results/vitest-${(process.env.TZ ?? 'local').replaceAll('/', '_')}.json` },
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
