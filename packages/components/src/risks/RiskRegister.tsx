import { riskRegister, type PlanAnalysis, type RiskBand } from '@wsoa-kit/core';
import { useId, useMemo, type ReactElement } from 'react';
import { Heading, type HeadingLevel } from '../shared/Heading.js';
import { ColumnHeaders, ScrollTable } from '../shared/ScrollTable.js';

/** Props for {@link RiskRegister}. */
export interface RiskRegisterProps {
  readonly analysis: PlanAnalysis;
  /** Score bands, lowest first, starting at 1. Default: core's `NHS_RISK_BANDS` (low, moderate, high, extreme). */
  readonly bands?: readonly RiskBand[];
  /** Heading level of the title. Default 2. */
  readonly headingLevel?: HeadingLevel;
  readonly theme?: 'default' | 'high-contrast';
}

/**
 * The plan's risks to delivery, worst live risk first: each with its score (likelihood × impact) and
 * band in words, its status, owner, the workstreams it bears on and its mitigation, under a sentence
 * that counts them. A band's colour is a mark beside its name, never the only sign of it.
 *
 * @example
 * <RiskRegister analysis={analysis} />
 */
export function RiskRegister(props: RiskRegisterProps): ReactElement {
  const { analysis, bands } = props;
  const ids = useId();
  const register = useMemo(() => riskRegister(analysis.plan, { bands }), [analysis.plan, bands]);
  const bandNames = register.liveByBand.map((b) => b.band);
  // Colour steps 0 (lowest) to 3 (highest), spread over however many bands there are.
  const step = (band: string) => {
    const i = bandNames.indexOf(band);
    return bandNames.length < 2 ? 0 : Math.round((i * 3) / (bandNames.length - 1));
  };
  return (
    <section data-wsoa="" data-wsoa-theme={props.theme ?? 'default'} className="wsoa-risks" aria-labelledby={`${ids}-title`}>
      <Heading level={props.headingLevel ?? 2} id={`${ids}-title`}>
        Risks to delivering the plan
      </Heading>
      <p>{register.sentence}</p>
      {register.entries.length > 0 ? (
        <ScrollTable caption="Risks, worst live risk first" stack>
          <ColumnHeaders columns={['Risk', 'Score', 'Status', 'Owner', 'Mitigation']} />
          <tbody role="rowgroup">
            {register.entries.map((entry) => (
              <tr key={entry.id} role="row" data-status={entry.status}>
                <th scope="row" role="rowheader" data-stack="title">
                  {entry.title}
                  {entry.workstreams.length > 0 ? (
                    <span className="wsoa-risks__workstreams wsoa-muted">{entry.workstreams.join('; ')}</span>
                  ) : null}
                </th>
                <td role="cell" data-label="Score">
                  <span className="wsoa-risks__band" data-band-step={step(entry.band)}>
                    <span className="wsoa-risks__swatch" aria-hidden="true" />
                    <strong>{`${entry.score} ${entry.band}`}</strong>
                  </span>
                  <span className="wsoa-risks__factors wsoa-muted">{`likelihood ${entry.likelihood} × impact ${entry.impact}`}</span>
                </td>
                <td role="cell" data-label="Status">
                  {entry.statusLabel}
                </td>
                <td role="cell" data-label="Owner">
                  {entry.owner ?? <span className="wsoa-muted">Not named</span>}
                </td>
                <td role="cell" data-label="Mitigation" data-stack="long">
                  {entry.mitigation}
                </td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      ) : null}
    </section>
  );
}
