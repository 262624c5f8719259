import {
  analysePlan,
  formatDate,
  isIsoDate,
  statutoryTimeline,
  type FeedbackSubmission,
  type IsoDate,
  type Plan,
  type Problem,
} from '@wsoa-kit/core';
import { ValidationSummary } from '@wsoa-kit/components';
import { useId, useMemo, useState, type ReactElement } from 'react';
import { ChangesSection, useLastMonth, type Earlier } from './ChangesSection.js';
import { PlanFacts } from './PlanFacts.js';
import { PlanFiles } from './PlanFiles.js';
import { ReturnsForm } from './ReturnsForm.js';
import type { EmbedView } from './embed/embedOptions.js';
import { PlanView, type PlanViewProps } from './PlanView.js';
import { planHref } from './route.js';
import type { SamplePlan } from './samples.js';

/**
 * The dashboard's sections in order, for its contents and its body alike. Views with a heading of
 * their own sit in plain boxes (`own`); the others get a section with our heading (`ours`).
 */
const SECTIONS: readonly { readonly id: string; readonly title: string; readonly view: EmbedView; readonly heading: 'own' | 'ours' }[] = [
  { id: 'progress', title: 'Progress', view: 'progress', heading: 'own' },
  { id: 'deadlines', title: 'Statutory deadlines', view: 'deadlines', heading: 'own' },
  { id: 'timeline', title: 'Plan on a timeline', view: 'gantt', heading: 'ours' },
  { id: 'rag', title: 'RAG status of every action', view: 'rag-table', heading: 'ours' },
  { id: 'findings', title: 'What each finding is addressed by', view: 'findings', heading: 'own' },
  { id: 'measures', title: 'Impact measures', view: 'measures', heading: 'ours' },
  { id: 'you-said', title: 'You said, we did', view: 'you-said-we-did', heading: 'own' },
  { id: 'engagement', title: 'Engagement and co-production', view: 'engagement', heading: 'own' },
  { id: 'comment', title: 'Tell us what you think', view: 'feedback-form', heading: 'own' },
  { id: 'risks', title: 'Risks to delivering the plan', view: 'risks', heading: 'own' },
  { id: 'checks', title: 'Data checks', view: 'validation', heading: 'ours' },
];

/** The demo's own last sections: returns to add, what changed since last month, and the plan as files to take elsewhere. */
const RETURNS = { id: 'returns', title: 'Monthly returns' } as const;
const CHANGES = { id: 'changes', title: 'Changes since last month' } as const;
const FILES = { id: 'files', title: 'The plan as files' } as const;

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
  // The plan with returns added in this page, and a key to redraw the date field when they move it on.
  const [returned, setReturned] = useState<Plan | undefined>(undefined);
  const [dateField, setDateField] = useState(0);
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
  const plan = returned ?? sample.result.value;
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
      <AsOfField key={dateField} asOf={asOf} defaultAsOf={sample.asOf} reason={sample.asOfReason} error={dateError} onChange={changeAsOf} />
      <nav className="demo__contents" aria-label="On this page">
        <ul>
          {[...SECTIONS, RETURNS, CHANGES, FILES].map(({ id, title }) => (
            <li key={id}>
              <a href={`#${id}`}>{title}</a>
            </li>
          ))}
        </ul>
      </nav>
      <PlanViews
        plan={plan}
        opened={sample.result.value}
        problems={sample.result.problems}
        asOf={asOf}
        onReturns={(withReturns, reportedOn) => {
          setReturned(withReturns);
          if (reportedOn > asOf) {
            changeAsOf(reportedOn);
            setDateField((n) => n + 1);
          }
        }}
      />
    </>
  );
}

/**
 * The feedback form, with nowhere to send to: the demo keeps what is sent in this page and lists
 * it, so nobody thinks a council has it.
 */
function DemoFeedback(views: Omit<PlanViewProps, 'view'>): ReactElement {
  const [sent, setSent] = useState<readonly FeedbackSubmission[]>([]);
  return (
    <>
      <PlanView view="feedback-form" {...views} onFeedback={(submission) => setSent((before) => [...before, submission])} />
      <p className="demo__note">This demo sends comments nowhere: they stay in this page until you leave it.</p>
      {sent.length > 0 ? (
        <>
          <h3>Comments sent from this page</h3>
          <ul>
            {sent.map((submission, i) => (
              <li key={i}>{submission.youSaid}</li>
            ))}
          </ul>
        </>
      ) : null}
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
          <span className="wsoa-visually-hidden">Error: </span>
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

/** Every view over one analysis, each in its section. Analysed again only when the plan or the date changes. */
function PlanViews({
  plan,
  opened,
  problems,
  asOf,
  onReturns,
}: {
  readonly plan: Plan;
  /** The plan as the page opened it, before any returns added here. */
  readonly opened: Plan;
  readonly problems: readonly Problem[];
  readonly asOf: IsoDate;
  readonly onReturns: (plan: Plan, reportedOn: IsoDate) => void;
}): ReactElement {
  const analysis = useMemo(() => analysePlan(plan, { asOf }), [plan, asOf]);
  const [earlier, setEarlier] = useState<Earlier | undefined>(undefined);
  const lastMonth = useLastMonth(opened, earlier, asOf);
  const deadlines = useMemo(() => statutoryTimeline(plan.inspection, undefined, { planKind: plan.kind }), [plan]);
  const views = { analysis, deadlines, problems };
  const content = (section: (typeof SECTIONS)[number]) => {
    const level = section.heading === 'ours' ? 3 : 2;
    if (section.view === 'feedback-form') return <DemoFeedback {...views} headingLevel={level} />;
    return (
      <>
        {/* The dashboard is the officers' view, so progress offers the copy for the board report. */}
        <PlanView view={section.view} {...views} headingLevel={level} copyForBoard />
        {section.view === 'validation' && plan.sampleData ? <p className="demo__note">{plan.sampleData}</p> : null}
      </>
    );
  };
  return (
    <>
      {SECTIONS.map((section) =>
        section.heading === 'own' ? (
          <div key={section.id} id={section.id} className="demo__section">
            {content(section)}
          </div>
        ) : (
          <section key={section.id} id={section.id} className="demo__section" aria-labelledby={`${section.id}-title`}>
            <h2 id={`${section.id}-title`}>{section.title}</h2>
            {content(section)}
          </section>
        ),
      )}
      <section id={RETURNS.id} className="demo__section" aria-labelledby={`${RETURNS.id}-title`}>
        <h2 id={`${RETURNS.id}-title`}>{RETURNS.title}</h2>
        <ReturnsForm analysis={analysis} onReturns={onReturns} />
      </section>
      <section id={CHANGES.id} className="demo__section" aria-labelledby={`${CHANGES.id}-title`}>
        <h2 id={`${CHANGES.id}-title`}>{CHANGES.title}</h2>
        <ChangesSection before={lastMonth} analysis={analysis} earlier={earlier} onEarlier={setEarlier} />
      </section>
      <section id={FILES.id} className="demo__section" aria-labelledby={`${FILES.id}-title`}>
        <h2 id={`${FILES.id}-title`}>{FILES.title}</h2>
        <PlanFiles analysis={analysis} document={plan} changesSince={lastMonth} />
      </section>
    </>
  );
}
