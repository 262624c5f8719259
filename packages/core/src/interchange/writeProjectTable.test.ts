import { describe, expect, it } from 'vitest';
import { analysePlan } from '../analysis/analysePlan.js';
import { validPlan } from '../model/fixtures.js';
import { parsePlan } from '../model/parsePlan.js';
import type { ProgressUpdate } from '../model/action.js';
import type { Plan, PlanInput } from '../model/plan.js';
import { samplePlans } from '../samples/index.js';
import { themedTorbay } from './fixtures/themed.js';
import { unzip } from './fixtures/xlsx.js';
import { readProjectTable } from './readProjectTable.js';
import { readWorkbook } from './readWorkbook.js';
import { projectTableRows, writePlanWorkbook, writeProjectTable } from './writeProjectTable.js';

function parsed(input: PlanInput): Plan {
  const result = parsePlan(input);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result.value;
}

const torbay = parsed(samplePlans.torbay);
/** The fields a project table carries, to compare actions that also carry others. */
const fields = (record: object) =>
  Object.fromEntries(
    ['id', 'ref', 'title', 'workstreamId', 'parentId', 'leads', 'start', 'finish', 'durationDays', 'percentComplete'].map((key) => [
      key,
      (record as Record<string, unknown>)[key],
    ]),
  );

