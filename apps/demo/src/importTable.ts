import {
  analysePlan,
  isIsoDate,
  makeProblem,
  parsePlan,
  readProjectTable,
  readProjectXml,
  readTableDate,
  writeProjectTable,
  type IsoDate,
  type ParseResult,
  type Plan,
  type PlanInput,
  type Problem,
} from '@wsoa-kit/core';

/** What the import form holds: the plan's details the table cannot give, and the table itself. */
export interface ImportForm {
  readonly title: string;
  readonly area: string;
  readonly framework: 'local-area-2016' | 'area-send-2023';
  readonly inspectionStart: string;
  readonly inspectionEnd: string;
  readonly reportReceived: string;
  readonly reportedOn: string;
  /** Days the council was closed beyond the bank holidays, if its project tool left them out of durations: one per line or comma. */
  readonly closures?: string;
  readonly table: string;
}

/** The plan read from the form, or every problem with the table (by row and column) and the plan. */
export interface ImportResult {
  readonly result: ParseResult<Plan>;
  /** What the reader inferred, to show beside the result. */
  readonly notes: readonly string[];
  /** The plan document, as a council would save it, when the table could be read. */
  readonly document?: PlanInput;
}

/**
 * Whether the text is a plan saved from a project tool as XML, rather than a table.
 *
 * @example
 * isProjectXml('<?xml version="1.0"?>\n<Project xmlns="http://schemas.microsoft.com/project">'); // true
 */
export function isProjectXml(text: string): boolean {
  return /^\uFEFF?\s*<(?:\?xml\b|Project[\s>])/.test(text);
}

/**
 * Reads a pasted project table with core's `readProjectTable`, or a Microsoft Project XML file with
 * `readProjectXml`, puts it in a plan document with the
 * form's details, and checks the whole document with `parsePlan`. Nothing is dropped: problems
 * with the table come first, then the plan's.
 *
 * @example
 * importTable({ title: 'Our WSoA', area: 'Testshire', framework: 'local-area-2016', inspectionStart: '2021-11-15', inspectionEnd: '2021-11-19', reportReceived: '', reportedOn: '2022-05-22', table });
 */
export function importTable(form: ImportForm): ImportResult {
  const closures = closureDates(form.closures ?? '').flatMap((date) => (date === undefined ? [] : [{ date, title: 'Council closed' }]));
  const options = {
    ...(form.reportedOn === '' ? {} : { reportedOn: form.reportedOn as IsoDate }),
    ...(closures.length > 0 ? { closures } : {}),
  };
  const table = isProjectXml(form.table) ? readProjectXml(form.table, options) : readProjectTable(form.table, options);
  if (!table.ok) return { result: { ok: false, problems: table.problems }, notes: table.notes };
  const document: PlanInput = {
    formatVersion: 1,
    id: slug(form.title) || 'imported-plan',
    title: form.title,
    kind: form.framework === 'local-area-2016' ? 'wsoa' : 'priority-action-plan',
    area: { name: form.area },
    inspection: {
      framework: form.framework,
      inspectorates: ['ofsted', 'cqc'],
      startDate: form.inspectionStart,
      endDate: form.inspectionEnd,
      ...(form.reportReceived !== '' ? { reportReceived: form.reportReceived } : {}),
    },
    ...table.value,
  };
  const result = parsePlan(document);
  return { result, notes: table.notes, document };
}

/** Whether the form can be read at all: the problems with the fields a person fills in, before the table. */
export function formProblems(form: ImportForm): Problem[] {
  const problems: Problem[] = [];
  const field = (at: string, expected: string, found: string) => makeProblem([at], expected, found);
  if (form.title.trim() === '') problems.push(field('title', "the plan's title", 'nothing'));
  if (form.area.trim() === '') problems.push(field('area', 'the name of the local area', 'nothing'));
  for (const [at, value] of [
    ['inspectionStart', form.inspectionStart],
    ['inspectionEnd', form.inspectionEnd],
  ] as const)
    if (!isIsoDate(value)) problems.push(field(at, 'a real date', value === '' ? 'nothing' : JSON.stringify(value)));
  const entries = closureEntries(form.closures ?? '');
  closureDates(form.closures ?? '').forEach((date, i) => {
    if (date === undefined)
      problems.push(makeProblem(['closures', i], 'a date such as 27/12/2024 or 27 Dec 2024', JSON.stringify(entries[i])));
  });
  if (form.table.trim() === '')
    problems.push(field('table', 'a project table pasted from a spreadsheet or project tool, or a project file', 'nothing'));
  return problems;
}

/** The closure days as written: one per line or comma, blanks left out. */
const closureEntries = (text: string): string[] =>
  text
    .split(/[\n,]/)
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');

/**
 * Each closure day written as UK tables write dates, or `undefined` where one is not a real date.
 *
 * @example
 * closureDates('27/12/2024, 30 Dec 2024\n2024-12-31'); // ['2024-12-27', '2024-12-30', '2024-12-31']
 */
export function closureDates(text: string): (IsoDate | undefined)[] {
  return closureEntries(text).map((entry) => readTableDate(entry));
}

/**
 * An example to try the form with: Torbay's sample plan as `writeProjectTable` writes it, which is
 * seed 004's table, with the plan's own details.
 */
export function exampleForm(torbay: Plan): ImportForm {
  return {
    title: torbay.title,
    area: torbay.area.name,
    framework: torbay.inspection.framework,
    inspectionStart: torbay.inspection.startDate,
    inspectionEnd: torbay.inspection.endDate,
    reportReceived: torbay.inspection.reportReceived ?? '',
    reportedOn: '2022-05-22',
    closures: '',
    table: writeProjectTable(analysePlan(torbay, { asOf: '2022-05-22' })),
  };
}

/** A title as a file or plan id: lower case, words joined by hyphens. */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
