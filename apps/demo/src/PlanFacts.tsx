import type { Plan } from '@wsoa-kit/core';
import type { ReactElement } from 'react';
import { pluralLabel } from './samples.js';

/** What a plan holds, in counts, under the label its own documents use for a workstream. */
export function PlanFacts({ plan }: { readonly plan: Plan }): ReactElement {
  return (
    <dl className="demo__facts">
      <div>
        <dt>Area</dt>
        <dd>{plan.area.name}</dd>
      </div>
      <div>
        <dt>Findings</dt>
        <dd>{plan.findings.length}</dd>
      </div>
      <div>
        <dt>{pluralLabel(plan.workstreams[0]?.label ?? 'Workstream')}</dt>
        <dd>{plan.workstreams.length}</dd>
      </div>
      <div>
        <dt>Actions</dt>
        <dd>{plan.actions.length}</dd>
      </div>
    </dl>
  );
}
