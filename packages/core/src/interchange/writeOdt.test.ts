import { describe, expect, it } from 'vitest';
import { analysePlan } from '../analysis/analysePlan.js';
import { parsePlan } from '../model/parsePlan.js';
import type { Plan, PlanInput } from '../model/plan.js';
import { DOCUMENT_MEDIA_TYPES, writePlanDocument } from '../report/writePlanDocument.js';
import { samplePlans } from '../samples/index.js';
import { unzip } from './fixtures/xlsx.js';
import { readWordTables } from './readWordTables.js';
import { children, readXml, type XmlElement } from './readXml.js';
import type { DocxSpec } from './writeDocx.js';
import { ODT_MEDIA_TYPE, writeOdt } from './writeOdt.js';

function parsed(input: PlanInput): Plan {
  const result = parsePlan(input);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result.value;
}

async function part(bytes: Uint8Array, name: string): Promise<XmlElement> {
  const read = readXml((await unzip(bytes))[name] ?? '', { mixed: true });
  if (!read.ok) throw new Error(`${name} is not XML`);
  return read.root;
}

/** The elements named, at any depth, in document order. */
function all(element: XmlElement, name: string): XmlElement[] {
  return element.children.flatMap((child) => [...(child.name === name ? [child] : []), ...all(child, name)]);
}

/** An element as its markup's outline: each element by name and attributes, text as it is. */
function outline(element: XmlElement): string {
  const attributes = Object.entries(element.attributes)
    .map(([name, value]) => ` ${name}="${value}"`)
    .join('');
  const inner = (element.content ?? []).map((c) => (typeof c === 'string' ? c : outline(c))).join('');
  return `<${element.name}${attributes}>${inner}</${element.name}>`;
}

const body = async (bytes: Uint8Array) => all(await part(bytes, 'content.xml'), 'text')[0] as XmlElement;

const spec: DocxSpec = {
  title: 'Testshire plan',
  author: 'Testshire Council',
  language: 'en-GB',
  footer: 'Testshire plan, progress as of 22 May 2022',
  body: [
    { style: 'Title', runs: ['Testshire plan'] },
    { runs: [{ anchor: '_Toc1', text: 'The actions' }] },
    { style: 'Heading2', bookmark: '_Toc1', runs: ['The actions'] },
    { keepNext: true, runs: [{ bold: 'Leads: ' }, 'AB  and CD'] },
    { indent: 454, runs: [' under its parent\nsecond line\tafter a tab'] },
    {
      runs: [{ link: 'https://example.org/plan?a=1&b=2', text: 'The plan' }, ' and ', { link: 'javascript:alert(1)', text: 'not a link' }],
    },
    {
      table: {
        caption: 'Actions',
        description: 'Each action with its RAG.',
        header: ['Ref', 'RAG'],
        widths: [1_000, 2_000],
        rows: [
          [{ paragraphs: [{ runs: ['1.1'] }] }, { paragraphs: [{ runs: ['Red'] }, { runs: ['behind'] }], fill: 'F6D7D2' }],
          [{ paragraphs: [{ runs: ['1.2'] }] }, { paragraphs: [], fill: 'url(evil)' }],
        ],
      },
    },
    { table: { caption: 'Actions', description: 'Again.', header: ['Ref'], widths: [3_000], rows: [] } },
  ],
};

