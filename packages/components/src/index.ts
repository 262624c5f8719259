/**
 * @packageDocumentation
 * Accessible React views over @wsoa-kit/core results. Import the default theme once:
 * `import '@wsoa-kit/components/styles.css'`.
 */
export { ValidationSummary, type ValidationSummaryProps } from './validation/ValidationSummary.js';
export { ScheduleChecks, type ScheduleChecksProps } from './validation/ScheduleChecks.js';
export { Gantt, type GanttActionChange, type GanttColumn, type GanttProps } from './gantt/Gantt.js';
export { ganttToSvg, type GanttExportInput } from './gantt/exportGantt.js';
export type { ExpandedState, GanttRow } from './gantt/ganttRows.js';
export { barLabel } from './gantt/ganttText.js';
export { useControllableState } from './shared/useControllableState.js';
export { RagBadge, RagResultBadge, type RagBadgeProps } from './rag/RagBadge.js';
export { RagTable, type RagTableProps } from './table/RagTable.js';
export {
  actionLeads,
  DEFAULT_RAG_TABLE_COLUMNS,
  describeSort,
  ragStatusesPresent,
  ragTableRows,
  type RagTableColumn,
  type RagTableFilters,
  type RagTableGroup,
  type RagTableRows,
  type RagTableSort,
  type RagTableSortColumn,
} from './table/ragTableModel.js';
export { csvField, ragTableCsv } from './table/ragTableCsv.js';
export { ProgressSummary, type ProgressSummaryProps } from './progress/ProgressSummary.js';
export { boardReport, type BoardReport } from './progress/boardReport.js';
export { FindingCoverage, type FindingCoverageProps } from './findings/FindingCoverage.js';
export { DeadlineTimeline, type DeadlineTimelineProps } from './deadlines/DeadlineTimeline.js';
export { MeasureChart, niceTicks, type MeasureChartProps } from './measures/MeasureChart.js';
export { LeadInitials, LeadsKey } from './shared/Leads.js';
export type { HeadingLevel } from './shared/Heading.js';
export { YouSaidWeDid, type FeedbackFilter, type YouSaidWeDidProps } from './coproduction/YouSaidWeDid.js';
export { EngagementTracker, type EngagementTrackerProps } from './coproduction/EngagementTracker.js';
export { FeedbackForm, type FeedbackFormProps } from './coproduction/FeedbackForm.js';
export { RiskRegister, type RiskRegisterProps } from './risks/RiskRegister.js';
export { PlanChanges, type PlanChangesFilter, type PlanChangesProps } from './changes/PlanChanges.js';
