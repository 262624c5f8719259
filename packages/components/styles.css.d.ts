// Types for `import '@wsoa-kit/components/styles.css'`: the stylesheet has no exports, and
// TypeScript 6 checks side-effect imports by default (noUncheckedSideEffectImports), so a project
// without a bundler's CSS types needs this to compile.
export {};
