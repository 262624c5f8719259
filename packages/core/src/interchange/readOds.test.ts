import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readProjectTable } from './readProjectTable.js';
import { SHEET_MAX_CELLS } from './sheetParts.js';
import { readWorkbook } from './readWorkbook.js';
import { ods, odsFiles, textCell, textRow } from './fixtures/ods.js';
import { zip } from './fixtures/xlsx.js';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`fixtures/${name}`, import.meta.url)));

const textOf = async (bytes: Uint8Array, sheet?: string) => {
  const read = await readWorkbook(bytes, sheet === undefined ? {} : { sheet });
  if (!read.ok) throw new Error(read.problems.map((p) => p.message).join(' '));
  return read.value;
};

describe('readWorkbook, on an OpenDocument spreadsheet (.ods)', () => {
  // libreoffice-tracker.ods: made in LibreOffice Calc 7.4 by fixtures/libreoffice-tracker.py, which
  // saved the same sheets as libreoffice-tracker.xlsx too.
  const tracker = [
    'SEND Written Statement of Action: progress tracker, April 2022',
    '',
    'Ref\tAction\tLead\tStart\tFinish\t% Complete\tRAG\tCommentary',
    'Focus Area 2: Joint Commissioning',
    '2A.1\tCreate a joint vision of commissioning\tTT\t13/04/2022\t30/06/2022\t45%\tAmber\t"Vision drafted;\nworkshops booked."',
    '2A.2\tAgree the commissioning strategy\tTT\t13/04/2022\t29/07/2022\t5%\tRed\tWaiting for the CCG  (two spaces)',
    '2A.5\tIdentify best practice for contract monitoring\tTT\t13/04/2022\t30/09/2022\t100%\tGreen\tDone – see “Report”, £50k',
    '',
  ];

  it('reads a tracker LibreOffice Calc wrote: dates, percentages, paragraphs, merged cells, a fill and a comment', async () => {
    const read = await readWorkbook(fixture('libreoffice-tracker.ods'));
    expect(read.problems).toEqual([]);
    expect(read.ok && read.value).toEqual({
      sheet: 'Progress',
      sheets: ['Progress', 'Lookups', 'Summary'],
      text: tracker.join('\n'),
      notes: [
        'One run of cells is merged down several rows, so each row takes the merged value: C5:C7 ("TT", rows 5 to 7).',
        'Cell G6 shows a RAG by its colour alone, with no word in it: each was read as the colour it is nearest ("Red", "Amber", "Green", "Blue"). Check them, and write the word in the cell, as a colour alone is lost on a screen reader and in black and white.',
        'A comment on a cell is not part of the sheet\'s text, so it was not read: H7 ("Check with TT before the board"). Copy any that matter into the sheet.',
      ],
    });
  });

  it('reads the same sheets as the same workbook saved as .xlsx does', async () => {
    for (const sheet of ['Progress', 'Summary']) {
      const fromOds = await textOf(fixture('libreoffice-tracker.ods'), sheet);
      const fromXlsx = await textOf(fixture('libreoffice-tracker.xlsx'), sheet);
      // Excel's format keeps the cells a merge across covers, empty; OpenDocument's are left out.
      expect(fromOds.text).toBe(fromXlsx.text.replace(/\t+\n/g, '\n'));
      expect(fromOds.notes).toEqual(fromXlsx.notes);
    }
  });

  it('gives readProjectTable the plan in it, past the title above the header row', async () => {
    const { text } = await textOf(fixture('libreoffice-tracker.ods'));
    const table = readProjectTable(text, { reportedOn: '2022-05-22' });
    expect(table.problems).toEqual([]);
    expect(table.notes).toEqual([
      'The header row is row 3; the row above it was read as a title, not as part of the table: row 1 ("SEND Written Statement of Action: progress tracker, April 2…").',
    ]);
    expect(table.ok && table.value.workstreams.map((w) => [w.ref, w.title])).toEqual([['2', 'Joint Commissioning']]);
    expect(
      table.ok &&
        table.value.actions.map((a) => [
          a.ref,
          (a.leads ?? []).map((l) => l.personId),
          a.start,
          a.finish,
          a.percentComplete,
          a.updates?.[0]?.status,
        ]),
    ).toEqual([
      ['2A.1', ['tt'], '2022-04-13', '2022-06-30', 45, 'amber'],
      ['2A.2', ['tt'], '2022-04-13', '2022-07-29', 5, 'red'],
      ['2A.5', ['tt'], '2022-04-13', '2022-09-30', 100, 'green'],
    ]);
  });

  it("reads a formula's value, rows the file repeats, a number as shown and a true as TRUE", async () => {
    const summary = await textOf(fixture('libreoffice-tracker.ods'), 'Summary');
    expect(summary.text).toBe(['Summary', '', '', 'Average complete\t50%', 'Same\tRow', 'Same\tRow', '57.5\tTRUE', ''].join('\n'));
    expect(summary.notes).toEqual([]);
  });

  it('opens at the sheet the file was saved at, unless it is hidden, and reads another by name', async () => {
    const sheets = { First: textRow(['One']), Hidden: textRow(['Two']), Last: textRow(['Three']) };
    const options = { tableStyles: { Hidden: 'ta2' } };
    expect((await textOf(ods(sheets, { ...options, activeTable: 'Last' }))).sheet).toBe('Last');
    expect((await textOf(ods(sheets, { ...options, activeTable: 'Hidden' }))).sheet).toBe('First');
    expect((await textOf(ods(sheets, { ...options, tableStyles: { First: 'ta2' } }))).sheet).toBe('Hidden');
    expect(await textOf(ods(sheets, options), 'Hidden')).toEqual({
      sheet: 'Hidden',
      sheets: ['First', 'Hidden', 'Last'],
      text: 'Two\n',
      notes: [],
    });
    const missing = await readWorkbook(ods(sheets, options), { sheet: 'Plan' });
    expect(missing.problems.map((p) => p.message)).toEqual(['sheet: expected one of its sheets: "First", "Hidden", "Last", found "Plan".']);
  });

  it('lays out text as OpenDocument does: runs of spaces as one, text:s, tabs, line breaks, spans and links', async () => {
    const paragraph = (xml: string) =>
      `<table:table-row><table:table-cell office:value-type="string">${xml}</table:table-cell></table:table-row>`;
    const rows = [
      paragraph('<text:p>\n  Vision   drafted <text:span text:style-name="T1"> and </text:span> agreed \n</text:p>'),
      paragraph('<text:p>Two<text:s text:c="3"/>gaps<text:tab/>and<text:line-break/>a break</text:p>'),
      paragraph(
        '<text:p>See <text:a xlink:href="https://example.org/plan" xmlns:xlink="http://www.w3.org/1999/xlink">the plan</text:a>.</text:p><text:p/><text:p>Last</text:p>',
      ),
      // A comment inside the paragraph is not its text.
      paragraph('<text:p>Kept<office:annotation><text:p>Not kept</text:p></office:annotation></text:p>'),
      // A value kept apart from the text shown.
      `<table:table-row><table:table-cell office:value-type="string" office:string-value="Stored"><text:p>Shown</text:p></table:table-cell></table:table-row>`,
    ];
    const { text, notes } = await textOf(ods({ Sheet1: rows.join('') }));
    expect(text).toBe(
      ['Vision drafted and agreed', '"Two   gaps\tand\na break"', '"See the plan.\n\nLast"', 'Kept', 'Stored', ''].join('\n'),
    );
    // A comment inside a paragraph is left out of its text, and named as the cell's.
    expect(notes).toEqual([
      'A comment on a cell is not part of the sheet\'s text, so it was not read: A4 ("Not kept"). Copy any that matter into the sheet.',
    ]);
  });

  it('reads values by their type: a number with no text shown, currency as shown, dates with a time, times, TRUE and FALSE', async () => {
    const cell = (attributes: string, shown?: string) =>
      `<table:table-cell ${attributes}>${shown === undefined ? '' : `<text:p>${shown}</text:p>`}</table:table-cell>`;
    const row = [
      cell('office:value-type="float" office:value="0.30000000000000004"'),
      cell('office:value-type="currency" office:currency="GBP" office:value="50000"', '£50,000.00'),
      cell('office:value-type="percentage" office:value="0.4549"', '45%'),
      cell('office:value-type="date" office:date-value="2022-04-13T09:30:00"', 'Apr 13, 2022'),
      cell('office:value-type="time" office:time-value="PT09H30M00S"', '09:30'),
      cell('office:value-type="boolean" office:boolean-value="false"', 'FALSE'),
      cell('office:value-type="date" office:date-value="13/04/2022"', '13/04/2022'),
    ];
    const { text } = await textOf(ods({ Sheet1: `<table:table-row>${row.join('')}</table:table-row>` }));
    // A date whose value is not a date is read as shown.
    expect(text).toBe('0.3\t£50,000.00\t45.49%\t13/04/2022\t09:30\tFALSE\t13/04/2022\n');
  });

  it('names formulas saved without their values, which read as blank', async () => {
    const sheet =
      textRow(['Ref', 'Total']) +
      `<table:table-row>${textCell('1A')}<table:table-cell table:formula="of:=SUM([.B3:.B9])"/></table:table-row>` +
      `<table:table-row>${textCell('1B')}<table:table-cell table:formula="of:=1+1" office:value-type="float" office:value="2"><text:p>2</text:p></table:table-cell></table:table-row>`;
    const { text, notes } = await textOf(ods({ Sheet1: sheet }));
    expect(text).toBe('Ref\tTotal\n1A\n1B\t2\n');
    expect(notes).toEqual([
      'Cell B2 holds a formula saved without its value, so it reads as blank. Open the spreadsheet in LibreOffice Calc or Excel and save it again to keep it.',
    ]);
  });

  it('reads rows and cells the file repeats, and rows in header and group elements, without reading the empty ones out', async () => {
    const sheet =
      `<table:table-header-rows>${textRow(['Ref', 'Action', 'Lead'])}</table:table-header-rows>` +
      `<table:table-row-group>${textRow(['1A', 'Agree terms', 'TT'], 'table:number-rows-repeated="2"')}</table:table-row-group>` +
      `<table:table-row table:number-rows-repeated="3"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>` +
      `<table:table-row><table:table-cell table:number-columns-repeated="2"/>${textCell('x', 'table:number-columns-repeated="3"')}<table:table-cell table:number-columns-repeated="1019"/></table:table-row>` +
      // What Calc writes for the rest of the sheet: over a million rows, empty.
      `<table:table-row table:number-rows-repeated="1048568"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>`;
    const { text } = await textOf(ods({ Sheet1: sheet }));
    expect(text).toBe(['Ref\tAction\tLead', '1A\tAgree terms\tTT', '1A\tAgree terms\tTT', '', '', '', '\t\tx\tx\tx', ''].join('\n'));
  });

  it('refuses a file that repeats cells with something in them past the sheet, or past the cells it reads', async () => {
    const cells = (n: number) => `<table:table-row>${textCell('x', `table:number-columns-repeated="${n}"`)}</table:table-row>`;
    const tooWide = await readWorkbook(
      ods({
        Sheet1: `<table:table-row><table:table-cell table:number-columns-repeated="16383"/>${textCell('x', 'table:number-columns-repeated="2"')}</table:table-row>`,
      }),
    );
    expect(tooWide.problems.map((p) => p.message)).toEqual([
      "Sheet1: expected rows and cells within the sheet's 1,048,576 rows and 16,384 columns, from A1 to XFD1048576, found a cell with something in it after column XFD in row 1.",
    ]);
    const tooLong = await readWorkbook(ods({ Sheet1: `<table:table-row table:number-rows-repeated="1048576"/>${cells(1)}` }));
    expect(tooLong.problems.map((p) => p.message)).toEqual([
      "Sheet1: expected rows and cells within the sheet's 1,048,576 rows and 16,384 columns, from A1 to XFD1048576, found a row with something in it after row 1,048,576.",
    ]);
    // 16,384 cells a row, repeated: a few hundred bytes asking for 17 billion cells.
    const tooMany = await readWorkbook(
      ods({ Sheet1: cells(16_384).replace('<table:table-row>', '<table:table-row table:number-rows-repeated="1048576">') }),
    );
    expect(tooMany.problems.map((p) => p.message)).toEqual([
      `Sheet1: expected a sheet of at most ${SHEET_MAX_CELLS.toLocaleString('en-GB')} cells, up to the last with something in it in each row, found more, as the file repeats rows or cells (row 1 is repeated 1,048,576 times).`,
    ]);
  });

  it('counts each row up to its last cell with something in it, so one cell far to the right, repeated, is refused too', async () => {
    const far = `<table:table-row table:number-rows-repeated="200"><table:table-cell table:number-columns-repeated="16383"/>${textCell('x')}</table:table-row>`;
    const read = await readWorkbook(ods({ Sheet1: far }));
    expect(read.problems.map((p) => p.message)).toEqual([
      `Sheet1: expected a sheet of at most ${SHEET_MAX_CELLS.toLocaleString('en-GB')} cells, up to the last with something in it in each row, found more, as the file repeats rows or cells (row 1 is repeated 200 times).`,
    ]);
    // 100 such rows are within the limit, and read.
    const fewer = await readWorkbook(ods({ Sheet1: far.replace('"200"', '"100"') }));
    expect(fewer.ok && fewer.value.text.split('\n').length).toBe(101);
  });

  it('reads a RAG shown by a fill from a style and its parents, or by a dot in a colour, and Wingdings as the characters it shows', async () => {
    const commonStyles =
      '<style:style style:name="Bad" style:family="table-cell" style:parent-style-name="Default"><style:table-cell-properties fo:background-color="#c00000"/></style:style>';
    const automaticStyles = [
      // ce1: a child of the common style "Bad", as Calc writes a cell style with a number format of its own.
      '<style:style style:name="ce1" style:family="table-cell" style:parent-style-name="Bad"/>',
      // ce2: green. ce3: the row's own style, yellow, so not a RAG. ce4: Wingdings.
      '<style:style style:name="ce2" style:family="table-cell"><style:table-cell-properties fo:background-color="#00b050"/></style:style>',
      '<style:style style:name="ce3" style:family="table-cell"><style:table-cell-properties fo:background-color="#ffff00"/></style:style>',
      '<style:style style:name="ce4" style:family="table-cell"><style:text-properties style:font-name="Wingdings"/></style:style>',
      '<style:style style:name="T1" style:family="text"><style:text-properties fo:color="#ff0000"/></style:style>',
      '<style:style style:name="T2" style:family="text"><style:text-properties fo:color="#00b050"/></style:style>',
    ].join('');
    const fontFaces = '<style:font-face style:name="Wingdings" svg:font-family="Wingdings" style:font-pitch="variable"/>';
    const sheet = [
      textRow(['Ref', 'Action', 'Done', 'RAG']),
      `<table:table-row>${textCell('1A')}${textCell('Agree terms')}${textCell('ü', 'table:style-name="ce4"')}<table:table-cell table:style-name="ce1"/></table:table-row>`,
      `<table:table-row>${textCell('1B')}${textCell('Sign terms')}<table:table-cell/><table:table-cell table:style-name="ce2"/></table:table-row>`,
      `<table:table-row table:default-cell-style-name="ce3">${textCell('1C')}${textCell('Publish terms')}<table:table-cell/><table:table-cell/></table:table-row>`,
      `<table:table-row>${textCell('1D')}${textCell('Review terms')}<table:table-cell/><table:table-cell office:value-type="string"><text:p><text:span text:style-name="T1">●</text:span></text:p></table:table-cell></table:table-row>`,
      // A dot in two colours is no RAG: left as it is, for readProjectTable to refuse.
      `<table:table-row>${textCell('1E')}${textCell('Close terms')}<table:table-cell/><table:table-cell office:value-type="string"><text:p><text:span text:style-name="T1">●</text:span><text:span text:style-name="T2">●</text:span></text:p></table:table-cell></table:table-row>`,
    ].join('');
    const { text, notes } = await textOf(ods({ Sheet1: sheet }, { automaticStyles, commonStyles, fontFaces }));
    expect(text).toBe(
      [
        'Ref\tAction\tDone\tRAG',
        '1A\tAgree terms\t✓\tRed',
        '1B\tSign terms\t\tGreen',
        '1C\tPublish terms\t\t',
        '1D\tReview terms\t\tRed',
        '1E\tClose terms\t\t●●',
        '',
      ].join('\n'),
    );
    expect(notes).toEqual([
      'Cells D2, D3 show a RAG by their colour alone, with no word in them: each was read as the colour it is nearest ("Red", "Amber", "Green", "Blue"). Check them, and write the word in the cell, as a colour alone is lost on a screen reader and in black and white.',
      'Cell D5 shows a RAG by a dot\'s colour alone ("●", "■"), with no word: each was read as the colour it is nearest ("Red", "Amber", "Green", "Blue"). Check them, and write the word in the cell, as a colour alone is lost on a screen reader and in black and white.',
    ]);
  });

  it('says what a file is when it is not a spreadsheet, or a part of it is damaged', async () => {
    const messages = async (bytes: Uint8Array) => (await readWorkbook(bytes)).problems.map((p) => p.message);
    expect(await messages(ods({ Sheet1: '' }, { mimetype: 'application/vnd.oasis.opendocument.text' }))).toEqual([
      '(root): expected an Excel workbook (.xlsx) or OpenDocument spreadsheet (.ods), found an OpenDocument text document: open it as a Word document.',
    ]);
    const files = odsFiles({ Sheet1: textRow(['Ref']) });
    expect(await messages(zip({ ...files, 'content.xml': (files['content.xml'] as string).replace('</office:body>', '') }))).toEqual([
      '(root): expected an OpenDocument spreadsheet whose parts can be read, found content.xml, as it is not well-formed XML (line 1, column 1358: expected </body> to close <body>, found </office:document-content>).',
    ]);
    const { 'content.xml': _, ...withoutContent } = files;
    expect(await messages(zip(withoutContent))).toEqual([
      '(root): expected an OpenDocument spreadsheet (.ods), with its content.xml, found a ZIP archive without one.',
    ]);
    expect(await messages(ods({}))).toEqual(['sheet: expected a spreadsheet with a sheet, found nothing.']);
  });
});
