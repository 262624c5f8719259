import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { samplePlans } from '@wsoa-kit/core/samples';
import { defaultClientConditions, defineConfig, type Plugin } from 'vite';

// The build councils embed: dist/embed/wsoa-embed.js and wsoa-embed.css, one self-contained module
// and one stylesheet, beside an example council page and the sample plans it draws from.
function examplePage(): Plugin {
  return {
    name: 'wsoa-embed-example',
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: 'example.html',
        source: readFileSync(new URL('embed/example.html', import.meta.url), 'utf8'),
      });
      for (const [name, plan] of Object.entries(samplePlans))
        this.emitFile({ type: 'asset', fileName: `plans/${name}.json`, source: `${JSON.stringify(plan, null, 2)}\n` });
    },
  };
}

export default defineConfig({
  plugins: [react(), examplePage()],
  resolve: { conditions: ['@wsoa-kit/source', ...defaultClientConditions] },
  // A library build leaves process.env alone; React needs it decided to drop its development checks.
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    outDir: 'dist/embed',
    emptyOutDir: true,
    sourcemap: true,
    // Library mode leaves whitespace in an ES module, for bundlers that shake it further. This one is
    // loaded by the page as it is, so it is minified in full: 630 kB became 484 kB.
    rolldownOptions: { output: { minify: true } },
    lib: { entry: 'src/embed/embed.tsx', formats: ['es'], fileName: () => 'wsoa-embed.js', cssFileName: 'wsoa-embed' },
  },
});
