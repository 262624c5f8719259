import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', samples: 'src/samples/index.ts' },
  format: ['esm', 'cjs'],
  dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
  sourcemap: true,
  clean: true,
  target: 'es2022',
  treeshake: true,
});
