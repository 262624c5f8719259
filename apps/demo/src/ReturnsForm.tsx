import {
  addProgressReturns,
  formatDate,
  isIsoDate,
  makeProblem,
  readProgressReturns,
  writeReturnsSheet,
  writeReturnsWorkbook,
  WORKBOOK_MEDIA_TYPES,
  type IsoDate,
  type Plan,
  type PlanAnalysis,
  type Problem,
} from '@wsoa-kit/core';
import { ValidationSummary } from '@wsoa-kit/components';
import { useRef, useState, type ReactElement } from 'react';
import { DateField, TextAreaField } from './fields.js';
import { OpenFileField } from './OpenFileField.js';
import { FormatButtons, saveFile, WORKBOOKS } from './PlanFiles.js';
import { slug } from './importTable.js';

type Outcome =
  | { readonly kind: 'problems'; readonly problems: readonly Problem[]; readonly notes: readonly string[] }
  | {
      readonly kind: 'added';
      readonly count: number;
      readonly reportedOn: IsoDate;
      /** Whether the dashboard's date moved on to the returns' date, later than it was. */
      readonly moved: boolean;
      readonly notes: readonly string[];
    };

/**
 * A month's progress returns: the sheet to send the leads, and a form to paste it back filled in.
 * The returns are added to the plan in this page, so every view above judges them; the plan
 * document below then holds them.
 */
export function ReturnsForm({
  analysis,
  onReturns,
}: {
  readonly analysis: PlanAnalysis;
  /** The plan with the returns added, and their date, for the dashboard to show. */
  readonly onReturns: (plan: Plan, reportedOn: IsoDate) => void;
}): ReactElement {
  // The progress date until the officer picks another.
  const [pickedDate, setReportedOn] = useState<string | undefined>(undefined);
  const reportedOn = pickedDate ?? analysis.asOf;
  const [sheet, setSheet] = useState('');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const plan = analysis.plan;
  const add = () => {
    const problems: Problem[] = [];
    if (!isIsoDate(reportedOn))
      problems.push(
        makeProblem(['reportedOn'], 'the date the returns were made', reportedOn === '' ? 'nothing' : JSON.stringify(reportedOn)),
      );
    if (sheet.trim() === '') problems.push(makeProblem(['sheet'], 'the returns sheet, filled in and pasted', 'nothing'));
    const read = problems.length > 0 ? undefined : readProgressReturns(sheet, plan, { reportedOn });
    if (read === undefined || !read.ok) setOutcome({ kind: 'problems', problems: read?.problems ?? problems, notes: read?.notes ?? [] });
    else {
      onReturns(addProgressReturns(plan, read.value), reportedOn);
      setOutcome({ kind: 'added', count: read.value.length, reportedOn, moved: reportedOn > analysis.asOf, notes: read.notes });
      setSheet('');
    }
    requestAnimationFrame(() => resultRef.current?.focus());
  };
  return (
    <>
      <p>
        Send the leads a sheet of their actions, each with its last return and columns to fill in: % Complete, RAG, Commentary, Mitigation,
        Impact if not mitigated and Impact sustained. Paste it back here once filled in.
      </p>
      <div className="demo__actions">
        <FormatButtons
          formats={WORKBOOKS}
          name={(label) => `Download the returns workbook (${label})`}
          onSave={(format) =>
            saveFile(
              `${slug(plan.title) || 'plan'}-returns-${analysis.asOf}.${format}`,
              writeReturnsWorkbook(analysis, { format }),
              WORKBOOK_MEDIA_TYPES[format],
            )
          }
        />
        <button
          type="button"
          className="wsoa-button wsoa-button--secondary"
          onClick={() =>
            saveFile(`${slug(plan.title) || 'plan'}-returns-${analysis.asOf}.tsv`, writeReturnsSheet(analysis), 'text/tab-separated-values')
          }
        >
          Download the returns sheet (tab-separated)
        </button>
      </div>
      <p className="demo__hint">
        Either workbook (Excel’s, or OpenDocument’s for LibreOffice) checks what leads type (a percentage, the plan’s RAG words, Yes or No)
        and has a guidance sheet; open it back below once filled in.
      </p>
      <form
        className="demo__import"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          add();
        }}
      >
        <DateField label="Returns made on" value={reportedOn} onChange={setReportedOn} />
        <TextAreaField
          label="Returns sheet, filled in"
          hint="Copied from the spreadsheet with its header row: a Ref column (or a Task Name led by the ref) and any of the return’s columns."
          rows={6}
          value={sheet}
          onChange={setSheet}
        />
        <OpenFileField
          hint="The returns sheet as a lead sent it back: an Excel workbook or OpenDocument spreadsheet (.ods; the sheet it opens at), a Word or OpenDocument text document with the returns table in it (.docx, .odt), or a CSV or tab-separated file. Its text goes into the box above."
          accept=".csv,.tsv,.txt,text/csv,text/plain"
          onText={setSheet}
        />
        <button type="submit" className="wsoa-button">
          Add the returns
        </button>
      </form>
      <div ref={resultRef} tabIndex={-1} className="demo__returns-result">
        {outcome === null ? null : outcome.kind === 'problems' ? (
          <ValidationSummary subject="The returns" problems={outcome.problems} headingLevel={3} />
        ) : (
          <p role="status">
            {`Added ${outcome.count} ${outcome.count === 1 ? 'return' : 'returns'} dated ${formatDate(outcome.reportedOn, 'long')}. ${
              outcome.moved ? `Progress is now shown as of ${formatDate(outcome.reportedOn, 'long')}, and every` : 'Every'
            } view on this page includes ${outcome.count === 1 ? 'it' : 'them'}, as does the plan document below.`}
          </p>
        )}
        {outcome !== null && outcome.notes.length > 0 ? (
          <ul>
            {outcome.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        ) : null}
      </div>
    </>
  );
}
