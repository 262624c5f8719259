import {
  addCalendarMonths,
  analysePlan,
  daysInMonth,
  formatDate,
  isIsoDate,
  statutoryTimeline,
  type IsoDate,
  type Plan,
} from '@wsoa-kit/core';
import {
  DeadlineTimeline,
  FindingCoverage,
  Gantt,
  MeasureChart,
  ProgressSummary,
  RagTable,
  ValidationSummary,
  type GanttColumn,
} from '@wsoa-kit/components';
import { useId, useMemo, useState, type ReactElement } from 'react';
import { PlanFacts } from './PlanFacts.js';
import { planHref } from './route.js';
import type { SamplePlan } from './samples.js';

/** The calendar month before the one `asOf` falls in: the period a board report on that day covers. */
export function reportMonth(asOf: IsoDate): { from: IsoDate; to: IsoDate } {
  const from = addCalendarMonths(`${asOf.slice(0, 8)}01`, -1);
  const to = `${from.slice(0, 8)}${String(daysInMonth(Number(from.slice(0, 4)), Number(from.slice(5, 7)))).padStart(2, '0')}`;
  return { from, to };
}

const GANTT_COLUMNS: readonly GanttColumn[] = ['ref', 'title', 'leads', 'percent', 'rag'];

const SECTIONS = [
  ['progress', 'Progress'],
  ['deadlines', 'Statutory deadlines'],
  ['timeline', 'Plan on a timeline'],
  ['rag', 'RAG status of every action'],
  ['findings', 'What each finding is addressed by'],
  ['measures', 'Impact measures'],
  ['checks', 'Data checks'],
] as const;

export interface DashboardProps {
  readonly sample: SamplePlan;
  /** The as-of date from the address, when it names one. */
  readonly asOf?: IsoDate;
  /** An as-of date from the address that is not a real date, to report. */
  readonly badAsOf?: string;
}

/**
 * One plan's dashboard: every view of `@wsoa-kit/components` over one analysis of the plan, as of a
 * date the reader can change. The date is kept in the address, so a view can be shared as a link.
 */
export function Dashboard({ sample, asOf: asOfFromAddress, badAsOf }: DashboardProps): ReactElement {
  const [asOf, setAsOf] = useState<IsoDate>(asOfFromAddress ?? sample.asOf);
  const [dateError, setDateError] = useState<string | undefined>(
    badAsOf === undefined
      ? undefined
      : `The address asks for progress as of “${badAsOf}”, which is not a real date, so this shows ${formatDate(sample.asOf, 'long')}`,
  );
  if (!sample.result.ok) {
    return (
      <>
        <h1>{sample.title}</h1>
        <ValidationSummary subject={sample.title} problems={sample.result.problems} />
      </>
    );
  }
  const plan = sample.result.value;
  const changeAsOf = (value: string) => {
    if (!isIsoDate(value)) {
      setDateError(`Enter a real date, such as ${formatDate(sample.asOf, 'numeric')}`);
      return;
    }
    setDateError(undefined);
    setAsOf(value);
    window.history.replaceState(null, '', planHref(sample.name, value === sample.asOf ? undefined : value));
  };
  return (
    <>
      <p className="demo__back">
        <a href="?">All sample plans</a>
      </p>
      <h1>{plan.title}</h1>
      <PlanFacts plan={plan} />
      <AsOfField asOf={asOf} defaultAsOf={sample.asOf} reason={sample.asOfReason} error={dateError} onChange={changeAsOf} />
      <nav className="demo__contents" aria-label="On this page">
        <ul>
          {SECTIONS.map(([id, title]) => (
            <li key={id}>
              <a href={`#${id}`}>{title}</a>
            </li>
          ))}
        </ul>
      </nav>
      <PlanViews plan={plan} asOf={asOf} />
      <section id="checks" className="demo__section" aria-labelledby="checks-title">
        <h2 id="checks-title">Data checks</h2>
        <ValidationSummary subject={plan.title} problems={sample.result.problems} headingLevel={3} />
        {plan.sampleData ? <p className="demo__note">{plan.sampleData}</p> : null}
      </section>
    </>
  );
}

/** The as-of date picker, with its reason and, GOV.UK style, its error above the field. */
function AsOfField(props: {
  readonly asOf: IsoDate;
  readonly defaultAsOf: IsoDate;
  readonly reason: string;
  readonly error: string | undefined;
  readonly onChange: (value: string) => void;
}): ReactElement {
  const id = useId();
  return (
    <div className="demo__field" data-invalid={props.error === undefined ? undefined : 'true'}>
      <label htmlFor={`${id}-input`}>Progress as of</label>
      <p id={`${id}-hint`} className="demo__hint">
        {`The day progress is judged at. This plan opens at ${formatDate(props.defaultAsOf, 'long')}, ${props.reason}.`}
      </p>
      {props.error === undefined ? null : (
        <p id={`${id}-error`} className="demo__error">
          <span className="demo__visually-hidden">Error: </span>
          {props.error}
        </p>
      )}
      <input
        id={`${id}-input`}
        type="date"
        defaultValue={props.asOf}
        aria-describedby={props.error === undefined ? `${id}-hint` : `${id}-hint ${id}-error`}
        aria-invalid={props.error === undefined ? undefined : true}
        onChange={(event) => props.onChange(event.currentTarget.value)}
      />
    </div>
  );
}

/** Every view over one analysis. Analysed again only when the plan or the date changes. */
function PlanViews({ plan, asOf }: { readonly plan: Plan; readonly asOf: IsoDate }): ReactElement {
  const analysis = useMemo(() => analysePlan(plan, { asOf }), [plan, asOf]);
  const deadlines = useMemo(() => statutoryTimeline(plan.inspection), [plan]);
  const period = reportMonth(asOf);
  return (
    <>
      <div id="progress" className="demo__section">
        <ProgressSummary analysis={analysis} from={period.from} to={period.to} />
      </div>
      <div id="deadlines" className="demo__section">
        <DeadlineTimeline deadlines={deadlines} asOf={asOf} />
      </div>
      <section id="timeline" className="demo__section" aria-labelledby="timeline-title">
        <h2 id="timeline-title">Plan on a timeline</h2>
        {/* Start, finish and working days are in the RAG table below; without them the timeline has room. */}
        <Gantt analysis={analysis} deadlines={deadlines} defaultZoom="month" columns={GANTT_COLUMNS} />
      </section>
      <section id="rag" className="demo__section" aria-labelledby="rag-title">
        <h2 id="rag-title">RAG status of every action</h2>
        <RagTable analysis={analysis} />
      </section>
      <div id="findings" className="demo__section">
        <FindingCoverage analysis={analysis} />
      </div>
      <section id="measures" className="demo__section" aria-labelledby="measures-title">
        <h2 id="measures-title">Impact measures</h2>
        {plan.measures.length === 0 ? (
          <p>This plan has no impact measures yet.</p>
        ) : (
          plan.measures.map((measure) => <MeasureChart key={measure.id} measure={measure} asOf={asOf} headingLevel={3} />)
        )}
      </section>
    </>
  );
}
