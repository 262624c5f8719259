import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analysePlan } from '../analysis/analysePlan.js';
import type { ParseResult } from '../model/parsePlan.js';
import { parsePlan } from '../model/parsePlan.js';
import { writePlanDocument } from '../report/writePlanDocument.js';
import { samplePlans } from '../samples/index.js';
import { docx, para, run, table } from './fixtures/docx.js';
import { ods, odt, odtTable, textCell, textRow } from './fixtures/ods.js';
import { unzip, workbook, zip } from './fixtures/xlsx.js';
import { readProgressReturns } from './progressReturns.js';
import { readEhcRequests } from './readEhcRequests.js';
import { readEhcReviews } from './readEhcReviews.js';
import { readProjectTable } from './readProjectTable.js';
import { readProjectXml } from './readProjectXml.js';
import { readWordTables } from './readWordTables.js';
import { readWorkbook } from './readWorkbook.js';

// Every reader, given anything at all, answers with a value or with problems that say what was
// expected and found: never an exception, never a hang. Inputs are built from what plans hold
// (headers, dates, percentages, refs, outline levels) and what damaged files hold (numbers past
// any bound, cut and repeated text, tags where they do not belong).

/** A result is either read with no problems, or not read with at least one, each a whole sentence. */
function answered(result: { readonly ok: boolean; readonly problems: readonly { readonly message: string }[] }): void {
  expect(result.ok ? result.problems.length === 0 : result.problems.length > 0).toBe(true);
  for (const problem of result.problems) expect(problem.message).toMatch(/^\S.*: expected .+, found .+\.$/s);
}

const HEADERS = [
  'Ref',
  'Action',
  'Name',
  'Lead',
  'Start',
  'Finish',
  'Duration',
  'Working days',
  '% complete',
  'RAG',
  'By when',
  'Workstream',
  'Outline Level',
  'Predecessors',
  'ID',
  'Evidence',
];
const CELLS = [
  ...HEADERS,
  'Status',
  'Timescale',
  'Area of weakness',
  'Level',
  'Success criteria',
  'Focus Area 2 - JSNA',
  'Area of weakness 1: Joint commissioning',
  '2A.1 Create a joint vision',
  '1.1',
  '13/04/2022',
  '30 Jun 2022',
  '2022-02-30',
  'Sep-22',
  'Q2 2022/23',
  'Ongoing',
  '57 days',
  '0 days',
  '5%',
  '100%',
  'Red',
  'Complete',
  'Not started',
  'TT',
  'Jane Smith (JS)',
  '3FS+2 days',
  '4SS-1d',
  '1',
  '2',
  '-1',
  '0',
  '4294967296',
  '99999999999999999999',
  '1e309',
  'NaN',
  '',
  '"',
  'a\nb',
  'Evidence: QA (https://example.org)',
  'javascript:alert(1)',
  '\u0000',
  '\uFEFF',
];
const cell = fc.oneof(fc.constantFrom(...CELLS), fc.string({ maxLength: 12 }));
const row = fc.array(cell, { maxLength: 8 });
const tableText = fc.oneof(
  // A header row of a plan's columns over rows of what plans and damaged files hold.
  fc
    .tuple(fc.shuffledSubarray(HEADERS, { minLength: 1, maxLength: 7 }), fc.array(row, { maxLength: 12 }))
    .map(([header, rows]) => [header, ...rows].map((r) => r.join('\t')).join('\n')),
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
);

const torbay = parsePlan(samplePlans.torbay);
if (!torbay.ok) throw new Error('The Torbay sample parses');

describe('the text readers answer any text', () => {
  it('readProjectTable, readProgressReturns, readEhcRequests and readEhcReviews', () => {
    fc.assert(
      fc.property(tableText, (text) => {
        answered(readProjectTable(text));
        answered(readProjectTable(text, { reportedOn: '2022-05-22' }));
        answered(readProgressReturns(text, torbay.value, { reportedOn: '2022-05-22' }));
        answered(readEhcRequests(text));
        answered(readEhcReviews(text));
      }),
      { numRuns: 300 },
    );
  });
});

