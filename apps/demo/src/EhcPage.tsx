import {
  ehcMeasureActual,
  ehcTimeliness,
  ehcTimelinessSeries,
  formatDate,
  formatMeasureValue,
  isIsoDate,
  makeProblem,
  readEhcRequests,
  type EhcDayOne,
  type EhcPlanFigures,
  type EhcRequestsResult,
  type EhcTimeliness,
  type Problem,
} from '@wsoa-kit/core';
import { ValidationSummary } from '@wsoa-kit/components';
import { useId, useRef, useState, type ReactElement, type ReactNode } from 'react';
import { exampleCaseList } from './ehcExample.js';
import { Choices, DateField, TextAreaField } from './fields.js';
import { OpenFileField } from './OpenFileField.js';

interface EhcForm {
  readonly text: string;
  readonly from: string;
  readonly to: string;
  readonly dayOne: EhcDayOne;
}

type Outcome =
  | { readonly kind: 'form'; readonly problems: readonly Problem[] }
  | {
      readonly kind: 'read';
      readonly read: EhcRequestsResult;
      readonly timeliness?: EhcTimeliness;
      readonly quarters?: readonly EhcTimeliness[];
    };

/** What the form is missing or has wrong, each as a problem naming its field. */
export function ehcFormProblems(form: EhcForm): Problem[] {
  const problems: Problem[] = [];
  for (const [at, value] of [
    ['from', form.from],
    ['to', form.to],
  ] as const)
    if (!isIsoDate(value)) problems.push(makeProblem([at], 'a real date', value === '' ? 'nothing' : JSON.stringify(value)));
  if (problems.length === 0 && form.to < form.from)
    problems.push(
      makeProblem(['to'], `a date on or after the first day of the period (${formatDate(form.from)})`, JSON.stringify(form.to)),
    );
  if (form.text.trim() === '')
    problems.push(makeProblem(['caseList'], 'a case list pasted from a spreadsheet, or a file opened', 'nothing'));
  return problems;
}

/**
 * Works out how timely the EHC process was over a period from a council's own case list: paste it
 * or open the export, pick the period, and see the figures as the DfE publishes them, the sentences
 * for a board report, the share as an impact measure's actual, and the open requests past a limit.
 * Core's `readEhcRequests` and `ehcTimeliness` do the work; nothing leaves the page.
 */
export function EhcPage(): ReactElement {
  const [form, setForm] = useState<EhcForm>({ text: '', from: '', to: '', dayOne: 'day-after' });
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const resultRef = useRef<HTMLHeadingElement>(null);
  const ids = useId();
  const work = () => {
    const problems = ehcFormProblems(form);
    if (problems.length > 0) setOutcome({ kind: 'form', problems });
    else {
      const read = readEhcRequests(form.text);
      setOutcome({
        kind: 'read',
        read,
        ...(read.ok
          ? {
              timeliness: ehcTimeliness(read.value, { from: form.from, to: form.to, dayOne: form.dayOne }),
              quarters: ehcTimelinessSeries(read.value, { from: form.from, to: form.to, dayOne: form.dayOne, every: 'quarter' }),
            }
          : {}),
      });
    }
    requestAnimationFrame(() => resultRef.current?.focus());
  };
  return (
    <>
      <p className="demo__back">
        <a href="?">All sample plans</a>
      </p>
      <h1>Work out EHC timeliness from your case list</h1>
      <p>
        The share of new EHC plans issued within 20 weeks is the measure most improvement plans track. Paste the list of EHC needs
        assessment requests from your case system or spreadsheet, one row per request, and pick the period. Core’s{' '}
        <code>readEhcRequests</code> and <code>ehcTimeliness</code> work out the figures the way the DfE publishes them from the SEN2
        return. Nothing leaves this page.
      </p>
      <p>Use case references, never names. The figures and sentences name no case; the list of late requests is for the service only.</p>
      <button
        type="button"
        className="wsoa-button wsoa-button--secondary"
        onClick={() => setForm({ ...form, text: exampleCaseList(), from: '2023-04-01', to: '2024-03-31' })}
      >
        Fill in an example: a made-up case list
      </button>
      <form
        className="demo__import"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          work();
        }}
      >
        <TextAreaField
          label="Case list"
          hint="Tab-separated (copied cells) or CSV, with a header row. It needs Case ref and Request received; it reads Decision date, Decision (Assess or Not assess), Draft issued, Final issued, No plan, Withdrawn and Exception (Setting closed, Personal circumstances or Absent from area, as regulation 10(4) allows) where it has them."
          rows={10}
          value={form.text}
          onChange={(text) => setForm({ ...form, text })}
        />
        <OpenFileField
          hint="An Excel workbook (the sheet it opens at), or a CSV or tab-separated file. Its text goes into the box above."
          accept=".csv,.tsv,.txt,text/csv,text/plain"
          onText={(text) => setForm((before) => ({ ...before, text }))}
        />
        <DateField label="First day of the period" value={form.from} onChange={(from) => setForm({ ...form, from })} />
        <DateField label="Last day of the period" value={form.to} onChange={(to) => setForm({ ...form, to })} />
        <Choices
          legend="Counting the days"
          options={[
            ['day-after', 'The day after the request was received is day 1 (20 weeks end on the same weekday)'],
            ['received', 'The day the request was received is day 1 (each limit ends a day earlier)'],
          ]}
          value={form.dayOne}
          onChange={(dayOne) => setForm({ ...form, dayOne })}
        />
        <button type="submit" className="wsoa-button">
          Work out the figures
        </button>
      </form>
      {outcome === null ? null : (
        <section className="demo__section" aria-labelledby={`${ids}-result`}>
          <h2 id={`${ids}-result`} ref={resultRef} tabIndex={-1}>
            What the case list gives
          </h2>
          {outcome.kind === 'form' ? (
            <ValidationSummary subject="The form" problems={outcome.problems} headingLevel={3} />
          ) : (
            <>
              <ValidationSummary
                subject="The case list"
                problems={outcome.read.problems}
                headingLevel={3}
                validMessage="Every row names a request, and each request's dates are readable and in order."
              />
              {outcome.read.notes.map((note) => (
                <p key={note} className="demo__note">
                  {note}
                </p>
              ))}
              {outcome.timeliness ? <Figures timeliness={outcome.timeliness} quarters={outcome.quarters ?? []} /> : null}
            </>
          )}
        </section>
      )}
    </>
  );
}

