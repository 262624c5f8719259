// The lint step of the gate (`npm test` runs it with no warnings allowed). Prettier owns layout
// and TypeScript owns types and unused names (`noUnused*` in tsconfig.base.json), so this looks
// for what neither catches: broken rules of hooks, effects that read stale values, markup that
// a keyboard or a screen reader cannot use, and JavaScript's own traps.
import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/',
      '**/dist/',
      '**/storybook-static/',
      '**/coverage/',
      '**/.test-results/',
      '**/.turbo/',
      '**/*.tmp.mjs',
      '**/*.tmp/',
    ],
  },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mts,cts}'],
    rules: {
      // TypeScript reports these itself (noUnusedLocals, noUnusedParameters), with the same
      // exceptions the code relies on.
      '@typescript-eslint/no-unused-vars': 'off',
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Scripts that drive Chromium: the functions they hand to `page.evaluate` run in the page.
    files: ['apps/gantt-bench/bench.mjs', 'tools/reflow.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['**/*.{jsx,tsx}'],
    ...jsxA11y.flatConfigs.strict,
    languageOptions: {
      ...jsxA11y.flatConfigs.strict.languageOptions,
      globals: { ...globals.browser },
    },
    rules: {
      ...jsxA11y.flatConfigs.strict.rules,
      // Safari drops a list's role when its bullets are styled away, so a list without bullets
      // says role="list" on purpose. WebKit likewise drops a table's roles once CSS changes its
      // display, so a table that stacks on narrow screens (RagTable) says them all.
      'jsx-a11y/no-redundant-roles': ['error', { ul: ['list'], ol: ['list'], thead: ['rowgroup'], tbody: ['rowgroup'] }],
      // The rule counts every <td> as a grid cell, so `role="cell"` (a <td>'s own role outside a
      // grid, said for the reason above) would read as making it less interactive.
      'jsx-a11y/no-interactive-element-to-noninteractive-role': ['error', { td: ['cell'] }],
      // A region that scrolls must take the focus, or a keyboard cannot scroll it (WCAG 2.1.1,
      // axe's scrollable-region-focusable).
      'jsx-a11y/no-noninteractive-tabindex': ['error', { tags: [], roles: ['tabpanel', 'region'], allowExpressionValues: true }],
    },
  },
  reactHooks.configs.flat['recommended-latest'],
);
