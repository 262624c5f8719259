import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readWordTables } from './readWordTables.js';
import { readWorkbook } from './readWorkbook.js';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`fixtures/${name}`, import.meta.url)));
const bytes = (text: string) => new TextEncoder().encode(text);

/** A flat spreadsheet of one sheet of text rows, its office namespace under the prefix given. */
const flatSheet = (rows: readonly (readonly string[])[], { prefix = 'office', before = '<?xml version="1.0" encoding="UTF-8"?>' } = {}) =>
  `${before}<${prefix}:document xmlns:${prefix}="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" ${prefix}:version="1.2" ${prefix}:mimetype="application/vnd.oasis.opendocument.spreadsheet"><${prefix}:body><${prefix}:spreadsheet><table:table table:name="Returns">${rows
    .map(
      (cells) =>
        `<table:table-row>${cells.map((cell) => `<table:table-cell ${prefix}:value-type="string"><text:p>${cell}</text:p></table:table-cell>`).join('')}</table:table-row>`,
    )
    .join('')}</table:table></${prefix}:spreadsheet></${prefix}:body></${prefix}:document>`;

// libreoffice-tracker.fods and libreoffice-plan.fodt: libreoffice-tracker.ods and libreoffice-plan.odt
// saved as Flat XML by LibreOffice 7.4 (soffice --headless --convert-to fods, and fodt).
describe('flat OpenDocument files (.fods, .fodt)', () => {
  it('reads a flat spreadsheet Calc saved as it reads the same spreadsheet packaged, sheet by sheet', async () => {
    for (const sheet of [undefined, 'Summary']) {
      const options = sheet === undefined ? {} : { sheet };
      const [flat, packaged] = await Promise.all([
        readWorkbook(fixture('libreoffice-tracker.fods'), options),
        readWorkbook(fixture('libreoffice-tracker.ods'), options),
      ]);
      if (!flat.ok || !packaged.ok) throw new Error('not read');
      expect([flat.value.sheet, flat.value.sheets, flat.value.text]).toEqual([
        packaged.value.sheet,
        packaged.value.sheets,
        packaged.value.text,
      ]);
      // Calc's conversion left out the .ods's one comment (on H7), so only its note differs.
      expect(flat.value.notes).toEqual(packaged.value.notes.filter((note) => !note.startsWith('A comment on a cell')));
    }
    expect(new TextDecoder().decode(fixture('libreoffice-tracker.fods'))).not.toContain('office:annotation');
  });

  it('reads a flat text document Writer saved exactly as it reads the same document packaged', async () => {
    const [flat, packaged] = await Promise.all([
      readWordTables(fixture('libreoffice-plan.fodt')),
      readWordTables(fixture('libreoffice-plan.odt')),
    ]);
    expect(flat.ok && flat.value.tables.length).toBeGreaterThan(0);
    expect(flat).toEqual(packaged);
  });

  it('reads one after a byte order mark and comments, whatever prefix it gives the office namespace', async () => {
    const rows = [
      ['Ref', 'RAG'],
      ['1A', 'Red'],
    ];
    for (const text of [
      flatSheet(rows),
      flatSheet(rows, { prefix: 'o', before: '\uFEFF<?xml version="1.0"?>\n<!-- saved by hand -->\n' }),
    ]) {
      const read = await readWorkbook(bytes(text));
      expect(read.ok && [read.value.sheet, read.value.text]).toEqual(['Returns', 'Ref\tRAG\n1A\tRed\n']);
    }
  });

  it('says what a flat file is when it is of the other kind, of another kind, or not well-formed', async () => {
    const problem = async (read: Promise<{ ok: boolean; problems: readonly { message: string }[] }>) =>
      (await read).problems.map((p) => p.message);
    expect(await problem(readWorkbook(fixture('libreoffice-plan.fodt')))).toEqual([
      '(root): expected an Excel workbook (.xlsx) or OpenDocument spreadsheet (.ods or .fods), found an OpenDocument text document: open it as a Word document.',
    ]);
    expect(await problem(readWordTables(fixture('libreoffice-tracker.fods')))).toEqual([
      '(root): expected a Word document (.docx) or OpenDocument text document (.odt or .fodt), found an OpenDocument spreadsheet: open it as a workbook.',
    ]);
    const presentation = flatSheet([['Slide']]).replace('opendocument.spreadsheet"', 'opendocument.presentation"');
    expect(await problem(readWordTables(bytes(presentation)))).toEqual([
      '(root): expected a Word document (.docx) or OpenDocument text document (.odt or .fodt), found an OpenDocument file of another kind (application/vnd.oasis.opendocument.presentation).',
    ]);
    const cut = flatSheet([['Ref']]).replace('</office:body>', '');
    // Where the document's end tag comes where the body's should, on its one line.
    const column = cut.indexOf('</office:document>') + 1;
    expect(await problem(readWorkbook(bytes(cut)))).toEqual([
      `(root): expected an OpenDocument spreadsheet whose parts can be read, found a flat OpenDocument file that is not well-formed XML (line 1, column ${column}: expected </body> to close <body>, found </office:document>).`,
    ]);
    // XML of another kind (Project's) is still no workbook.
    expect(await problem(readWorkbook(bytes('<?xml version="1.0"?><Project xmlns="http://schemas.microsoft.com/project"/>')))).toEqual([
      '(root): expected an Excel workbook (.xlsx) or OpenDocument spreadsheet (.ods), which is a ZIP archive, found a file that is not a ZIP archive.',
    ]);
  });
});