function Figures({
  timeliness: t,
  quarters,
}: {
  readonly timeliness: EhcTimeliness;
  readonly quarters: readonly EhcTimeliness[];
}): ReactElement {
  const actual = ehcMeasureActual(t);
  const rows: [string, (f: EhcPlanFigures) => string][] = [
    ['Issued', (f) => String(f.issued)],
    ['Within 20 weeks', (f) => String(f.within20Weeks)],
    ['Over 20 weeks, up to a year', (f) => String(f.over20Weeks)],
    ['Over a year', (f) => String(f.overAYear)],
    ['Share within 20 weeks', (f) => (f.percentWithin20Weeks === undefined ? 'none issued' : `${f.percentWithin20Weeks.toFixed(1)}%`)],
    ['Mean weeks from request to plan', (f) => (f.averageWeeks === undefined ? 'none issued' : f.averageWeeks.toFixed(1))],
  ];
  const late = [
    ['Past 6 weeks without a decision', t.awaitingDecisionPastLimit],
    ['Past 20 weeks without a final plan', t.awaitingPlanPastLimit],
    ['Final plan less than 15 days after the draft', t.shortCommentPeriod],
  ] as const;
  return (
    <>
      <h3>
        From {formatDate(t.from, 'long')} to {formatDate(t.to, 'long')}
      </h3>
      {t.sentences.map((sentence) => (
        <p key={sentence}>{sentence}</p>
      ))}
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
      {quarters.length > 1 ? (
        <TableRegion caption="Quarter by quarter">
          <thead>
            <tr>
              <th scope="col">Quarter</th>
              <th scope="col">Plans within 20 weeks, leaving out exceptions</th>
              <th scope="col">Decisions within 6 weeks</th>
            </tr>
          </thead>
          <tbody>
            {quarters.map((q) => (
              <tr key={q.from}>
                <th scope="row">
                  {formatDate(q.from)} to {formatDate(q.to)}
                </th>
                <td>
                  {share(
                    q.plansExcludingExceptions.within20Weeks,
                    q.plansExcludingExceptions.issued,
                    q.plansExcludingExceptions.percentWithin20Weeks,
                    'none issued',
                  )}
                </td>
                <td>{share(q.decisions.within6Weeks, q.decisions.made, q.decisions.percentWithin6Weeks, 'none made')}</td>
              </tr>
            ))}
          </tbody>
        </TableRegion>
      ) : null}
      <h3>As an impact measure’s actual</h3>
      {actual ? (
        <>
          <p>
            {formatMeasureValue(actual.value, '%')} on {formatDate(actual.date)}: {actual.note}. Add it to the actuals of your plan’s
            measure of EHC plans issued within 20 weeks:
          </p>
          <pre className="demo__code">
            <code>{JSON.stringify(actual)}</code>
          </pre>
        </>
      ) : (
        <p>No plan was issued in the period without an exception, so there is no share to add.</p>
      )}
      <h3>For the service, not for publishing</h3>
      {late.every(([, refs]) => refs.length === 0) ? (
        <p>No open request was past a limit on {formatDate(t.to)}, and every final plan came at least 15 days after its draft.</p>
      ) : (
        <dl className="demo__refs">
          {late
            .filter(([, refs]) => refs.length > 0)
            .map(([label, refs]) => (
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
