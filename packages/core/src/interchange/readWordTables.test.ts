import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analysePlan } from '../analysis/analysePlan.js';
import { parsePlan } from '../model/parsePlan.js';
import { writePlanDocument } from '../report/writePlanDocument.js';
import { samplePlans } from '../samples/index.js';
import { readProgressReturns } from './progressReturns.js';
import { readEhcRequests } from './readEhcRequests.js';
import { readProjectTable } from './readProjectTable.js';
import { TABLE_MAX_CELLS } from './wordTableParts.js';
import { readWordTables, wordTableGroups } from './readWordTables.js';
import { formatNumber } from './wordNumbering.js';
import type { PlanInput } from '../model/plan.js';
import { docx, para, run, table, wordDocument, type CellSpec } from './fixtures/docx.js';
import { themedTorbay } from './fixtures/themed.js';
import { workbook, zip } from './fixtures/xlsx.js';

const seedTable = readFileSync(new URL('fixtures/torbay-progress-table.txt', import.meta.url), 'utf8');

/** Seed 004's table as it reads pasted into Word: a row per line, the focus areas' cells in bold. */
function seedInWord(): string {
  const rows = seedTable
    .replace(/\n+$/, '')
    .split('\n')
    .map((line) =>
      line.split('\t').map((cell): CellSpec => {
        const bold = /^<b>.*<\/b>$/.test(cell);
        return { text: bold ? cell.slice(3, -4) : cell, bold };
      }),
    );
  return table(7, rows);
}

const read = async (bytes: Uint8Array, options = {}) => {
  const result = await readWordTables(bytes, options);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result.value;
};

