/**
 * @packageDocumentation
 * Accessible React views over @wsoa-kit/core results. Import the default theme once:
 * `import '@wsoa-kit/components/styles.css'`.
 */
export { ValidationSummary, type ValidationSummaryProps } from './validation/ValidationSummary.js';
