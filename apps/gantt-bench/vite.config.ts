import react from '@vitejs/plugin-react';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { defaultClientConditions, defineConfig } from 'vite';

const require = createRequire(import.meta.url);
// frappe-gantt's exports map hides its stylesheet, so point at the file itself.
const frappeCss = join(dirname(require.resolve('frappe-gantt')), 'frappe-gantt.css');

const pages = ['wsoa', 'frappe', 'gantt-task-react', 'svar', 'ragtable'];

export default defineConfig({
  plugins: [react()],
  resolve: { conditions: ['@wsoa-kit/source', ...defaultClientConditions], alias: { 'frappe-gantt.css': frappeCss } },
  build: {
    outDir: 'dist',
    rolldownOptions: { input: Object.fromEntries(pages.map((page) => [page, `${page}.html`])) },
    chunkSizeWarningLimit: 4000,
  },
});
