import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analysePlan } from '../analysis/analysePlan.js';
import { planOf } from '../analysis/testPlans.js';
import { parsePlan } from '../model/parsePlan.js';
import type { Plan, PlanInput } from '../model/plan.js';
import { summarisePeriod } from '../report/summarisePeriod.js';
import { samplePlans } from '../samples/index.js';
import { unzip, zip } from './fixtures/xlsx.js';
import { addProgressReturns, readProgressReturns, writeReturnsSheet, writeReturnsWorkbook } from './progressReturns.js';
import { readWorkbook } from './readWorkbook.js';
import { child, children, readXml } from './readXml.js';

function parsed(input: PlanInput): Plan {
  const result = parsePlan(input);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result.value;
}

const torbay = parsed(samplePlans.torbay);
const northbrook = parsed(samplePlans.northbrook);

/** A filled-in row of the returns sheet, as a spreadsheet copies it: the sheet's first six cells, then the lead's answers, quoted where they hold a line break or a quote. */
const fill = (line: string, ...answers: string[]) =>
  [...line.split('\t').slice(0, 6), ...answers.map((a) => (/[\n"]/.test(a) ? `"${a.replace(/"/g, '""')}"` : a))].join('\t');

describe('writeReturnsSheet', () => {
  it('lists each action under way and not complete, with its last return, and blank columns to fill in', () => {
    const lines = writeReturnsSheet(analysePlan(torbay, { asOf: '2022-06-30' })).split('\n');
    expect(lines[0]?.split('\t')).toEqual([
      'Ref',
      'Action',
      'Lead',
      'Start',
      'Finish',
      'Last return',
      '% Complete',
      'RAG',
      'Commentary',
      'Mitigation',
      'Impact if not mitigated',
      'Impact sustained',
    ]);
    expect(lines[1]?.split('\t')).toEqual([
      '1A',
      'Create a JSNA Data Group',
      'JC/BB',
      'Wed 13/04/22',
      'Tue 31/05/22',
      '22 May 2022; 5%; Started',
      '',
      '',
      '',
      '',
      '',
      '',
    ]);
    // 2A is complete, so no return is asked of it; every other Torbay action had started by 30 June.
    expect(lines.slice(1, -1).map((line) => line.split('\t')[0])).toEqual(torbay.actions.filter((a) => a.ref !== '2A').map((a) => a.ref));
    expect(lines.at(-1)).toBe('');
  });

  it('leaves out actions not yet due to start', () => {
    const refs = (dueBy: string) =>
      writeReturnsSheet(analysePlan(northbrook, { asOf: '2024-11-22' }), { dueBy })
        .trim()
        .split('\n')
        .slice(1)
        .map((line) => line.split('\t')[0]);
    expect(refs('2024-06-30').length).toBeLessThan(refs('2024-11-22').length);
    expect(refs('2024-06-30').every((ref) => (northbrook.actions.find((a) => a.ref === ref)?.start ?? '') <= '2024-06-30')).toBe(true);
  });

  it('asks for a return of an action with no start, due by a finish alone or not yet dated, as it may be under way whenever', async () => {
    const plan = planOf([
      { id: 'A', start: '2022-05-02', finish: '2022-05-06', percentComplete: 20 },
      { id: 'L', start: '2022-07-04', finish: '2022-07-08' },
      { id: 'D', finish: '2022-09-30', percentComplete: 100 / 3, updates: [{ date: '2022-05-31', percentComplete: 100 / 3 }] },
      { id: 'U' },
      { id: 'C', finish: '2022-05-13', percentComplete: 100 },
    ]);
    const analysis = analysePlan(plan, { asOf: '2022-06-01' });
    // L is not due to start by 30 June and C is complete; D and U have no start to leave them out by.
    const expected = [
      ['A', 'Action A', '', 'Mon 02/05/22', 'Fri 06/05/22', 'None yet'],
      // A third, as a workbook keeps 1/3 typed as a percentage: the last return gives it to a tenth.
      ['D', 'Action D', '', '', 'Fri 30/09/22', '31 May 2022; 33.3%'],
      ['U', 'Action U', '', '', '', 'None yet'],
    ];
    const lines = writeReturnsSheet(analysis, { dueBy: '2022-06-30' }).trim().split('\n').slice(1);
    expect(lines.map((line) => line.split('\t').slice(0, 6))).toEqual(expected);
    const read = await readWorkbook(writeReturnsWorkbook(analysis, { dueBy: '2022-06-30' }));
    expect(
      read.ok &&
        read.value.text
          .trim()
          .split('\n')
          .slice(1)
          .map((line) => line.split('\t').slice(0, 6)),
    ).toEqual([
      ['A', 'Action A', '', '02/05/2022', '06/05/2022', 'None yet'],
      expected[1]?.map((cell, i) => (i === 4 ? '30/09/2022' : cell)),
      expected[2],
    ]);
  });
});

describe('writeReturnsWorkbook', () => {
  const analysis = analysePlan(torbay, { asOf: '2022-06-30' });
  const bytes = writeReturnsWorkbook(analysis, { dueBy: '2022-06-30' });
  it('opens at the returns sheet: the same rows as the tab-separated sheet, with real dates', async () => {
    const read = await readWorkbook(bytes);
    if (!read.ok) throw new Error('not read');
    expect([read.value.sheet, read.value.sheets, read.value.notes]).toEqual(['Returns', ['Returns', 'Guidance'], []]);
    const lines = read.value.text.split('\n');
    const tabbed = writeReturnsSheet(analysis, { dueBy: '2022-06-30' }).split('\n');
    expect(lines[0]).toBe(tabbed[0]);
    expect(lines[1]?.split('\t')).toEqual([
      '1A',
      'Create a JSNA Data Group',
      'JC/BB',
      '13/04/2022',
      '31/05/2022',
      '22 May 2022; 5%; Started',
      '',
      '',
      '',
      '',
      '',
      '',
    ]);
    // Row for row the same actions and text; only the dates are written as a spreadsheet shows real ones.
    const withoutDates = (line: string) => line.split('\t').filter((_, i) => i !== 3 && i !== 4);
    expect(lines.map(withoutDates)).toEqual(tabbed.map(withoutDates));
  });

  it('shades the columns to fill in, and checks what is typed: a percentage, the plan’s RAG words, Yes or No', async () => {
    const sheet = readXml((await unzip(bytes))['xl/worksheets/sheet1.xml'] ?? '');
    if (!sheet.ok) throw new Error('not XML');
    const checks = children(
      sheet.root.children.find((c) => c.name === 'dataValidations'),
      'dataValidation',
    );
    const last = torbay.actions.length; // every action but 2A, and the header
    expect(checks.map((c) => [c.attributes.type, c.attributes.sqref, c.children.map((f) => f.text)])).toEqual([
      ['decimal', `G2:G${last}`, ['0', '1']],
      ['list', `H2:H${last}`, ['"Blue,Green,Amber,Red"']],
      ['list', `L2:L${last}`, ['"Yes,No"']],
    ]);
    // A plan that reports in progress words, as seed 004's table does, offers those.
    const words = analysePlan(parsed({ ...samplePlans.torbay, rag: { scheme: 'progress' } }), { asOf: '2022-06-30' });
    expect((await unzip(writeReturnsWorkbook(words)))['xl/worksheets/sheet1.xml']).toContain(
      '<formula1>"Not started,Started,Complete"</formula1>',
    );
  });

  it('reads back filled in as a lead’s returns, and says which rows were left blank', async () => {
    // A lead types 100 into the percentage column of 1A (Excel keeps 1, shown as 100%) and picks Complete.
    const files = await unzip(bytes);
    files['xl/worksheets/sheet1.xml'] = (files['xl/worksheets/sheet1.xml'] ?? '')
      .replace('<c r="G2" s="4"/>', '<c r="G2" s="4"><v>1</v></c>')
      .replace('<c r="H2" s="5"/>', '<c r="H2" s="5" t="inlineStr"><is><t>Complete</t></is></c>');
    const read = await readWorkbook(zip(files));
    if (!read.ok) throw new Error('not read');
    const returns = readProgressReturns(read.value.text, torbay, { reportedOn: '2022-06-30' });
    expect(returns.problems).toEqual([]);
    expect(returns.ok && returns.value).toEqual([
      { actionId: '1A', ref: '1A', update: { date: '2022-06-30', percentComplete: 100, status: 'complete' } },
    ]);
    const blank = writeReturnsSheet(analysis, { dueBy: '2022-06-30' })
      .trim()
      .split('\n')
      .slice(2)
      .map((row) => row.split('\t')[0]);
    expect(returns.notes[0]).toBe(`Nothing was reported for ${blank.length} actions: ${blank.join(', ')}.`);
  });

  it('writes text as text, so a title that starts with = is never a formula, and a guidance sheet with the due date', async () => {
    const formulaTitle = parsed({
      ...samplePlans.torbay,
      actions: samplePlans.torbay.actions?.map((a) => (a.id === '1A' ? { ...a, title: '=HYPERLINK("http://example.com","Open")' } : a)),
    });
    const book = writeReturnsWorkbook(analysePlan(formulaTitle, { asOf: '2022-06-30' }));
    const files = await unzip(book);
    expect(files['xl/worksheets/sheet1.xml']).not.toContain('<f>');
    const read = await readWorkbook(book);
    expect(read.ok && read.value.text.split('\n')[1]?.split('\t')[1]).toBe('"=HYPERLINK(""http://example.com"",""Open"")"');
    const guidance = await readWorkbook(book, { sheet: 'Guidance' });
    expect(guidance.ok && guidance.value.text.split('\n').slice(0, 2)).toEqual([
      'Progress returns: Torbay Written Statement of Action 2022',
      'Returns are due by 30 Jun 2022. There is one row on the Returns sheet for each action not complete that is under way or has no start date.',
    ]);
  });
});

describe('writeReturnsWorkbook as an OpenDocument spreadsheet', () => {
  const analysis = analysePlan(torbay, { asOf: '2022-06-30' });
  const bytes = writeReturnsWorkbook(analysis, { dueBy: '2022-06-30', format: 'ods' });
  /** A sheet's rows, each without the empty cells at its end (a reader keeps a shaded one, or not). */
  const rowsOf = (text: string) => text.split('\n').map((line) => line.replace(/\t+$/, '').split('\t'));

  it('holds the Excel workbook’s two sheets and rows, and opens at the returns', async () => {
    const [ods, xlsx] = await Promise.all([readWorkbook(bytes), readWorkbook(writeReturnsWorkbook(analysis, { dueBy: '2022-06-30' }))]);
    if (!ods.ok || !xlsx.ok) throw new Error('not read');
    expect([ods.value.sheet, ods.value.sheets, ods.value.notes]).toEqual(['Returns', ['Returns', 'Guidance'], []]);
    expect(rowsOf(ods.value.text)).toEqual(rowsOf(xlsx.value.text));
    const guidance = await readWorkbook(bytes, { sheet: 'Guidance' });
    expect(guidance.ok && guidance.value.text.split('\n')[1]).toBe(
      'Returns are due by 30 Jun 2022. There is one row on the Returns sheet for each action not complete that is under way or has no start date.',
    );
  });

  it('checks the columns to fill in as the Excel workbook does, with the plan’s own RAG words', async () => {
    const words = analysePlan(parsed({ ...samplePlans.torbay, rag: { scheme: 'progress' } }), { asOf: '2022-06-30' });
    const content = readXml((await unzip(writeReturnsWorkbook(words, { format: 'ods' })))['content.xml'] ?? '');
    if (!content.ok) throw new Error('not XML');
    const checks = children(child(child(content.root, 'body'), 'spreadsheet'), 'content-validations')[0];
    expect(
      children(checks, 'content-validation').map((c) => [c.attributes['table:condition'], c.attributes['table:base-cell-address']]),
    ).toEqual([
      ['of:cell-content-is-decimal-number() and cell-content-is-between(0,1)', "'Returns'.G2"],
      ['of:cell-content-is-in-list("Not started";"Started";"Complete")', "'Returns'.H2"],
      ['of:cell-content-is-in-list("Yes";"No")', "'Returns'.L2"],
    ]);
  });

  it('reads back as the leads filled it in LibreOffice Calc and Calc saved it', async () => {
    // fixtures/libreoffice-returns.ods: this workbook opened in Calc 7.4, two rows filled in through
    // its UNO API (fixtures/libreoffice-returns.py), and saved by Calc.
    const read = await readWorkbook(new Uint8Array(readFileSync(new URL('fixtures/libreoffice-returns.ods', import.meta.url))));
    if (!read.ok) throw new Error('not read');
    expect([read.value.sheet, read.value.notes]).toEqual(['Returns', []]);
    const returns = readProgressReturns(read.value.text, torbay, { reportedOn: '2022-06-30' });
    expect(returns.problems).toEqual([]);
    expect(returns.ok && returns.value).toEqual([
      {
        actionId: '1A',
        ref: '1A',
        update: {
          date: '2022-06-30',
          percentComplete: 100,
          status: 'blue',
          commentary: 'Group set up in May.\nIt meets monthly.',
          impactSustained: true,
        },
      },
      {
        actionId: '1A.6',
        ref: '1A.6',
        update: {
          date: '2022-06-30',
          percentComplete: 45,
          status: 'amber',
          commentary: 'Two updates published.',
          mitigation: 'Analyst post advertised',
        },
      },
    ]);
  });
});

describe('readProgressReturns and addProgressReturns', () => {
  const analysis = analysePlan(torbay, { asOf: '2022-06-30' });
  const sheet = writeReturnsSheet(analysis).trim().split('\n');
  const line = (ref: string) => sheet.find((l) => l.startsWith(`${ref}\t`)) as string;

  it('reads the sheet the leads filled in, one update per row that reports, dated when returned', () => {
    const filled = [
      sheet[0],
      fill(line('1A'), '100%', 'Complete', 'Group met on 9 June.'),
      fill(line('2A.1'), '20', 'Amber', 'Vision drafted;\n"workshops" booked.', 'Extra workshop in July', 'Vision late for the board', ''),
      fill(line('3A'), '', '', '', '', '', ''),
      fill(line('4A'), '', 'Green', '', '', '', 'No'),
    ].join('\n');
    const read = readProgressReturns(filled, torbay, { reportedOn: '2022-06-30' });
    expect(read.problems).toEqual([]);
    expect(read.ok && read.value).toEqual([
      {
        actionId: '1A',
        ref: '1A',
        update: { date: '2022-06-30', percentComplete: 100, status: 'complete', commentary: 'Group met on 9 June.' },
      },
      {
        actionId: '2A.1',
        ref: '2A.1',
        update: {
          date: '2022-06-30',
          percentComplete: 20,
          status: 'amber',
          commentary: 'Vision drafted;\n"workshops" booked.',
          mitigation: 'Extra workshop in July',
          impactIfNotMitigated: 'Vision late for the board',
        },
      },
      { actionId: '4A', ref: '4A', update: { date: '2022-06-30', status: 'green', impactSustained: false } },
    ]);
    const others = torbay.actions.map((a) => a.ref).filter((ref) => !['1A', '2A.1', '3A', '4A'].includes(ref));
    expect(read.notes).toEqual([
      'Nothing was reported for action: 3A.',
      `The sheet has no row for ${others.length} actions: ${others.join(', ')}.`,
    ]);
  });

  it('reads a returns sheet with a title above its header row, and says so', () => {
    const filled = ['Returns for June 2022', sheet[0], fill(line('1A'), '100%', 'Complete', 'Group met on 9 June.')].join('\n');
    const read = readProgressReturns(filled, torbay, { reportedOn: '2022-06-30' });
    expect(read.problems).toEqual([]);
    expect(read.ok && read.value.map((r) => [r.ref, r.update.status])).toEqual([['1A', 'complete']]);
    expect(read.notes[0]).toBe(
      'The header row is row 2; the row above it was read as a title, not as part of the table: row 1 ("Returns for June 2022").',
    );
  });

  it('adds the returns to the plan without changing it, and the analysis judges the new figures', () => {
    const filled = [sheet[0], fill(line('1A'), '100%', 'Complete'), fill(line('2A.1'), '20', 'Amber')].join('\n');
    const read = readProgressReturns(filled, torbay, { reportedOn: '2022-06-30' });
    if (!read.ok) throw new Error('not read');
    const before = structuredClone(torbay);
    const updated = addProgressReturns(torbay, read.value);
    expect(torbay).toEqual(before);
    const action = (plan: Plan, ref: string) => plan.actions.find((a) => a.ref === ref);
    expect(action(updated, '2A.1')?.updates.map((u) => [u.date, u.percentComplete, u.status])).toEqual([
      ['2022-05-22', 5, 'started'],
      ['2022-06-30', 20, 'amber'],
    ]);
    expect([action(updated, '1A')?.percentComplete, action(updated, '2A.1')?.percentComplete]).toEqual([100, 20]);
    expect(parsePlan(updated).problems).toEqual([]);
    const after = analysePlan(updated, { asOf: '2022-06-30' });
    expect(after.actionsById.get('1A')?.rag.status).toBe('blue');
    // The period report for June sees the RAG each return changed.
    const changes = (a: typeof analysis) =>
      summarisePeriod(a, { from: '2022-06-01', to: '2022-06-30' }).ragChanges.map((c) => [c.ref, c.fromLabel, c.toLabel]);
    expect(changes(after).filter(([ref]) => ref === '1A' || ref === '2A.1')).toEqual([['1A', 'Red', 'Blue']]);
    // 2A.1 stays Red, as due to finish that day at 20%: its reason now gives the returned figure.
    expect(after.actionsById.get('2A.1')?.rag.reasons).toEqual([
      'Expected 100% complete by 30 Jun 2022 (57 of 57 working days elapsed); reported 20%: 80 points behind, more than the 25 allowed before Red',
    ]);
    expect(changes(analysis).filter(([ref]) => ref === '1A' || ref === '2A.1')).toEqual([]);
  });

  it('replaces a return of the same date, and says so', () => {
    const filled = ['Ref\t% Complete\tCommentary', '2A.1\t10%\tRevised figure.'].join('\n');
    const read = readProgressReturns(filled, torbay, { reportedOn: '2022-05-22' });
    expect(read.notes[0]).toBe('2A.1 already has a return dated 22 May 2022: this one replaces it.');
    if (!read.ok) throw new Error('not read');
    const updated = addProgressReturns(torbay, read.value);
    expect(updated.actions.find((a) => a.ref === '2A.1')?.updates).toEqual([
      { date: '2022-05-22', percentComplete: 10, commentary: 'Revised figure.' },
    ]);
  });

  it('names a column it does not read, other than the sheet’s own columns to read', () => {
    const read = readProgressReturns('Ref\tLead\tLast return\t% Complete\tDirectorate\tBudget\n2A.1\tTT\t\t10%\tChildren\t£0', torbay, {
      reportedOn: '2022-06-30',
    });
    expect(read.notes[0]).toBe('2 columns were not read, as the plan has no place for them here: "Directorate", "Budget".');
  });

  it('keeps an older return out of the current percentage', () => {
    const read = readProgressReturns('Ref\t% Complete\n2A.1\t2%', torbay, { reportedOn: '2022-04-30' });
    if (!read.ok) throw new Error('not read');
    const updated = addProgressReturns(torbay, read.value).actions.find((a) => a.ref === '2A.1');
    expect([updated?.percentComplete, updated?.updates.map((u) => u.date)]).toEqual([5, ['2022-04-30', '2022-05-22']]);
  });

  it('names every row it cannot read, by row and column, and gives no returns then', () => {
    const read = readProgressReturns(
      [
        'Task Name\t% Complete\tRAG\tImpact sustained',
        'Focus Area 1 - JSNA\t\t\t',
        '9Z Not in the plan\t10%\t\t',
        '1A Create a group\t140%\tPurple\tMaybe',
        '1A Again\t10%\t\t',
        'No ref here\t5%\t\t',
      ].join('\n'),
      torbay,
      { reportedOn: '2022-06-30' },
    );
    expect(read.ok).toBe(false);
    expect(read.problems.map((p) => p.message)).toEqual([
      'rows[3]["Task Name"]: expected the ref of an action in Torbay Written Statement of Action 2022, found "9Z".',
      'rows[4]["% Complete"]: expected a percentage from 0% to 100%, found "140%".',
      'rows[4].RAG: expected one of Blue, Green, Amber, Red, Complete, Completed, Started, In Progress, Not Started, found "Purple".',
      'rows[4]["Impact sustained"]: expected Yes or No, found "Maybe".',
      'rows[5]["Task Name"]: expected one row per action; 1A was given on row 4 too, found "1A".',
      'rows[6]["Task Name"]: expected an action led by its ref, like "2A.1 Create a joint vision", found "No ref here".',
    ]);
  });

  it('says what a sheet is missing to be read at all', () => {
    const messages = (text: string, reportedOn = '2022-06-30') =>
      readProgressReturns(text, torbay, { reportedOn }).problems.map((p) => p.message);
    expect(messages('')).toEqual(['(root): expected a sheet with a header row, found no text.']);
    expect(messages('Owner\t% Complete\nTT\t5%')).toEqual([
      'rows[1]: expected a header row with a "Ref" or "Task Name" column, found "Owner | % Complete".',
    ]);
    expect(messages('Ref\tOwner\n1A\tTT')).toEqual([
      'rows[1]: expected a column for the returns: "% Complete", "RAG", "Commentary", "Mitigation", "Impact if not mitigated" or "Impact sustained", found "Ref | Owner".',
    ]);
    expect(messages('Ref\t% Complete\n1A\t5%', '30/06/2022')).toEqual([
      'reportedOn: expected a real date written yyyy-MM-dd, found "30/06/2022".',
    ]);
  });
});
