import { analysePlan, statutoryTimeline } from '@wsoa-kit/core';
import { ValidationSummary } from '@wsoa-kit/components';
import { useMemo, type ReactElement } from 'react';
import { PlanView } from '../PlanView.js';
import type { EmbedOptions } from './embedOptions.js';
import type { LoadedPlan } from './loadPlan.js';
import { sendFeedback } from './sendFeedback.js';

/** Why a placeholder shows no view, as text in the page (never markup from the plan or the attributes). */
export function EmbedProblem({ message }: { readonly message: string }): ReactElement {
  return (
    <div data-wsoa="" className="wsoa-embed-problem">
      <p>
        <strong>This plan view could not be shown.</strong> {message}
      </p>
    </div>
  );
}

/** One embedded view of a loaded plan, or what stops it being drawn. */
export function EmbeddedPlan({ options, loaded }: { readonly options: EmbedOptions; readonly loaded: LoadedPlan }): ReactElement {
  const plan = loaded.ok && loaded.result.ok ? loaded.result.value : undefined;
  const analysis = useMemo(() => (plan ? analysePlan(plan, { asOf: options.asOf }) : undefined), [plan, options.asOf]);
  const deadlines = useMemo(() => (plan ? statutoryTimeline(plan.inspection, undefined, { planKind: plan.kind }) : []), [plan]);
  if (!loaded.ok) return <EmbedProblem message={loaded.error} />;
  if (!analysis)
    return (
      <ValidationSummary subject={`The plan at ${options.planUrl}`} problems={loaded.result.problems} headingLevel={options.headingLevel} />
    );
  return (
    <PlanView
      view={options.view}
      analysis={analysis}
      deadlines={deadlines}
      problems={loaded.result.problems}
      period={options.from !== undefined && options.to !== undefined ? { from: options.from, to: options.to } : undefined}
      headingLevel={options.headingLevel}
      theme={options.theme}
      onFeedback={
        options.submitTo === undefined ? undefined : (submission) => sendFeedback(options.submitTo as string, analysis.plan.id, submission)
      }
    />
  );
}
