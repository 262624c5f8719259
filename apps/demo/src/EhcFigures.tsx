import {
  ehcMeasureActual,
  formatDate,
  formatMeasureValue,
  reviewMeasureActual,
  SMALL_COUNTS_BELOW,
  type DatedValue,
  type EhcPlanFigures,
  type EhcTimeliness,
  type LimitFigures,
  type ReviewTimeliness,
} from '@wsoa-kit/core';
import { useId, type ReactElement, type ReactNode } from 'react';

/** The figures for requests: sentences, plans issued with and without exceptions, quarter by quarter, an actual and the late requests. */
export function RequestFigures({
  timeliness: t,
  quarters,
}: {
  readonly timeliness: EhcTimeliness;
  readonly quarters: readonly EhcTimeliness[];
}): ReactElement {
  const rows: [string, (f: EhcPlanFigures) => string][] = [
    ['Issued', (f) => String(f.issued)],
    ['Within 20 weeks', (f) => String(f.within20Weeks)],
    ['Over 20 weeks, up to a year', (f) => String(f.over20Weeks)],
    ['Over a year', (f) => String(f.overAYear)],
    ['Share within 20 weeks', (f) => (f.percentWithin20Weeks === undefined ? 'none issued' : `${f.percentWithin20Weeks.toFixed(1)}%`)],
    ['Mean weeks from request to plan', (f) => (f.averageWeeks === undefined ? 'none issued' : f.averageWeeks.toFixed(1))],
  ];
  return (
    <>
      <PeriodHeading from={t.from} to={t.to} />
      {t.sentences.map((sentence) => (
        <p key={sentence}>{sentence}</p>
      ))}
      <Caution text={t.caution} />
      <TableRegion caption="New EHC plans issued in the period">
        <thead>
          <tr>
            <td />
            <th scope="col">Every plan</th>
            <th scope="col">Leaving out exceptions</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, value]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{value(t.plans)}</td>
              <td>{value(t.plansExcludingExceptions)}</td>
            </tr>
          ))}
        </tbody>
      </TableRegion>
      <QuarterTable
        quarters={quarters}
        columns={[
          [
            'Plans within 20 weeks, leaving out exceptions',
            ({ plansExcludingExceptions: p }) => share(p.within20Weeks, p.issued, p.percentWithin20Weeks, 'none issued'),
          ],
          ['Decisions within 6 weeks', ({ decisions: d }) => share(d.within6Weeks, d.made, d.percentWithin6Weeks, 'none made')],
          [
            'Decisions within 6 weeks, leaving out exceptions',
            ({ decisionsExcludingExceptions: d }) => share(d.within6Weeks, d.made, d.percentWithin6Weeks, 'none made'),
          ],
        ]}
      />
      <MeasureActual
        actual={ehcMeasureActual(t)}
        quarters={quarters.map((q) => ehcMeasureActual(q))}
        measure="EHC plans issued within 20 weeks"
        none="No plan was issued in the period without an exception, so there is no share to add."
      />
      <ForTheService
        lists={[
          ['Past 6 weeks without a decision', t.awaitingDecisionPastLimit],
          ['Past 20 weeks without a final plan', t.awaitingPlanPastLimit],
          ['Final plan less than 15 days after the draft', t.shortCommentPeriod],
        ]}
        none={`No open request was past a limit on ${formatDate(t.to)}, and every final plan came at least 15 days after its draft.`}
      />
    </>
  );
}

/** The figures for reviews of EHC plans: sentences, a table of each limit, quarter by quarter, an actual and the overdue reviews. */
export function ReviewFigures({
  timeliness: t,
  quarters,
}: {
  readonly timeliness: ReviewTimeliness;
  readonly quarters: readonly ReviewTimeliness[];
}): ReactElement {
  const rows: [string, string, LimitFigures][] = [
    ['Review meetings', 'within 12 months of the plan or the last review', t.meetings],
    ['Decisions after a review', 'within 4 weeks of the meeting', t.decisions],
    ['Amended plans issued', 'within 8 weeks of the decision to amend', t.amendedPlans],
    ['Reviews before a move between phases', 'finished before 15 February (31 March to post-16)', t.transfers],
  ];
  return (
    <>
      <PeriodHeading from={t.from} to={t.to} />
      {t.sentences.map((sentence) => (
        <p key={sentence}>{sentence}</p>
      ))}
      <Caution text={t.caution} />
      <TableRegion caption="Reviews in the period">
        <thead>
          <tr>
            <th scope="col">What</th>
            <th scope="col">In time when</th>
            <th scope="col">In time</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([what, when, figures]) => (
            <tr key={what}>
              <th scope="row">{what}</th>
              <td>{when}</td>
              <td>{share(figures.inTime, figures.count, figures.percent, 'none')}</td>
            </tr>
          ))}
        </tbody>
      </TableRegion>
      <QuarterTable
        quarters={quarters}
        columns={[
          ['Meetings within 12 months', ({ meetings: m }) => share(m.inTime, m.count, m.percent, 'none held')],
          ['Decisions within 4 weeks', ({ decisions: d }) => share(d.inTime, d.count, d.percent, 'none made')],
        ]}
      />
      <MeasureActual
        actual={reviewMeasureActual(t)}
        quarters={quarters.map((q) => reviewMeasureActual(q))}
        measure="annual reviews held in time"
        none="No review meeting was held in the period, so there is no share to add."
      />
      <ForTheService
        lists={[
          ['Past 12 months without a meeting', t.meetingsOverdue],
          ['Past 4 weeks from the meeting without a decision', t.decisionsOverdue],
          ['Past 8 weeks from the decision without the amended plan', t.amendmentsOverdue],
        ]}
        none={`No review was past a limit on ${formatDate(t.to)}.`}
      />
    </>
  );
}

