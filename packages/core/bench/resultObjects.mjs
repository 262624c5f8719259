// A reference for the benchmark, not an analysis: it makes and keeps the objects analysePlan
// returns for each action (its result and its RAG result, with the same fields in the same order),
// filled from the plan with no dates, links or rules worked out. Timed the same way as
// analysePlan, it shows how the cost of returning a fresh result per action grows from 10,000 to
// 100,000 actions on the machine at hand, with the analysis itself taken out.
const NONE = Object.freeze([]);
const REASONS = Object.freeze(['Reference result']);

export function resultObjectsOnly(plan) {
  const actions = plan.actions;
  const results = new Array(actions.length).fill(undefined);
  for (let i = 0; i < actions.length; i++) {
    const action = actions[i];
    const rag = {
      status: 'green',
      label: 'Green',
      computed: 'green',
      computedLabel: 'Green',
      verdict: 'on-track',
      reasons: REASONS,
      headline: 'on track',
      severity: 2,
      override: undefined,
      expectedPercent: action.percentComplete,
      behindBy: undefined,
    };
    results[i] = {
      id: action.id,
      ref: action.ref,
      title: action.title,
      workstreamId: action.workstreamId,
      parentId: action.parentId,
      childIds: NONE,
      isSummary: false,
      depth: 0,
      milestone: action.milestone,
      leads: NONE,
      percentComplete: action.percentComplete,
      lastUpdate: undefined,
      start: action.start,
      finish: action.start,
      durationDays: action.durationDays,
      lateStart: action.start,
      lateFinish: action.start,
      totalFloat: 0,
      critical: false,
      slippage: undefined,
      rag,
      problems: NONE,
      rescheduled: false,
      overdue: false,
      source: action,
    };
  }
  return results;
}
