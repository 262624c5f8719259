import { analysePlan, formatDate, monthBefore, parsePlanJson, type Plan, type PlanAnalysis } from '@wsoa-kit/core';
import { PlanChanges } from '@wsoa-kit/components';
import { useId, useMemo, useState, type ReactElement } from 'react';

/** The earlier version opened from a file. */
interface Earlier {
  readonly name: string;
  readonly plan: Plan;
}

/**
 * What changed since the end of last month: by default against the plan as this page opened it, so
 * returns added in the page show as changes, or against an earlier version opened from its plan
 * document (JSON, as "The plan as files" downloads it). The earlier version is analysed as of the
 * last day of the month before the as-of date, as last month's board report would have been.
 */
export function ChangesSection({ opened, analysis }: { readonly opened: Plan; readonly analysis: PlanAnalysis }): ReactElement {
  const id = useId();
  const lastMonthEnd = monthBefore(analysis.asOf).to;
  const [earlier, setEarlier] = useState<Earlier | undefined>(undefined);
  const [problems, setProblems] = useState<readonly string[]>([]);
  const plan = earlier?.plan ?? opened;
  const before = useMemo(() => analysePlan(plan, { asOf: lastMonthEnd }), [plan, lastMonthEnd]);
  const open = async (file: File) => {
    const result = parsePlanJson(await file.text());
    if (!result.ok) {
      setProblems([`${file.name} could not be read as a plan document:`, ...result.problems.map((p) => p.message)]);
      return;
    }
    setProblems([]);
    setEarlier({ name: file.name, plan: result.value });
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