// Damage done to a part of a file: an attribute's or element's value replaced, text cut out or
// repeated, or a tag put in.
const VALUES = ['1000000000', '4294967296', '99999999999999999999', '-1', '0', '', 'NaN', 'XFE1', 'ZZZZZZ1', 'A0', 'restart', 'x'];
/** Elements put in after the tags they belong after, so the file stays well-formed and reaches the reader's own checks. */
const TAGS: readonly (readonly [after: RegExp, tag: string])[] = [
  [/<w:tr>/g, '<w:trPr><w:gridBefore w:val="1000000000"/></w:trPr>'],
  [/<w:tcPr>/g, '<w:gridSpan w:val="1000000000"/>'],
  [/<w:tcPr>/g, '<w:vMerge/>'],
  [/<w:tc>/g, '<w:tbl><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl>'],
  // Content controls nested 10,000 deep: past what a reader walking them recursively could take.
  [/<w:tc>|<w:body>|<w:p>/g, `${'<w:sdt><w:sdtContent>'.repeat(10_000)}${'</w:sdtContent></w:sdt>'.repeat(10_000)}`],
  [/<sheetData>/g, '<row r="1000000000"><c r="A1000000000"><v>1</v></c></row>'],
  [/<row [^>]*>/g, '<c r="ZZZZZZ1"><v>1</v></c>'],
  [/<row [^>]*>/g, '<c t="s"><v>99999</v></c>'],
  // A date cell's value past 31 Dec 9999, or no number at all: read before the value it has.
  [/<c [^>]*s="2"[^>]*>/g, '<v>4294967296</v>'],
  [/<c [^>]*s="2"[^>]*>/g, '<v>NaN</v>'],
  [/<worksheet [^>]*>/g, '<mergeCells><mergeCell ref="A1:A99999999"/></mergeCells>'],
  [/<Task>/g, '<OutlineLevel>99999999999999999999</OutlineLevel>'],
  [/<Task>/g, '<OutlineLevel>4294967296</OutlineLevel>'],
  [/<PredecessorLink>/g, '<LinkLag>999999999999999</LinkLag>'],
];
type Damage =
  | { readonly kind: 'attribute' | 'element'; readonly at: number; readonly value: string }
  | { readonly kind: 'cut' | 'repeat'; readonly at: number; readonly length: number }
  | { readonly kind: 'tag'; readonly at: number; readonly tag: number };
const damage: fc.Arbitrary<Damage> = fc.oneof(
  fc.record({ kind: fc.constantFrom('attribute' as const, 'element' as const), at: fc.nat(), value: fc.constantFrom(...VALUES) }),
  fc.record({ kind: fc.constantFrom('cut' as const, 'repeat' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 2000 }) }),
  fc.record({ kind: fc.constant('tag' as const), at: fc.nat(), tag: fc.nat({ max: TAGS.length - 1 }) }),
);
function damaged(text: string, damages: readonly Damage[]): string {
  let out = text;
  for (const d of damages) {
    if (d.kind === 'attribute' || d.kind === 'element') {
      const spots = [...out.matchAll(d.kind === 'attribute' ? /="[^"]*"/g : />[^<]+</g)];
      const spot = spots[d.at % Math.max(1, spots.length)];
      const [open, close] = d.kind === 'attribute' ? ['="', '"'] : ['>', '<'];
      if (spot !== undefined) out = `${out.slice(0, spot.index)}${open}${d.value}${close}${out.slice(spot.index + spot[0].length)}`;
    } else if (d.kind === 'tag') {
      const [after, tag] = TAGS[d.tag] as (typeof TAGS)[number];
      const spots = [...out.matchAll(after)];
      const spot = spots[d.at % Math.max(1, spots.length)];
      if (spot !== undefined) out = `${out.slice(0, spot.index + spot[0].length)}${tag}${out.slice(spot.index + spot[0].length)}`;
    } else {
      const at = d.at % (out.length + 1);
      if (d.kind === 'cut') out = out.slice(0, at) + out.slice(at + d.length);
      else if (d.kind === 'repeat') out = out.slice(0, at) + out.slice(at, at + d.length) + out.slice(at);
    }
  }
  return out;
}
const damages = fc.array(damage, { minLength: 1, maxLength: 4 });

/** Checks a file reader against copies of a good file with one of its parts damaged. */
async function checkDamaged(good: Uint8Array, parts: RegExp, read: (bytes: Uint8Array) => Promise<ParseResult<unknown>>): Promise<void> {
  const files = await unzip(good);
  answered(await read(good));
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...Object.keys(files).filter((name) => parts.test(name))), damages, async (name, list) => {
      answered(await read(zip({ ...files, [name]: damaged(files[name] as string, list) })));
    }),
    { numRuns: 150 },
  );
}

