import type { Finding, FindingKind } from '../model/finding.js';
import type { PlanAnalysis, WorkstreamAnalysis } from './types.js';

/** The inspection's word for each kind of finding. */
export const FINDING_KIND_NAMES: Readonly<Record<FindingKind, string>> = {
  strength: 'Strength',
  'significant-weakness': 'Weakness',
  'area-for-priority-action': 'Area for priority action',
  'area-for-improvement': 'Area for improvement',
};

/** One finding with the workstreams that address it. */
export interface FindingCoverageRow {
  readonly finding: Finding;
  /** "Weakness 1", "Area for priority action 2". */
  readonly name: string;
  readonly workstreams: readonly WorkstreamAnalysis[];
  /** A weakness or area for action that no workstream addresses. */
  readonly unaddressed: boolean;
}

/**
 * Which workstreams address each finding, and which findings nothing addresses. Strengths are left
 * out unless asked for, and never count as unaddressed.
 *
 * @example
 * findingCoverage(analysis).filter((row) => row.unaddressed).map((row) => row.name); // ['Weakness 8']
 */
export function findingCoverage(analysis: PlanAnalysis, options: { showStrengths?: boolean } = {}): FindingCoverageRow[] {
  const byFinding = new Map<string, WorkstreamAnalysis[]>();
  for (const ws of analysis.workstreams) {
    for (const id of ws.findingIds) {
      const list = byFinding.get(id);
      if (list) list.push(ws);
      else byFinding.set(id, [ws]);
    }
  }
  return analysis.plan.findings
    .filter((f) => options.showStrengths || f.kind !== 'strength')
    .map((finding) => {
      const workstreams = byFinding.get(finding.id) ?? [];
      return {
        finding,
        name: `${FINDING_KIND_NAMES[finding.kind]} ${finding.number}`,
        workstreams,
        unaddressed: finding.kind !== 'strength' && workstreams.length === 0,
      };
    });
}
