import { readWorkbook } from '@wsoa-kit/core';
import { useId, useState, type ReactElement } from 'react';

/**
 * Opens a file into a text box: an Excel workbook's first sheet as the text its cells would copy
 * as (core's `readWorkbook`), or any other file's text as it is. A workbook that cannot be read
 * says why, beside the field.
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
  const open = async (file: File) => {
    if (!/\.xlsx$/i.test(file.name)) {
      setProblem(undefined);
      onText(await file.text());
      return;
    }
    const sheet = await readWorkbook(new Uint8Array(await file.arrayBuffer()));
    setProblem(sheet.ok ? undefined : `${file.name} could not be read: ${sheet.problems.map((p) => p.message).join(' ')}`);
    if (sheet.ok) onText(sheet.value.text);
  };
  return (
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
  );
}