describe('readWordTables', () => {
  it("reads seed 004's table pasted into a Word report just as its copied text reads", async () => {
    const bytes = docx(
      [
        para('Torbay SEND Written Statement of Action: progress report', { style: 'Heading1' }),
        para('Period: April 2022'),
        seedInWord(),
        para('27 actions were due to have started in April 2022, of which 27 have been reported.'),
      ].join(''),
    );
    const value = await read(bytes);
    expect(value.tables).toEqual([
      {
        number: 1,
        header: ['Task Name', 'LO/AO', 'Duration', 'Start', 'Finish', '% Work Complete', 'RAG'],
        rows: 48, // 49 lines hold text, the header among them
        heading: 'Torbay SEND Written Statement of Action: progress report',
      },
    ]);
    expect(value.read).toEqual([1]);
    // The report's title names no workstream, so it is not a row; the notes say so.
    expect(value.notes).toEqual([
      'A heading above the table was left out, as it names no workstream: "Torbay SEND Written Statement of Action: progress report".',
    ]);
    // The text is the seed's, without the bold tags a pasted report carries (or the blank line after it).
    expect(value.text).toBe(seedTable.replace(/<\/?b>/g, '').replace(/\n+$/, '\n'));
    const fromWord = readProjectTable(value.text, { reportedOn: '2022-05-22' });
    const fromText = readProjectTable(seedTable, { reportedOn: '2022-05-22' });
    expect(fromWord.ok).toBe(true);
    expect(fromWord.ok && fromWord.value).toEqual(fromText.ok && fromText.value);
    // Seed 004's 29 actions, from 1A to 17B, under its focus areas.
    expect(fromWord.ok && fromWord.value.actions.length).toBe(29);
    expect(fromWord.ok && [fromWord.value.actions[0]?.ref, fromWord.value.actions.at(-1)?.ref]).toEqual(['1A', '17B']);
  });

  it('joins a plan written as one table per workstream, putting the heading above each table between them', async () => {
    const header = ['Ref', 'Action', 'Lead', 'Start', 'Finish', 'RAG'];
    const bytes = docx(
      [
        para('Our Written Statement of Action', { style: 'Heading1' }),
        para('Who leads the work', { style: 'Heading2' }),
        table(3, [
          ['Initials', 'Name', 'Role'],
          ['TT', 'Tina Taylor', 'Head of Commissioning'],
        ]),
        para('Workstream 1 - Joint commissioning', { style: 'Heading2' }),
        para('The outcomes we are aiming for', { bold: true }),
        para('Table 1: actions', { style: 'Caption' }),
        table(6, [
          header,
          ['1.1', 'Create a joint vision of commissioning', 'TT', '13/04/2022', '30/06/2022', 'Amber'],
          ['1.2', 'Agree the commissioning strategy', 'TT/HP', '01/07/2022', '30/09/2022', ''],
        ]),
        // A council's own heading style, based on Heading 2.
        para('Workstream 2: Early help', { style: 'PlanHeading' }),
        table(6, [header, ['2.1', 'Map the early help offer', 'JW', '13/04/2022', '31/05/2022', 'Green']]),
        // No heading since the table before: this table carries on workstream 2.
        para('Continued overleaf.'),
        table(6, [header, ['2.2', 'Publish the early help offer', 'JW', '01/06/2022', '30/06/2022', '']]),
      ].join(''),
    );
    const value = await read(bytes);
    expect(value.tables).toEqual([
      { number: 1, header: ['Initials', 'Name', 'Role'], rows: 1, heading: 'Who leads the work' },
      { number: 2, header, rows: 2, heading: 'Workstream 1 - Joint commissioning' },
      { number: 3, header, rows: 1, heading: 'Workstream 2: Early help' },
      { number: 4, header, rows: 1 },
    ]);
    expect(value.read).toEqual([2, 3, 4]);
    // The groups to choose from: the leads table alone, and the three it reads together.
    expect(wordTableGroups(value.tables).map((group) => group.map((t) => t.number))).toEqual([[1], [2, 3, 4]]);
    expect(value.text).toBe(
      [
        'Ref\tAction\tLead\tStart\tFinish\tRAG',
        'Workstream 1 - Joint commissioning\t\t\t\t\t',
        '1.1\tCreate a joint vision of commissioning\tTT\t13/04/2022\t30/06/2022\tAmber',
        '1.2\tAgree the commissioning strategy\tTT/HP\t01/07/2022\t30/09/2022\t',
        'Workstream 2: Early help\t\t\t\t\t',
        '2.1\tMap the early help offer\tJW\t13/04/2022\t31/05/2022\tGreen',
        '2.2\tPublish the early help offer\tJW\t01/06/2022\t30/06/2022\t',
        '',
      ].join('\n'),
    );
    expect(value.notes).toEqual([
      'Tables 2, 3 and 4 have the same header row, so they were read as one, with the headings among them, each as a row of its own: "Workstream 1 - Joint commissioning"; "Workstream 2: Early help".',
      'One other table was not read: table 1 (Initials | Name | Role; 1 row). Choose one to read it instead.',
    ]);
    const plan = readProjectTable(value.text, { reportedOn: '2022-05-22' });
    expect(plan.problems).toEqual([]);
    expect(plan.ok && plan.value.workstreams.map((w) => [w.ref, w.title])).toEqual([
      ['1', 'Joint commissioning'],
      ['2', 'Early help'],
    ]);
    expect(plan.ok && plan.value.actions.map((a) => [a.ref, a.workstreamId, (a.leads ?? []).map((l) => l.personId)])).toEqual([
      ['1.1', 'w1', ['tt']],
      ['1.2', 'w1', ['tt', 'hp']],
      ['2.1', 'w2', ['jw']],
      ['2.2', 'w2', ['jw']],
    ]);

    // Chosen by number, the leads table is read alone.
    const leads = await read(bytes, { table: 1 });
    expect(leads.read).toEqual([1]);
    expect(leads.text).toBe('Initials\tName\tRole\nTT\tTina Taylor\tHead of Commissioning\n');
    expect(leads.notes).toEqual([
      'A heading above the table was left out, as it names no workstream: "Who leads the work".',
      '3 other tables were not read: table 2 (Ref | Action | Lead | Start | Finish | RAG; 2 rows); table 3 (Ref | Action | Lead | Start | Finish | RAG; 1 row); table 4 (Ref | Action | Lead | Start | Finish | RAG; 1 row). Choose one to read it instead.',
    ]);
  });

  it('leaves out the headings of the introduction above the first workstream, at its level, and names them', async () => {
    const header = ['Ref', 'Action', 'Lead', 'Start', 'Finish'];
    const bytes = docx(
      [
        para('Our Written Statement of Action', { style: 'Heading1' }),
        para('Introduction', { style: 'Heading2' }),
        para('This plan sets out what the partnership will do.'),
        para('Who we spoke to', { style: 'PlanHeading' }),
        para('Context', { style: 'Heading2' }),
        para('The inspection found two areas of significant weakness.'),
        // A workstream with no actions yet, above the first table: named in a known form, so read.
        para('Focus Area 1: The JSNA', { style: 'Heading2' }),
        para('Focus Area 2: Joint commissioning', { style: 'Heading2' }),
        table(5, [header, ['2.1', 'Create a joint vision', 'TT', '13/04/2022', '30/06/2022']]),
        para('Focus Area 3: Early help', { style: 'Heading2' }),
        table(5, [header, ['3.1', 'Map the early help offer', 'JW', '13/04/2022', '31/05/2022']]),
      ].join(''),
    );
    const value = await read(bytes);
    expect(value.text.split('\n')).toEqual([
      'Ref\tAction\tLead\tStart\tFinish',
      'Focus Area 1: The JSNA\t\t\t\t',
      'Focus Area 2: Joint commissioning\t\t\t\t',
      '2.1\tCreate a joint vision\tTT\t13/04/2022\t30/06/2022',
      'Focus Area 3: Early help\t\t\t\t',
      '3.1\tMap the early help offer\tJW\t13/04/2022\t31/05/2022',
      '',
    ]);
    expect(value.notes).toEqual([
      'Tables 1 and 2 have the same header row, so they were read as one, with the headings among them, each as a row of its own: "Focus Area 1: The JSNA"; "Focus Area 2: Joint commissioning"; "Focus Area 3: Early help".',
      '4 headings above the plan were left out, as they name no workstream: "Our Written Statement of Action"; "Introduction"; "Who we spoke to"; "Context".',
    ]);
    const plan = readProjectTable(value.text, { reportedOn: '2022-05-22' });
    expect(plan.problems).toEqual([]);
    expect(plan.ok && plan.value.workstreams.map((w) => w.title)).toEqual(['The JSNA', 'Joint commissioning', 'Early help']);

    // A plan that names its workstreams its own way: one above the first table with the same label is read too.
    const strands = await read(
      docx(
        [
          para('Background', { style: 'Heading2' }),
          para('Strand A: Governance', { style: 'Heading2' }),
          para('Strand B: Early help', { style: 'Heading2' }),
          table(5, [header, ['B.1', 'Map the early help offer', 'JW', '13/04/2022', '31/05/2022']]),
          para('Strand C: Transitions', { style: 'Heading2' }),
          table(5, [header, ['C.1', 'Agree a transitions protocol', 'NM', '13/04/2022', '31/05/2022']]),
        ].join(''),
      ),
    );
    expect(strands.text.split('\n')).toEqual([
      'Ref\tAction\tLead\tStart\tFinish\tOutline level',
      'Strand A: Governance\t\t\t\t\t1',
      'Strand B: Early help\t\t\t\t\t1',
      'B.1\tMap the early help offer\tJW\t13/04/2022\t31/05/2022\t',
      'Strand C: Transitions\t\t\t\t\t1',
      'C.1\tAgree a transitions protocol\tNM\t13/04/2022\t31/05/2022\t',
      '',
    ]);
    expect(strands.notes).toEqual([
      'Tables 1 and 2 have the same header row, so they were read as one, with the headings among them, each as a row of its own: "Strand A: Governance"; "Strand B: Early help"; "Strand C: Transitions".',
      'A heading above the plan was left out, as it names no workstream: "Background".',
      'A column "Outline level" was added at the end, giving rows their levels in the plan\'s outline, from 1: each heading is a workstream, as "Strand A: Governance" is.',
    ]);
    const strandPlan = readProjectTable(strands.text, { reportedOn: '2022-05-22' });
    expect(strandPlan.problems).toEqual([]);
    expect(strandPlan.ok && strandPlan.value.workstreams.map((w) => [w.ref, w.title])).toEqual([
      ['A', 'Governance'],
      ['B', 'Early help'],
      ['C', 'Transitions'],
    ]);
  });

  it('keeps a title written across a table as a row of its own, before the header row, in place of the heading above', async () => {
    const header = ['Action', 'Lead', 'By when'];
    const titled = (title: string, rows: string[][]) => table(3, [[{ text: title, span: 3 }], header, ...rows]);
    const value = await read(
      docx(
        [
          para('Action plan', { style: 'Heading1' }),
          titled('Area of weakness 1: Joint commissioning', [['1.1 Create a joint vision', 'TT', '30/06/2022']]),
          titled('Area of weakness 2 - Early help', [['2.1 Map the early help offer', 'JW', '31/05/2022']]),
        ].join(''),
      ),
    );
    expect(value.tables).toEqual([
      { number: 1, header, rows: 1, heading: 'Action plan' },
      { number: 2, header, rows: 1 },
    ]);
    expect(value.text).toBe(
      [
        'Action\tLead\tBy when',
        'Area of weakness 1: Joint commissioning\t\t',
        '1.1 Create a joint vision\tTT\t30/06/2022',
        'Area of weakness 2 - Early help\t\t',
        '2.1 Map the early help offer\tJW\t31/05/2022',
        '',
      ].join('\n'),
    );
    expect(value.notes).toEqual(['Tables 1 and 2 have the same header row, so they were read as one.']);
    const plan = readProjectTable(value.text);
    expect(plan.ok && plan.value.workstreams.map((w) => [w.label, w.ref, w.title])).toEqual([
      ['Area of weakness', '1', 'Joint commissioning'],
      ['Area of weakness', '2', 'Early help'],
    ]);
  });

  it('gives cells merged down several rows to each row, and keeps spanned and skipped columns in place', async () => {
    const value = await read(
      docx(
        table(5, [
          ['Ref', 'Action', 'Lead', 'Start', 'Finish'],
          // A heading across the row, after a cell the row skips (gridBefore).
          { cells: [{ text: 'Focus Area 2 - Joint Commissioning', span: 4 }], trPr: '<w:gridBefore w:val="1"/>' },
          ['2A.1', 'Create a joint vision', { text: 'TT/HP', vMerge: 'restart' }, { text: '13/04/2022', vMerge: 'restart' }, '30/06/2022'],
          ['2A.2', 'Agree the strategy', { vMerge: 'continue' }, { vMerge: 'continue' }, '29/07/2022'],
          ['2A.3', 'Publish the strategy', { vMerge: 'continue' }, '01/08/2022', '31/08/2022'],
          ['2A.4', 'Review the strategy', 'JW', { text: 'Not yet set', span: 2 }],
        ]),
      ),
    );
    expect(value.text).toBe(
      [
        'Ref\tAction\tLead\tStart\tFinish',
        '\tFocus Area 2 - Joint Commissioning\t\t\t',
        '2A.1\tCreate a joint vision\tTT/HP\t13/04/2022\t30/06/2022',
        '2A.2\tAgree the strategy\tTT/HP\t13/04/2022\t29/07/2022',
        '2A.3\tPublish the strategy\tTT/HP\t01/08/2022\t31/08/2022',
        '2A.4\tReview the strategy\tJW\tNot yet set\t',
        '',
      ].join('\n'),
    );
    expect(value.notes).toEqual([
      '2 runs of cells are merged down several rows, so each row takes the merged text: column "Lead", rows 3 to 5 ("TT/HP"); column "Start", rows 3 to 4 ("13/04/2022").',
    ]);
  });

  it('reads tracked changes as accepted and names the rows holding what is not text, so nothing goes without a word', async () => {
    const W = (xml: string) => `<w:p>${xml}</w:p>`;
    const value = await read(
      docx(
        table(3, [
          ['Ref', 'Action', 'RAG'],
          // Tracked: "Draft" deleted and "Agree" inserted; a row inserted with changes tracked.
          [
            '1.1',
            {
              xml: W(
                `<w:del w:id="1" w:author="NM"><w:r><w:delText>Draft</w:delText></w:r></w:del><w:ins w:id="2" w:author="NM">${run('Agree')}</w:ins>${run(' the vision')}`,
              ),
            },
            'Green',
          ],
          { cells: ['1.2', 'Publish the vision', 'Amber'], trPr: '<w:ins w:id="3" w:author="NM"/>' },
          // A row deleted with changes tracked is left out.
          { cells: ['1.3', 'Withdrawn action', 'Red'], trPr: '<w:del w:id="4" w:author="NM"/>' },
          // Hidden text, a Wingdings picture (a smiling face), a picture, and a comment.
          [
            '1.4',
            { xml: W(`${run('Hold workshops')}<w:r><w:rPr><w:vanish/></w:rPr><w:t> (internal: budget not agreed)</w:t></w:r>`) },
            { xml: W('<w:r><w:sym w:font="Wingdings" w:char="F04A"/></w:r>') },
          ],
          [
            '1.5',
            { xml: W(`${run('Share the data dashboard')}<w:r><w:drawing/></w:r>`) },
            { xml: W(`${run('Green')}<w:r><w:commentReference w:id="0"/></w:r>`) },
          ],
          // A table inside a cell, and a line break and a tab inside one.
          [
            '1.6',
            {
              xml: `${W(run('Set up the groups:'))}${table(2, [
                ['Group', 'Chair'],
                ['Culture', 'RW'],
              ])}<w:p/>`,
            },
            { xml: W(`${run('Amber')}<w:r><w:br/><w:t>slipped</w:t><w:tab/><w:t>2 weeks</w:t></w:r>`) },
          ],
          // Content controls round rows, cells and runs.
          {
            xml: `<w:sdt><w:sdtContent><w:tr><w:sdt><w:sdtContent><w:tc>${W(run('1.7'))}</w:tc></w:sdtContent></w:sdt><w:tc>${W(
              `<w:sdt><w:sdtContent>${run('Publish the offer')}</w:sdtContent></w:sdt>`,
            )}</w:tc><w:tc>${W(`<w:hyperlink r:id="rId9">${run('Green')}</w:hyperlink>`)}</w:tc></w:tr></w:sdtContent></w:sdt>`,
          },
        ]),
      ),
    );
    expect(value.text).toBe(
      [
        'Ref\tAction\tRAG',
        '1.1\tAgree the vision\tGreen',
        '1.2\tPublish the vision\tAmber',
        '1.4\tHold workshops\t',
        '1.5\tShare the data dashboard\tGreen',
        '1.6\t"Set up the groups:\nGroup | Chair\nCulture | RW"\t"Amber\nslipped\t2 weeks"',
        '1.7\tPublish the offer\tGreen',
        '',
      ].join('\n'),
    );
    expect(value.notes).toEqual([
      'Rows 2 and 3 hold tracked changes, read as if they were accepted: deleted text is left out and inserted text kept.',
      'Row 4 holds hidden text, which was not read.',
      'Row 4 holds a character from a symbol font with no plain equivalent (a picture in Wingdings, or a character of Wingdings 2 or 3, Webdings or Symbol), which was not read. Write what it means as a word (Complete, Yes).',
      'Row 5 holds a picture, chart or text box, whose content was not read. Write what it says as text in the cell.',
      'Row 5 holds comments, which are not part of the table and were not read.',
      'Row 6 holds a table inside a cell: each of its rows was read as a line of that cell, its cells joined with " | ".',
    ]);
  });

  it("reads the kit's own published plan back into the plan's actions, each under its workstream", async () => {
    // Torbay with workstreams nested four deep (Heading 2 to Heading 5) and sub-actions two deep, which no sample has.
    const nested: PlanInput = {
      ...themedTorbay,
      workstreams: themedTorbay.workstreams?.map((w) =>
        w.id === 'fa3' ? { ...w, parentId: 'sa-3' } : w.id === 'fa4' ? { ...w, parentId: 'fa3' } : w,
      ),
      actions: themedTorbay.actions?.map((a) => {
        const parentId = ({ '1A.6': '1A', '2A.1': '2A', '2A.5': '2A.1' } as Record<string, string>)[a.id];
        return parentId === undefined ? a : { ...a, parentId };
      }),
    };
    for (const [name, input] of [
      ['torbay', samplePlans.torbay],
      ['bcp', samplePlans.bcp],
      ['northbrook', samplePlans.northbrook],
      ['nested', nested],
    ] as const) {
      const parsed = parsePlan(input);
      if (!parsed.ok) throw new Error(name);
      const plan = parsed.value;
      const analysis = analysePlan(plan, { asOf: '2022-05-22' });
      const value = await read(writePlanDocument(analysis));
      const table = readProjectTable(value.text, { reportedOn: '2022-05-22', closures: plan.calendar.closures });
      expect(table.problems).toEqual([]);
      if (!table.ok) continue;
      expect(table.notes[0]).toBe('A column was not read, as the plan has no place for it here: "Why, and the latest update".');
      // Evidence is written as links, and read back with their addresses: no note says any was not kept.
      expect(table.notes.filter((n) => n.includes('evidence'))).toEqual([]);
      expect(table.value.calendar.convention).toBe(plan.calendar.convention);
      const byId = new Map(plan.workstreams.map((w) => [w.id, w.ref]));
      const readById = new Map(table.value.workstreams.map((w) => [w.id, w.ref]));
      expect(
        table.value.workstreams.map((w) => [w.label, w.ref, w.title, w.parentId === undefined ? null : readById.get(w.parentId)]),
      ).toEqual(plan.workstreams.map((w) => [w.label, w.ref, w.title, w.parentId === undefined ? null : byId.get(w.parentId)]));
      expect(
        table.value.actions.map((a) => [
          a.ref,
          readById.get(a.workstreamId),
          a.parentId ?? null,
          a.start ?? null,
          a.finish,
          a.durationDays,
          a.milestone ?? false,
          a.title,
          a.differenceForFamilies ?? null,
          a.successCriteria ?? [],
          a.evidence ?? [],
        ]),
      ).toEqual(
        plan.actions.map((a) => [
          a.ref,
          byId.get(a.workstreamId),
          a.parentId ?? null,
          a.milestone ? null : (a.start ?? null),
          // An action with sub-actions spans them: the document gives the dates it rolls up to.
          analysis.actionsById.get(a.id)?.isSummary ? analysis.actionsById.get(a.id)?.finish : a.finish,
          // The document gives each action's working days as the analysis worked them out.
          a.milestone ? 0 : analysis.actionsById.get(a.id)?.durationDays,
          a.milestone,
          a.title,
          a.differenceForFamilies ?? null,
          a.successCriteria,
          a.evidence,
        ]),
      );
    }
  });

  it("reads the headings at the tables' level, with those that have no table yet, and names those at other levels that name no workstream", async () => {
    const header = ['Ref', 'Action', 'Lead'];
    const value = await read(
      docx(
        [
          para('Our plan', { style: 'Heading1' }),
          para('How we will work', { style: 'Heading2' }),
          para('What we will do', { style: 'Heading1' }),
          para('Workstream 1 - Joint commissioning', { style: 'Heading2' }),
          para('Outcomes').replace('<w:p>', '<w:p><w:pPr><w:outlineLvl w:val="2"/></w:pPr>'),
          table(3, [header, ['1.1', 'Create a joint vision', 'TT']]),
          para('Workstream 2 - Early help', { style: 'Heading2' }),
          // A heading of another level, set on the paragraph itself.
          para('Outcomes for families').replace('<w:p>', '<w:p><w:pPr><w:outlineLvl w:val="2"/></w:pPr>'),
          table(3, [header, ['2.1', 'Map the early help offer', 'JW'], header, ['2.2', 'Publish the offer', 'JW']]),
          para('Workstream 3 - Preparing for adulthood', { style: 'Heading2' }),
          para('Actions to follow once the board agrees them.'),
          para('How we will know', { style: 'Heading1' }),
          para('Workstream 9 - Not an action plan', { style: 'Heading2' }),
        ].join(''),
      ),
    );
    // Table 2's header written again within it is no row of it.
    expect(value.tables.map((t) => t.rows)).toEqual([1, 2]);
    expect(value.text).toBe(
      [
        'Ref\tAction\tLead',
        'Workstream 1 - Joint commissioning\t\t',
        '1.1\tCreate a joint vision\tTT',
        'Workstream 2 - Early help\t\t',
        '2.1\tMap the early help offer\tJW',
        '2.2\tPublish the offer\tJW',
        'Workstream 3 - Preparing for adulthood\t\t',
        '',
      ].join('\n'),
    );
    expect(value.notes).toEqual([
      'Tables 1 and 2 have the same header row, so they were read as one, with the headings among them, each as a row of its own: "Workstream 1 - Joint commissioning"; "Workstream 2 - Early help"; "Workstream 3 - Preparing for adulthood".',
      'A heading above the plan was left out, as it names no workstream: "What we will do".',
      '2 headings among the tables were left out, as they name no workstream at their level: "Outcomes"; "Outcomes for families".',
      'The header row, written again within the table, was left out there: table 2, row 3.',
    ]);
    const plan = readProjectTable(value.text);
    expect(plan.ok && plan.value.workstreams.map((w) => w.title)).toEqual(['Joint commissioning', 'Early help', 'Preparing for adulthood']);
  });

  it('reads workstreams within workstreams from deeper headings, and sub-actions from titles set in under their parents', async () => {
    const header = ['Ref', 'Action', 'Lead'];
    // A title set in, as Word indents a paragraph: 360 twentieths of a point a step.
    const setIn = (text: string, steps: number): CellSpec => ({
      xml: `<w:p><w:pPr><w:ind w:left="${steps * 360}"/></w:pPr>${run(text)}</w:p>`,
    });
    const level3 = (text: string) => para(text).replace('<w:p>', '<w:p><w:pPr><w:outlineLvl w:val="2"/></w:pPr>');
    const value = await read(
      docx(
        [
          para('What we will do', { style: 'Heading1' }),
          // A label no reader knows beforehand, named again a level down.
          para('Strand 1: Knowing our children', { style: 'Heading2' }),
          level3('Strand 1.1: The JSNA'),
          table(3, [
            header,
            ['1.1.1', 'Create a data group', 'JC'],
            ['1.1.2', setIn('Publish monthly updates', 1), 'MG'],
            ['1.1.3', setIn('Check each update with families', 2), 'MG'],
            ['1.1.4', 'Review the JSNA', 'BB'],
          ]),
          level3('Outcomes for families'),
          level3('Focus Area 2: Joint commissioning'),
          table(3, [header, ['2.1', 'Create a joint vision', 'TT']]),
          para('Strand 3: Sharing what we know', { style: 'Heading2' }),
          para('How we will know', { style: 'Heading1' }),
        ].join(''),
      ),
    );
    expect(value.text).toBe(
      [
        'Ref\tAction\tLead\tOutline level',
        'Strand 1: Knowing our children\t\t\t1',
        'Strand 1.1: The JSNA\t\t\t2',
        '1.1.1\tCreate a data group\tJC\t3',
        '1.1.2\tPublish monthly updates\tMG\t4',
        '1.1.3\tCheck each update with families\tMG\t5',
        '1.1.4\tReview the JSNA\tBB\t3',
        'Focus Area 2: Joint commissioning\t\t\t2',
        '2.1\tCreate a joint vision\tTT\t3',
        'Strand 3: Sharing what we know\t\t\t1',
        '',
      ].join('\n'),
    );
    expect(value.notes).toEqual([
      'Tables 1 and 2 have the same header row, so they were read as one, with the headings among them, each as a row of its own: "Strand 1: Knowing our children"; "Strand 1.1: The JSNA"; "Focus Area 2: Joint commissioning"; "Strand 3: Sharing what we know".',
      'A heading above the plan was left out, as it names no workstream: "What we will do".',
      'A heading among the tables was left out, as it names no workstream at its level: "Outcomes for families".',
      'A column "Outline level" was added at the end, giving rows their levels in the plan\'s outline, from 1: the headings are at 2 levels, and one a level down names a workstream within the one above it; rows 5 and 6 are set in further in the "Action" column than the actions above, so each is a sub-action of the one above it a level up.',
    ]);
    const plan = readProjectTable(value.text);
    expect(plan.problems).toEqual([]);
    if (!plan.ok) return;
    const refOf = new Map(plan.value.workstreams.map((w) => [w.id, w.ref]));
    expect(plan.value.workstreams.map((w) => [w.label, w.ref, w.title, w.parentId === undefined ? null : refOf.get(w.parentId)])).toEqual([
      ['Strand', '1', 'Knowing our children', null],
      ['Strand', '1.1', 'The JSNA', '1'],
      ['Focus Area', '2', 'Joint commissioning', '1'],
      ['Strand', '3', 'Sharing what we know', null],
    ]);
    expect(plan.value.actions.map((a) => [a.ref, refOf.get(a.workstreamId), a.parentId ?? null])).toEqual([
      ['1.1.1', '1.1', null],
      ['1.1.2', '1.1', '1.1.1'],
      ['1.1.3', '1.1', '1.1.2'],
      ['1.1.4', '1.1', null],
      ['2.1', '2', null],
    ]);
  });

  it('reads titles set in by their style or their list level as sub-actions, as Word lays them out', async () => {
    // A list whose second level sets its paragraphs in 720 twentieths of a point, the first 0.
    const numbering = `<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="none"/><w:lvlText w:val=""/><w:pPr><w:ind w:left="0" w:hanging="0"/></w:pPr></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="none"/><w:lvlText w:val=""/><w:pPr><w:ind w:left="720" w:hanging="0"/></w:pPr></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`;
    const inList = (text: string, ilvl: number): CellSpec => ({
      xml: `<w:p><w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="1"/></w:numPr></w:pPr>${run(text)}</w:p>`,
    });
    const styled = (text: string, style: string): CellSpec => ({ xml: para(text, { style }) });
    const header = ['Ref', 'Action'];
    const styles =
      '<w:style w:type="paragraph" w:customStyle="1" w:styleId="SetIn"><w:name w:val="Set in"/><w:pPr><w:ind w:left="720"/></w:pPr></w:style><w:style w:type="paragraph" w:customStyle="1" w:styleId="SubAction"><w:name w:val="Sub-action"/><w:basedOn w:val="SetIn"/></w:style>';
    const value = await read(
      zip(
        wordDocument(
          [
            para('Focus Area 1 - JSNA', { style: 'Heading2' }),
            table(2, [
              header,
              ['1.1', 'Create a data group'],
              // Set in by a council's style, based on one that sets it in.
              ['1.1.1', styled('Agree its terms of reference', 'SubAction')],
              // Its own indent wins over its style's.
              ['1.2', { xml: `<w:p><w:pPr><w:pStyle w:val="SubAction"/><w:ind w:left="0"/></w:pPr>${run('Map the data held')}</w:p>` }],
            ]),
            para('Focus Area 2 - Early help', { style: 'Heading2' }),
            table(2, [header, ['2.1', inList('Map the offer', 0)], ['2.1.1', inList('Survey families', 1)]]),
          ].join(''),
          { styles, numbering },
        ),
      ),
    );
    expect(value.text.split('\n')).toEqual([
      'Ref\tAction\tOutline level',
      'Focus Area 1 - JSNA\t\t1',
      '1.1\tCreate a data group\t2',
      '1.1.1\tAgree its terms of reference\t3',
      '1.2\tMap the data held\t2',
      'Focus Area 2 - Early help\t\t1',
      '2.1\tMap the offer\t2',
      '2.1.1\tSurvey families\t3',
      '',
    ]);
    expect(value.notes).toEqual([
      'Tables 1 and 2 have the same header row, so they were read as one, with the headings among them, each as a row of its own: "Focus Area 1 - JSNA"; "Focus Area 2 - Early help".',
      'A column "Outline level" was added at the end, giving rows their levels in the plan\'s outline, from 1: each heading is a workstream; rows 4 and 8 are set in further in the "Action" column than the actions above, so each is a sub-action of the one above it a level up.',
    ]);
    const plan = readProjectTable(value.text);
    expect(plan.problems).toEqual([]);
    expect(
      plan.ok &&
        plan.value.actions.map((a) => [a.ref, a.parentId === undefined ? null : plan.value.actions.find((p) => p.id === a.parentId)?.ref]),
    ).toEqual([
      ['1.1', null],
      ['1.1.1', '1.1'],
      ['1.2', null],
      ['2.1', null],
      ['2.1.1', '2.1'],
    ]);
  });

  it('gives headings in a form read only as headings a level, and says why titles set in were not read as sub-actions', async () => {
    const header = ['Ref', 'Action'];
    const setIn: CellSpec = { xml: `<w:p><w:pPr><w:ind w:start="567"/></w:pPr>${run('Publish monthly updates')}</w:p>` };
    // One level of headings, in a form readProjectTable takes for a workstream only when told it is a heading.
    const strands = await read(
      docx(
        [
          para('Strand 1: Knowing our children', { style: 'Heading2' }),
          table(2, [header, ['1.1', 'Create a data group']]),
          para('Strand 2: Early help', { style: 'Heading2' }),
          table(2, [header, ['2.1', 'Map the offer']]),
        ].join(''),
      ),
    );
    expect(strands.text).toBe(
      [
        'Ref\tAction\tOutline level',
        'Strand 1: Knowing our children\t\t1',
        '1.1\tCreate a data group\t',
        'Strand 2: Early help\t\t1',
        '2.1\tMap the offer\t',
        '',
      ].join('\n'),
    );
    expect(strands.notes.at(-1)).toBe(
      'A column "Outline level" was added at the end, giving rows their levels in the plan\'s outline, from 1: each heading is a workstream, as "Strand 1: Knowing our children" is.',
    );
    const plan = readProjectTable(strands.text);
    expect(plan.ok && plan.value.workstreams.map((w) => [w.label, w.ref, w.title])).toEqual([
      ['Strand', '1', 'Knowing our children'],
      ['Strand', '2', 'Early help'],
    ]);
    expect(plan.ok && plan.value.actions.map((a) => a.workstreamId)).toEqual(plan.ok && plan.value.workstreams.map((w) => w.id));

    // Known headings at one level need no column; a title set in is then a sub-action under its heading.
    const known = await read(
      docx(
        [
          para('Focus Area 1 - JSNA', { style: 'Heading2' }),
          table(2, [header, ['1.1', 'Create a data group'], ['1.2', setIn]]),
          para('Focus Area 2 - Early help', { style: 'Heading2' }),
          table(2, [header, ['2.1', 'Map the offer']]),
        ].join(''),
      ),
    );
    expect(known.text.split('\n').slice(0, 4)).toEqual([
      'Ref\tAction\tOutline level',
      'Focus Area 1 - JSNA\t\t1',
      '1.1\tCreate a data group\t2',
      '1.2\tPublish monthly updates\t3',
    ]);
    expect(known.notes.at(-1)).toBe(
      'A column "Outline level" was added at the end, giving rows their levels in the plan\'s outline, from 1: each heading is a workstream; row 4 is set in further in the "Action" column than the actions above, so each is a sub-action of the one above it a level up.',
    );

    // With no headings, or a column of its own saying where rows sit, the titles set in are read as they stand, and the notes say so.
    const noHeadings = await read(docx(table(2, [header, ['1.1', 'Create a data group'], ['1.2', setIn]])));
    expect(noHeadings.text).toBe('Ref\tAction\n1.1\tCreate a data group\n1.2\tPublish monthly updates\n');
    expect(noHeadings.notes).toEqual([
      'Row 3 is set in further in the "Action" column than other actions, as sub-actions often are, but no heading among the tables says which workstream they are in, so each was read as an action of its own.',
    ]);
    const ownColumn = await read(
      docx(
        table(3, [
          ['Workstream', 'Ref', 'Action'],
          ['Early help', '1.1', 'Create a data group'],
          ['Early help', '1.2', setIn],
        ]),
      ),
    );
    expect(ownColumn.text).toBe(
      'Workstream\tRef\tAction\nEarly help\t1.1\tCreate a data group\nEarly help\t1.2\tPublish monthly updates\n',
    );
    expect(ownColumn.notes).toEqual([
      'Row 3 is set in further in the "Action" column than other actions, as sub-actions often are, but the table gives its own outline or workstreams, so each was read as an action of its own.',
    ]);
  });

  it("reads the numbers Word's lists put before refs as Word shows them, counting them in reading order, and says so", async () => {
    const level = (ilvl: number, format: string, text: string, start = 1) =>
      `<w:lvl w:ilvl="${ilvl}"><w:start w:val="${start}"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/></w:lvl>`;
    const numbering = `<w:abstractNum w:abstractNumId="0">${level(0, 'decimal', '%1.')}${level(1, 'decimal', '%1.%2')}${level(2, 'lowerLetter', '%3)')}${level(3, 'upperRoman', '%4')}</w:abstractNum><w:abstractNum w:abstractNumId="1">${level(0, 'bullet', '•')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num><w:num w:numId="3"><w:abstractNumId w:val="1"/></w:num>`;
    // A paragraph in a list: its number is in numbering.xml, its text alone in the paragraph.
    const listed = (text: string, numId: number, ilvl: number) =>
      `<w:p><w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr></w:pPr>${text === '' ? '' : run(text)}</w:p>`;
    const ref = (numId: number, ilvl: number): CellSpec => ({ xml: listed('', numId, ilvl) });
    const body = [
      para('Improvement plan', { style: 'Heading1' }),
      // A numbered paragraph above the table takes the list's first number, as in Word.
      listed('Our priorities are below.', 1, 0),
      table(3, [
        ['Ref', 'Action', 'Lead'],
        [ref(1, 0), 'Create a JSNA data group', 'JC'],
        [ref(1, 1), 'Agree its terms of reference', 'JC'],
        [ref(1, 1), 'Map the data held', 'BB'],
        [ref(1, 2), 'Health data', 'BB'],
        [ref(1, 3), 'GP registers', 'BB'],
        [ref(1, 0), 'Publish the JSNA', 'LS'],
        // A deeper level starts again under a new number at the one above it.
        [ref(1, 1), 'Consult on the draft', 'LS'],
        // Another list instance restarting the same list at 5; a bullet shows no number.
        [ref(2, 0), { xml: `${listed('Train the SENCOs', 3, 0)}${listed('in every school', 3, 0)}` }, 'NM'],
        // numId 0 takes a paragraph out of any list.
        [ref(0, 0), 'Not numbered', 'NM'],
        [{ xml: listed('Review', 2, 0) }, 'Written in the ref cell after its number', 'NM'],
      ]),
    ].join('');
    const value = await read(zip(wordDocument(body, { numbering })));
    expect(value.text.split('\n')).toEqual([
      'Ref\tAction\tLead',
      '2.\tCreate a JSNA data group\tJC',
      '2.1\tAgree its terms of reference\tJC',
      '2.2\tMap the data held\tBB',
      'a)\tHealth data\tBB',
      'I\tGP registers\tBB',
      '3.\tPublish the JSNA\tLS',
      '3.1\tConsult on the draft\tLS',
      '5.\t"Train the SENCOs',
      'in every school"\tNM',
      '\tNot numbered\tNM',
      '6. Review\tWritten in the ref cell after its number\tNM',
      '',
    ]);
    expect(value.notes).toEqual([
      'A heading above the table was left out, as it names no workstream: "Improvement plan".',
      'Rows 2, 3, 4, 5, 6, 7, 8, 9 and 11 hold numbers that Word\'s list numbering puts before a paragraph, which are not in its text: each was read as Word shows it ("1.2", "b)").',
    ]);
  });

  it('reads list numbers from a list style, and levels that restart only under the level Word is told', async () => {
    const level = (ilvl: number, format: string, text: string, restart?: number) =>
      `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${format}"/>${restart === undefined ? '' : `<w:lvlRestart w:val="${restart}"/>`}<w:lvlText w:val="${text}"/></w:lvl>`;
    // The list style "Plan list" is defined by list 10; lists 11 and 12 are made with it, so have no levels of their own.
    // Its second level never starts again (lvlRestart 0); its third only under the first (lvlRestart 1).
    const numbering = `<w:abstractNum w:abstractNumId="10"><w:styleLink w:val="PlanList"/>${level(0, 'decimal', '%1.')}${level(1, 'lowerLetter', '%2)', 0)}${level(2, 'lowerRoman', '%3.', 1)}</w:abstractNum><w:abstractNum w:abstractNumId="11"><w:numStyleLink w:val="PlanList"/></w:abstractNum><w:abstractNum w:abstractNumId="12"><w:numStyleLink w:val="PlanList"/></w:abstractNum><w:num w:numId="10"><w:abstractNumId w:val="10"/></w:num><w:num w:numId="11"><w:abstractNumId w:val="11"/></w:num><w:num w:numId="12"><w:abstractNumId w:val="12"/></w:num>`;
    const styles =
      '<w:style w:type="numbering" w:customStyle="1" w:styleId="PlanList"><w:name w:val="Plan list"/><w:pPr><w:numPr><w:numId w:val="10"/></w:numPr></w:pPr></w:style><w:style w:type="paragraph" w:customStyle="1" w:styleId="RefBase"><w:name w:val="Ref base"/><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="11"/></w:numPr></w:pPr></w:style><w:style w:type="paragraph" w:customStyle="1" w:styleId="RefNumber"><w:name w:val="Ref number"/><w:basedOn w:val="RefBase"/></w:style>';
    const value = await read(
      zip(
        wordDocument(
          table(2, [
            ['Ref', 'Action'],
            [{ xml: listed(11, 0) }, 'Create a JSNA data group'],
            [{ xml: listed(11, 1) }, 'Agree its terms of reference'],
            [{ xml: listed(11, 2) }, 'Health data'],
            [{ xml: listed(11, 1) }, 'Map the data held'],
            // The third level is not started again under the second.
            [{ xml: listed(11, 2) }, 'Education data'],
            // Numbered by its style, based on one that puts it in list 11.
            [{ xml: '<w:p><w:pPr><w:pStyle w:val="RefNumber"/></w:pPr></w:p>' }, 'Publish the JSNA'],
            // The third level starts again under the first; the second never does.
            [{ xml: listed(11, 2) }, 'Consult on the draft'],
            [{ xml: listed(11, 1) }, 'Consult young people'],
            // Another list made with the same list style counts on from it.
            [{ xml: listed(12, 0) }, 'Train the SENCOs'],
          ]),
          { styles, numbering },
        ),
      ),
    );
    expect(value.text.split('\n')).toEqual([
      'Ref\tAction',
      '1.\tCreate a JSNA data group',
      'a)\tAgree its terms of reference',
      'i.\tHealth data',
      'b)\tMap the data held',
      'ii.\tEducation data',
      '2.\tPublish the JSNA',
      'i.\tConsult on the draft',
      'c)\tConsult young people',
      '3.\tTrain the SENCOs',
      '',
    ]);
    expect(value.notes).toEqual([
      'Rows 2, 3, 4, 5, 6, 7, 8, 9 and 10 hold numbers that Word\'s list numbering puts before a paragraph, which are not in its text: each was read as Word shows it ("1.2", "b)").',
    ]);

    function listed(numId: number, ilvl: number): string {
      return `<w:p><w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr></w:pPr></w:p>`;
    }
  });

  it("gives a list number in Word's formats", () => {
    expect([1, 26, 27, 52, 520, 521].map((n) => [formatNumber(n, 'lowerLetter'), formatNumber(n, 'upperLetter')])).toEqual([
      ['a', 'A'],
      ['z', 'Z'],
      ['aa', 'AA'],
      ['zz', 'ZZ'],
      ['z'.repeat(20), 'Z'.repeat(20)],
      ['521', '521'],
    ]);
    expect([4, 9, 14, 40, 90, 400, 1994, 3999, 4000, 0].map((n) => formatNumber(n, 'upperRoman'))).toEqual([
      'IV',
      'IX',
      'XIV',
      'XL',
      'XC',
      'CD',
      'MCMXCIV',
      'MMMCMXCIX',
      '4000',
      '0',
    ]);
    expect([
      formatNumber(12, 'lowerRoman'),
      formatNumber(7, 'decimalZero'),
      formatNumber(12, 'decimalZero'),
      formatNumber(3, 'none'),
      formatNumber(3, 'ordinal'),
    ]).toEqual(['xii', '07', '12', '', '3']);
    // Chicago's marks, as Word numbers notes in them: each of the four, then doubled, and so on.
    expect([1, 2, 3, 4, 5, 8, 9, 80, 81, 0].map((n) => formatNumber(n, 'chicago'))).toEqual([
      '*',
      '†',
      '‡',
      '§',
      '**',
      '§§',
      '***',
      '§'.repeat(20),
      '81',
      '0',
    ]);
  });

  it('passes over another table between the first heading and its actions, such as a workstream’s outcomes', async () => {
    const header = ['Ref', 'Action'];
    const outcomes = table(2, [
      ['Outcome', 'Measure'],
      ['Families wait less', 'Weeks to a decision'],
    ]);
    const value = await read(
      docx(
        [
          para('Who leads', { style: 'Heading2' }),
          table(2, [
            ['Initials', 'Name'],
            ['TT', 'Tina Taylor'],
          ]),
          para('Workstream 1 - Joint commissioning', { style: 'Heading2' }),
          outcomes,
          table(2, [header, ['1.1', 'Create a joint vision']]),
          para('Workstream 2 - Early help', { style: 'Heading2' }),
          outcomes,
          table(2, [header, ['2.1', 'Map the early help offer']]),
        ].join(''),
      ),
    );
    // The outcomes and the actions tie on rows; the actions' header names a plan's columns, so they are read.
    expect(value.read).toEqual([3, 5]);
    expect(value.text).toBe(
      [
        'Ref\tAction',
        'Workstream 1 - Joint commissioning\t',
        '1.1\tCreate a joint vision',
        'Workstream 2 - Early help\t',
        '2.1\tMap the early help offer',
        '',
      ].join('\n'),
    );
  });

  it('gives each table the paragraph in bold above it where the document has no Word headings', async () => {
    const header = ['Ref', 'Action'];
    const value = await read(
      docx(
        [
          para('Focus Area 1 - JSNA', { bold: true }),
          table(2, [header, ['1A', 'Create a JSNA Data Group']]),
          // Partly bold is not a heading.
          `<w:p>${run('Note: ', { bold: true })}${run('dates are provisional.')}</w:p>`,
          table(2, [header, ['1A.6', 'Ensure monthly updates to the JSNA']]),
          para('Focus Area 2 - Joint Commissioning', { bold: true }),
          table(2, [header, ['2A', 'Establish a Joint Commissioning Group']]),
        ].join(''),
      ),
    );
    expect(value.tables.map((t) => t.heading)).toEqual(['Focus Area 1 - JSNA', undefined, 'Focus Area 2 - Joint Commissioning']);
    expect(value.text).toBe(
      [
        'Ref\tAction',
        'Focus Area 1 - JSNA\t',
        '1A\tCreate a JSNA Data Group',
        '1A.6\tEnsure monthly updates to the JSNA',
        'Focus Area 2 - Joint Commissioning\t',
        '2A\tEstablish a Joint Commissioning Group',
        '',
      ].join('\n'),
    );
  });

  it('reads a table whose first column names the area of weakness, merged down its actions, into workstreams', async () => {
    const weakness = (text?: string): CellSpec => (text === undefined ? { vMerge: 'continue' } : { text, vMerge: 'restart' });
    const value = await read(
      docx(
        table(5, [
          ['Area of weakness', 'Ref', 'Action', 'Lead', 'Finish'],
          [weakness('1. Joint commissioning is weak'), '1.1', 'Create a joint vision', 'TT', '30/06/2022'],
          [weakness(), '1.2', 'Agree the strategy', 'TT', '30/09/2022'],
          [weakness('2. The Local Offer is not well known'), '2.1', 'Relaunch the Local Offer', 'DH', '31/07/2022'],
          [weakness(), '2.2', 'Survey families about the Local Offer', 'DH', '31/10/2022'],
          [weakness(), '2.3', 'Publish what the survey found', 'DH', '30/11/2022'],
        ]),
      ),
    );
    expect(value.notes).toEqual([
      '2 runs of cells are merged down several rows, so each row takes the merged text: column "Area of weakness", rows 2 to 3 ("1. Joint commissioning is weak"); column "Area of weakness", rows 4 to 6 ("2. The Local Offer is not well known").',
    ]);
    const plan = readProjectTable(value.text);
    expect(plan.problems).toEqual([]);
    expect(plan.ok && plan.value.workstreams.map((w) => [w.id, w.ref, w.title])).toEqual([
      ['aow1', '1', 'Joint commissioning is weak'],
      ['aow2', '2', 'The Local Offer is not well known'],
    ]);
    expect(plan.ok && plan.value.actions.map((a) => `${a.workstreamId} ${a.ref}`)).toEqual([
      'aow1 1.1',
      'aow1 1.2',
      'aow2 2.1',
      'aow2 2.2',
      'aow2 2.3',
    ]);
  });

  it('puts the text of footnotes and endnotes where their marks are, numbered as Word numbers them, and says so', async () => {
    // Word's separators among the notes, then the notes, each starting with the mark Word draws.
    const note = (kind: 'footnote' | 'endnote', id: number, ...lines: string[]) =>
      `<w:${kind} w:id="${id}">${lines.map((line, i) => `<w:p>${i === 0 ? `<w:r><w:${kind}Ref/></w:r>` : ''}${run(` ${line}`)}</w:p>`).join('')}</w:${kind}>`;
    const separators = (kind: 'footnote' | 'endnote') =>
      `<w:${kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:${kind}><w:${kind} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:${kind}>`;
    const footnotes = `${separators('footnote')}${note('footnote', 1, 'Ofsted and CQC, 2022.')}${note('footnote', 2, 'As agreed by the board on 4 May 2022.', 'Minutes on the Local Offer.')}${note('footnote', 3, 'Subject to funding.')}`;
    const endnotes = `${separators('endnote')}${note('endnote', 1, 'The JSNA refresh, 2021.')}`;
    const ref = (kind: 'footnote' | 'endnote', id: number, custom = false) =>
      `<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:${kind}Reference${custom ? ' w:customMarkFollows="1"' : ''} w:id="${id}"/></w:r>`;
    const body = [
      // A note outside the tables takes the first number, as in Word.
      `<w:p>${run('Written after the inspection.')}${ref('footnote', 1)}</w:p>`,
      table(3, [
        ['Ref', 'Action', 'Evidence'],
        [
          '1.1',
          { xml: `<w:p>${run('Create a data group')}${ref('footnote', 2)}</w:p>` },
          { xml: `<w:p>${run('Terms of reference')}${ref('endnote', 1)}</w:p>` },
        ],
        // A mark of its own ("*") takes no number.
        ['1.2', { xml: `<w:p>${run('Commission a survey')}${ref('footnote', 3, true)}${run('*')}</w:p>` }, ''],
        ['1.3', 'Publish the JSNA', ''],
      ]),
    ].join('');
    const value = await read(docx(body, { footnotes, endnotes }));
    expect(value.text.split('\n')).toEqual([
      'Ref\tAction\tEvidence',
      '1.1\tCreate a data group (footnote 2: As agreed by the board on 4 May 2022. Minutes on the Local Offer.)\tTerms of reference (endnote i: The JSNA refresh, 2021.)',
      '1.2\tCommission a survey (footnote: Subject to funding.)*\t',
      '1.3\tPublish the JSNA\t',
      '',
    ]);
    expect(value.notes).toEqual([
      'Rows 2 and 3 hold footnotes or endnotes, whose text is in another part of the document: each was put in brackets where its mark is ("(footnote 1: …)").',
    ]);
  });

  it('numbers notes as the document’s settings and each section say: format, first number, and starting again', async () => {
    const note = (kind: 'footnote' | 'endnote', id: number, text: string) => `<w:${kind} w:id="${id}"><w:p>${run(text)}</w:p></w:${kind}>`;
    const ref = (kind: 'footnote' | 'endnote', id: number) => `<w:r><w:${kind}Reference w:id="${id}"/></w:r>`;
    const footnotes = [1, 2, 3, 4].map((id) => note('footnote', id, `Note ${id}.`)).join('');
    const endnotes = [1, 2].map((id) => note('endnote', id, `End ${id}.`)).join('');
    const header = ['Ref', 'Action', 'Evidence'];
    const row = (ref_: string, action: string, footnote: number, endnote?: number) => [
      ref_,
      { xml: `<w:p>${run(action)}${ref('footnote', footnote)}</w:p>` },
      endnote === undefined ? '' : { xml: `<w:p>${run('Minutes')}${ref('endnote', endnote)}</w:p>` },
    ];
    const body = [
      table(3, [header, row('1.1', 'Create a data group', 1, 1), row('1.2', 'Agree its terms', 2)]),
      // The first section ends here; the second numbers its footnotes again, in Chicago's marks.
      '<w:p><w:pPr><w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/></w:sectPr></w:pPr></w:p>',
      table(3, [header, row('2.1', 'Map the data', 3, 2), row('2.2', 'Publish the JSNA', 4)]),
    ].join('');
    const value = await read(
      docx(body, {
        footnotes,
        endnotes,
        // The document's settings: footnotes in letters from "c", endnotes in figures.
        settings:
          '<w:footnotePr><w:numFmt w:val="lowerLetter"/><w:numStart w:val="3"/></w:footnotePr><w:endnotePr><w:numFmt w:val="decimal"/></w:endnotePr>',
        lastSection: '<w:footnotePr><w:numFmt w:val="chicago"/><w:numRestart w:val="eachSect"/></w:footnotePr>',
      }),
    );
    expect(value.text.split('\n')).toEqual([
      'Ref\tAction\tEvidence',
      '1.1\tCreate a data group (footnote c: Note 1.)\tMinutes (endnote 1: End 1.)',
      '1.2\tAgree its terms (footnote d: Note 2.)\t',
      // Starting again at the document's first number, 3: Chicago's third mark.
      '2.1\tMap the data (footnote ‡: Note 3.)\tMinutes (endnote 2: End 2.)',
      '2.2\tPublish the JSNA (footnote §: Note 4.)\t',
      '',
    ]);
    expect(value.notes).toEqual([
      'Tables 1 and 2 have the same header row, so they were read as one.',
      'Rows 2, 3, 4 and 5 hold footnotes or endnotes, whose text is in another part of the document: each was put in brackets where its mark is ("(footnote 1: …)").',
    ]);
    // Numbered again on each page: counted through the document, and the notes say why.
    const byPage = await read(
      docx(table(3, [header, row('1.1', 'Create a data group', 1), row('1.2', 'Agree its terms', 2)]), {
        footnotes,
        settings: '<w:footnotePr><w:numRestart w:val="eachPage"/></w:footnotePr>',
      }),
    );
    expect(byPage.text.split('\n').slice(1, 3)).toEqual([
      '1.1\tCreate a data group (footnote 1: Note 1.)\t',
      '1.2\tAgree its terms (footnote 2: Note 2.)\t',
    ]);
    expect(byPage.notes).toEqual([
      'Rows 2 and 3 hold footnotes or endnotes, whose text is in another part of the document: each was put in brackets where its mark is ("(footnote 1: …)").',
      'The document numbers its notes again on each page, which depends on where Word breaks the pages: they were numbered through the document instead, so a number may differ from the one Word shows.',
    ]);
  });

  it('reads a RAG shown by the cell’s colour alone as the colour’s word, and says which rows gave one', async () => {
    const filled = (fill: string, text = ''): CellSpec => ({ text, shading: `w:val="clear" w:color="auto" w:fill="${fill}"` });
    const across = (text: string): CellSpec => ({ text, shading: 'w:val="clear" w:color="auto" w:fill="BDD7EE"' });
    const value = await read(
      docx(
        table(3, [
          ['Ref', 'Action', 'RAG'],
          // A workstream's row shaded across, pale blue: no status.
          [across('Focus Area 1 - JSNA'), across(''), across('')],
          ['1.1', 'Create a data group', filled('FF0000')],
          // A word in the cell is read, whatever its colour.
          ['1.2', 'Agree its terms of reference', filled('FFC000', 'Green')],
          ['1.3', 'Map the data held', filled('92D050')],
          // A solid pattern shows its pattern colour.
          ['1.4', 'Publish the JSNA', { shading: 'w:val="solid" w:color="00B0F0" w:fill="auto"' }],
          ['1.5', 'Consult on the draft', filled('FFC7CE')],
          // A grey, and a colour outside the RAG column, give no status.
          ['1.6', 'Train the SENCOs', filled('D9D9D9')],
          ['1.7', filled('FF0000', 'Survey families'), ''],
        ]),
      ),
    );
    expect(value.text.split('\n')).toEqual([
      'Ref\tAction\tRAG',
      'Focus Area 1 - JSNA\t\t',
      '1.1\tCreate a data group\tRed',
      '1.2\tAgree its terms of reference\tGreen',
      '1.3\tMap the data held\tGreen',
      '1.4\tPublish the JSNA\tBlue',
      '1.5\tConsult on the draft\tRed',
      '1.6\tTrain the SENCOs\t',
      '1.7\tSurvey families\t',
      '',
    ]);
    expect(value.notes).toEqual([
      'Rows 3, 5, 6 and 7 hold a RAG shown by the cell\'s colour alone, with no word in it: each was read as the colour it is nearest ("Red", "Amber", "Green", "Blue"). Check them, and write the word in the cell, as a colour alone is lost on a screen reader and in black and white.',
    ]);
    const plan = readProjectTable(value.text, { reportedOn: '2022-05-22' });
    expect(plan.problems).toEqual([]);
    expect(plan.ok && plan.value.actions.map((a) => [a.ref, a.updates?.[0]?.status])).toEqual([
      ['1.1', 'red'],
      ['1.2', 'green'],
      ['1.3', 'green'],
      ['1.4', 'blue'],
      ['1.5', 'red'],
      ['1.6', undefined],
      ['1.7', undefined],
    ]);
  });

  it('reads Wingdings’ ticks, crosses, boxes and shapes as the characters they show, not as the letters they are kept as', async () => {
    const W = (xml: string) => ({ xml: `<w:p>${xml}</w:p>` });
    const wingdings = (text: string, font = 'Wingdings') =>
      `<w:r><w:rPr><w:rFonts w:ascii="${font}" w:hAnsi="${font}"/></w:rPr><w:t xml:space="preserve">${text}</w:t></w:r>`;
    const value = await read(
      docx(
        table(3, [
          ['Ref', 'Action', 'Done?'],
          // Inserted as symbols (Insert, Symbol): a tick, a crossed box, and a tick in a box.
          ['1.1', 'Create a data group', W('<w:r><w:sym w:font="Wingdings" w:char="F0FC"/></w:r>')],
          ['1.2', 'Agree its terms', W('<w:r><w:sym w:font="Wingdings" w:char="F0FD"/></w:r>')],
          // Typed in the font: "þ" is a ticked box, "û" a cross, "o" an empty box; the words around them are kept.
          ['1.3', 'Map the data', W(`${run('Yes ')}${wingdings('þ')}`)],
          ['1.4', 'Publish the JSNA', W(`${wingdings('û')}${run(' not yet')}`)],
          ['1.5', 'Consult on it', W(wingdings('o'))],
          // Wingdings 2's letters are other pictures, which are not read, and the notes say so.
          ['1.6', 'Survey families', W(wingdings('P', 'Wingdings 2'))],
          // A symbol given in an ordinary font is that character.
          ['1.7', 'Train the SENCOs', W('<w:r><w:sym w:font="Segoe UI Symbol" w:char="2713"/></w:r>')],
        ]),
      ),
    );
    expect(value.text.split('\n')).toEqual([
      'Ref\tAction\tDone?',
      '1.1\tCreate a data group\t✓',
      '1.2\tAgree its terms\t☒',
      '1.3\tMap the data\tYes ☑',
      '1.4\tPublish the JSNA\t✗ not yet',
      '1.5\tConsult on it\t□',
      '1.6\tSurvey families\t',
      '1.7\tTrain the SENCOs\t✓',
      '',
    ]);
    expect(value.notes).toEqual([
      'Row 7 holds a character from a symbol font with no plain equivalent (a picture in Wingdings, or a character of Wingdings 2 or 3, Webdings or Symbol), which was not read. Write what it means as a word (Complete, Yes).',
    ]);
  });

  it('reads a dot’s colour from its character style or its paragraph’s style, and "auto" as no colour', async () => {
    const dot = (rPr: string, pStyle = '') => ({
      xml: `<w:p>${pStyle === '' ? '' : `<w:pPr><w:pStyle w:val="${pStyle}"/></w:pPr>`}<w:r><w:rPr>${rPr}</w:rPr><w:t>●</w:t></w:r></w:p>`,
    });
    const value = await read(
      docx(
        table(3, [
          ['Ref', 'Action', 'RAG'],
          ['Focus Area 1 - JSNA', '', ''],
          // A council's "Red RAG" character style, based on one that makes it bold.
          ['1.1', 'Create a data group', dot('<w:rStyle w:val="RedRag"/>')],
          // A paragraph style that colours its text green, through the style it is based on.
          ['1.2', 'Agree its terms', dot('', 'RagGreen')],
          // The run's own "auto" wins over its style's colour: no RAG.
          ['1.3', 'Map the data', dot('<w:rStyle w:val="RedRag"/><w:color w:val="auto"/>')],
        ]),
        {
          styles: [
            '<w:style w:type="character" w:styleId="RagBase"><w:name w:val="RAG base"/><w:rPr><w:b/></w:rPr></w:style>',
            '<w:style w:type="character" w:styleId="RedRag"><w:name w:val="Red RAG"/><w:basedOn w:val="RagBase"/><w:rPr><w:color w:val="C00000"/></w:rPr></w:style>',
            '<w:style w:type="paragraph" w:styleId="RagBaseGreen"><w:name w:val="RAG base green"/><w:rPr><w:color w:val="00B050"/></w:rPr></w:style>',
            '<w:style w:type="paragraph" w:styleId="RagGreen"><w:name w:val="RAG green"/><w:basedOn w:val="RagBaseGreen"/></w:style>',
          ].join(''),
        },
      ),
    );
    expect(value.text.split('\n').slice(2)).toEqual([
      '1.1\tCreate a data group\tRed',
      '1.2\tAgree its terms\tGreen',
      '1.3\tMap the data\t●',
      '',
    ]);
  });

  it('reads a RAG shown by a coloured dot alone as the colour’s word, and says which rows gave one', async () => {
    const dot = (colour: string, text = '●') => ({
      xml: `<w:p><w:r><w:rPr><w:color w:val="${colour}"/></w:rPr><w:t>${text}</w:t></w:r></w:p>`,
    });
    const value = await read(
      docx(
        table(3, [
          ['Ref', 'Action', 'RAG'],
          ['Focus Area 1 - JSNA', '', ''],
          ['1.1', 'Create a data group', dot('FF0000')],
          ['1.2', 'Agree its terms', dot('FFC000', '■')],
          // A Wingdings circle, inserted as a symbol, coloured green.
          [
            '1.3',
            'Map the data',
            { xml: '<w:p><w:r><w:rPr><w:color w:val="00B050"/></w:rPr><w:sym w:font="Wingdings" w:char="F06C"/></w:r></w:p>' },
          ],
          // A word in a colour is read as the word; a dot in black, or in two colours, gives none.
          ['1.4', 'Publish the JSNA', dot('FF0000', 'Green')],
          ['1.5', 'Consult on it', dot('000000')],
          [
            '1.6',
            'Survey families',
            {
              xml: `<w:p><w:r><w:rPr><w:color w:val="FF0000"/></w:rPr><w:t>●</w:t></w:r><w:r><w:rPr><w:color w:val="00B050"/></w:rPr><w:t>●</w:t></w:r></w:p>`,
            },
          ],
        ]),
      ),
    );
    expect(value.text.split('\n')).toEqual([
      'Ref\tAction\tRAG',
      'Focus Area 1 - JSNA\t\t',
      '1.1\tCreate a data group\tRed',
      '1.2\tAgree its terms\tAmber',
      '1.3\tMap the data\tGreen',
      '1.4\tPublish the JSNA\tGreen',
      '1.5\tConsult on it\t●',
      '1.6\tSurvey families\t●●',
      '',
    ]);
    expect(value.notes).toEqual([
      'Rows 3, 4 and 5 hold a RAG shown by a dot\'s colour alone ("●", "■"), with no word: each was read as the colour it is nearest ("Red", "Amber", "Green", "Blue"). Check them, and write the word in the cell, as a colour alone is lost on a screen reader and in black and white.',
    ]);
    // The dots left as they are: readProjectTable says they are no RAG word, rather than guessing.
    const plan = readProjectTable(value.text, { reportedOn: '2022-05-22' });
    expect(plan.problems.map((p) => p.message)).toEqual([
      'rows[7].RAG: expected one of Blue, Green, Amber, Red, Complete, Completed, Started, In Progress, Not Started, found "●".',
      'rows[8].RAG: expected one of Blue, Green, Amber, Red, Complete, Completed, Started, In Progress, Not Started, found "●●".',
    ]);
  });

  it('keeps a web or email link’s address after its text, so evidence is not lost, and no other kind', async () => {
    const link = (id: string, text: string) => `<w:hyperlink r:id="${id}" w:history="1">${run(text)}</w:hyperlink>`;
    // A link as Word writes one as a field of runs: begin, the instruction, separate, the words shown (here over two runs), end.
    const fieldRun = (type: string) => `<w:r><w:fldChar w:fldCharType="${type}"/></w:r>`;
    const field = (instruction: string, ...shown: string[]) =>
      `${fieldRun('begin')}<w:r><w:instrText xml:space="preserve">${instruction}</w:instrText></w:r>${fieldRun('separate')}${shown.map((t) => run(t)).join('')}${fieldRun('end')}`;
    const value = await read(
      docx(
        table(2, [
          ['Ref', 'Evidence'],
          ['1.1', { xml: `<w:p>${link('rId7', 'Quality assurance framework')}</w:p>` }],
          ['1.2', { xml: `<w:p>${link('rId8', 'https://www.torbay.gov.uk/send/')}</w:p>` }],
          ['1.3', { xml: `<w:p>${run('Ask ')}${link('rId9', 'the SEND team')}</w:p>` }],
          // A link to a file on someone's computer, or a script, is text alone.
          ['1.4', { xml: `<w:p>${link('rId10', 'Minutes')}${run(', ')}${link('rId11', 'Click me')}</w:p>` }],
          // A link Word keeps as a field, and one within the document.
          [
            '1.5',
            {
              xml: `<w:p><w:fldSimple w:instr=' HYPERLINK "https://example.org/report" '>${run('Report')}</w:fldSimple>${run(' and ')}<w:hyperlink w:anchor="_Toc1">${run('section 2')}</w:hyperlink></w:p>`,
            },
          ],
          // Links as fields of runs: to the web, to a place in the document, to a file, and a page number inside a link's words.
          [
            '1.6',
            {
              xml: `<w:p>${run('See ')}${field(' HYPERLINK "https://example.org/sufficiency" ', 'sufficiency ', 'plan')}${run('; ')}${field(' HYPERLINK \\l "_Toc2" ', 'section 3')}${run('; ')}${field(' HYPERLINK "file:///C:/plan.docx" ', 'draft')}</w:p>`,
            },
          ],
          [
            '1.7',
            {
              xml: `<w:p>${field(' HYPERLINK "mailto:send@example.gov.uk" ', 'Email us (page ', '', ')')}</w:p>`.replace(
                run(''),
                `${field(' PAGE ', '4')}`,
              ),
            },
          ],
        ]),
        {
          links: {
            rId7: 'https://example.org/qa-framework',
            rId8: 'https://www.torbay.gov.uk/send/',
            rId9: 'mailto:send@example.gov.uk',
            rId10: 'file:///C:/Users/nm/Minutes.docx',
            rId11: 'javascript:alert(1)',
          },
        },
      ),
    );
    expect(value.text).toBe(
      [
        'Ref\tEvidence',
        '1.1\tQuality assurance framework (https://example.org/qa-framework)',
        '1.2\thttps://www.torbay.gov.uk/send/',
        '1.3\tAsk the SEND team (mailto:send@example.gov.uk)',
        '1.4\tMinutes, Click me',
        '1.5\tReport (https://example.org/report) and section 2',
        '1.6\tSee sufficiency plan (https://example.org/sufficiency); section 3; draft',
        '1.7\tEmail us (page 4) (mailto:send@example.gov.uk)',
        '',
      ].join('\n'),
    );
  });

  it("reads a lead's returns sent back in a Word table, and a case list kept in one", async () => {
    const torbay = parsePlan(samplePlans.torbay);
    if (!torbay.ok) throw new Error('torbay');
    const returns = await read(
      docx(
        [
          para('Returns for June 2022', { style: 'Heading1' }),
          table(4, [
            ['Ref', '% Complete', 'RAG', 'Commentary'],
            ['1A', '100%', 'Complete', 'Data group set up.\nTerms of reference agreed.'],
            ['2A.1', '45%', 'Amber', { text: 'Vision drafted', bold: true }],
          ]),
        ].join(''),
      ),
    );
    const taken = readProgressReturns(returns.text, torbay.value, { reportedOn: '2022-06-30' });
    expect(taken.problems).toEqual([]);
    expect(taken.ok && taken.value.map((r) => [r.actionId, r.update])).toEqual([
      [
        '1A',
        { date: '2022-06-30', percentComplete: 100, status: 'complete', commentary: 'Data group set up.\nTerms of reference agreed.' },
      ],
      ['2A.1', { date: '2022-06-30', percentComplete: 45, status: 'amber', commentary: 'Vision drafted' }],
    ]);

    const cases = await read(
      docx(
        table(4, [
          ['Case ref', 'Request received', 'Decision date', 'Decision'],
          ['R-0101', '02/10/2023', '06/11/2023', 'Assess'],
          ['R-0104', '8 Jan 2024', '20 Feb 2024', 'Not assess'],
        ]),
      ),
    );
    const requests = readEhcRequests(cases.text);
    expect(requests.problems).toEqual([]);
    expect(requests.ok && requests.value).toEqual([
      { ref: 'R-0101', received: '2023-10-02', decidedOn: '2023-11-06', decision: 'assess' },
      { ref: 'R-0104', received: '2024-01-08', decidedOn: '2024-02-20', decision: 'not-assess' },
    ]);
  });

  it('reads a header written over two rows, "Timescale" over "Start" and "End", as one row', async () => {
    const down = (text?: string): CellSpec => (text === undefined ? { vMerge: 'continue' } : { text, vMerge: 'restart' });
    const merged = await read(
      docx(
        table(5, [
          [down('Ref'), down('Action'), { text: 'Timescale', span: 2 }, down('RAG')],
          [down(), down(), 'Start', 'End', down()],
          ['1.1', 'Create a joint vision', '13/04/2022', '30/06/2022', 'Amber'],
          ['1.2', 'Agree the strategy', { text: '01/07/2022', vMerge: 'restart' }, '30/09/2022', ''],
          ['1.3', 'Publish the strategy', { vMerge: 'continue' }, '31/10/2022', ''],
        ]),
      ),
    );
    expect(merged.tables).toEqual([{ number: 1, header: ['Ref', 'Action', 'Start', 'End', 'RAG'], rows: 3 }]);
    expect(merged.text).toBe(
      [
        'Ref\tAction\tStart\tEnd\tRAG',
        '1.1\tCreate a joint vision\t13/04/2022\t30/06/2022\tAmber',
        '1.2\tAgree the strategy\t01/07/2022\t30/09/2022\t',
        '1.3\tPublish the strategy\t01/07/2022\t31/10/2022\t',
        '',
      ].join('\n'),
    );
    // The header's own cells merged down are not named as a run of the table's cells; the table's are, by their rows in the text.
    expect(merged.notes).toEqual([
      'A header written over two rows was read as one, each column taking the name under it: table 1 ("Timescale" over "Start" and "End").',
      'One run of cells is merged down several rows, so each row takes the merged text: column "Start", rows 3 to 4 ("01/07/2022").',
    ]);

    // Marked as header rows that Word repeats on each page, the row under needs no merged cells.
    const repeated = await read(
      docx(
        table(4, [
          { cells: ['Action', { text: 'Dates', span: 2 }, 'Lead'], trPr: '<w:tblHeader/>' },
          { cells: ['', 'Start', 'Finish', ''], trPr: '<w:tblHeader/>' },
          ['1.1 Create a joint vision', '13/04/2022', '30/06/2022', 'TT'],
        ]),
      ),
    );
    expect(repeated.text).toBe('Action\tStart\tFinish\tLead\n1.1 Create a joint vision\t13/04/2022\t30/06/2022\tTT\n');

    // A first row under a spanning header that is the table's own stays a row.
    const ownRow = await read(
      docx(
        table(3, [
          [{ text: 'Action', span: 2 }, 'Lead'],
          ['1.1', 'Create a joint vision', ''],
        ]),
      ),
    );
    expect(ownRow.text).toBe('Action\t\tLead\n1.1\tCreate a joint vision\t\n');
    expect(ownRow.notes).toEqual([]);
  });

  it('reads a two-row header as LibreOffice writes one, and a month as the finish', async () => {
    // libreoffice-two-row-header.html saved as .docx by LibreOffice 7.4: rowspan and colspan in the header.
    const bytes = new Uint8Array(readFileSync(new URL('fixtures/libreoffice-two-row-header.docx', import.meta.url)));
    const value = await read(bytes);
    expect(value.text).toBe(
      'Ref\tAction\tStart\tEnd\tRAG\nArea of weakness 1: Joint commissioning\t\t\t\t\n1.1\tCreate a joint vision\t13/04/2022\t30/06/2022\tAmber\n1.2\tAgree the strategy\t01/07/2022\tSeptember 2022\t\n',
    );
    expect(value.notes).toEqual([
      'The heading above the table, "Area of weakness 1: Joint commissioning", names a workstream, so it was read as a row of its own.',
      'A header written over two rows was read as one, each column taking the name under it: table 1 ("Timescale" over "Start" and "End").',
    ]);
    // The heading above names a workstream, so the table, read alone, takes it.
    const table = readProjectTable(value.text, { reportedOn: '2022-05-22' });
    expect(table.problems).toEqual([]);
    expect(table.ok && table.value.actions.map((a) => [a.ref, a.start, a.finish])).toEqual([
      ['1.1', '2022-04-13', '2022-06-30'],
      ['1.2', '2022-07-01', '2022-09-30'],
    ]);
  });

  it('reads the main part wherever the package names it', async () => {
    const value = await read(
      zip(
        wordDocument(
          table(2, [
            ['Ref', 'Action'],
            ['1A', 'Create a JSNA Data Group'],
          ]),
          { mainPart: 'word/document2.xml' },
        ),
      ),
    );
    expect(value.text).toBe('Ref\tAction\n1A\tCreate a JSNA Data Group\n');
  });

  it('says what was expected and what was found when the file is no Word document with a table', async () => {
    const problems = async (bytes: Uint8Array, options = {}) => {
      const result = await readWordTables(bytes, options);
      return result.ok ? [] : result.problems.map((p) => p.message);
    };
    expect(await problems(new TextEncoder().encode('Ref\tAction\n'))).toEqual([
      '(root): expected a Word document (.docx) or OpenDocument text document (.odt), which is a ZIP archive, found a file that is not a ZIP archive.',
    ]);
    // A Word 97-2003 file starts with the OLE compound file signature.
    const doc = new Uint8Array(1024);
    doc.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(await problems(doc)).toEqual([
      '(root): expected a Word document (.docx) or OpenDocument text document (.odt), which is a ZIP archive, found a file in the older Office format (a Word 97-2003 .doc or an Excel 97-2003 .xls): save it in the newer format (File, Save As, .docx or .xlsx) and open that.',
    ]);
    expect(await problems(zip(workbook({ Plan: '' }, [])))).toEqual([
      '(root): expected a Word document (.docx), with its word/document.xml, found an Excel workbook: open it as a workbook.',
    ]);
    expect(await problems(docx(para('Our plan is on the council website.')))).toEqual([
      '(root): expected a Word document with a table, found a document with no tables.',
    ]);
    const broken = wordDocument(table(1, [['Ref']]));
    broken['word/document.xml'] = (broken['word/document.xml'] as string).replace('</w:body>', '');
    expect(await problems(zip(broken))).toEqual([
      '(root): expected a Word document whose parts can be read, found word/document.xml, as it is not well-formed XML (line 2, column 617: expected </body> to close <body>, found </w:document>).',
    ]);
    // Content controls nested 10,000 deep, past the 256 the XML reader allows: refused, not a stack overflow.
    const deep = `${'<w:sdt><w:sdtContent>'.repeat(10_000)}${para('x')}${'</w:sdtContent></w:sdt>'.repeat(10_000)}`;
    expect(
      await problems(
        docx(
          table(2, [
            ['Ref', 'Action'],
            ['1.1', { xml: deep }],
          ]),
        ),
      ),
    ).toEqual([
      expect.stringMatching(
        /^\(root\): expected a Word document whose parts can be read, found word\/document\.xml, as it is not well-formed XML \(line 2, column \d+: expected elements nested at most 256 deep, found <w:sdtContent> nested 257 deep\)\.$/,
      ),
    ]);
    // A cell spanning or a row skipping more columns than a sheet holds: refused, not billions of empty cells.
    expect(
      await problems(
        docx(
          table(3, [
            ['Ref', 'Action', 'Lead'],
            ['1.1', { text: 'Do', span: 1_000_000_000 }, 'TT'],
          ]),
        ),
      ),
    ).toEqual([
      '(root): expected tables of at most 16,384 columns, as many as a sheet holds, found row 2 of table 1 reaching column 1,000,000,001.',
    ]);
    expect(
      await problems(docx(table(3, [['Ref', 'Action', 'Lead'], { cells: ['1.1', 'Do', 'TT'], trPr: '<w:gridBefore w:val="16382"/>' }]))),
    ).toEqual([
      '(root): expected tables of at most 16,384 columns, as many as a sheet holds, found row 2 of table 1 reaching column 16,385.',
    ]);
    // A grid of 16,384 columns and a few hundred short rows: each row would be read as wide as the grid.
    const vast = `<w:tbl><w:tblGrid>${'<w:gridCol w:w="10"/>'.repeat(16_384)}</w:tblGrid>${'<w:tr><w:tc><w:p/></w:tc></w:tr>'.repeat(200)}</w:tbl>`;
    expect(await problems(docx(vast))).toEqual([
      `(root): expected tables of at most ${TABLE_MAX_CELLS.toLocaleString('en-GB')} cells, found table 1 running past that at row 123, as the file gives its width and rows.`,
    ]);
    const two = docx(table(1, [['Ref'], ['1A']]) + para('') + table(1, [['Lead'], ['TT']]));
    expect(await problems(two, { table: 3 })).toEqual(["table: expected a table's number, from 1 to 2, found 3."]);
    expect(await problems(docx(table(1, [['Ref']])), { table: 0 })).toEqual(['table: expected table 1, the only table, found 0.']);
  });

  it('reads a document LibreOffice wrote: headings, cells merged down and across, and a line break', async () => {
    // libreoffice-plan.html saved as .docx by LibreOffice 7.4 (soffice --convert-to docx).
    const bytes = new Uint8Array(readFileSync(new URL('fixtures/libreoffice-plan.docx', import.meta.url)));
    const value = await read(bytes);
    expect(value.tables.map((t) => [t.number, t.header.join(' | '), t.rows, t.heading])).toEqual([
      [1, 'Ref | Action | Lead | Start | Finish | RAG', 2, 'Workstream 1 - Joint commissioning'],
      [2, 'Ref | Action | Lead | Start | Finish | RAG', 1, 'Workstream 2 - Early help'],
      [3, 'Initials | Name', 1, 'Who leads the work'],
    ]);
    expect(value.text).toBe(
      [
        'Ref\tAction\tLead\tStart\tFinish\tRAG',
        'Workstream 1 - Joint commissioning\t\t\t\t\t',
        '1.1\tCreate a joint vision of commissioning\tTT/HP\t13/04/2022\t30/06/2022\tAmber',
        '1.2\t"Agree the commissioning strategy\nwith parents"\tTT/HP\t01/07/2022\t30/09/2022\tGreen',
        'Workstream 2 - Early help\t\t\t\t\t',
        '2.1\tMap the early help offer\tJW\tTo be agreed\t\t',
        'Workstream 3 - Preparing for adulthood\t\t\t\t\t',
        '',
      ].join('\n'),
    );
    expect(value.notes).toEqual([
      'Tables 1 and 2 have the same header row, so they were read as one, with the headings among them, each as a row of its own: "Workstream 1 - Joint commissioning"; "Workstream 2 - Early help"; "Workstream 3 - Preparing for adulthood".',
      'A heading above the plan was left out, as it names no workstream: "Written Statement of Action".',
      'One other table was not read: table 3 (Initials | Name; 1 row). Choose one to read it instead.',
      'One run of cells is merged down several rows, so each row takes the merged text: column "Lead", rows 3 to 4 ("TT/HP").',
    ]);
    // "To be agreed" across the start and finish is no date: the table reader says where.
    const table = readProjectTable(value.text, { reportedOn: '2022-05-22' });
    expect(table.problems).toEqual([]);
    expect(table.notes).toEqual(['These give no date, so the action has none there: row 6\'s start "To be agreed".']);
  });
});
