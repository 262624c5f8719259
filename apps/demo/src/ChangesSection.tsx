import { analysePlan, formatDate, monthBefore, parsePlanJson, type IsoDate, type Plan, type PlanAnalysis } from '@wsoa-kit/core';
import { PlanChanges } from '@wsoa-kit/components';
import { useId, useMemo, useState, type ReactElement } from 'react';

/** The earlier version opened from a file. */
export interface Earlier {
  readonly name: string;
  readonly plan: Plan;
}

/**
 * The version to compare with, analysed as of the last day of the month before the as-of date, as
 * last month's board report would have been: an earlier version opened from a file, or else the plan
 * as the page opened it, so that returns added in the page show as changes.
 */
export function useLastMonth(opened: Plan, earlier: Earlier | undefined, asOf: IsoDate): PlanAnalysis {
  const plan = earlier?.plan ?? opened;
  const lastMonthEnd = monthBefore(asOf).to;
  return useMemo(() => analysePlan(plan, { asOf: lastMonthEnd }), [plan, lastMonthEnd]);
}

/**
 * What changed since the end of last month (`before`, from {@link useLastMonth}), with a field to
 * open an earlier version from its plan document (JSON, as "The plan as files" downloads it).
 */
export function ChangesSection({
  before,
  analysis,
  earlier,
  onEarlier,
}: {
  readonly before: PlanAnalysis;
  readonly analysis: PlanAnalysis;
  readonly earlier: Earlier | undefined;
  readonly onEarlier: (earlier: Earlier) => void;
}): ReactElement {
  const id = useId();
  const lastMonthEnd = before.asOf;
  const [problems, setProblems] = useState<readonly string[]>([]);
  const open = async (file: File) => {
    const result = parsePlanJson(await file.text());
    if (!result.ok) {
      setProblems([`${file.name} could not be read as a plan document:`, ...result.problems.map((p) => p.message)]);
      return;
    }
    setProblems([]);
    onEarlier({ name: file.name, plan: result.value });
  };
  const versus = earlier
    ? `Compared with ${earlier.name}, as of ${formatDate(lastMonthEnd, 'long')}, the end of last month.`
    : `Compared with the plan as this page opened it, as of ${formatDate(lastMonthEnd, 'long')}, the end of last month: returns added on this page show here.`;
  return (
    <>
      <p className="demo__hint">{versus}</p>
      {earlier && earlier.plan.id !== analysis.plan.id ? (
        <p className="demo__caution">{`${earlier.name} holds the plan “${earlier.plan.title}”, not this one, so most of its actions may show as added or removed.`}</p>
      ) : null}
      <div className="demo__field" data-invalid={problems.length > 0 ? 'true' : undefined}>
        <label htmlFor={`${id}-file`}>Compare with an earlier version</label>
        <p id={`${id}-hint`} className="demo__hint">
          Its plan document (JSON), as “Download the plan document” below saves it.
        </p>
        {problems.length > 0 ? (
          <div id={`${id}-error`} className="demo__error" role="alert">
            <span className="wsoa-visually-hidden">Error: </span>
            {problems[0]}
            {problems.length > 1 ? (
              <ul>
                {problems.slice(1).map((problem, i) => (
                  <li key={i}>{problem}</li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}
        <input
          id={`${id}-file`}
          type="file"
          accept=".json,application/json"
          aria-describedby={problems.length > 0 ? `${id}-hint ${id}-error` : `${id}-hint`}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            if (file) void open(file);
          }}
        />
      </div>
      <PlanChanges before={before} after={analysis} title="What changed" headingLevel={3} />
    </>
  );
}