describe('the file readers answer any damage to a file', () => {
  it('readWordTables, on the Word document the kit writes, one LibreOffice wrote and one with list styles, notes and colours', async () => {
    const document = writePlanDocument(analysePlan(torbay.value, { asOf: '2022-05-22' }));
    await checkDamaged(document, /document\.xml$/, (bytes) => readWordTables(bytes));
    const libreOffice = new Uint8Array(readFileSync(new URL('fixtures/libreoffice-plan.docx', import.meta.url)));
    await checkDamaged(libreOffice, /\.xml$|\.rels$/, (bytes) => readWordTables(bytes));
    // One with the parts the others lack: list numbering through a list style, footnotes and endnotes, RAG by colour, symbols.
    const listed = (ilvl: number) => `<w:p><w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="2"/></w:numPr></w:pPr></w:p>`;
    const noted = (text: string, kind: 'footnote' | 'endnote') => `<w:p>${run(text)}<w:r><w:${kind}Reference w:id="1"/></w:r></w:p>`;
    const lists = docx(
      [
        para('Focus Area 1 - JSNA', { style: 'Heading2' }),
        table(3, [
          ['Ref', 'Action', 'RAG'],
          [{ xml: listed(0) }, { xml: noted('Create a data group', 'footnote') }, { shading: 'w:val="clear" w:fill="FFC000"' }],
          [{ xml: listed(1) }, { xml: noted('Agree its terms', 'endnote') }, { shading: 'w:val="solid" w:color="00B050"' }],
          // A RAG shown by a coloured Wingdings dot, and a tick typed in the font.
          [
            '1.3',
            {
              xml: `<w:p>${run('Map the data ')}<w:r><w:rPr><w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings"/></w:rPr><w:t>ü</w:t></w:r></w:p>`,
            },
            { xml: '<w:p><w:r><w:rPr><w:color w:val="FF0000"/></w:rPr><w:sym w:font="Wingdings" w:char="F06C"/></w:r></w:p>' },
          ],
        ]),
      ].join(''),
      {
        styles:
          '<w:style w:type="numbering" w:styleId="PlanList"><w:name w:val="Plan list"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>',
        numbering:
          '<w:abstractNum w:abstractNumId="1"><w:styleLink w:val="PlanList"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlRestart w:val="0"/><w:lvlText w:val="%1.%2"/><w:pPr><w:ind w:left="720"/></w:pPr></w:lvl></w:abstractNum><w:abstractNum w:abstractNumId="2"><w:numStyleLink w:val="PlanList"/></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num>',
        footnotes: `<w:footnote w:id="1"><w:p>${run('Agreed by the board.')}</w:p></w:footnote>`,
        endnotes: `<w:endnote w:id="1"><w:p>${run('Minutes on the Local Offer.')}</w:p></w:endnote>`,
        // Notes numbered by the document's settings and its section's.
        settings: '<w:footnotePr><w:numFmt w:val="chicago"/><w:numStart w:val="2"/></w:footnotePr>',
        lastSection: '<w:footnotePr><w:numRestart w:val="eachSect"/></w:footnotePr>',
      },
    );
    await checkDamaged(lists, /\.xml$|\.rels$/, (bytes) => readWordTables(bytes));
    // 300 damaged documents take about 3 s on an idle machine, and ten times that while the browser
    // suites share its two cores: what is checked here is the answers, not their speed.
  }, 120_000);

  it('readWorkbook', async () => {
    const cells = (r: number, values: readonly string[]) =>
      `<row r="${r}">${values.map((v, c) => `<c r="${String.fromCharCode(65 + c)}${r}" t="inlineStr"><is><t>${v}</t></is></c>`).join('')}</row>`;
    const sheet =
      cells(1, ['Ref', 'Action', 'Lead', '% complete', 'Start', 'RAG']) +
      cells(2, ['Focus Area 1 - JSNA']) +
      // RAGs given by the cell's fill alone: solid red (style 5), the theme's accent 6 (style 11).
      cells(3, ['1.1', 'Agree the JSNA', 'TT', '50%']).replace('</row>', '<c r="E3" s="2"><v>44664</v></c><c r="F3" s="5"/></row>') +
      cells(4, ['1.2', 'Publish the JSNA', 'TT', '0%']).replace('</row>', '<c r="F4" s="11"/></row>') +
      // A RAG given by conditional formatting's traffic lights on a score.
      cells(5, ['1.3', 'Review the JSNA', 'TT', '0%']).replace('</row>', '<c r="F5"><v>2</v></c></row>') +
      // A tick in Wingdings (style 17), and a RAG given by a dot in red (style 19).
      cells(6, ['1.4', 'Publish the JSNA', 'TT', '0%']).replace(
        '</row>',
        '<c r="E6" s="17" t="inlineStr"><is><t>ü</t></is></c><c r="F6" s="19" t="inlineStr"><is><t>●</t></is></c></row>',
      );
    const files = workbook({ Plan: sheet }, ['Shared'], { merged: { Plan: ['C3:C4'] }, theme: true });
    files['xl/worksheets/sheet1.xml'] = (files['xl/worksheets/sheet1.xml'] as string).replace(
      '</worksheet>',
      '<conditionalFormatting sqref="F2:F5"><cfRule type="iconSet" priority="1"><iconSet iconSet="3TrafficLights1" showValue="0"><cfvo type="percent" val="0"/><cfvo type="percent" val="33"/><cfvo type="percentile" val="67"/></iconSet></cfRule></conditionalFormatting></worksheet>',
    );
    await checkDamaged(zip(files), /\.xml$|\.rels$/, (bytes) => readWorkbook(bytes));
  });

  it('readWorkbook, on OpenDocument spreadsheets: one LibreOffice Calc wrote, and one with styles, repeats and a comment', async () => {
    const calc = new Uint8Array(readFileSync(new URL('fixtures/libreoffice-tracker.ods', import.meta.url)));
    await checkDamaged(calc, /\.xml$|^mimetype$/, (bytes) => readWorkbook(bytes));
    const styled = ods(
      {
        Plan:
          textRow(['Ref', 'Action', 'RAG']) +
          `<table:table-row table:number-rows-repeated="2">${textCell('1A')}${textCell('Agree <text:s text:c="2"/>terms', 'table:number-rows-spanned="2"')}<table:table-cell table:style-name="ce1"/></table:table-row>` +
          `<table:table-row>${textCell('1B')}<table:table-cell office:value-type="string"><text:p><text:span text:style-name="T1">●</text:span></text:p><office:annotation><text:p>Check</text:p></office:annotation></table:table-cell><table:table-cell table:formula="of:=1"/></table:table-row>`,
        Hidden: textRow(['x']),
      },
      {
        automaticStyles:
          '<style:style style:name="ce1" style:family="table-cell" style:parent-style-name="Bad"/><style:style style:name="T1" style:family="text"><style:text-properties fo:color="#ff0000" style:font-name="Wingdings"/></style:style>',
        commonStyles:
          '<style:style style:name="Bad" style:family="table-cell"><style:table-cell-properties fo:background-color="#c00000"/></style:style>',
        fontFaces: '<style:font-face style:name="Wingdings" svg:font-family="Wingdings"/>',
        activeTable: 'Plan',
        tableStyles: { Hidden: 'ta2' },
      },
    );
    await checkDamaged(styled, /\.xml$|^mimetype$/, (bytes) => readWorkbook(bytes));
  }, 120_000);

  it('readWordTables, on OpenDocument text documents LibreOffice Writer wrote, and one with notes, lists and comments', async () => {
    for (const name of ['libreoffice-plan.odt', 'libreoffice-lists.odt']) {
      const writer = new Uint8Array(readFileSync(new URL(`fixtures/${name}`, import.meta.url)));
      await checkDamaged(writer, /\.xml$|^mimetype$/, (bytes) => readWordTables(bytes));
    }
    const note =
      '<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>Agreed.</text:p></text:note-body></text:note>';
    const lists =
      '<text:list-style style:name="L1"><text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1"/><text:list-level-style-number text:level="2" style:num-format="a" text:display-levels="2"/></text:list-style>';
    const body =
      '<text:h text:outline-level="2">Focus Area 1: JSNA</text:h>' +
      odtTable(
        [
          ['Ref', 'Action', 'Lead'],
          [
            '<text:list text:style-name="L1"><text:list-item><text:list><text:list-item><text:p>One</text:p></text:list-item></text:list></text:list-item></text:list>',
            `<text:p>Agree<text:s text:c="2"/>terms${note}<office:annotation><text:p>Check</text:p></office:annotation></text:p>`,
            '<table:table-cell table:number-rows-spanned="2" office:value-type="string"><text:p>TT</text:p></table:table-cell>',
          ],
          ['1.2', '<text:p><text:a xlink:href="https://example.org">Publish</text:a></text:p>', null],
        ],
        { header: 1 },
      );
    await checkDamaged(odt(body, { automaticStyles: lists }), /\.xml$|^mimetype$/, (bytes) => readWordTables(bytes));
  }, 120_000);

  it('readProjectXml', () => {
    const text = readFileSync(new URL('fixtures/torbay-project.xml', import.meta.url), 'utf8');
    answered(readProjectXml(text));
    fc.assert(
      fc.property(damages, (list) => answered(readProjectXml(damaged(text, list)))),
      { numRuns: 150 },
    );
  });
});
