/**
 * @packageDocumentation
 * Accessible React views over @wsoa-kit/core results. Import the default theme once:
 * `import '@wsoa-kit/components/styles.css'`.
 */
export { ValidationSummary, type ValidationSummaryProps } from './validation/ValidationSummary.js';
export { Gantt, type GanttActionChange, type GanttColumn, type GanttProps } from './gantt/Gantt.js';
export { ganttToSvg, type GanttExportInput } from './gantt/exportGantt.js';
export type { ExpandedState, GanttRow } from './gantt/ganttRows.js';
export { barLabel } from './gantt/ganttText.js';
export { useControllableState } from './shared/useControllableState.js';
