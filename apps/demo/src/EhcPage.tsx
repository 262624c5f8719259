import {
  ehcTimeliness,
  formatDate,
  isIsoDate,
  makeProblem,
  readEhcRequests,
  readEhcReviews,
  reviewTimeliness,
  splitPeriod,
  type EhcDayOne,
  type TransferDeadline,
  type EhcTimeliness,
  type Problem,
  type ReviewTimeliness,
} from '@wsoa-kit/core';
import { ValidationSummary } from '@wsoa-kit/components';
import { useId, useRef, useState, type ReactElement } from 'react';
import { RequestFigures, ReviewFigures } from './EhcFigures.js';
import { exampleCaseList, exampleReviewList } from './ehcExample.js';
import { Choices, DateField, TextAreaField } from './fields.js';
import { OpenFileField } from './OpenFileField.js';

/** What a case list holds: requests for an assessment, or reviews of plans. */
type ListKind = 'requests' | 'reviews';

interface EhcForm {
  readonly kind: ListKind;
  readonly text: string;
  readonly from: string;
  readonly to: string;
  readonly dayOne: EhcDayOne;
  readonly transferDeadline: TransferDeadline;
}

type Outcome =
  | { readonly kind: 'form'; readonly problems: readonly Problem[] }
  | {
      readonly kind: 'requests';
      readonly problems: readonly Problem[];
      readonly notes: readonly string[];
      readonly figures?: RequestResult;
    }
  | { readonly kind: 'reviews'; readonly problems: readonly Problem[]; readonly notes: readonly string[]; readonly figures?: ReviewResult };

interface RequestResult {
  readonly timeliness: EhcTimeliness;
  readonly quarters: readonly EhcTimeliness[];
}

interface ReviewResult {
  readonly timeliness: ReviewTimeliness;
  readonly quarters: readonly ReviewTimeliness[];
}

const HINTS: Record<ListKind, string> = {
  requests:
    'Tab-separated (copied cells) or CSV, with a header row. It needs Case ref and Request received; it reads Decision date, Decision (Assess or Not assess), Draft issued, Final issued, No plan, Withdrawn and Exception (Setting closed, Personal circumstances or Absent from area, as regulation 10(4) allows) where it has them.',
  reviews:
    'Tab-separated (copied cells) or CSV, with a header row, one row per review falling due. It needs Case ref and Due from (the day the plan was issued or last reviewed; Last review also works); it reads Review meeting, Decision date, Decision (Keep or Maintain, Amend, Cease), Amended plan issued, Transfer (Phase or Post-16) and Transfer year where it has them.',
};

/** Reads the case list and works out its figures for the period, or says what is wrong with it. */
function workOut(form: EhcForm): Outcome {
  const period = { from: form.from, to: form.to };
  const quarters = splitPeriod(form.from, form.to, 'quarter');
  if (form.kind === 'requests') {
    const read = readEhcRequests(form.text);
    if (!read.ok) return { kind: 'requests', problems: read.problems, notes: read.notes };
    const figures = (within: typeof period) => ehcTimeliness(read.value, { ...within, dayOne: form.dayOne });
    return { kind: 'requests', problems: [], notes: read.notes, figures: { timeliness: figures(period), quarters: quarters.map(figures) } };
  }
  const read = readEhcReviews(form.text);
  if (!read.ok) return { kind: 'reviews', problems: read.problems, notes: read.notes };
  const figures = (within: typeof period) => reviewTimeliness(read.value, { ...within, transferDeadline: form.transferDeadline });
  return { kind: 'reviews', problems: [], notes: read.notes, figures: { timeliness: figures(period), quarters: quarters.map(figures) } };
}

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
 * Works out how timely the EHC process was over a period from a council's own case list of requests
 * or of reviews: paste it or open the export, pick the period, and see the figures, quarter by
 * quarter, the sentences for a board report, a share as an impact measure's actual, and the cases
 * past a limit. Core's readers and `ehcTimeliness` or `reviewTimeliness` do the work; nothing leaves
 * the page.
 */
