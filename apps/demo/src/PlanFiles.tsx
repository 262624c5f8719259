import {
  formatDate,
  monthBefore,
  DOCUMENT_MEDIA_TYPES,
  writePlanDocument,
  writePlanWorkbook,
  writeProjectXml,
  WORKBOOK_MEDIA_TYPES,
  type PlanAnalysis,
  type DocumentFormat,
  type PlanInput,
  type WorkbookFormat,
} from '@wsoa-kit/core';
import { useId, useState, type ReactElement } from 'react';
import { slug } from './importTable.js';

/**
 * The plan as files to take elsewhere: its plan document for the embed or another council's tools,
 * the plan to publish as a Word or OpenDocument document, the progress table as an Excel workbook or an OpenDocument
 * spreadsheet, and a Microsoft
 * Project file, so a plan read from a pasted table opens in Project with its dates, leads and calendar.
 */
export function PlanFiles({
  analysis,
  document,
  changesSince,
}: {
  readonly analysis: PlanAnalysis;
  readonly document: PlanInput;
  /** An earlier version, analysed as of its own date, whose changes the published plan may list. */
  readonly changesSince?: PlanAnalysis;
}): ReactElement {
  const name = slug(analysis.plan.title) || 'plan';
  const [withRisks, setWithRisks] = useState(false);
  const [withChanges, setWithChanges] = useState(false);
  const riskId = useId();
  const changesId = useId();
  return (
    <ul className="demo__files">
      <li>
        <button
          type="button"
          className="wsoa-button"
          onClick={() => saveFile(`${document.id || name}.json`, `${JSON.stringify(document, null, 2)}\n`, 'application/json')}
        >
          Download the plan document (JSON)
        </button>
        <p className="demo__hint">What the embed reads, checked by core’s parsePlan.</p>
      </li>
      <li>
        <div className="wsoa-field wsoa-field--check">
          <input id={riskId} type="checkbox" checked={withRisks} onChange={(event) => setWithRisks(event.currentTarget.checked)} />
          <label htmlFor={riskId}>Add the risk register to the document (for a board pack; registers are rarely published)</label>
        </div>
        {changesSince ? (
          <div className="wsoa-field wsoa-field--check">
            <input id={changesId} type="checkbox" checked={withChanges} onChange={(event) => setWithChanges(event.currentTarget.checked)} />
            <label
              htmlFor={changesId}
            >{`Add what changed since ${formatDate(changesSince.asOf, 'long')}, as “Changes since last month” shows it`}</label>
          </div>
        ) : null}
        <div className="demo__actions">
          <FormatButtons
            formats={DOCUMENTS}
            name={(label) => (withRisks ? `Download the plan with its risks (${label})` : `Download the plan to publish (${label})`)}
            onSave={(format) =>
              saveFile(
                `${name}.${format}`,
                writePlanDocument(analysis, {
                  period: monthBefore(analysis.asOf),
                  risks: withRisks,
                  format,
                  ...(withChanges && changesSince ? { changesSince } : {}),
                }),
                DOCUMENT_MEDIA_TYPES[format],
              )
            }
          />
        </div>
        <p className="demo__hint">
          {`Every section as families read it, with progress as of ${formatDate(analysis.asOf, 'long')} and the month before’s figures. Headings, table headers and alt text are set for screen readers.`}
        </p>
      </li>
      <li>
        <div className="demo__actions">
          <FormatButtons
            formats={WORKBOOKS}
            name={(label) => `Download the progress table (${label})`}
            onSave={(format) => saveFile(`${name}.${format}`, writePlanWorkbook(analysis, { format }), WORKBOOK_MEDIA_TYPES[format])}
          />
        </div>
        <p className="demo__hint">
          {`Seed 004’s columns with real dates, each action’s RAG and latest return as of ${formatDate(analysis.asOf, 'long')}, for Excel or for LibreOffice and other OpenDocument tools. Open either back on the import page.`}
        </p>
      </li>
      <li>
        <button
          type="button"
          className="wsoa-button wsoa-button--secondary"
          onClick={() => saveFile(`${name}.xml`, writeProjectXml(analysis), 'application/xml')}
        >
          Download for Microsoft Project (XML)
        </button>
        <p className="demo__hint">
          {`Open it in Project with File, Open, choosing XML Format; ProjectLibre opens it too. Progress and RAG are as of ${formatDate(analysis.asOf, 'long')}, the file’s status date.`}
        </p>
      </li>
    </ul>
  );
}

/** The text document formats offered, Word's first, each with the name a button gives it. */
const DOCUMENTS: readonly { readonly format: DocumentFormat; readonly label: string }[] = [
  { format: 'docx', label: 'Word' },
  { format: 'odt', label: 'OpenDocument' },
];

/** The spreadsheet formats offered, Excel's first, each with the name a button gives it. */
export const WORKBOOKS: readonly { readonly format: WorkbookFormat; readonly label: string }[] = [
  { format: 'xlsx', label: 'Excel' },
  { format: 'ods', label: 'OpenDocument' },
];

/** A button for each format a file can be saved in, named by the format's label. */
export function FormatButtons<F extends string>({
  formats,
  name,
  onSave,
}: {
  readonly formats: readonly { readonly format: F; readonly label: string }[];
  readonly name: (label: string) => string;
  readonly onSave: (format: F) => void;
}): ReactElement {
  return (
    <>
      {formats.map(({ format, label }) => (
        <button key={format} type="button" className="wsoa-button wsoa-button--secondary" onClick={() => onSave(format)}>
          {name(label)}
        </button>
      ))}
    </>
  );
}

/** Saves text or bytes as a file through a temporary link. */
export function saveFile(fileName: string, content: string | Uint8Array, type: string): void {
  const url = URL.createObjectURL(new Blob([content as BlobPart], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
