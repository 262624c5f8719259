import { crc32 as zlibCrc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../model/parsePlan.js';
import { samplePlans } from '../samples/index.js';
import { readProgressReturns } from './progressReturns.js';
import { readProjectTable } from './readProjectTable.js';
import { readWorkbook } from './readWorkbook.js';
import { SHEET_MAX_CELLS } from './sheetParts.js';
import { crc32, readZip } from './readZip.js';
import { workbook, zip } from './fixtures/xlsx.js';

// A lead's returns as Excel saves them: the header and refs as shared strings, 45% in a percentage
// format, a date in a date format, a comment over two lines in rich text, a blank cell left out.
const strings = [
  'Ref',
  '% Complete',
  'RAG',
  'Commentary',
  'Due',
  '2A.1',
  'Amber',
  '<r><t>Vision drafted;</t></r><r><rPr><b/></rPr><t xml:space="preserve">\nworkshops booked.</t></r>',
  '1A',
  'Green',
];
const returnsSheet = [
  '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c></row>',
  '<row r="2"><c r="A2" t="s"><v>5</v></c><c r="B2" s="1"><v>0.45</v></c><c r="C2" t="s"><v>6</v></c><c r="D2" t="s"><v>7</v></c><c r="E2" s="2"><v>44742</v></c></row>',
  // Row 3 left empty; row 4 skips column C, and has text typed in place and a custom percentage.
  '<row r="4"><c r="A4" t="s"><v>8</v></c><c r="B4" s="4"><v>1</v></c><c r="D4" t="inlineStr"><is><t>Group met "weekly"</t></is></c><c r="E4" s="3"><v>44680</v></c></row>',
].join('');

describe('readWorkbook', () => {
  it('reads a sheet as the spreadsheet shows it: percentages, UK dates, rich text, gaps kept', async () => {
    const read = await readWorkbook(zip(workbook({ Returns: returnsSheet }, strings)));
    expect(read.problems).toEqual([]);
    expect(read.ok && read.value).toEqual({
      sheet: 'Returns',
      sheets: ['Returns'],
      text: [
        'Ref\t% Complete\tRAG\tCommentary\tDue',
        '2A.1\t45%\tAmber\t"Vision drafted;\nworkshops booked."\t30/06/2022',
        '',
        '1A\t100%\t\t"Group met ""weekly"""\t29/04/2022',
        '',
      ].join('\n'),
      notes: [],
    });
  });

  it('reads a date written as an ISO 8601 date (t="d") as a UK date, and one that is not as written', async () => {
    const sheet =
      '<row r="1"><c r="A1" t="inlineStr"><is><t>Start</t></is></c><c r="B1" t="inlineStr"><is><t>Finish</t></is></c><c r="C1" t="inlineStr"><is><t>Met</t></is></c></row>' +
      '<row r="2"><c r="A2" t="d"><v>2022-04-13T00:00:00Z</v></c><c r="B2" t="d"><v>2022-06-30</v></c><c r="C2" t="d"><v>the 9th</v></c></row>';
    const read = await readWorkbook(zip(workbook({ Plan: sheet }, [])));
    expect(read.ok && read.value.text).toBe('Start\tFinish\tMet\n13/04/2022\t30/06/2022\tthe 9th\n');
  });

  it('reads cells merged down several rows into each row, so a lead written once leads every action beside it', async () => {
    // A council's plan: the heading merged across the table, and the lead and start merged down
    // the three actions they cover. Excel keeps a merged run's value in its first cell only.
    const cell = (ref: string, value: string) => `<c r="${ref}" t="inlineStr"><is><t>${value}</t></is></c>`;
    const sheet = [
      `<row r="1">${cell('A1', 'Ref')}${cell('B1', 'Action')}${cell('C1', 'Lead')}${cell('D1', 'Start')}${cell('E1', 'Finish')}</row>`,
      `<row r="2">${cell('A2', 'Focus Area 2 - Joint Commissioning')}</row>`,
      `<row r="3">${cell('A3', '2A.1')}${cell('B3', 'Create a joint vision')}${cell('C3', 'TT')}<c r="D3" s="2"><v>44664</v></c><c r="E3" s="2"><v>44742</v></c></row>`,
      `<row r="4">${cell('A4', '2A.2')}${cell('B4', 'Agree the commissioning strategy')}<c r="E4" s="2"><v>44771</v></c></row>`,
      `<row r="5">${cell('A5', '2A.3')}${cell('B5', 'Publish the strategy')}<c r="D5" s="2"><v>44774</v></c><c r="E5" s="2"><v>44804</v></c></row>`,
    ].join('');
    const read = await readWorkbook(zip(workbook({ Plan: sheet }, [], { merged: { Plan: ['A2:E2', 'C3:C5', 'D3:D4', 'B9:B9'] } })));
    if (!read.ok) throw new Error('not read');
    expect(read.value.text).toBe(
      [
        'Ref\tAction\tLead\tStart\tFinish',
        'Focus Area 2 - Joint Commissioning',
        '2A.1\tCreate a joint vision\tTT\t13/04/2022\t30/06/2022',
        '2A.2\tAgree the commissioning strategy\tTT\t13/04/2022\t29/07/2022',
        '2A.3\tPublish the strategy\tTT\t01/08/2022\t31/08/2022',
        '',
      ].join('\n'),
    );
    expect(read.value.notes).toEqual([
      '2 runs of cells are merged down several rows, so each row takes the merged value: C3:C5 ("TT", rows 3 to 5); D3:D4 ("13/04/2022", rows 3 to 4).',
    ]);
    // The table reader then gives 2A.2 its lead and start, as the sheet shows them.
    const table = readProjectTable(read.value.text);
    expect(table.problems).toEqual([]);
    expect(table.ok && table.value.actions.map((a) => [a.ref, a.leads, a.start])).toEqual([
      ['2A.1', [{ personId: 'tt', role: 'lead-officer' }], '2022-04-13'],
      ['2A.2', [{ personId: 'tt', role: 'lead-officer' }], '2022-04-13'],
      ['2A.3', [{ personId: 'tt', role: 'lead-officer' }], '2022-08-01'],
    ]);
  });

  it('keeps a merged cell’s own text where a spreadsheet saved it, and names many merges in short', async () => {
    const rows = Array.from({ length: 12 }, (_, i) => {
      const r = i * 2 + 1;
      return `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>Lead ${i + 1}</t></is></c></row>`;
    }).join('');
    // Excel leaves out the rows that hold nothing but merged cells (4, 6, 8 …); LibreOffice can
    // keep the text of a cell it merged away: A2 holds its own.
    const kept = '<row r="2"><c r="A2" t="inlineStr"><is><t>hidden</t></is></c></row>';
    const merges = Array.from({ length: 12 }, (_, i) => `A${i * 2 + 1}:A${i * 2 + 2}`);
    const read = await readWorkbook(
      zip(workbook({ Plan: rows.replace('<row r="3">', `${kept}<row r="3">`) }, [], { merged: { Plan: merges } })),
    );
    if (!read.ok) throw new Error('not read');
    expect(read.value.text.split('\n').slice(0, 4)).toEqual(['Lead 1', 'hidden', 'Lead 2', 'Lead 2']);
    expect(read.value.notes).toEqual([
      `12 runs of cells are merged down several rows, so each row takes the merged value: ${Array.from(
        { length: 10 },
        (_, i) => `A${i * 2 + 1}:A${i * 2 + 2} ("Lead ${i + 1}", rows ${i * 2 + 1} to ${i * 2 + 2})`,
      ).join('; ')}; and 2 more.`,
    ]);
  });

  it('gives text the returns reader takes, so a lead’s workbook is read without copying its cells', async () => {
    const torbay = parsePlan(samplePlans.torbay);
    if (!torbay.ok) throw new Error('The Torbay sample parses');
    const read = await readWorkbook(zip(workbook({ Returns: returnsSheet }, strings)));
    if (!read.ok) throw new Error('not read');
    const returns = readProgressReturns(read.value.text, torbay.value, { reportedOn: '2022-06-30' });
    expect(returns.problems).toEqual([]);
    expect(returns.ok && returns.value.map((r) => r.update)).toEqual([
      { date: '2022-06-30', percentComplete: 45, status: 'amber', commentary: 'Vision drafted;\nworkshops booked.' },
      { date: '2022-06-30', percentComplete: 100, commentary: 'Group met "weekly"' },
    ]);
  });

  it('reads stored files as well as deflated ones, numbers, booleans and errors, and the 1904 date system', async () => {
    const sheet =
      '<row r="1"><c r="A1"><v>35</v></c><c r="B1" t="b"><v>1</v></c><c r="C1" t="e"><v>#N/A</v></c><c r="D1" s="2"><v>0</v></c><c r="E1"><v>0.1</v></c><c r="F1" t="str"><v>=x</v></c></row>';
    const read = await readWorkbook(zip(workbook({ Plan: sheet }, [], { date1904: true }), { stored: true }));
    expect(read.ok && read.value.text).toBe('35\tTRUE\t#N/A\t01/01/1904\t0.1\t=x\n');
    // In the 1900 system, serial 1 is 1 January 1900 and 61 is 1 March 1900, after Excel's 29 February that never was.
    const days = await readWorkbook(
      zip(
        workbook({ Plan: '<row r="1"><c r="A1" s="2"><v>1</v></c><c r="B1" s="2"><v>59</v></c><c r="C1" s="2"><v>61</v></c></row>' }, []),
      ),
    );
    expect(days.ok && days.value.text).toBe('01/01/1900\t28/02/1900\t01/03/1900\n');
  });

  it('shows a date cell outside Excel’s dates as its number, as a General cell would, and a value that is no number as written', async () => {
    // Excel shows ##### for a serial before 0 or after 31 Dec 9999 (2,958,465; 2,957,003 in the 1904
    // system); the number lets the table reader name it. "abc" is in no file Excel writes.
    const cells = (values: readonly string[]) =>
      `<row r="1">${values.map((v, i) => `<c r="${'ABCDE'[i]}1" s="2"><v>${v}</v></c>`).join('')}</row>`;
    const book = await readWorkbook(zip(workbook({ Plan: cells(['2958465', '2958466', '1e10', '-1', 'abc']) }, [])));
    expect(book.ok && book.value.text).toBe('31/12/9999\t2958466\t10000000000\t-1\tabc\n');
    const book1904 = await readWorkbook(zip(workbook({ Plan: cells(['2957003', '2957004']) }, [], { date1904: true })));
    expect(book1904.ok && book1904.value.text).toBe('31/12/9999\t2957004\n');
  });

  it('reads the sheet asked for by name, and names the sheets when it is not there', async () => {
    const book = zip(workbook({ Plan: '<row r="1"><c r="A1"><v>1</v></c></row>', Returns: '<row r="1"><c r="A1"><v>2</v></c></row>' }, []));
    const returns = await readWorkbook(book, { sheet: 'Returns' });
    expect(returns.ok && [returns.value.sheet, returns.value.sheets, returns.value.text]).toEqual(['Returns', ['Plan', 'Returns'], '2\n']);
    expect((await readWorkbook(book, { sheet: 'June' })).problems.map((p) => p.message)).toEqual([
      'sheet: expected one of its sheets: "Plan", "Returns", found "June".',
    ]);
  });

  it('reads the sheet the workbook opens at, and passes over a hidden one', async () => {
    const sheets = {
      Lists: '<row r="1"><c r="A1" t="inlineStr"><is><t>Red</t></is></c></row>',
      Guidance: '<row r="1"><c r="A1" t="inlineStr"><is><t>Fill in one row per action.</t></is></c></row>',
      June: '<row r="1"><c r="A1" t="inlineStr"><is><t>Ref</t></is></c></row>',
    };
    const read = async (options: Parameters<typeof workbook>[2]) => {
      const result = await readWorkbook(zip(workbook(sheets, [], options)));
      return result.ok && result.value.sheet;
    };
    // Saved showing June: it opens there, and so it is read.
    expect(await read({ activeTab: 2 })).toBe('June');
    // A hidden sheet of drop-down lists first: the first sheet shown is read.
    expect(await read({ hidden: ['Lists'] })).toBe('Guidance');
    expect(await read({ hidden: ['Lists'], activeTab: 0 })).toBe('Guidance');
    expect(await read({})).toBe('Lists');
  });

  it('reads a RAG shown by the cell’s fill alone as the colour’s word, and names the cells', async () => {
    const text = (ref: string, value: string, style = 0) =>
      `<c r="${ref}"${style === 0 ? '' : ` s="${style}"`} t="inlineStr"><is><t>${value}</t></is></c>`;
    const filled = (ref: string, style: number) => `<c r="${ref}" s="${style}"/>`;
    const row = (r: number, ...cells: string[]) => `<row r="${r}">${cells.join('')}</row>`;
    const sheet = [
      row(1, text('A1', 'Ref'), text('B1', 'Action'), text('C1', 'RAG status')),
      // A workstream's row shaded across: no status.
      row(2, text('A2', 'Focus Area 1 - JSNA', 9), filled('B2', 9), filled('C2', 9)),
      row(3, text('A3', '1.1'), text('B3', 'Create a data group'), filled('C3', 5)),
      row(4, text('A4', '1.2'), text('B4', 'Agree its terms'), filled('C4', 6)),
      // A word in the cell is read, whatever its fill.
      row(5, text('A5', '1.3'), text('B5', 'Map the data'), text('C5', 'Red', 7)),
      row(6, text('A6', '1.4'), text('B6', 'Publish the JSNA'), filled('C6', 7)),
      // A theme colour in a workbook with no theme has no value, and a fill outside the RAG column is
      // no status; a pattern shows its background.
      row(7, text('A7', '1.5'), text('B7', 'Consult on it'), filled('C7', 8)),
      row(8, text('A8', '1.6'), text('B8', 'Train the SENCOs', 5)),
      row(9, text('A9', '1.7'), text('B9', 'Survey families'), filled('C9', 10)),
    ].join('');
    const read = await readWorkbook(zip(workbook({ Plan: sheet }, [])));
    expect(read.problems).toEqual([]);
    expect(read.ok && read.value.text.split('\n')).toEqual([
      'Ref\tAction\tRAG status',
      'Focus Area 1 - JSNA\t\t',
      '1.1\tCreate a data group\tRed',
      '1.2\tAgree its terms\tAmber',
      '1.3\tMap the data\tRed',
      '1.4\tPublish the JSNA\tGreen',
      '1.5\tConsult on it\t',
      '1.6\tTrain the SENCOs',
      '1.7\tSurvey families\tRed',
      '',
    ]);
    expect(read.ok && read.value.notes).toEqual([
      'Cells C3, C4, C6, C9 show a RAG by their colour alone, with no word in them: each was read as the colour it is nearest ("Red", "Amber", "Green", "Blue"). Check them, and write the word in the cell, as a colour alone is lost on a screen reader and in black and white.',
    ]);
    const plan = read.ok ? readProjectTable(read.value.text, { reportedOn: '2022-05-22' }) : undefined;
    expect(plan?.problems).toEqual([]);
    expect(plan?.ok && plan.value.actions.map((a) => [a.ref, a.updates?.[0]?.status])).toEqual([
      ['1.1', 'red'],
      ['1.2', 'amber'],
      ['1.3', 'red'],
      ['1.4', 'green'],
      ['1.5', undefined],
      ['1.6', undefined],
      ['1.7', 'red'],
    ]);
  });

  it('reads a RAG fill given by the theme’s colours or the old palette’s numbers, tints and all', async () => {
    const filled = (ref: string, style: number) => `<c r="${ref}" s="${style}"/>`;
    const text = (ref: string, value: string) => `<c r="${ref}" t="inlineStr"><is><t>${value}</t></is></c>`;
    // Rows 2 to 8: a theme fill lightened (style 8), a theme accent (11), one darkened (12), two palette
    // numbers (13, 14), the theme's dark text colour (15) and the system's colour (16).
    const styles = [8, 11, 12, 13, 14, 15, 16];
    const sheet =
      `<row r="1">${text('A1', 'Ref')}${text('B1', 'Action')}${text('C1', 'RAG')}</row>` +
      styles
        .map(
          (style, i) =>
            `<row r="${i + 2}">${text(`A${i + 2}`, `1.${i + 1}`)}${text(`B${i + 2}`, 'An action')}${filled(`C${i + 2}`, style)}</row>`,
        )
        .join('');
    const rags = async (options: Parameters<typeof workbook>[2]) => {
      const read = await readWorkbook(zip(workbook({ Plan: sheet }, [], options)));
      expect(read.problems).toEqual([]);
      return read.ok ? [read.value.text.split('\n').map((line) => line.split('\t')[2] ?? ''), read.value.notes] : [];
    };
    // With Office's theme: orange lighter 40% is amber, accent 6 green, accent 1 darker blue; Excel
    // 97-2003's 10 is red and 17 green; black text and the system's colour are no RAG.
    expect(await rags({ theme: true })).toEqual([
      ['RAG', 'Amber', 'Green', 'Blue', 'Red', 'Green', '', '', ''],
      [
        'Cells C2, C3, C4, C5, C6 show a RAG by their colour alone, with no word in them: each was read as the colour it is nearest ("Red", "Amber", "Green", "Blue"). Check them, and write the word in the cell, as a colour alone is lost on a screen reader and in black and white.',
      ],
    ]);
    // With no theme part, the theme's colours have no value; the palette's still do.
    expect((await rags({}))[0]).toEqual(['RAG', '', '', '', 'Red', 'Green', '', '', '']);
    // A workbook's own palette replaces the old one: here 10 is green and 17 amber.
    const palette = Array.from({ length: 64 }, () => 'FF808080');
    palette[10] = 'FF00B050';
    palette[17] = 'FFFFC000';
    expect((await rags({ theme: true, indexedColors: palette }))[0]).toEqual([
      'RAG',
      'Amber',
      'Green',
      'Blue',
      'Green',
      'Amber',
      '',
      '',
      '',
    ]);
  });

  it('reads a RAG shown by conditional formatting’s traffic lights on a column of scores, as Excel works the icons out', async () => {
    const text = (ref: string, value: string) => `<c r="${ref}" t="inlineStr"><is><t>${value}</t></is></c>`;
    const number = (ref: string, value: number) => `<c r="${ref}"><v>${value}</v></c>`;
    // Scores 1 to 3 in the RAG column; a trend in D of arrows, which are no RAG.
    const scores = [1, 2, 3, 1, 3, 2.5];
    const sheetData =
      `<sheetData><row r="1">${text('A1', 'Ref')}${text('B1', 'Action')}${text('C1', 'RAG rating')}${text('D1', 'Trend')}</row>` +
      scores
        .map(
          (score, i) =>
            `<row r="${i + 2}">${text(`A${i + 2}`, `1.${i + 1}`)}${text(`B${i + 2}`, 'An action')}${number(`C${i + 2}`, score)}${number(`D${i + 2}`, score)}</row>`,
        )
        .join('') +
      '</sheetData>';
    const icons = (set: string, values: string, extra = '') =>
      `<cfRule type="iconSet" priority="1"><iconSet${set === '' ? '' : ` iconSet="${set}"`}${extra}>${values}</iconSet></cfRule>`;
    const percent = '<cfvo type="percent" val="0"/><cfvo type="percent" val="33"/><cfvo type="percent" val="67"/>';
    const read = async (formatting: string) => {
      const sheet = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${sheetData}${formatting}</worksheet>`;
      const files = workbook({ Plan: '' }, []);
      files['xl/worksheets/sheet1.xml'] = sheet;
      const result = await readWorkbook(zip(files));
      expect(result.problems).toEqual([]);
      return result.ok
        ? {
            rag: result.value.text
              .split('\n')
              .slice(1, -1)
              .map((line) => line.split('\t')[2]),
            notes: result.value.notes,
          }
        : undefined;
    };
    // Excel's default: "3 Traffic Lights", green from 67% of the way from the lowest score to the highest,
    // amber from 33%; "Show Icon Only". 1 to 3 has its thresholds at 1.66 and 2.34.
    expect(
      await read(
        `<conditionalFormatting sqref="C2:C7">${icons('3TrafficLights1', percent, ' showValue="0"')}</conditionalFormatting><conditionalFormatting sqref="D2:D7">${icons('3Arrows', percent)}</conditionalFormatting>`,
      ),
    ).toEqual({
      rag: ['Red', 'Amber', 'Green', 'Red', 'Green', 'Green'],
      notes: [
        'Cells C2, C3, C4, C5, C6, C7 show a RAG by icons of conditional formatting ("3 Traffic Lights (Unrimmed)" on C2:C7), not by a word: each was read as its icon\'s colour ("Red", "Amber", "Green"), worked out from the cell\'s number as Excel does. Check them, and write the word in the cell, as an icon is lost when the cells are copied, and a screen reader reads the number.',
      ],
    });
    // Numbers as thresholds, one not reached by a value equal to it (gte="0"), the icons reversed
    // (1 is green), and the set named by Excel's default when the rule names none.
    const numbers = '<cfvo type="num" val="0"/><cfvo type="num" val="2" gte="0"/><cfvo type="num" val="3"/>';
    expect((await read(`<conditionalFormatting sqref="C2:C7">${icons('', numbers, ' reverse="1"')}</conditionalFormatting>`))?.rag).toEqual(
      ['Green', 'Green', 'Red', 'Green', 'Red', 'Amber'],
    );
    // Percentiles, as Excel's PERCENTILE works them out over the range's numbers (C's and D's, each 1, 1, 2, 2.5, 3, 3):
    // the 50th is 2.25, the 80th 3; "4 Traffic Lights" starts with a black light, which is no RAG,
    // so the scores under its first threshold keep their numbers.
    const percentiles =
      '<cfvo type="percent" val="0"/><cfvo type="num" val="1.5"/><cfvo type="percentile" val="50"/><cfvo type="percentile" val="80"/>';
    expect(
      await read(`<conditionalFormatting sqref="A1:D7">${icons('4TrafficLights', percentiles)}</conditionalFormatting>`),
    ).toMatchObject({
      rag: ['1', 'Red', 'Green', '1', 'Green', 'Amber'],
    });
    // Thresholds given by formulas are not worked out: the numbers stay, and the notes say so.
    expect(
      await read(
        `<conditionalFormatting sqref="C2:C7">${icons('3Signs', '<cfvo type="percent" val="0"/><cfvo type="formula" val="$H$1"/><cfvo type="num" val="3"/>')}</conditionalFormatting>`,
      ),
    ).toEqual({
      rag: ['1', '2', '3', '1', '3', '2.5'],
      notes: [
        "The icons of conditional formatting on C2:C7 have thresholds given by formulas, which are not worked out here: their cells were read as their numbers. Write each cell's RAG as a word.",
      ],
    });
    // An icon set Excel does not have, even one named as something every object has, gives none.
    expect(
      await read(`<conditionalFormatting sqref="C2:C7">${icons('constructor', percent, ' reverse="1"')}</conditionalFormatting>`),
    ).toEqual({
      rag: ['1', '2', '3', '1', '3', '2.5'],
      notes: [],
    });
    // Where two rules cover a cell, the one of higher priority (the lower number) gives its icon: here arrows, no RAG.
    const arrows = `<cfRule type="iconSet" priority="1"><iconSet iconSet="3Arrows">${percent}</iconSet></cfRule>`;
    const lights = `<cfRule type="iconSet" priority="2"><iconSet iconSet="3TrafficLights2">${percent}</iconSet></cfRule>`;
    expect(
      (
        await read(
          `<conditionalFormatting sqref="C2:C7">${lights}</conditionalFormatting><conditionalFormatting sqref="C5:C7">${arrows}</conditionalFormatting>`,
        )
      )?.rag,
    ).toEqual(['Red', 'Amber', 'Green', '1', '3', '2.5']);
  });

  it('reads Wingdings’ ticks and boxes as the characters they show, and a RAG shown by a coloured dot as its word', async () => {
    const text = (ref: string, value: string, style = 0) =>
      `<c r="${ref}"${style === 0 ? '' : ` s="${style}"`} t="inlineStr"><is><t>${value}</t></is></c>`;
    const rich = (ref: string, runs: string) => `<c r="${ref}" t="inlineStr"><is>${runs}</is></c>`;
    const row = (r: number, ...cells: string[]) => `<row r="${r}">${cells.join('')}</row>`;
    const sheet = [
      row(1, text('A1', 'Ref'), text('B1', 'Action'), text('C1', 'RAG'), text('D1', 'Done?')),
      // A cell in Wingdings (style 17): "ü" is a tick. A red dot (style 19) in the RAG column.
      row(2, text('A2', '1.1'), text('B2', 'Create a data group'), text('C2', '●', 19), text('D2', 'ü', 17)),
      // A run in Wingdings among plain ones: "þ" is a ticked box. A dot in the theme's green (style 20).
      row(
        3,
        text('A3', '1.2'),
        text('B3', 'Agree its terms'),
        text('C3', '●', 20),
        rich('D3', '<r><t xml:space="preserve">Yes </t></r><r><rPr><rFont val="Wingdings"/></rPr><t>þ</t></r>'),
      ),
      // Wingdings 2's letters (style 18) are other pictures, not read; a dot in black is no RAG, nor a word in red.
      row(4, text('A4', '1.3'), text('B4', 'Map the data'), text('C4', '●'), text('D4', 'P', 18)),
      row(5, text('A5', '1.4'), text('B5', 'Publish the JSNA'), text('C5', 'Amber', 19), text('D5', 'û', 17)),
    ].join('');
    const read = await readWorkbook(zip(workbook({ Plan: sheet }, [], { theme: true })));
    expect(read.problems).toEqual([]);
    expect(read.ok && read.value.text.split('\n')).toEqual([
      'Ref\tAction\tRAG\tDone?',
      '1.1\tCreate a data group\tRed\t✓',
      '1.2\tAgree its terms\tGreen\tYes ☑',
      '1.3\tMap the data\t●\t',
      '1.4\tPublish the JSNA\tAmber\t✗',
      '',
    ]);
    expect(read.ok && read.value.notes).toEqual([
      'Cells C2, C3 show a RAG by a dot\'s colour alone ("●", "■"), with no word: each was read as the colour it is nearest ("Red", "Amber", "Green", "Blue"). Check them, and write the word in the cell, as a colour alone is lost on a screen reader and in black and white.',
      'Cell D4 holds characters of a symbol font with no plain equivalent (a picture in Wingdings, or a character of Wingdings 2 or 3, Webdings or Symbol), which were not read. Write what they mean as words (Complete, Yes).',
    ]);
  });

  it('names formulas saved without their values, which read as blank', async () => {
    const sheet =
      '<row r="1"><c r="A1"><v>40</v></c><c r="B1"><f>A1+5</f><v>45</v></c><c r="C1"><f>A1*2</f></c></row>' +
      '<row r="2"><c r="AB2" s="1"><f>A1/100</f></c></row>';
    const read = await readWorkbook(zip(workbook({ Plan: sheet }, [])));
    expect(read.ok && [read.value.text, read.value.notes]).toEqual([
      `40\t45\t\n${'\t'.repeat(27)}\n`,
      [
        'Cells C1, AB2 hold formulas saved without their values, so they read as blank. Open the workbook in Excel and save it again to keep them.',
      ],
    ]);
  });

  it('quotes in the notes the comments on cells, which the text does not hold', async () => {
    const sheet = '<row r="1"><c r="A1" t="inlineStr"><is><t>Ref</t></is></c><c r="B1" t="inlineStr"><is><t>RAG</t></is></c></row>';
    const read = await readWorkbook(
      zip(
        workbook({ Guidance: '', Returns: sheet }, [], {
          comments: {
            Returns: [
              { ref: 'B2', author: 'Jo Bloggs', text: 'Amber until the health data arrives' },
              { ref: 'C5', author: 'Sam Lee', text: 'x'.repeat(80) },
            ],
          },
        }),
      ),
      { sheet: 'Returns' },
    );
    expect(read.ok && read.value.notes).toEqual([
      `2 comments on cells are not part of the sheet's text, so they were not read: B2 ("Jo Bloggs: Amber until the health data arrives"); C5 ("Sam Lee: ${'x'.repeat(50)}…"). Copy any that matter into the sheet.`,
    ]);
    // The other sheet has none, and says nothing.
    const guidance = await readWorkbook(
      zip(workbook({ Guidance: '', Returns: sheet }, [], { comments: { Returns: [{ ref: 'B2', author: 'J', text: 't' }] } })),
    );
    expect(guidance.ok && guidance.value.notes).toEqual([]);
  });

  it('refuses a sheet read as more than SHEET_MAX_CELLS cells, each row counted up to its last cell', async () => {
    // One empty cell at column XFD in each of 200 rows: 3.3 million cells from a few kilobytes.
    const rows = (n: number) => Array.from({ length: n }, (_, r) => `<row r="${r + 1}"><c r="XFD${r + 1}"/></row>`).join('');
    const read = await readWorkbook(zip(workbook({ Plan: rows(200) }, [])));
    expect(read.problems.map((p) => p.message)).toEqual([
      `Plan: expected a sheet of at most ${SHEET_MAX_CELLS.toLocaleString('en-GB')} cells, up to the last in each row, found more, by row 123.`,
    ]);
    expect((await readWorkbook(zip(workbook({ Plan: rows(122) }, [])))).ok).toBe(true);
  });

  it('says what a file is when it is not a workbook, or a part of it is damaged', async () => {
    const message = async (bytes: Uint8Array) => (await readWorkbook(bytes)).problems.map((p) => p.message);
    expect(await message(new TextEncoder().encode('Ref\t% Complete\n1A\t5%'))).toEqual([
      '(root): expected an Excel workbook (.xlsx) or OpenDocument spreadsheet (.ods), which is a ZIP archive, found a file that is not a ZIP archive.',
    ]);
    expect(await message(new Uint8Array())).toEqual([
      '(root): expected an Excel workbook (.xlsx) or OpenDocument spreadsheet (.ods), which is a ZIP archive, found an empty file.',
    ]);
    // An Excel 97-2003 file starts with the OLE compound file signature.
    const xls = new Uint8Array(512);
    xls.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(await message(xls)).toEqual([
      '(root): expected an Excel workbook (.xlsx) or OpenDocument spreadsheet (.ods), which is a ZIP archive, found a file in the older Office format (a Word 97-2003 .doc or an Excel 97-2003 .xls): save it in the newer format (File, Save As, .docx or .xlsx) and open that.',
    ]);
    expect(await message(zip({ 'word/document.xml': '<w:document/>' }))).toEqual([
      '(root): expected an Excel workbook (.xlsx) with its xl/workbook.xml, or an OpenDocument spreadsheet (.ods), found a ZIP archive with neither.',
    ]);
    // One byte of the sheet changed after its checksum was taken.
    const book = zip(workbook({ Plan: '<row r="1"><c r="A1"><v>1</v></c></row>' }, []), { stored: true });
    const at = Buffer.from(book).indexOf('<sheetData>');
    book[at + 1] = 'S'.charCodeAt(0);
    expect(await message(book)).toEqual([
      '(root): expected an Excel workbook whose parts can be read, found xl/worksheets/sheet1.xml, as its contents do not match its checksum.',
    ]);
    // Rows and cells named past the sheet's last row or column, or not named as a cell is: refused,
    // where filling in the rows and cells before them would take minutes or more memory than there is.
    const bounds = "Plan: expected rows and cells within the sheet's 1,048,576 rows and 16,384 columns, from A1 to XFD1048576, found";
    const sheet = (rows: string) => zip(workbook({ Plan: `<row r="1"><c r="A1"><v>1</v></c></row>${rows}` }, []));
    expect(await message(sheet('<row r="1048577"><c r="A1048577"><v>2</v></c></row>'))).toEqual([`${bounds} a row numbered "1048577".`]);
    expect(await message(sheet('<row r="0"/>'))).toEqual([`${bounds} a row numbered "0".`]);
    expect(await message(sheet('<row r="2"><c r="XFE2"><v>2</v></c></row>'))).toEqual([`${bounds} a cell named "XFE2".`]);
    expect(await message(sheet('<row r="2"><c r="ZZZZZZ2"><v>2</v></c></row>'))).toEqual([`${bounds} a cell named "ZZZZZZ2".`]);
    expect(await message(sheet('<row r="2"><c r="B"><v>2</v></c></row>'))).toEqual([`${bounds} a cell named "B".`]);
    // The last row and column are read.
    const corner = await readWorkbook(sheet('<row r="1048576"><c r="XFD1048576"><v>2</v></c></row>'));
    const lines = corner.ok ? corner.value.text.split('\n') : [];
    expect([lines.length, lines[0], lines[1], lines[1048575]?.split('\t').length, lines[1048575]?.at(-1)]).toEqual([
      1048577,
      '1',
      '',
      16384,
      '2',
    ]);
  });
});

describe('readZip', () => {
  it('lists an archive’s files and keeps the CRC-32 Node computes', async () => {
    const archive = readZip(zip({ 'a.txt': 'Fish & chips', 'b/c.xml': '<x/>' }));
    if (!archive.ok) throw new Error('not read');
    expect(archive.names).toEqual(['a.txt', 'b/c.xml']);
    expect(new TextDecoder().decode(await archive.read('a.txt'))).toBe('Fish & chips');
    expect(await archive.read('missing')).toBeUndefined();
    const text = new TextEncoder().encode('The quick brown fox');
    expect(crc32(text)).toBe(zlibCrc32(text));
  });
});
