import type { Problem } from '@wsoa-kit/core';
import { useId, type ReactElement } from 'react';

/** Props for {@link ValidationSummary}. */
export interface ValidationSummaryProps {
  /** What was checked, e.g. the plan's title or file name; used in the heading. */
  readonly subject: string;
  /** The problems `parsePlan` found; an empty list shows a success message. */
  readonly problems: readonly Problem[];
  /** Heading level of the title, to fit the host page's outline. Default 2. */
  readonly headingLevel?: 2 | 3 | 4;
  /**
   * What no problems means, for something other than a plan document, e.g. "Every row names a
   * request and its dates are in order." Default: "Every field has the expected form and every
   * reference resolves."
   */
  readonly validMessage?: string;
}

/**
 * Shows the result of `parsePlan` in the GOV.UK error summary pattern: a titled, labelled region
 * listing each problem with the path of the bad field, what was expected and what was found. All
 * text is rendered as text.
 *
 * @example
 * const result = parsePlan(json);
 * <ValidationSummary subject="Torbay WSoA" problems={result.problems} />
 */
export function ValidationSummary({
  subject,
  problems,
  headingLevel = 2,
  validMessage = 'Every field has the expected form and every reference resolves.',
}: ValidationSummaryProps): ReactElement {
  const titleId = useId();
  const Heading = `h${headingLevel}` as const;
  const valid = problems.length === 0;
  const title = valid ? `${subject}: no problems found` : `${subject}: ${problems.length} problem${problems.length === 1 ? '' : 's'} found`;
  return (
    <section
      data-wsoa=""
      className="wsoa-validation"
      data-state={valid ? 'valid' : 'invalid'}
      aria-labelledby={titleId}
      role={valid ? undefined : 'alert'}
    >
      <Heading id={titleId} className="wsoa-validation__title">
        {title}
      </Heading>
      {valid ? (
        <p>{validMessage}</p>
      ) : (
        <ul className="wsoa-validation__list">
          {problems.map((problem, index) => (
            <li key={`${problem.at}-${index}`}>
              <span className="wsoa-validation__path">{problem.at}</span>: expected {problem.expected}, found {problem.found}.
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
