import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    reporters: ['default', 'json'],
    outputFile: { json: `.test-results/vitest-${(process.env.TZ ?? 'local').replaceAll('/', '_')}.json` },
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
