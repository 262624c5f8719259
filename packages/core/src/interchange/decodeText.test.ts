import { describe, expect, it } from 'vitest';
import { decodeText } from './decodeText.js';
import { readProjectTable } from './readProjectTable.js';

const utf8 = (text: string) => new TextEncoder().encode(text);
const bytes = (...parts: (string | number)[]) =>
  new Uint8Array(parts.flatMap((part) => (typeof part === 'number' ? [part] : [...part].map((c) => c.charCodeAt(0)))));
const utf16 = (text: string, order: 'le' | 'be', bom: boolean) =>
  new Uint8Array([
    ...(bom ? (order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]) : []),
    ...[...text].flatMap((c) => {
      const code = c.charCodeAt(0);
      return order === 'le' ? [code & 0xff, code >> 8] : [code >> 8, code & 0xff];
    }),
  ]);

describe('decodeText', () => {
  it('reads UTF-8 as it is, with or without a byte order mark, and says nothing of it', () => {
    const text = 'Ref,Action,Lead\r\n1.1,Agree the £50k budget – with ‘parents’,Zoë\r\n';
    expect(decodeText(utf8(text))).toEqual({ ok: true, value: { text, encoding: 'UTF-8', notes: [] }, problems: [] });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]))).toEqual({
      ok: true,
      value: { text, encoding: 'UTF-8', notes: [] },
      problems: [],
    });
    expect(decodeText(new Uint8Array())).toEqual({ ok: true, value: { text: '', encoding: 'UTF-8', notes: [] }, problems: [] });
  });

  it('reads a CSV Excel saved on Windows (Windows-1252) with its £, dashes and quotes, and names the lines to check', () => {
    // As Excel's "CSV (Comma delimited)" writes it: £ is 0xA3, – 0x96, ‘ ’ 0x91 0x92, ë 0xEB, € 0x80.
    const csv = bytes(
      'Ref,Action,Lead\r\n1.1,Agree the ',
      0xa3,
      '50k budget ',
      0x96,
      ' with ',
      0x91,
      'parents',
      0x92,
      ',Zo',
      0xeb,
      '\r\n1.2,Map the data,TT\r\n1.3,Spend ',
      0x80,
      '5k,TT\r\n',
    );
    expect(decodeText(csv)).toEqual({
      ok: true,
      value: {
        text: 'Ref,Action,Lead\r\n1.1,Agree the £50k budget – with ‘parents’,Zoë\r\n1.2,Map the data,TT\r\n1.3,Spend €5k,TT\r\n',
        encoding: 'Windows-1252',
        notes: [
          'The file is not UTF-8, so it was read as Windows-1252, the encoding Excel on Windows saves "CSV (Comma delimited)" in. Check the characters beyond plain text ("£", "–", "‘", "’", "ë", "€") on lines 2, 4; to be sure of them, save the file as "CSV UTF-8".',
        ],
      },
      problems: [],
    });
  });

  it('reads every byte from 0x80 to 0xFF as Windows-1252 does, not as Latin-1’s control characters', () => {
    const decoded = decodeText(new Uint8Array(Array.from({ length: 128 }, (_, i) => 0x80 + i)));
    // 0x81, 0x8D, 0x8F, 0x90 and 0x9D have no character in Windows-1252 and stay control characters.
    const high = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
    const latin1 = Array.from({ length: 96 }, (_, i) => String.fromCharCode(0xa0 + i)).join('');
    expect(decoded.ok && decoded.value.text).toBe(high + latin1);
    expect(decoded.ok && decoded.value.encoding).toBe('Windows-1252');
  });

  it('reads a CSV Excel for Mac saved (Mac Roman) as that, as Windows-1252 would put capitals inside words and dashes alone', () => {
    // As Mac Roman writes it: – is 0xD0, ’ 0xD5, “ ” 0xD2 0xD3, é 0x8E, … 0xC9, £ 0xA3 (as in Windows-1252).
    const csv = bytes(
      'Ref,Action,Lead\r\n1.1,Focus Area 1 ',
      0xd0,
      ' JSNA: don',
      0xd5,
      't wait,TT\r\n1.2,Run the ',
      0xd2,
      'drop-in',
      0xd3,
      ' caf',
      0x8e,
      ' for ',
      0xa3,
      '5k',
      0xc9,
      ',TT\r\n',
    );
    expect(decodeText(csv)).toEqual({
      ok: true,
      value: {
        text: 'Ref,Action,Lead\r\n1.1,Focus Area 1 – JSNA: don’t wait,TT\r\n1.2,Run the “drop-in” café for £5k…,TT\r\n',
        encoding: 'Mac Roman',
        notes: [
          // Read as Windows-1252: "1 Ð JSNA", "donÕt", "drop-inÓ", "cafŽ", "5kÉ".
          'The file is not UTF-8, and read as Windows-1252 it would have 5 characters where no text puts them (as "donÕt" for "don’t"), against 0 read as Mac Roman, the encoding Excel for Mac saves "Comma Separated Values" in: so it was read as Mac Roman. Check the characters beyond plain text ("–", "’", "“", "”", "é", "£", "…") on lines 2, 3; to be sure of them, save the file as "CSV UTF-8".',
        ],
      },
      problems: [],
    });
  });

  it('keeps to Windows-1252 where Mac Roman would read no better: accents within words, or punctuation alone', () => {
    // "Zoë" (0xEB) and "naïve" (0xEF) read as Mac Roman would be "ZoÎ" and "naÔve"; "1 – 2" (0x96) "1 ñ 2".
    const windows = bytes('Zo', 0xeb, ' and a na', 0xef, 've plan, 1 ', 0x96, ' 2\n');
    expect(decodeText(windows)).toMatchObject({
      value: { text: 'Zoë and a naïve plan, 1 – 2\n', encoding: 'Windows-1252' },
    });
    // £ is the same byte in both: nothing tells them apart, so Windows-1252, the commoner, is taken.
    expect(decodeText(bytes(0xa3, '5k\n'))).toMatchObject({ value: { text: '£5k\n', encoding: 'Windows-1252' } });
    // An Irish name: "Ó" standing alone counts against Windows-1252, and "ú" read as Mac Roman's "˙"
    // against Mac Roman; on a tie, Windows-1252 again.
    expect(
      decodeText(
        bytes(
          0xd3,
          ' Súilleabháin'.replace(/[úá]/g, (c) => String.fromCharCode(c === 'ú' ? 0xfa : 0xe1)),
          '\n',
        ),
      ),
    ).toMatchObject({
      value: { text: 'Ó Súilleabháin\n', encoding: 'Windows-1252' },
    });
  });

  it('reads every byte from 0x80 to 0xFF as Mac Roman does, as Python’s mac_roman codec and WHATWG’s "macintosh" do', () => {
    // Each byte between "x" and "y", so that each is a letter within a word or a sign, and an XML declaration names the encoding.
    const high = Array.from({ length: 128 }, (_, i) => 0x80 + i);
    const decoded = decodeText(bytes('<?xml version="1.0" encoding="macintosh"?>', ...high));
    expect(decoded.ok && decoded.value.encoding).toBe('Mac Roman');
    expect(decoded.ok && decoded.value.text.slice('<?xml version="1.0" encoding="macintosh"?>'.length)).toBe(
      'ÄÅÇÉÑÖÜáàâäãåçéèêëíìîïñóòôöõúùûü†°¢£§•¶ß®©™´¨≠ÆØ∞±≤≥¥µ∂∑∏π∫ªºΩæø¿¡¬√ƒ≈∆«»…\u00a0ÀÃÕŒœ–—“”‘’÷◊ÿŸ⁄€‹›ﬁﬂ‡·‚„‰ÂÊÁËÈÍÎÏÌÓÔ\uf8ffÒÚÛÙıˆ˜¯˘˙˚¸˝˛ˇ',
    );
  });

  it('reads UTF-16 (Excel’s "Unicode Text") by its byte order mark, or by its zero bytes without one', () => {
    const text = 'Ref\tAction\r\n1.1\tCafé – “drop-in”\r\n';
    expect(decodeText(utf16(text, 'le', true))).toEqual({ ok: true, value: { text, encoding: 'UTF-16LE', notes: [] }, problems: [] });
    expect(decodeText(utf16(text, 'be', true))).toEqual({ ok: true, value: { text, encoding: 'UTF-16BE', notes: [] }, problems: [] });
    expect(decodeText(utf16(text, 'le', false))).toEqual({ ok: true, value: { text, encoding: 'UTF-16LE', notes: [] }, problems: [] });
    expect(decodeText(utf16(text, 'be', false))).toEqual({ ok: true, value: { text, encoding: 'UTF-16BE', notes: [] }, problems: [] });
  });

  it('takes an XML declaration of Latin-1 or Windows-1252 at its word', () => {
    const xml = bytes(
      '<?xml version="1.0" encoding="ISO-8859-1"?>\n<Project><Name>Budget ',
      0xa3,
      '50k ',
      0x96,
      ' Torbay</Name></Project>',
    );
    expect(decodeText(xml)).toEqual({
      ok: true,
      value: {
        text: '<?xml version="1.0" encoding="ISO-8859-1"?>\n<Project><Name>Budget £50k – Torbay</Name></Project>',
        encoding: 'Windows-1252',
        notes: [],
      },
      problems: [],
    });
    // Declared UTF-8 and written so: read as UTF-8.
    const declared = '<?xml version="1.0" encoding="UTF-8"?>\n<Project><Name>Budget £50k</Name></Project>';
    expect(decodeText(utf8(declared)).ok && decodeText(utf8(declared))).toMatchObject({ value: { text: declared, encoding: 'UTF-8' } });
  });

  it('says what a file that is not text looks like, rather than reading it as stray characters', () => {
    const found = (file: Uint8Array) => {
      const decoded = decodeText(file);
      return decoded.ok ? decoded.value.text : decoded.problems.map((p) => p.message);
    };
    expect(found(bytes('PK', 3, 4, 20, 0, 0, 0))).toEqual([
      '(root): expected a text file: comma- or tab-separated values, or XML, found a ZIP archive, as an Excel workbook (.xlsx) or a Word document (.docx) is: open it as one.',
    ]);
    expect(found(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))).toEqual([
      '(root): expected a text file: comma- or tab-separated values, or XML, found a file in the format of Office 97-2003 (.xls or .doc): save it as a CSV, or as .xlsx or .docx, first.',
    ]);
    expect(found(bytes('%PDF-1.7\n%', 0xe2, 0xe3))).toEqual([
      '(root): expected a text file: comma- or tab-separated values, or XML, found a PDF: copy its table into a spreadsheet and save that as a CSV.',
    ]);
    // A PNG: zero bytes, but not every other one as UTF-16 has them.
    expect(found(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]))).toEqual([
      '(root): expected a text file: comma- or tab-separated values, or XML, found a file that is not text, with a zero byte at byte 9.',
    ]);
  });

  it('gives readProjectTable a Windows-1252 plan with its words whole', () => {
    const csv = bytes(
      'Ref,Action,Lead,Start,Finish\r\nFocus Area 1 ',
      0x96,
      ' JSNA\r\n1.1,Agree the ',
      0xa3,
      '50k budget,TT,13/04/2022,30/06/2022\r\n',
    );
    const decoded = decodeText(csv);
    const plan = decoded.ok ? readProjectTable(decoded.value.text, { reportedOn: '2022-05-22' }) : undefined;
    expect(plan?.problems).toEqual([]);
    expect(plan?.ok && [plan.value.workstreams.map((w) => w.title), plan.value.actions.map((a) => a.title)]).toEqual([
      ['JSNA'],
      ['Agree the £50k budget'],
    ]);
  });
});
