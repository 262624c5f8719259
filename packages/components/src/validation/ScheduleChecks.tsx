import { SCHEDULE_SEVERITY_MEANING, scheduleChecks, type PlanAnalysis, type ScheduleProblem } from '@wsoa-kit/core';
import { useId, useMemo, useState, type ReactElement } from 'react';
import { Heading, subLevel, type HeadingLevel } from '../shared/Heading.js';

/** Props for {@link ScheduleChecks}. */
export interface ScheduleChecksProps {
  readonly analysis: PlanAnalysis;
  /** Heading level of the title; the errors' and warnings' headings are one below. Default 2. */
  readonly headingLevel?: HeadingLevel;
  /**
   * How many errors, and how many warnings, to list before a button shows the rest, so a plan of
   * thousands of broken links does not draw them all at once. Default 20.
   */
  readonly limit?: number;
  readonly theme?: 'default' | 'high-contrast';
}

/**
 * What the analysis found wrong with the plan's schedule (core's `scheduleChecks`): a sentence that
 * counts the errors and warnings and says how the dates were taken, then the errors and the
 * warnings under headings of their own, each a sentence naming its actions by ref. It sits beside
 * `ValidationSummary`, which says whether the plan's fields parsed: a plan can parse and still have
 * a broken link or a cycle. Long lists show their first `limit` problems and a button for the rest.
 *
 * @example
 * <ScheduleChecks analysis={analysis} headingLevel={3} />
 */
export function ScheduleChecks(props: ScheduleChecksProps): ReactElement {
  const { analysis, limit = 20 } = props;
  const ids = useId();
  const level = props.headingLevel ?? 2;
  const checks = useMemo(() => scheduleChecks(analysis), [analysis]);
  const any = checks.errors.length + checks.warnings.length > 0;
  return (
    <section
      data-wsoa=""
      data-wsoa-theme={props.theme ?? 'default'}
      className="wsoa-schedule-checks"
      data-state={checks.errors.length > 0 ? 'errors' : any ? 'warnings' : 'none'}
      aria-labelledby={`${ids}-title`}
    >
      <Heading level={level} id={`${ids}-title`}>
        Schedule checks
      </Heading>
      <p>{checks.sentence}</p>
      {any ? <p className="wsoa-muted">{SCHEDULE_SEVERITY_MEANING}</p> : null}
      <ProblemList id={`${ids}-errors`} title="Errors" noun="error" problems={checks.errors} level={subLevel(level)} limit={limit} />
      <ProblemList
        id={`${ids}-warnings`}
        title="Warnings"
        noun="warning"
        problems={checks.warnings}
        level={subLevel(level)}
        limit={limit}
      />
    </section>
  );
}

/** One severity's problems under a heading that counts them, the first `limit` of them until asked for all. */
function ProblemList(props: {
  readonly id: string;
  readonly title: string;
  readonly noun: string;
  readonly problems: readonly ScheduleProblem[];
  readonly level: HeadingLevel;
  readonly limit: number;
}): ReactElement | null {
  const { id, problems, limit } = props;
  const [all, setAll] = useState(false);
  if (problems.length === 0) return null;
  const shown = all ? problems : problems.slice(0, Math.max(0, limit));
  const count = problems.length.toLocaleString('en-GB');
  return (
    <>
      <Heading level={props.level} id={`${id}-title`} className="wsoa-schedule-checks__title">
        {`${props.title} (${count})`}
      </Heading>
      <ul id={`${id}-list`} className="wsoa-schedule-checks__list" aria-labelledby={`${id}-title`}>
        {shown.map((problem, i) => (
          <li key={i}>{problem.message}</li>
        ))}
      </ul>
      {problems.length > limit ? (
        <button
          type="button"
          className="wsoa-button wsoa-button--secondary"
          aria-expanded={all}
          aria-controls={`${id}-list`}
          onClick={() => setAll(!all)}
        >
          {all
            ? `Show the first ${limit === 1 ? props.noun : `${limit.toLocaleString('en-GB')} ${props.noun}s`} only`
            : `Show all ${count} ${props.noun}s`}
        </button>
      ) : null}
    </>
  );
}
