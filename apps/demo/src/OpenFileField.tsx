import { decodeText, readWordTables, readWorkbook, wordTableGroups, type WordTable } from '@wsoa-kit/core';
import { useId, useState, type ReactElement } from 'react';

/** A file opened: a workbook or Word document is kept to read another of its sheets or tables. */
interface OpenFile {
  readonly name: string;
  readonly bytes: Uint8Array;
  /** What can be read instead: a workbook's sheets, or a document's tables by their header rows, as [value, label]. */
  readonly choices: readonly (readonly [string, string])[];
  readonly chosen: string;
  readonly kind: 'sheet' | 'table' | 'text';
  /** What reading it did that its text does not show (merged cells read into each row, tables joined, bytes not UTF-8). */
  readonly notes: readonly string[];
}

/**
 * A document's tables as choices: one for each group core reads together (the tables sharing a
 * header row), naming its tables and their rows between them, valued by its first table's number.
 */
function tableChoices(tables: readonly WordTable[]): (readonly [string, string])[] {
  return wordTableGroups(tables).map((group) => {
    const numbers = group.map((t) => t.number);
    const rows = group.reduce((sum, t) => sum + t.rows, 0);
    const header = group[0]?.header.join(' | ') || 'no header row';
    const which = numbers.length === 1 ? `Table ${numbers[0]}` : `Tables ${numbers.slice(0, -1).join(', ')} and ${numbers.at(-1)}`;
    return [String(numbers[0]), `${which}: ${header} (${rows} ${rows === 1 ? 'row' : 'rows'})`] as const;
  });
}

/**
 * Opens a file into a text box: a sheet of an Excel workbook or an OpenDocument spreadsheet (.ods, or flat .fods)
 * as the text its cells would copy as (core's `readWorkbook`; the sheet it opens at, and a choice of the others where it has more),
 * the tables of a Word or OpenDocument text document (core's `readWordTables`; the tables of the plan, and a choice of
 * the others), or any other file's text, in whatever encoding it was saved (core's `decodeText`:
 * Excel's Windows "CSV" is not UTF-8). A file that cannot be read says why, beside the field, and
 * what reading one did that its text does not show is said under it.
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
  const [opened, setOpened] = useState<OpenFile | undefined>(undefined);
  const show = (
    name: string,
    read: { ok: boolean; problems: readonly { message: string }[] },
    file: OpenFile | undefined,
    text?: string,
  ) => {
    setProblem(read.ok ? undefined : `${name} could not be read: ${read.problems.map((p) => p.message).join(' ')}`);
    setOpened(file);
    if (text !== undefined) onText(text);
  };
  const readSheet = async (name: string, bytes: Uint8Array, sheet?: string) => {
    const read = await readWorkbook(bytes, sheet === undefined ? {} : { sheet });
    if (!read.ok) return show(name, read, undefined);
    const { sheets, notes, text } = read.value;
    show(name, read, { name, bytes, kind: 'sheet', choices: sheets.map((s) => [s, s] as const), chosen: read.value.sheet, notes }, text);
  };
  const readTables = async (name: string, bytes: Uint8Array, table?: number) => {
    const read = await readWordTables(bytes, table === undefined ? {} : { table });
    if (!read.ok) return show(name, read, undefined);
    const { tables, notes, text } = read.value;
    show(name, read, { name, bytes, kind: 'table', choices: tableChoices(tables), chosen: String(read.value.read[0]), notes }, text);
  };
  const open = async (file: File) => {
    // Older .xls and .doc files go to the same readers, which say to save them in the newer format.
    if (/\.(xlsx?|f?ods)$/i.test(file.name)) return readSheet(file.name, new Uint8Array(await file.arrayBuffer()));
    if (/\.(docx?|f?odt)$/i.test(file.name)) return readTables(file.name, new Uint8Array(await file.arrayBuffer()));
    const bytes = new Uint8Array(await file.arrayBuffer());
    const decoded = decodeText(bytes);
    if (!decoded.ok) return show(file.name, decoded, undefined);
    show(
      file.name,
      decoded,
      { name: file.name, bytes, kind: 'text', choices: [], chosen: '', notes: decoded.value.notes },
      decoded.value.text,
    );
  };
  const choose = (value: string) => {
    if (opened === undefined) return;
    void (opened.kind === 'sheet' ? readSheet(opened.name, opened.bytes, value) : readTables(opened.name, opened.bytes, Number(value)));
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
          accept={`${accept},.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,.ods,application/vnd.oasis.opendocument.spreadsheet,.docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document,.odt,application/vnd.oasis.opendocument.text,.fods,.fodt`}
          aria-describedby={problem === undefined ? `${id}-hint` : `${id}-hint ${id}-error`}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            if (file) void open(file);
          }}
        />
      </div>
      {opened !== undefined && opened.choices.length > 1 ? (
        <div className="demo__field">
          <label htmlFor={`${id}-choice`}>
            {opened.kind === 'sheet' ? 'Sheet' : 'Tables'} of {opened.name}
          </label>
          <select id={`${id}-choice`} value={opened.chosen} onChange={(event) => choose(event.currentTarget.value)}>
            {opened.choices.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {(opened?.notes ?? []).map((note) => (
        <p key={note} className="demo__hint">
          {note}
        </p>
      ))}
    </>
  );
}