describe('writeOdt', () => {
  const bytes = writeOdt(spec);

  it('writes an OpenDocument text package, titled, with its author and language, the same bytes each time', async () => {
    expect(new TextDecoder().decode(bytes.slice(38, 38 + ODT_MEDIA_TYPE.length))).toBe(ODT_MEDIA_TYPE);
    expect(Object.keys(await unzip(bytes))).toEqual(['mimetype', 'content.xml', 'styles.xml', 'meta.xml', 'META-INF/manifest.xml']);
    const meta = all(await part(bytes, 'meta.xml'), 'meta')[0] as XmlElement;
    expect(meta.children.map((c) => [c.name, c.text])).toEqual([
      ['generator', 'wsoa-kit'],
      ['title', 'Testshire plan'],
      ['initial-creator', 'Testshire Council'],
      ['creator', 'Testshire Council'],
      ['language', 'en-GB'],
    ]);
    expect(writeOdt(spec)).toEqual(bytes);
  });

  it('writes the title, headings with outline levels and bookmarks, bold runs, spaces, line breaks and tabs', async () => {
    const paragraphs = (await body(bytes)).children.filter((c) => c.name !== 'table').map(outline);
    expect(paragraphs).toEqual([
      '<p text:style-name="Title">Testshire plan</p>',
      '<p text:style-name="Standard"><a xlink:type="simple" xlink:href="#_Toc1" text:style-name="Internet_20_link" text:visited-style-name="Visited_20_Internet_20_Link">The actions</a></p>',
      '<h text:style-name="Heading_20_2" text:outline-level="2"><bookmark-start text:name="_Toc1"></bookmark-start>The actions<bookmark-end text:name="_Toc1"></bookmark-end></h>',
      // A space at either end of a run is written as text:s, so that no reader drops or merges it.
      '<p text:style-name="P1"><span text:style-name="Strong_20_Emphasis">Leads:<s></s></span>AB <s text:c="1"></s>and CD</p>',
      '<p text:style-name="P2"><s></s>under its parent<line-break></line-break>second line<tab></tab>after a tab</p>',
      // A link to anything but a web page or an email address is kept as its text alone.
      '<p text:style-name="Standard"><a xlink:type="simple" xlink:href="https://example.org/plan?a=1&b=2" text:style-name="Internet_20_link" text:visited-style-name="Visited_20_Internet_20_Link">The plan</a><s></s>and<s></s>not a link</p>',
    ]);
    const styles = all(await part(bytes, 'content.xml'), 'style').filter((s) => s.attributes['style:family'] === 'paragraph');
    expect(styles.map(outline)).toEqual([
      '<style style:name="P1" style:family="paragraph" style:parent-style-name="Standard"><paragraph-properties fo:keep-with-next="always"></paragraph-properties></style>',
      // 454 twentieths of a point, 0.8 cm.
      '<style style:name="P2" style:family="paragraph" style:parent-style-name="Standard"><paragraph-properties fo:margin-left="0.3153in"></paragraph-properties></style>',
    ]);
  });

  it('writes each table with its alt text, widths, a header row repeated on each page, and a fill only as a colour', async () => {
    const tables = (await body(bytes)).children.filter((c) => c.name === 'table');
    expect(tables.map((t) => [t.attributes['table:name'], children(t, 'title')[0]?.text, children(t, 'desc')[0]?.text])).toEqual([
      ['Actions', 'Actions', 'Each action with its RAG.'],
      // Table names differ in a document: the second "Actions" is named apart, its title kept.
      ['Actions (2)', 'Actions', 'Again.'],
    ]);
    const first = tables[0] as XmlElement;
    const header = children(first, 'table-header-rows')[0];
    expect(all(header as XmlElement, 'p').map(outline)).toEqual([
      '<p text:style-name="Table_20_Heading">Ref</p>',
      '<p text:style-name="Table_20_Heading">RAG</p>',
    ]);
    const rows = children(first, 'table-row').map((row) =>
      children(row, 'table-cell').map((cell) => [cell.attributes['table:style-name'], all(cell, 'p').map((p) => p.text)]),
    );
    // An empty cell has an empty paragraph; a fill that is not a colour is not written.
    expect(rows).toEqual([
      [
        ['Cell1', ['1.1']],
        ['Cell2', ['Red', 'behind']],
      ],
      [
        ['Cell1', ['1.2']],
        ['Cell1', ['']],
      ],
    ]);
    const content = await part(bytes, 'content.xml');
    const styled = (name: string) => all(content, 'style').find((s) => s.attributes['style:name'] === name) as XmlElement;
    expect(children(styled('Cell2'), 'table-cell-properties')[0]?.attributes['fo:background-color']).toBe('#f6d7d2');
    expect(children(styled('Cell1'), 'table-cell-properties')[0]?.attributes['fo:background-color']).toBeUndefined();
    expect(all(content, 'table-column-properties').map((p) => p.attributes['style:column-width'])).toEqual([
      '0.6944in',
      '1.3889in',
      '2.0833in',
    ]);
    expect(all(content, 'table-row-properties')[0]?.attributes['fo:keep-together']).toBe('always');
  });

  it('prints A4 landscape with the footer’s text and the page number and count on each page', async () => {
    const styles = await part(bytes, 'styles.xml');
    const page = all(styles, 'page-layout-properties')[0]?.attributes;
    expect([page?.['fo:page-width'], page?.['fo:page-height'], page?.['style:print-orientation']]).toEqual([
      '11.6931in',
      '8.2681in',
      'landscape',
    ]);
    expect(outline(all(styles, 'footer')[0] as XmlElement)).toBe(
      '<footer><p text:style-name="Footer">Testshire plan, progress as of 22 May 2022 · Page<s></s><page-number text:select-page="current">1</page-number> of <page-count>1</page-count></p></footer>',
    );
    const headings = all(styles, 'style').filter((s) => s.attributes['style:default-outline-level'] !== undefined);
    expect(headings.map((h) => [h.attributes['style:name'], h.attributes['style:default-outline-level']])).toEqual(
      [1, 2, 3, 4, 5, 6, 7, 8, 9].map((level) => [`Heading_20_${level}`, String(level)]),
    );
    const defaults = all(styles, 'default-style')[0];
    expect(children(defaults, 'text-properties')[0]?.attributes).toEqual({
      'style:font-name': 'Arial',
      'fo:font-size': '11pt',
      'fo:language': 'en',
      'fo:country': 'GB',
    });
  });
});

describe('writePlanDocument as OpenDocument text', () => {
  it('reads back through readWordTables exactly as the Word document does: every table, cell, fill and note', async () => {
    for (const [sample, asOf] of [
      [samplePlans.torbay, '2022-05-22'],
      [samplePlans.northbrook, '2024-11-22'],
    ] as const) {
      const analysis = analysePlan(parsed(sample), { asOf });
      const options = { period: { from: '2022-04-01', to: '2022-04-30' }, risks: true } as const;
      const [odt, docx] = await Promise.all([
        readWordTables(writePlanDocument(analysis, { ...options, format: 'odt' })),
        readWordTables(writePlanDocument(analysis, options)),
      ]);
      if (!odt.ok || !docx.ok) throw new Error('not read');
      expect(odt.value.tables.length).toBeGreaterThan(10);
      expect(odt.value).toEqual(docx.value);
    }
  });

  it('gives each format its media type', () => {
    expect(DOCUMENT_MEDIA_TYPES).toEqual({
      docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      odt: 'application/vnd.oasis.opendocument.text',
    });
  });
});
