import { findingCoverage, type PlanAnalysis } from '@wsoa-kit/core';
import { useId, useMemo, type ReactElement } from 'react';
import { RagResultBadge } from '../rag/RagBadge.js';
import { ColumnHeaders, ScrollTable } from '../shared/ScrollTable.js';
import { Heading, type HeadingLevel } from '../shared/Heading.js';

/** Props for {@link FindingCoverage}. */
export interface FindingCoverageProps {
  readonly analysis: PlanAnalysis;
  /** Heading level of the title. Default 2. */
  readonly headingLevel?: HeadingLevel;
  /** List strengths too (they need no action). Default false. */
  readonly showStrengths?: boolean;
  readonly theme?: 'default' | 'high-contrast';
}

/**
 * A table of the inspection's findings against the workstreams (and so the actions) that address
 * them, flagging in words any weakness or area for action that nothing addresses, and any
 * workstream linked to no finding.
 *
 * @example
 * <FindingCoverage analysis={analysis} />
 */
export function FindingCoverage(props: FindingCoverageProps): ReactElement {
  const { analysis } = props;
  const ids = useId();
  const rows = useMemo(() => findingCoverage(analysis, { showStrengths: props.showStrengths }), [analysis, props.showStrengths]);
  const needing = rows.filter((r) => r.finding.kind !== 'strength');
  const missing = rows.filter((r) => r.unaddressed);
  const unlinked = analysis.workstreams.filter((ws) => ws.findingIds.length === 0 && !ws.parentId);
  const summary =
    needing.length === 0
      ? 'The plan records no weaknesses or areas for action.'
      : missing.length === 0
        ? `All ${needing.length} finding${needing.length === 1 ? '' : 's'} that need action ${needing.length === 1 ? 'is' : 'are'} addressed by at least one workstream.`
        : `${needing.length - missing.length} of ${needing.length} findings that need action are addressed by at least one workstream. Not addressed: ${missing.map((m) => m.name).join(', ')}.`;

  return (
    <section data-wsoa="" data-wsoa-theme={props.theme ?? 'default'} className="wsoa-coverage" aria-labelledby={`${ids}-title`}>
      <Heading level={props.headingLevel ?? 2} id={`${ids}-title`}>
        What each finding is addressed by
      </Heading>
      <p className="wsoa-coverage__summary" data-state={missing.length > 0 ? 'gaps' : 'complete'}>
        {summary}
      </p>
      {rows.length > 0 ? (
        <ScrollTable caption="Findings of the inspection and the workstreams that address them" stack>
          <ColumnHeaders columns={['Finding', 'What the inspectors found', 'Addressed by']} />
          <tbody role="rowgroup">
            {rows.map((row) => (
              <tr key={row.finding.id} role="row" data-kind={row.finding.kind} data-unaddressed={row.unaddressed ? 'true' : undefined}>
                <th scope="row" role="rowheader" data-stack="title">
                  {row.name}
                </th>
                <td role="cell" data-label="What the inspectors found" data-stack="long">
                  {row.finding.text}
                </td>
                <td role="cell" data-label="Addressed by" data-stack="long">
                  {row.workstreams.length > 0 ? (
                    <ul className="wsoa-coverage__list">
                      {row.workstreams.map((ws) => (
                        <li key={ws.id}>
                          <span className="wsoa-coverage__ws">{`${ws.label} ${ws.ref}: ${ws.title}`}</span>{' '}
                          <span className="wsoa-muted">{`${ws.actionCount} action${ws.actionCount === 1 ? '' : 's'}`}</span>{' '}
                          {ws.actionCount > 0 ? <RagResultBadge rag={ws.rag} /> : null}
                        </li>
                      ))}
                    </ul>
                  ) : row.unaddressed ? (
                    <strong className="wsoa-coverage__gap">Not addressed by any workstream</strong>
                  ) : (
                    <span className="wsoa-muted">No action needed</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      ) : null}
      {unlinked.length > 0 ? (
        <p className="wsoa-coverage__unlinked">
          {`Not linked to any finding: ${unlinked.map((ws) => `${ws.label} ${ws.ref}: ${ws.title}`).join('; ')}.`}
        </p>
      ) : null}
    </section>
  );
}
