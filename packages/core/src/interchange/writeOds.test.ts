import { describe, expect, it } from 'vitest';
import { unzip } from './fixtures/xlsx.js';
import { readWorkbook } from './readWorkbook.js';
import { children, readXml, type XmlElement } from './readXml.js';
import { writeOds } from './writeOds.js';
import { WORKBOOK_MEDIA_TYPES } from './writeWorkbook.js';

/** A part of the file, parsed. */
async function part(bytes: Uint8Array, name: string): Promise<XmlElement> {
  const parsed = readXml((await unzip(bytes))[name] ?? '');
  if (!parsed.ok) throw new Error(`${name} is not XML`);
  return parsed.root;
}

/** An element's paragraphs' own text, joined by line breaks. */
const paragraphText = (element: XmlElement | undefined) =>
  children(element, 'p')
    .map((p) => p.text)
    .join('\n');

/** The elements named, at any depth, in document order. */
function all(element: XmlElement, name: string): XmlElement[] {
  return element.children.flatMap((child) => [...(child.name === name ? [child] : []), ...all(child, name)]);
}

describe('writeOds', () => {
  it('writes an OpenDocument package: its media type first and stored, then the parts its manifest lists', async () => {
    const bytes = writeOds([{ name: 'Plan', rows: [['Ref']] }], { title: 'Torbay & Devon plan' });
    // A reader tells the type from the first bytes: "PK", the local header, then "mimetype" and its text, uncompressed.
    expect(new TextDecoder().decode(bytes.slice(30, 38 + WORKBOOK_MEDIA_TYPES.ods.length))).toBe(`mimetype${WORKBOOK_MEDIA_TYPES.ods}`);
    expect(new DataView(bytes.buffer).getUint16(8, true)).toBe(0); // stored, not deflated
    const files = await unzip(bytes);
    expect(Object.keys(files)).toEqual(['mimetype', 'content.xml', 'styles.xml', 'settings.xml', 'meta.xml', 'META-INF/manifest.xml']);
    const manifest = await part(bytes, 'META-INF/manifest.xml');
    expect(children(manifest, 'file-entry').map((e) => [e.attributes['manifest:full-path'], e.attributes['manifest:media-type']])).toEqual([
      ['/', WORKBOOK_MEDIA_TYPES.ods],
      ['content.xml', 'text/xml'],
      ['styles.xml', 'text/xml'],
      ['settings.xml', 'text/xml'],
      ['meta.xml', 'text/xml'],
    ]);
    const meta = all(await part(bytes, 'meta.xml'), 'title')[0];
    expect(meta?.text).toBe('Torbay & Devon plan');
    // The same sheets give the same bytes: nothing in the file is dated.
    expect(writeOds([{ name: 'Plan', rows: [['Ref']] }], { title: 'Torbay & Devon plan' })).toEqual(bytes);
  });

  it('writes text as paragraphs, keeping runs of spaces, spaces at either end, tabs and line breaks, and reads back the same', async () => {
    const texts = ['Two  spaces and three   here', ' leading and trailing ', 'a\ttab', 'line one\nline two\r\nline three', '=SUM(A1:A2)'];
    const bytes = writeOds([{ name: 'Text', rows: texts.map((text) => [text]) }]);
    const content = await unzip(bytes);
    expect(content['content.xml']).toContain('<text:p>Two <text:s text:c="1"/>spaces and three <text:s text:c="2"/>here</text:p>');
    expect(content['content.xml']).toContain('<text:p><text:s/>leading and trailing<text:s/></text:p>');
    expect(content['content.xml']).toContain('<text:p>line one</text:p><text:p>line two</text:p><text:p>line three</text:p>');
    // A cell that looks like a formula is a string, with no formula for a spreadsheet to run.
    expect(content['content.xml']).not.toContain('table:formula');
    const read = await readWorkbook(bytes);
    if (!read.ok) throw new Error('not read');
    expect(read.value.text).toBe(
      ['Two  spaces and three   here', ' leading and trailing ', '"a\ttab"', '"line one\nline two\nline three"', '=SUM(A1:A2)'].join('\n') +
        '\n',
    );
  });

  it('writes dates and percentages as values, shown as dd/mm/yyyy and a whole percentage', async () => {
    const bytes = writeOds([{ name: 'Dates', rows: [[{ date: '2022-04-13' }, { percent: 0.455 }, { bold: 'Total' }]] }]);
    const cells = all(await part(bytes, 'content.xml'), 'table-cell');
    expect(cells.map((cell) => [cell.attributes['table:style-name'], cell.attributes['office:value-type'], paragraphText(cell)])).toEqual([
      ['ce3', 'date', '13/04/2022'],
      ['ce6', 'percentage', '46%'],
      ['ce1', 'string', 'Total'],
    ]);
    expect([cells[0]?.attributes['office:date-value'], cells[1]?.attributes['office:value']]).toEqual(['2022-04-13', '0.455']);
    const styles = all(await part(bytes, 'content.xml'), 'style').filter((s) => s.attributes['style:family'] === 'table-cell');
    const ofStyle = (name: string) => styles.find((s) => s.attributes['style:name'] === name);
    expect([ofStyle('ce3')?.attributes['style:data-style-name'], ofStyle('ce6')?.attributes['style:data-style-name']]).toEqual([
      'N1',
      'N2',
    ]);
    expect(children(ofStyle('ce1'), 'text-properties')[0]?.attributes['fo:font-weight']).toBe('bold');
    const read = await readWorkbook(bytes);
    // The percentage reads from its value, not as the sheet rounds it.
    expect(read.ok && read.value.text).toBe('13/04/2022\t45.5%\tTotal\n');
  });

  it('sets each column’s width as Excel’s would be, a header kept in view and printed on each page, and the sheet it opens at', async () => {
    const bytes = writeOds([
      {
        name: 'Returns',
        header: true,
        widths: [8, 40, 8],
        rows: [
          ['Ref', 'Action', 'Lead'],
          ['1A', 'Create a group', 'JC'],
        ],
      },
      { name: 'Guidance', widths: [100], rows: [['Fill in the shaded columns.']] },
    ]);
    const content = await part(bytes, 'content.xml');
    const widths = all(content, 'table-column-properties').map((p) => p.attributes['style:column-width']);
    // 8 characters: (8 × 7 + 5) pixels at 96 to the inch; 40 and 100 likewise. The two 8s share a style.
    expect(widths).toEqual(['0.6354in', '2.9688in', '7.3438in']);
    const tables = all(content, 'table');
    expect(
      tables.map((t) => [t.attributes['table:name'], children(t, 'table-column').map((c) => c.attributes['table:style-name'])]),
    ).toEqual([
      ['Returns', ['co1', 'co2', 'co1']],
      ['Guidance', ['co3']],
    ]);
    expect(children(tables[0], 'table-header-rows')).toHaveLength(1);
    expect(children(tables[1], 'table-header-rows')).toHaveLength(0);
    const settings = await part(bytes, 'settings.xml');
    const item = (entry: XmlElement | undefined, name: string) =>
      children(entry, 'config-item').find((i) => i.attributes['config:name'] === name)?.text;
    const view = all(settings, 'config-item-map-entry')[0];
    expect(item(view, 'ActiveTable')).toBe('Returns');
    const frozen = all(settings, 'config-item-map-entry').filter((e) => e.attributes['config:name'] !== undefined);
    expect(frozen.map((e) => [e.attributes['config:name'], item(e, 'VerticalSplitMode'), item(e, 'VerticalSplitPosition')])).toEqual([
      ['Returns', '2', '1'],
    ]);
    const read = await readWorkbook(bytes);
    expect(read.ok && [read.value.sheet, read.value.sheets]).toEqual(['Returns', ['Returns', 'Guidance']]);
  });

  it('checks what is typed in a column as Calc writes its checks: a list warns, a percentage stops', async () => {
    const bytes = writeOds([
      {
        name: "Lead's returns",
        header: true,
        rows: [
          ['Ref', '% Complete', 'RAG'],
          ['1A', { input: 'percent' }, { input: 'text' }],
        ],
        validations: [
          { column: 1, kind: 'percent', prompt: 'From 0% to 100%' },
          { column: 2, kind: 'list', values: ['Blue', 'Say "no"'], prompt: 'One of Blue, Say "no"' },
        ],
      },
    ]);
    const content = await part(bytes, 'content.xml');
    const checks = all(content, 'content-validation');
    expect(
      checks.map((c) => [
        c.attributes['table:name'],
        c.attributes['table:condition'],
        c.attributes['table:base-cell-address'],
        children(c, 'error-message')[0]?.attributes['table:message-type'],
        paragraphText(children(c, 'help-message')[0]),
      ]),
    ).toEqual([
      ['val1', 'of:cell-content-is-decimal-number() and cell-content-is-between(0,1)', "'Lead''s returns'.B2", 'stop', 'From 0% to 100%'],
      ['val2', 'of:cell-content-is-in-list("Blue";"Say ""no""")', "'Lead''s returns'.C2", 'warning', 'One of Blue, Say "no"'],
    ]);
    const rows = all(content, 'table-row');
    const cell = (r: number, c: number) => children(rows[r], 'table-cell')[c]?.attributes;
    // The header row has no check; the cells to fill in are shaded, and the percentage formatted.
    expect(cell(0, 1)?.['table:content-validation-name']).toBeUndefined();
    expect([cell(1, 1), cell(1, 2)]).toEqual([
      { 'table:style-name': 'ce4', 'table:content-validation-name': 'val1' },
      { 'table:style-name': 'ce5', 'table:content-validation-name': 'val2' },
    ]);
    const fills = all(content, 'table-cell-properties').map((p) => p.attributes['fo:background-color']);
    expect(fills.filter((f) => f !== undefined)).toEqual(['#fff2cc', '#fff2cc']);
  });

  it('writes the rows a check covers, to the second at least, and a sheet name Calc allows', async () => {
    const bytes = writeOds([
      {
        name: "'Returns: June'",
        header: true,
        rows: [['Ref', 'RAG']],
        validations: [{ column: 1, kind: 'list', values: ['Red'], prompt: 'Red' }],
      },
    ]);
    const content = await part(bytes, 'content.xml');
    const table = all(content, 'table')[0];
    expect(table?.attributes['table:name']).toBe('Returns  June');
    // Row 2 is written for its check, as the Excel workbook's check covers it.
    const rows = all(content, 'table-row');
    expect(rows.map((row) => children(row, 'table-cell').map((c) => c.attributes['table:content-validation-name'] ?? ''))).toEqual([
      ['', ''],
      ['', 'val1'],
    ]);
  });
});
