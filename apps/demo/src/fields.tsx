import { useId, type ReactElement } from 'react';

/** A labelled field with an optional hint: `control` draws the input with the id and description it is given. */
function Field({
  label,
  hint,
  control,
}: {
  readonly label: string;
  readonly hint?: string;
  readonly control: (id: string, describedBy: string | undefined) => ReactElement;
}): ReactElement {
  const id = useId();
  return (
    <div className="demo__field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={`${id}-hint`} className="demo__hint">
          {hint}
        </p>
      ) : null}
      {control(id, hint ? `${id}-hint` : undefined)}
    </div>
  );
}

/** A labelled box for pasted spreadsheet text, with a hint it is described by. */
export function TextAreaField({
  label,
  hint,
  rows,
  value,
  onChange,
}: {
  readonly label: string;
  readonly hint: string;
  readonly rows: number;
  readonly value: string;
  readonly onChange: (value: string) => void;
}): ReactElement {
  return (
    <Field
      label={label}
      hint={hint}
      control={(id, describedBy) => (
        <textarea
          id={id}
          rows={rows}
          value={value}
          onChange={(event) => onChange(event.currentTarget.value)}
          aria-describedby={describedBy}
          spellCheck={false}
        />
      )}
    />
  );
}

/** A labelled date field (`yyyy-MM-dd`), with an optional hint it is described by. */
export function DateField({
  label,
  hint,
  value,
  onChange,
}: {
  readonly label: string;
  readonly hint?: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
}): ReactElement {
  return (
    <Field
      label={label}
      hint={hint}
      control={(id, describedBy) => (
        <input id={id} type="date" value={value} onChange={(event) => onChange(event.currentTarget.value)} aria-describedby={describedBy} />
      )}
    />
  );
}

/** A group of radio buttons under a legend, one of `options` (value and label) chosen. */
export function Choices<T extends string>({
  legend,
  options,
  value,
  onChange,
}: {
  readonly legend: string;
  readonly options: readonly (readonly [T, string])[];
  readonly value: T;
  readonly onChange: (value: T) => void;
}): ReactElement {
  const id = useId();
  return (
    <fieldset className="demo__field">
      <legend>{legend}</legend>
      {options.map(([option, label]) => (
        <div key={option} className="demo__choice">
          <input type="radio" id={`${id}-${option}`} name={id} checked={value === option} onChange={() => onChange(option)} />
          <label htmlFor={`${id}-${option}`}>{label}</label>
        </div>
      ))}
    </fieldset>
  );
}
