import {
  monthBefore,
  type FeedbackSubmission,
  type IsoDate,
  type PlanAnalysis,
  type Problem,
  type StatutoryDeadline,
} from '@wsoa-kit/core';
import {
  DeadlineTimeline,
  EngagementTracker,
  FeedbackForm,
  FindingCoverage,
  Gantt,
  MeasureChart,
  ProgressSummary,
  RagTable,
  RiskRegister,
  ScheduleChecks,
  ValidationSummary,
  YouSaidWeDid,
  type GanttColumn,
} from '@wsoa-kit/components';
import type { ReactElement } from 'react';
import type { EmbedView } from './embed/embedOptions.js';

// Start, finish and working days are in the RAG table; without them the timeline has room.
const GANTT_COLUMNS: readonly GanttColumn[] = ['ref', 'title', 'leads', 'percent', 'rag'];

export interface PlanViewProps {
  readonly view: EmbedView;
  readonly analysis: PlanAnalysis;
  readonly deadlines: readonly StatutoryDeadline[];
  /** What `parsePlan` found (an empty list when nothing), for the validation view. */
  readonly problems: readonly Problem[];
  /** The progress view's period; by default the calendar month before the as-of date's. */
  readonly period?: { readonly from: IsoDate; readonly to: IsoDate };
  /** The level of the view's own heading; for the Gantt, its details panel's title (the RAG table has none). Default 2. */
  readonly headingLevel?: 2 | 3 | 4;
  readonly theme?: 'default' | 'high-contrast';
  /** Where the feedback form's checked comments go. Without it, the `feedback-form` view says it cannot take comments. */
  readonly onFeedback?: (submission: FeedbackSubmission) => void | Promise<void>;
  /** The progress view's button that copies the board report's progress section: for officers' pages, not the public's. */
  readonly copyForBoard?: boolean;
}

/** One view of a plan, by name: what the dashboard shows in each section and what a page embeds. */
export function PlanView({
  view,
  analysis,
  deadlines,
  problems,
  period,
  headingLevel = 2,
  theme,
  onFeedback,
  copyForBoard,
}: PlanViewProps): ReactElement {
  const asOf = analysis.asOf;
  switch (view) {
    case 'progress': {
      const { from, to } = period ?? monthBefore(asOf);
      return (
        <ProgressSummary analysis={analysis} from={from} to={to} headingLevel={headingLevel} theme={theme} copyForBoard={copyForBoard} />
      );
    }
    case 'deadlines':
      return <DeadlineTimeline deadlines={deadlines} asOf={asOf} headingLevel={headingLevel} theme={theme} plan={analysis.plan} />;
    case 'gantt':
      return (
        <Gantt
          analysis={analysis}
          deadlines={deadlines}
          defaultZoom="month"
          columns={GANTT_COLUMNS}
          theme={theme}
          headingLevel={headingLevel}
        />
      );
    case 'rag-table':
      return <RagTable analysis={analysis} theme={theme} />;
    case 'findings':
      return <FindingCoverage analysis={analysis} headingLevel={headingLevel} theme={theme} />;
    case 'measures':
      return analysis.plan.measures.length === 0 ? (
        <p>This plan has no impact measures yet.</p>
      ) : (
        <>
          {analysis.plan.measures.map((measure) => (
            <MeasureChart key={measure.id} measure={measure} asOf={asOf} headingLevel={headingLevel} theme={theme} />
          ))}
        </>
      );
    case 'you-said-we-did':
      return <YouSaidWeDid analysis={analysis} headingLevel={headingLevel} theme={theme} />;
    case 'engagement':
      return <EngagementTracker analysis={analysis} headingLevel={headingLevel} theme={theme} />;
    case 'feedback-form':
      return onFeedback ? (
        <FeedbackForm plan={analysis.plan} onSubmit={onFeedback} headingLevel={headingLevel} theme={theme} />
      ) : (
        <p>This page cannot take comments.</p>
      );
    case 'risks':
      return <RiskRegister analysis={analysis} headingLevel={headingLevel} theme={theme} />;
    case 'validation':
      // Whether the plan's fields parsed, then what the analysis found in its schedule: a plan can parse and still have a broken link.
      return (
        <>
          <ValidationSummary subject={analysis.plan.title} problems={problems} headingLevel={headingLevel} />
          <ScheduleChecks analysis={analysis} headingLevel={headingLevel} theme={theme} />
        </>
      );
  }
}
