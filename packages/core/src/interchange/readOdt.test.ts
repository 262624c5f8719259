import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readProjectTable } from './readProjectTable.js';
import { ODT_MAX_ROWS } from './readOdt.js';
import { readWordTables } from './readWordTables.js';
import { TABLE_MAX_CELLS } from './wordTableParts.js';
import { odt, odtFiles, odtTable, textRow, ods } from './fixtures/ods.js';
import { zip } from './fixtures/xlsx.js';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`fixtures/${name}`, import.meta.url)));

const read = async (bytes: Uint8Array) => {
  const result = await readWordTables(bytes);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join(' '));
  return result.value;
};

describe('readWordTables, on an OpenDocument text document (.odt)', () => {
  // Each made by LibreOffice Writer 7.4 from the same source as its .docx: libreoffice-plan and
  // libreoffice-two-row-header by opening the .docx and saving it as .odt, libreoffice-lists by
  // saving libreoffice-lists.html as both.
  it.each(['libreoffice-plan', 'libreoffice-two-row-header', 'libreoffice-lists'])(
    'reads %s.odt as the same document saved as .docx reads',
    async (name) => {
      const fromOdt = await read(fixture(`${name}.odt`));
      const fromDocx = await read(fixture(`${name}.docx`));
      expect(fromOdt.tables).toEqual(fromDocx.tables);
      expect(fromOdt.read).toEqual(fromDocx.read);
      expect(fromOdt.text).toBe(fromDocx.text);
      // The notes speak of the document's list numbering, not Word's.
      expect(fromOdt.notes).toEqual(
        fromDocx.notes.map((note) =>
          note.replace("Word's list numbering", "the document's list numbering").replace('as Word shows it', 'as the document shows it'),
        ),
      );
    },
  );

  it('reads a plan kept in LibreOffice Writer: list numbers, links, cells merged down, and RAGs shown by a fill or a dot', async () => {
    const { text, notes } = await read(fixture('libreoffice-lists.odt'));
    expect(text).toBe(
      [
        'Ref\tAction\tLead\tRAG',
        'Priority 1: Identification of needs\t\t\t',
        '1.1\t"Agree the plan:\n1. Draft it\n2. Agree it with the board (https://example.org/plan)"\tHead of SEND\tGreen',
        '1.2\tPublish the plan\tHead of SEND\tRed',
        '1.3\tReview the plan\tDirector\tGreen',
        'Priority 2: Transitions\t\t\t',
        '2.1\t"Map transitions\nwith families"\tHead of SEND\tAmber',
        '',
      ].join('\n'),
    );
    expect(notes).toEqual([
      'Tables 1 and 2 have the same header row, so they were read as one, with the headings among them, each as a row of its own: "Priority 1: Identification of needs"; "Priority 2: Transitions".',
      'One run of cells is merged down several rows, so each row takes the merged text: column "Lead", rows 3 to 4 ("Head of SEND").',
      'Row 3 holds numbers that the document\'s list numbering puts before a paragraph, which are not in its text: each was read as the document shows it ("1.2", "b)").',
      'Row 4 holds a RAG shown by the cell\'s colour alone, with no word in it: each was read as the colour it is nearest ("Red", "Amber", "Green", "Blue"). Check them, and write the word in the cell, as a colour alone is lost on a screen reader and in black and white.',
      'Row 5 holds a RAG shown by a dot\'s colour alone ("●", "■"), with no word: each was read as the colour it is nearest ("Red", "Amber", "Green", "Blue"). Check them, and write the word in the cell, as a colour alone is lost on a screen reader and in black and white.',
    ]);
    // The plan in it, its priorities as workstreams.
    const plan = readProjectTable(text, { reportedOn: '2024-11-22' });
    expect(plan.problems).toEqual([]);
    expect(plan.ok && plan.value.workstreams.map((w) => [w.ref, w.title])).toEqual([
      ['1', 'Identification of needs'],
      ['2', 'Transitions'],
    ]);
    expect(plan.ok && plan.value.actions.map((a) => [a.ref, a.workstreamId, a.updates?.[0]?.status])).toEqual([
      ['1.1', 'p1', 'green'],
      ['1.2', 'p1', 'red'],
      ['1.3', 'p1', 'green'],
      ['2.1', 'p2', 'amber'],
    ]);
  });

  it('reads notes in brackets where their marks are, and names what is not text: comments, pictures, changes, hidden text, a table in a cell', async () => {
    const note = (kind: string, citation: string, body: string) =>
      `<text:note text:id="n${citation}" text:note-class="${kind}"><text:note-citation>${citation}</text:note-citation><text:note-body><text:p>${body}</text:p></text:note-body></text:note>`;
    const body =
      '<text:h text:outline-level="2">Focus Area 1: JSNA</text:h>' +
      odtTable(
        [
          ['Ref', 'Action', 'Lead'],
          ['1.1', `<text:p>Create a data group${note('footnote', '1', 'Agreed by the board.')}</text:p>`, 'TT'],
          [
            '1.2',
            `<text:p>Agree its terms${note('endnote', 'i', 'Minutes on the Local Offer.')}<office:annotation><text:p>Check</text:p></office:annotation></text:p>`,
            'HP',
          ],
          [
            '1.3',
            '<text:p>Map the data<draw:frame draw:name="Chart"><draw:image xlink:href="Pictures/chart.png"/></draw:frame></text:p>',
            'JW',
          ],
          [
            '1.4',
            '<text:p><text:change-start text:change-id="c1"/>Publish<text:change-end text:change-id="c1"/> the data<text:hidden-text text:condition="ooow:1" text:string-value="secret"/></text:p>',
            'TT',
          ],
          [
            '1.5',
            `<text:p>Agree the leads:</text:p>${odtTable([
              ['Lead', 'TT'],
              ['Deputy', 'HP'],
            ])}`,
            'TT',
          ],
        ],
        { header: 1 },
      );
    const { text, notes } = await read(odt(body));
    expect(text).toBe(
      [
        'Ref\tAction\tLead',
        'Focus Area 1: JSNA\t\t',
        '1.1\tCreate a data group (footnote 1: Agreed by the board.)\tTT',
        '1.2\tAgree its terms (endnote i: Minutes on the Local Offer.)\tHP',
        '1.3\tMap the data\tJW',
        '1.4\tPublish the data\tTT',
        '1.5\t"Agree the leads:\nLead | TT\nDeputy | HP"\tTT',
        '',
      ].join('\n'),
    );
    expect(notes).toEqual([
      'The heading above the table, "Focus Area 1: JSNA", names a workstream, so it was read as a row of its own.',
      'Rows 3 and 4 hold footnotes or endnotes, whose text is in another part of the document: each was put in brackets where its mark is ("(footnote 1: …)").',
      'Row 4 holds comments, which are not part of the table and were not read.',
      'Row 5 holds a picture, chart or text box, whose content was not read. Write what it says as text in the cell.',
      'Row 6 holds tracked changes, read as if they were accepted: deleted text is left out and inserted text kept.',
      'Row 6 holds hidden text, which was not read.',
      'Row 7 holds a table inside a cell: each of its rows was read as a line of that cell, its cells joined with " | ".',
    ]);
  });

  it('numbers lists as the document does: levels shown together, a list continued, an item started again, and bullets with none', async () => {
    const automaticStyles =
      '<text:list-style style:name="L1">' +
      '<text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1"/>' +
      '<text:list-level-style-number text:level="2" style:num-suffix=")" style:num-format="a" text:display-levels="2"/>' +
      '</text:list-style>' +
      '<text:list-style style:name="L2"><text:list-level-style-bullet text:level="1" text:bullet-char="•"/></text:list-style>' +
      '<text:list-style style:name="L3"><text:list-level-style-number text:level="1" style:num-prefix="(" style:num-suffix=")" style:num-format="i" text:start-value="4"/></text:list-style>';
    const item = (text: string, attributes = '') => `<text:list-item${attributes}><text:p>${text}</text:p></text:list-item>`;
    const list = (style: string, items: string, attributes = '') =>
      `<text:list text:style-name="${style}"${attributes}>${items}</text:list>`;
    const body = odtTable([
      ['Ref', 'Action'],
      [list('L1', item('Agree')), 'Agree the plan'],
      // A second list of the style, continuing the first; an item a level down.
      [
        list(
          'L1',
          `<text:list-item><text:list>${item('Draft')}${item('Share')}</text:list></text:list-item>`,
          ' text:continue-numbering="true"',
        ),
        'Draft and share it',
      ],
      [list('L1', item('Publish'), ' text:continue-numbering="true"'), 'Publish it'],
      // A list of its own starts again; an item starts at a number of its own.
      [list('L1', item('Review', ' text:start-value="7"')), 'Review it'],
      [list('L2', item('Note')), 'A bullet has no number'],
      [list('L3', item('Close')), 'Close it'],
    ]);
    const { text } = await read(odt(body, { automaticStyles }));
    expect(text.split('\n').map((line) => line.split('\t')[0])).toEqual([
      'Ref',
      '1. Agree',
      '"1.a) Draft',
      '1.b) Share"',
      '2. Publish',
      '7. Review',
      'Note',
      '(iv) Close',
      '',
    ]);
  });

  it('reads headings by outline level or heading style, a paragraph all in bold, and symbols in Wingdings', async () => {
    const automaticStyles =
      '<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Heading_20_2"/>' +
      '<style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>' +
      '<style:style style:name="T2" style:family="text"><style:text-properties style:font-name="Wingdings"/></style:style>';
    const commonStyles = '<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph"/>';
    const table = (ref: string) =>
      odtTable([
        ['Ref', 'Action', 'Done'],
        [ref, 'Agree terms', '<text:p><text:span text:style-name="T2">ü</text:span></text:p>'],
      ]);
    const body =
      '<text:h text:outline-level="1">Priority action plan</text:h>' +
      '<text:p text:style-name="P1">Priority 1: Identification</text:p>' +
      table('1.1') +
      '<text:p><text:span text:style-name="T1">Priority 2: Transitions</text:span></text:p>' +
      table('2.1') +
      '<text:p>Priority 3: not bold, <text:span text:style-name="T1">partly</text:span></text:p>' +
      table('3.1');
    const { text, notes } = await read(
      odt(body, { automaticStyles, commonStyles, fontFaces: '<style:font-face style:name="Wingdings" svg:font-family="Wingdings"/>' }),
    );
    expect(text).toBe(
      [
        'Ref\tAction\tDone',
        'Priority 1: Identification\t\t',
        '1.1\tAgree terms\t✓',
        'Priority 2: Transitions\t\t',
        '2.1\tAgree terms\t✓',
        '3.1\tAgree terms\t✓',
        '',
      ].join('\n'),
    );
    expect(notes[0]).toBe(
      'Tables 1, 2 and 3 have the same header row, so they were read as one, with the headings among them, each as a row of its own: "Priority 1: Identification"; "Priority 2: Transitions".',
    );
    const plan = readProjectTable(text);
    expect(plan.ok && plan.value.workstreams.map((w) => w.title)).toEqual(['Identification', 'Transitions']);
  });

  it('says what a file is when it is not a text document, has no table, or is damaged', async () => {
    const messages = async (bytes: Uint8Array) => (await readWordTables(bytes)).problems.map((p) => p.message);
    expect(await messages(ods({ Sheet1: textRow(['Ref']) }))).toEqual([
      '(root): expected a Word document (.docx) or OpenDocument text document (.odt), found an OpenDocument spreadsheet: open it as a workbook.',
    ]);
    expect(await messages(odt('<text:p>No tables here.</text:p>'))).toEqual([
      '(root): expected an OpenDocument text document with a table, found a document with no tables.',
    ]);
    const files = odtFiles(odtTable([['Ref'], ['1.1']]));
    expect(await messages(zip({ ...files, 'content.xml': (files['content.xml'] as string).replace('</office:text>', '') }))).toEqual([
      '(root): expected an OpenDocument text document whose parts can be read, found content.xml, as it is not well-formed XML (line 1, column 1237: expected </text> to close <text>, found </office:body>).',
    ]);
    const { 'content.xml': _, ...withoutContent } = files;
    expect(await messages(zip(withoutContent))).toEqual([
      '(root): expected an OpenDocument text document (.odt), with its content.xml, found a ZIP archive without one.',
    ]);
    // Rows and cells the file repeats: past a sheet's columns, or past the rows a table is read with.
    const wide = `<table:table><table:table-row><table:table-cell table:number-columns-repeated="16385"/></table:table-row></table:table>`;
    expect(await messages(odt(wide))).toEqual([
      '(root): expected tables of at most 16,384 columns, as many as a sheet holds, found row 1 of table 1 reaching column 16,385.',
    ]);
    const long = `<table:table><table:table-row table:number-rows-repeated="${ODT_MAX_ROWS + 1}"><table:table-cell/></table:table-row></table:table>`;
    expect(await messages(odt(long))).toEqual([
      `(root): expected tables of at most ${ODT_MAX_ROWS.toLocaleString('en-GB')} rows, found table 1 running past that at row 1, as the file repeats its rows.`,
    ]);
    // A table declared 16,384 columns wide, its rows repeated: each row is read as wide as the table.
    const vast = `<table:table><table:table-column table:number-columns-repeated="16384"/><table:table-row table:number-rows-repeated="200"><table:table-cell/></table:table-row></table:table>`;
    expect(await messages(odt(vast))).toEqual([
      `(root): expected tables of at most ${TABLE_MAX_CELLS.toLocaleString('en-GB')} cells, found table 1 running past that at row 123, as the file gives its width and rows.`,
    ]);
  });
});