export function EhcPage(): ReactElement {
  const [form, setForm] = useState<EhcForm>({
    kind: 'requests',
    text: '',
    from: '',
    to: '',
    dayOne: 'day-after',
    transferDeadline: 'before',
  });
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const resultRef = useRef<HTMLHeadingElement>(null);
  const ids = useId();
  const work = () => {
    const problems = ehcFormProblems(form);
    setOutcome(problems.length > 0 ? { kind: 'form', problems } : workOut(form));
    requestAnimationFrame(() => resultRef.current?.focus());
  };
  return (
    <>
      <p className="demo__back">
        <a href="?">All sample plans</a>
      </p>
      <h1>Work out EHC timeliness from your case list</h1>
      <p>
        The share of new EHC plans issued within 20 weeks, and of annual reviews held in time, are the measures most improvement plans
        track. Paste a list of requests for an EHC needs assessment, or of reviews of EHC plans, from your case system or spreadsheet, and
        pick the period. Core’s <code>readEhcRequests</code> and <code>ehcTimeliness</code> (the way the DfE publishes them from the SEN2
        return), or <code>readEhcReviews</code> and <code>reviewTimeliness</code>, work out the figures. Nothing leaves this page.
      </p>
      <p>Use case references, never names. The figures and sentences name no case; the lists of late cases are for the service only.</p>
      <form
        className="demo__import"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          work();
        }}
      >
        <Choices
          legend="What the list holds"
          options={[
            ['requests', 'Requests for an EHC needs assessment'],
            ['reviews', 'Reviews of EHC plans'],
          ]}
          value={form.kind}
          onChange={(kind) => setForm({ ...form, kind })}
        />
        <button
          type="button"
          className="wsoa-button wsoa-button--secondary"
          onClick={() =>
            setForm({
              ...form,
              text: form.kind === 'requests' ? exampleCaseList() : exampleReviewList(),
              from: '2023-04-01',
              to: '2024-03-31',
            })
          }
        >
          Fill in an example: a made-up case list
        </button>
        <TextAreaField
          label="Case list"
          hint={HINTS[form.kind]}
          rows={10}
          value={form.text}
          onChange={(text) => setForm({ ...form, text })}
        />
        <OpenFileField
          hint="An Excel workbook or OpenDocument spreadsheet (.ods; the sheet it opens at), a Word or OpenDocument text document with the list as a table (.docx, .odt), or a CSV or tab-separated file. Its text goes into the box above."
          accept=".csv,.tsv,.txt,text/csv,text/plain"
          onText={(text) => setForm((before) => ({ ...before, text }))}
        />
        <DateField label="First day of the period" value={form.from} onChange={(from) => setForm({ ...form, from })} />
        <DateField label="Last day of the period" value={form.to} onChange={(to) => setForm({ ...form, to })} />
        {form.kind === 'requests' ? (
          <Choices
            legend="Counting the days"
            options={[
              ['day-after', 'The day after the request was received is day 1 (20 weeks end on the same weekday)'],
              ['received', 'The day the request was received is day 1 (each limit ends a day earlier)'],
            ]}
            value={form.dayOne}
            onChange={(dayOne) => setForm({ ...form, dayOne })}
          />
        ) : (
          <Choices
            legend="Reviews before a move between phases"
            options={[
              ['before', 'Finished before 15 February (31 March to post-16), as regulation 18(1) says: 14 February is the last day'],
              ['by', 'Finished by 15 February (31 March), as the Code of Practice words it: the day itself counts'],
            ]}
            value={form.transferDeadline}
            onChange={(transferDeadline) => setForm({ ...form, transferDeadline })}
          />
        )}
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
                problems={outcome.problems}
                headingLevel={3}
                validMessage={`Every row names ${outcome.kind === 'requests' ? 'a request' : 'a review'}, and its dates are readable and in order.`}
              />
              {outcome.notes.map((note) => (
                <p key={note} className="demo__note">
                  {note}
                </p>
              ))}
              {outcome.kind === 'requests' && outcome.figures ? <RequestFigures {...outcome.figures} /> : null}
              {outcome.kind === 'reviews' && outcome.figures ? <ReviewFigures {...outcome.figures} /> : null}
            </>
          )}
        </section>
      )}
    </>
  );
}