/** One row a quarter, each column a figure in words, when the period is longer than a quarter. */
function QuarterTable<T extends { readonly from: string; readonly to: string; readonly caution?: string }>({
  quarters,
  columns,
}: {
  readonly quarters: readonly T[];
  readonly columns: readonly (readonly [string, (quarter: T) => string])[];
}): ReactElement | null {
  if (quarters.length < 2) return null;
  const small = quarters.filter((quarter) => quarter.caution !== undefined);
  return (
    <>
      <TableRegion caption="Quarter by quarter">
        <thead>
          <tr>
            <th scope="col">Quarter</th>
            {columns.map(([heading]) => (
              <th key={heading} scope="col">
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {quarters.map((quarter) => (
            <tr key={quarter.from}>
              <th scope="row">
                {formatDate(quarter.from)} to {formatDate(quarter.to)}
              </th>
              {columns.map(([heading, value]) => (
                <td key={heading}>{value(quarter)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </TableRegion>
      {small.length > 0 ? (
        <p className="demo__caution">
          <strong>Before publishing: </strong>
          {small.length === quarters.length
            ? `Every quarter has a figure that counts fewer than ${SMALL_COUNTS_BELOW}: check a quarter before publishing it on its own.`
            : `${small.length} of the ${quarters.length} quarters (${small.map((quarter) => `${formatDate(quarter.from)} to ${formatDate(quarter.to)}`).join('; ')}) ${small.length === 1 ? 'has' : 'have'} a figure that counts fewer than ${SMALL_COUNTS_BELOW}: check ${small.length === 1 ? 'it' : 'them'} before publishing a quarter on its own.`}
        </p>
      ) : null}
    </>
  );
}

function PeriodHeading({ from, to }: { readonly from: string; readonly to: string }): ReactElement {
  return (
    <h3>
      From {formatDate(from, 'long')} to {formatDate(to, 'long')}
    </h3>
  );
}

/** A figure as a measure's actual, in words and as the JSON to add to the plan. */
function MeasureActual({
  actual,
  quarters,
  measure,
  none,
}: {
  readonly actual: DatedValue | undefined;
  /** Each quarter's actual, for a trend; a quarter with nothing to count has none. */
  readonly quarters: readonly (DatedValue | undefined)[];
  readonly measure: string;
  readonly none: string;
}): ReactElement {
  const trend = quarters.filter((quarter): quarter is DatedValue => quarter !== undefined);
  return (
    <>
      <h3>As an impact measure’s actual</h3>
      {actual ? (
        <>
          <p>
            {formatMeasureValue(actual.value, '%')} on {formatDate(actual.date)}: {actual.note}. Add it to the actuals of your plan’s
            measure of {measure}:
          </p>
          <pre className="demo__code">
            <code>{JSON.stringify(actual)}</code>
          </pre>
        </>
      ) : (
        <p>{none}</p>
      )}
      {quarters.length > 1 && trend.length > 0 ? (
        <>
          <p>
            Or, for a trend, {trend.length === 1 ? 'the one quarter with a share' : `the ${trend.length} quarters with a share`}, one actual
            each:
          </p>
          <pre className="demo__code">
            <code>{JSON.stringify(trend, null, 1)}</code>
          </pre>
        </>
      ) : null}
    </>
  );
}

/** The case refs past each limit, for the service to act on: never for publishing. */
function ForTheService({
  lists,
  none,
}: {
  readonly lists: readonly (readonly [string, readonly string[]])[];
  readonly none: string;
}): ReactElement {
  const shown = lists.filter(([, refs]) => refs.length > 0);
  return (
    <>
      <h3>For the service, not for publishing</h3>
      {shown.length === 0 ? (
        <p>{none}</p>
      ) : (
        <dl className="demo__refs">
          {shown.map(([label, refs]) => (
            <div key={label}>
              <dt>
                {label} ({refs.length})
              </dt>
              <dd>{refs.join(', ')}</dd>
            </div>
          ))}
        </dl>
      )}
    </>
  );
}

/** "31 of 59 (52.5%)", or what `none` says where there was nothing to count. */
function share(part: number, whole: number, percent: number | undefined, none: string): string {
  return percent === undefined ? none : `${part} of ${whole} (${percent.toFixed(1)}%)`;
}

/** A table in a region of its own that scrolls sideways on a narrow screen, reached by keyboard, named by its caption. */
function TableRegion({ caption, children }: { readonly caption: string; readonly children: ReactNode }): ReactElement {
  const id = useId();
  return (
    // A scrolling region must be focusable, so a keyboard can scroll it (WCAG 2.1.1).
    <div className="demo__scroll" role="region" aria-labelledby={id} tabIndex={0}>
      <table className="wsoa-table">
        <caption id={id}>{caption}</caption>
        {children}
      </table>
    </div>
  );
}

/** Core's caution before publishing small counts, beside the sentences it is about. */
function Caution({ text }: { readonly text: string | undefined }): ReactElement | null {
  return text ? (
    <p className="demo__caution">
      <strong>Before publishing: </strong>
      {text}
    </p>
  ) : null;
}