describe('writeProjectTable', () => {
  it('writes Torbay’s plan in seed 004’s columns, with the RAG the analysis gives', () => {
    const lines = writeProjectTable(analysePlan(torbay, { asOf: '2022-05-22' })).split('\n');
    expect(lines.slice(0, 4)).toEqual([
      'Task Name\tLO/AO\tDuration\tStart\tFinish\t% Work Complete\tRAG',
      'Focus Area 1 - JSNA\tLS/NM\t261 days\tWed 13/04/22\tWed 12/04/23\t5%\tRed',
      '1A Create a JSNA Data Group\tJC/BB\t35 days\tWed 13/04/22\tTue 31/05/22\t5%\tRed',
      '1A.6 Ensure monthly updates to the JSNA\tMG/JC/BB\t253 days\tWed 13/04/22\tFri 31/03/23\t5%\tGreen',
    ]);
    // A heading and its actions for every workstream, and the line end after the last row.
    expect(lines).toHaveLength(1 + torbay.workstreams.length + torbay.actions.length + 1);
    expect(lines.at(-1)).toBe('');
  });

  it('reads back as the plan it was written from', () => {
    const back = readProjectTable(writeProjectTable(analysePlan(torbay, { asOf: '2022-05-22' })), { reportedOn: '2022-05-22' });
    expect(back.problems).toEqual([]);
    if (!back.ok) return;
    expect(back.value.actions.map(fields)).toEqual(torbay.actions.map(fields));
    expect(back.value.workstreams.map(({ id, ref, label, title }) => [id, ref, label, title])).toEqual(
      torbay.workstreams.map(({ id, ref, label, title }) => [id, ref, label, title]),
    );
    expect(back.value.calendar.convention).toBe('weekends-only');
  });

  it('keeps sub-actions under their parent with an outline level column', () => {
    const input = validPlan();
    const plan = parsed({
      ...input,
      actions: [
        { id: 'p', ref: '1A', title: 'Parent', workstreamId: input.workstreams?.[0]?.id as string },
        {
          id: 'c1',
          ref: '1A.1',
          title: 'First child',
          workstreamId: input.workstreams?.[0]?.id as string,
          parentId: 'p',
          start: '2022-04-13',
          durationDays: 5,
        },
        {
          id: 'c2',
          ref: '1A.2',
          title: 'Second child',
          workstreamId: input.workstreams?.[0]?.id as string,
          parentId: 'p',
          start: '2022-04-25',
          durationDays: 5,
        },
      ],
    });
    const text = writeProjectTable(analysePlan(plan, { asOf: '2022-05-22' }));
    expect(text.split('\n')[0]).toBe('Outline Level\tTask Name\tLO/AO\tDuration\tStart\tFinish\t% Work Complete\tRAG');
    expect(text.split('\n').map((line) => line.split('\t').slice(0, 2).join(' '))).toContain('3 1A.1 First child');
    const back = readProjectTable(text, { reportedOn: '2022-05-22' });
    expect(back.problems).toEqual([]);
    expect(back.ok && back.value.actions.map((a) => [a.ref, a.parentId])).toEqual([
      ['1A', undefined],
      ['1A.1', '1A'],
      ['1A.2', '1A'],
    ]);
  });

  it('writes a workstream within another after its parent’s actions, one level deeper, and reads the nesting back', () => {
    const themed = parsed(themedTorbay);
    const rows = projectTableRows(analysePlan(themed, { asOf: '2022-05-22' }));
    expect(
      rows.filter((row) => /^(Strand|Focus Area [123] |1A |2A )/.test(row.cells[1] ?? '')).map((row) => row.cells.slice(0, 2)),
    ).toEqual([
      ['1', 'Strand A - Knowing our children'],
      ['2', 'Focus Area 1 - JSNA'],
      ['3', '1A Create a JSNA Data Group'],
      ['2', 'Focus Area 2 - Joint Commissioning'],
      ['3', '2A Establish a Joint Commissioning Group'],
      ['2', 'Strand A.3 - Sharing what we know'],
      ['1', 'Focus Area 3 - SEND Strategy'],
    ]);
    const back = readProjectTable(writeProjectTable(analysePlan(themed, { asOf: '2022-05-22' })), { reportedOn: '2022-05-22' });
    expect(back.problems).toEqual([]);
    if (!back.ok) return;
    expect(back.value.workstreams.map((w) => [w.id, w.label, w.ref, w.title, w.parentId])).toEqual(
      themed.workstreams.map((w) => [w.id, w.label, w.ref, w.title, w.parentId]),
    );
    expect(back.value.actions.map(fields)).toEqual(themed.actions.map(fields));
  });

  it('writes the table as an Excel workbook that reads back as the plan it came from, nesting and all', async () => {
    for (const [plan, asOf] of [
      [torbay, '2022-05-22'],
      [parsed(themedTorbay), '2022-05-22'],
    ] as const) {
      const analysis = analysePlan(plan, { asOf });
      const read = await readWorkbook(writePlanWorkbook(analysis));
      if (!read.ok) throw new Error('not read');
      expect(read.value.sheet).toBe('Plan');
      const back = readProjectTable(read.value.text, { reportedOn: asOf });
      expect(back.problems).toEqual([]);
      if (!back.ok) return;
      expect(back.value.actions.map(fields)).toEqual(plan.actions.map(fields));
      expect(back.value.workstreams.map(({ id, ref, label, title, parentId }) => [id, ref, label, title, parentId])).toEqual(
        plan.workstreams.map(({ id, ref, label, title, parentId }) => [id, ref, label, title, parentId]),
      );
    }
  });

  it('writes the same table as an OpenDocument spreadsheet, which reads back as the Excel workbook does, both titled with the plan', async () => {
    for (const plan of [torbay, parsed(themedTorbay)]) {
      const analysis = analysePlan(plan, { asOf: '2022-05-22' });
      const [ods, xlsx] = await Promise.all([
        readWorkbook(writePlanWorkbook(analysis, { format: 'ods' })),
        readWorkbook(writePlanWorkbook(analysis)),
      ]);
      if (!ods.ok || !xlsx.ok) throw new Error('not read');
      expect([ods.value.sheet, ods.value.notes]).toEqual(['Plan', []]);
      expect(ods.value.text).toBe(xlsx.value.text);
      const back = readProjectTable(ods.value.text, { reportedOn: '2022-05-22' });
      expect(back.ok && back.value.actions.map(fields)).toEqual(plan.actions.map(fields));
    }
    const analysis = analysePlan(torbay, { asOf: '2022-05-22' });
    const title = '<dc:title>Torbay Written Statement of Action 2022</dc:title><dc:language>en-GB</dc:language>';
    expect((await unzip(writePlanWorkbook(analysis, { format: 'ods' })))['meta.xml']).toContain(title);
    expect((await unzip(writePlanWorkbook(analysis)))['docProps/core.xml']).toContain(title);
  });

  it('writes real dates and percentages to the workbook, headings in bold, and a formula-like title as text', async () => {
    const sheetOf = async (plan: Plan) => {
      return (await unzip(writePlanWorkbook(analysePlan(plan, { asOf: '2022-05-22' }))))['xl/worksheets/sheet1.xml'] ?? '';
    };
    const sheet = await sheetOf(torbay);
    // The heading row in bold (style 1); 1A's start and finish as Excel's day numbers (13 April and
    // 31 May 2022, style 3) and its 5% as a fraction shown as a percentage (style 6).
    expect(sheet).toContain('<c r="A2" s="1" t="inlineStr"><is><t xml:space="preserve">Focus Area 1 - JSNA</t></is></c>');
    expect(sheet).toContain('<c r="D3" s="3"><v>44664</v></c><c r="E3" s="3"><v>44712</v></c><c r="F3" s="6"><v>0.05</v></c>');
    const input = validPlan();
    const formula = await sheetOf(
      parsed({
        ...input,
        actions: [
          { id: 'x', ref: '1', title: '=HYPERLINK("https://evil.example","Click")', workstreamId: input.workstreams?.[0]?.id as string },
        ],
      }),
    );
    expect(formula).toContain('<t xml:space="preserve">1 =HYPERLINK(&quot;https://evil.example&quot;,&quot;Click&quot;)</t>');
    expect(formula).not.toContain('<f>');
  });

  it('keeps a cell a spreadsheet would take for a formula as text, and reads it back without the apostrophe', () => {
    const input = validPlan();
    const title = '=HYPERLINK("https://evil.example","Click")';
    const plan = parsed({
      ...input,
      actions: [{ id: 'x', ref: '1', title: 'placeholder', workstreamId: input.workstreams?.[0]?.id as string }],
    });
    const text = writeProjectTable(
      analysePlan({ ...plan, actions: [{ ...(plan.actions[0] as Plan['actions'][number]), ref: '-1', title }] }, { asOf: '2022-05-22' }),
    );
    expect(text.split('\n')[2]?.split('\t')[0]).toBe('"\'-1 =HYPERLINK(""https://evil.example"",""Click"")"');
    const heading = text.split('\n')[1]?.split('\t')[0] as string;
    expect(readProjectTable(`Task Name\tDuration\n${heading}\t\n"'=SUM(A1)"\t5 days`).problems.map((p) => p.found)).toEqual(['"=SUM(A1)"']);
  });

  it('adds the latest progress return’s columns that some action fills: commentary, mitigation, impact, sustained', () => {
    const northbrook = parsed(samplePlans.northbrook);
    const lines = writeProjectTable(analysePlan(northbrook, { asOf: '2024-11-22' })).split('\n');
    const cells = lines.map((line) => line.split('\t'));
    const returnHeaders = ['Commentary', 'Mitigation', 'Impact if not mitigated', 'Impact sustained'];
    expect(cells[0]).toEqual(['Task Name', 'LO/AO', 'Duration', 'Start', 'Finish', '% Work Complete', 'RAG', ...returnHeaders]);
    expect(cells.filter((row) => row.length > 1).every((row) => row.length === 11)).toBe(true);
    const returned = cells
      .slice(1)
      .filter((row) => row.slice(7).some((cell) => cell !== ''))
      .map((row) => [row[0], ...row.slice(7)]);
    expect(returned).toEqual([
      [
        '1.1 Clear the backlog of EHC needs assessments over 20 weeks',
        '31 cases left; finish moved to 31 October.',
        'Two agency educational psychologists booked until March; weekly case review with the service manager.',
        'Families wait beyond the 20 weeks the law allows for a final plan.',
        '',
      ],
      [
        '2.1 Commission additional neurodevelopmental assessment capacity',
        'Checked six weeks on: the new clinics see about 40 children a month and waits are still falling.',
        '',
        '',
        'Yes',
      ],
    ]);
    // Heading rows leave them blank: a workstream's description is the plan's wording, not a return.
    expect(cells.filter((row) => row[0]?.startsWith('Priority ')).map((row) => row.slice(7).join(''))).toEqual(['', '', '']);
  });

  it('reads Northbrook back, its returns as updates of the reporting date, with its closure days', () => {
    const northbrook = parsed(samplePlans.northbrook);
    const analysis = analysePlan(northbrook, { asOf: '2024-11-22' });
    const back = readProjectTable(writeProjectTable(analysis), { reportedOn: '2024-11-22', closures: northbrook.calendar.closures });
    expect(back.problems).toEqual([]);
    if (!back.ok) return;
    expect(back.value.calendar).toEqual(northbrook.calendar);
    // The table has no ids of its own, and gives durations the plan left to its dates.
    const entered = ({ ref, title, leads, start, finish, percentComplete }: (typeof back.value.actions)[number]) => ({
      ref,
      title,
      leads,
      start,
      finish,
      percentComplete,
    });
    expect(back.value.actions.map(entered)).toEqual(northbrook.actions.map(entered));
    const returned = ({ commentary, mitigation, impactIfNotMitigated, impactSustained }: ProgressUpdate) => ({
      commentary,
      mitigation,
      impactIfNotMitigated,
      impactSustained,
    });
    const written = analysis.actions.filter((a) => a.lastUpdate?.commentary).map((a) => [a.ref, returned(a.lastUpdate as ProgressUpdate)]);
    const read = back.value.actions.flatMap((a) =>
      (a.updates ?? []).filter((u) => u.commentary !== undefined).map((u) => [a.ref, u.date, returned(u as ProgressUpdate)]),
    );
    expect(read).toEqual(written.map(([ref, fields]) => [ref, '2024-11-22', fields]));
  });

  it('leaves the return’s columns out where no action fills them, unless asked; and out on request', () => {
    const analysis = analysePlan(torbay, { asOf: '2022-05-22' });
    expect(writeProjectTable(analysis).split('\n')[0]?.split('\t')).toHaveLength(7);
    const asked = writeProjectTable(analysis, { latestReturn: true }).split('\n');
    expect([asked[0]?.split('\t').slice(7), asked[2]?.split('\t')]).toEqual([
      ['Commentary', 'Mitigation', 'Impact if not mitigated', 'Impact sustained'],
      ['1A Create a JSNA Data Group', 'JC/BB', '35 days', 'Wed 13/04/22', 'Tue 31/05/22', '5%', 'Red', '', '', '', ''],
    ]);
    const northbrook = analysePlan(parsed(samplePlans.northbrook), { asOf: '2024-11-22' });
    expect(writeProjectTable(northbrook, { latestReturn: false }).split('\n')[0]?.split('\t')).toHaveLength(7);
    // As of a date before any return had a mitigation, only the commentary column is written.
    expect(
      writeProjectTable(analysePlan(parsed(samplePlans.northbrook), { asOf: '2024-08-01' }))
        .split('\n')[0]
        ?.split('\t')
        .slice(7),
    ).toEqual(['Commentary']);
  });

  it('quotes commentary with line breaks and quotes, and reads it back with its paragraphs', () => {
    const input = validPlan();
    const commentary = 'Board said "go".\n\nNext: panel on 3 June; =not a formula';
    const plan = parsed({
      ...input,
      actions: [
        {
          id: 'x',
          ref: '1A',
          title: 'Set up the panel',
          workstreamId: input.workstreams?.[0]?.id as string,
          start: '2022-04-13',
          finish: '2022-05-31',
          updates: [{ date: '2022-05-20', percentComplete: 40, commentary }],
        },
      ],
    });
    const back = readProjectTable(writeProjectTable(analysePlan(plan, { asOf: '2022-05-22' })), { reportedOn: '2022-05-22' });
    expect(back.problems).toEqual([]);
    expect(back.ok && back.value.actions[0]?.updates?.[0]?.commentary).toBe(commentary);
  });

  it('gives the same rows as structured cells, with each row’s kind and outline level', () => {
    const analysis = analysePlan(torbay, { asOf: '2022-05-22' });
    const rows = projectTableRows(analysis);
    expect(rows.slice(0, 3)).toEqual([
      { kind: 'header', level: 0, cells: ['Task Name', 'LO/AO', 'Duration', 'Start', 'Finish', '% Work Complete', 'RAG'] },
      { kind: 'workstream', level: 1, cells: ['Focus Area 1 - JSNA', 'LS/NM', '261 days', 'Wed 13/04/22', 'Wed 12/04/23', '5%', 'Red'] },
      { kind: 'action', level: 2, cells: ['1A Create a JSNA Data Group', 'JC/BB', '35 days', 'Wed 13/04/22', 'Tue 31/05/22', '5%', 'Red'] },
    ]);
    // writeProjectTable is these rows, tab-separated.
    expect(writeProjectTable(analysis)).toBe(`${rows.map((row) => row.cells.join('\t')).join('\n')}\n`);
  });
});
