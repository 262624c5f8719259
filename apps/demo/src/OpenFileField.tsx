import { readWorkbook } from '@wsoa-kit/core';
import { useId, useState, type ReactElement } from 'react';

/** A workbook opened, kept to read another of its sheets. */
interface OpenWorkbook {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly sheets: readonly string[];
  readonly sheet: string;
  /** What reading the sheet did that its text does not show (merged cells read into each row). */
  readonly notes: readonly string[];
}

/**
 * Opens a file into a text box: a sheet of an Excel workbook as the text its cells would copy as
 * (core's `readWorkbook`; the sheet it opens at, and a choice of the others where it has more), or any
 * other file's text as it is. A workbook that cannot be read says why, beside the field, and what
 * reading one did that its text does not show (merged cells read into each row) is said under it.
 */
export function OpenFileField({
  hint,
  accept,
  onText,
}: {
  readonly hint: string;
  readonly accept: string;
  readonly onText: (text: string) => void;
}): ReactElement {
  const id = useId();
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const [book, setBook] = useState<OpenWorkbook | undefined>(undefined);
  const readSheet = async (name: string, bytes: Uint8Array, sheet?: string) => {
    const read = await readWorkbook(bytes, sheet === undefined ? {} : { sheet });
    setProblem(read.ok ? undefined : `${name} could not be read: ${read.problems.map((p) => p.message).join(' ')}`);
    setBook(read.ok ? { name, bytes, sheets: read.value.sheets, sheet: read.value.sheet, notes: read.value.notes } : undefined);
    if (read.ok) onText(read.value.text);
  };
  const open = async (file: File) => {
    if (/\.xlsx$/i.test(file.name)) return readSheet(file.name, new Uint8Array(await file.arrayBuffer()));
    setProblem(undefined);
    setBook(undefined);
    onText(await file.text());
  };
  return (
    <>
      <div className="demo__field" data-invalid={problem === undefined ? undefined : 'true'}>
        <label htmlFor={`${id}-file`}>Or open a file</label>
        <p id={`${id}-hint`} className="demo__hint">
          {hint}
        </p>
        {problem === undefined ? null : (
          <p id={`${id}-error`} className="demo__error" role="alert">
            <span className="wsoa-visually-hidden">Error: </span>
            {problem}
          </p>
        )}
        <input
          id={`${id}-file`}
          type="file"
          accept={`${accept},.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet`}
          aria-describedby={problem === undefined ? `${id}-hint` : `${id}-hint ${id}-error`}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            if (file) void open(file);
          }}
        />
      </div>
      {book !== undefined && book.sheets.length > 1 ? (
        <div className="demo__field">
          <label htmlFor={`${id}-sheet`}>Sheet of {book.name}</label>
          <select
            id={`${id}-sheet`}
            value={book.sheet}
            onChange={(event) => void readSheet(book.name, book.bytes, event.currentTarget.value)}
          >
            {book.sheets.map((sheet) => (
              <option key={sheet} value={sheet}>
                {sheet}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {(book?.notes ?? []).map((note) => (
        <p key={note} className="demo__hint">
          {note}
        </p>
      ))}
    </>
  );
}
