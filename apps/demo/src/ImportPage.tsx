import { analysePlan, type Plan } from '@wsoa-kit/core';
import { DEFAULT_RAG_TABLE_COLUMNS, Gantt, RagTable, ScheduleChecks, ValidationSummary } from '@wsoa-kit/components';
import { useId, useMemo, useRef, useState, type ReactElement } from 'react';
import { exampleForm, formProblems, importTable, type ImportForm, type ImportResult } from './importTable.js';
import { Choices, DateField, TextAreaField } from './fields.js';
import { OpenFileField } from './OpenFileField.js';
import { PlanFacts } from './PlanFacts.js';
import { PlanFiles } from './PlanFiles.js';
import { todayInEngland } from './embed/embedOptions.js';

const EMPTY: ImportForm = {
  title: '',
  area: '',
  framework: 'local-area-2016',
  inspectionStart: '',
  inspectionEnd: '',
  reportReceived: '',
  reportedOn: '',
  closures: '',
  table: '',
};

type Outcome =
  { readonly kind: 'form'; readonly problems: ReturnType<typeof formProblems> } | { readonly kind: 'read'; readonly read: ImportResult };

/**
 * Reads a council's own project table: paste it, add what a table cannot say (the plan's title,
 * area and inspection), and see every problem by row and column, or the plan in the Gantt and the
 * RAG table, with its plan document to download. Nothing leaves the page.
 */
export function ImportPage({ torbay }: { readonly torbay: Plan }): ReactElement {
  const [form, setForm] = useState<ImportForm>(EMPTY);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const resultRef = useRef<HTMLHeadingElement>(null);
  const ids = useId();
  const set = (field: keyof ImportForm) => (event: { currentTarget: { value: string } }) =>
    setForm({ ...form, [field]: event.currentTarget.value });
  const read = () => {
    const problems = formProblems(form);
    setOutcome(problems.length > 0 ? { kind: 'form', problems } : { kind: 'read', read: importTable(form) });
    // Read out what happened: the result's heading takes focus once it is drawn.
    requestAnimationFrame(() => resultRef.current?.focus());
  };
  const text = (field: 'title' | 'area', label: string) => (
    <div className="demo__field">
      <label htmlFor={`${ids}-${field}`}>{label}</label>
      <input id={`${ids}-${field}`} type="text" value={form[field]} onChange={set(field)} />
    </div>
  );
  const date = (field: 'inspectionStart' | 'inspectionEnd' | 'reportReceived' | 'reportedOn', label: string, hint?: string) => (
    <DateField label={label} hint={hint} value={form[field]} onChange={(value) => setForm({ ...form, [field]: value })} />
  );
  return (
    <>
      <p className="demo__back">
        <a href="?">All sample plans</a>
      </p>
      <h1>Read your own project table</h1>
      <p>
        Paste a progress table copied from your project tool or spreadsheet, such as the one in a board report, with columns like Task Name,
        Duration, Start, Finish, % Complete and RAG, and if you have them ID and Predecessors, Commentary, Mitigation, Impact if not
        mitigated and Impact sustained. Or open a plan saved from Microsoft Project as XML, which also carries its links, baselines and
        calendar, or a plan kept in Word, with the table pasted in or a table under each workstream’s heading. Core’s{' '}
        <code>readProjectTable</code>, <code>readProjectXml</code> or <code>readWordTables</code> reads it; nothing leaves this page.
      </p>
      <button type="button" className="wsoa-button wsoa-button--secondary" onClick={() => setForm(exampleForm(torbay))}>
        Fill in an example: Torbay’s table
      </button>
      <form
        className="demo__import"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          read();
        }}
      >
        {text('title', 'Plan title')}
        {text('area', 'Local area')}
        <Choices
          legend="Inspection framework"
          options={[
            ['local-area-2016', 'Local area SEND inspection (2016): a Written Statement of Action'],
            ['area-send-2023', 'Area SEND inspection (2023): a priority action plan'],
          ]}
          value={form.framework}
          onChange={(framework) => setForm({ ...form, framework })}
        />
        {date('inspectionStart', 'First day of the inspection')}
        {date('inspectionEnd', 'Last day of the inspection')}
        {date(
          'reportReceived',
          'Report received (optional)',
          'The 2016 framework’s 70 working days to the Written Statement of Action count from here.',
        )}
        {date(
          'reportedOn',
          'Progress reported on (optional)',
          'The day the table’s percentages, RAG words and comments were reported. Needed if it has RAG words or comments, unless it is a project file with a status date.',
        )}
        <TextAreaField
          label="Closure days (optional)"
          hint="Days the council was closed beyond the bank holidays, if your project tool left them out of durations too, such as 27/12/2024. One per line, or separated by commas."
          rows={2}
          value={form.closures ?? ''}
          onChange={(closures) => setForm({ ...form, closures })}
        />
        <TextAreaField
          label="Project table"
          hint="Tab-separated (copied cells) or CSV, with its header row; or the text of a project file saved as XML."
          rows={12}
          value={form.table}
          onChange={(table) => setForm({ ...form, table })}
        />
        <OpenFileField
          hint="An Excel workbook or OpenDocument spreadsheet (.ods; the sheet it opens at); a Word document (.docx) or OpenDocument text document (.odt) with the plan’s table, or a table under each workstream’s heading; a Microsoft Project file saved as XML (File, Save As, XML Format); or a CSV or tab-separated file. Its text goes into the box above."
          accept=".xml,.csv,.tsv,.txt,text/xml,application/xml,text/csv,text/plain"
          onText={(table) => setForm((before) => ({ ...before, table }))}
        />
        <button type="submit" className="wsoa-button">
          Read the table
        </button>
      </form>
      {outcome === null ? null : (
        <section className="demo__section" aria-labelledby={`${ids}-result`}>
          <h2 id={`${ids}-result`} ref={resultRef} tabIndex={-1}>
            What the table gives
          </h2>
          {outcome.kind === 'form' ? (
            <ValidationSummary subject="The form" problems={outcome.problems} headingLevel={3} />
          ) : (
            <Imported read={outcome.read} />
          )}
        </section>
      )}
    </>
  );
}

function Imported({ read }: { readonly read: ImportResult }): ReactElement {
  const plan = read.result.ok ? read.result.value : undefined;
  const asOf = useMemo(
    () =>
      plan?.actions
        .flatMap((a) => a.updates.map((u) => u.date))
        .sort()
        .at(-1) ?? todayInEngland(),
    [plan],
  );
  const analysis = useMemo(() => (plan ? analysePlan(plan, { asOf }) : undefined), [plan, asOf]);
  return (
    <>
      <ValidationSummary subject={plan ? plan.title : 'The table'} problems={read.result.problems} headingLevel={3} />
      {read.notes.length > 0 ? (
        <>
          <h3>What was worked out</h3>
          <ul>
            {read.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </>
      ) : null}
      {plan && analysis ? (
        <>
          <ScheduleChecks analysis={analysis} headingLevel={3} />
          <PlanFacts plan={plan} />
          {read.document ? <PlanFiles analysis={analysis} document={read.document} /> : null}
          <h3>On a timeline</h3>
          <Gantt analysis={analysis} defaultZoom="month" columns={['ref', 'title', 'leads', 'percent', 'rag']} />
          <h3>RAG status of every action</h3>
          <RagTable
            analysis={analysis}
            showFilters={false}
            columns={
              analysis.actions.some((a) => a.lastUpdate?.commentary !== undefined) ? [...DEFAULT_RAG_TABLE_COLUMNS, 'update'] : undefined
            }
          />
        </>
      ) : null}
    </>
  );
}
