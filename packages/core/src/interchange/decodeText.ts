import type { ParseResult } from '../model/parsePlan.js';
import { makeProblem } from '../model/problem.js';
import { plural } from '../measures/counting.js';
import { listed } from './sheetParts.js';

/** A text file's bytes as text, and how they were read. */
export interface DecodedText {
  /** The text, without a byte order mark. */
  readonly text: string;
  /** How the bytes were read. */
  readonly encoding: 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | 'Windows-1252' | 'Mac Roman';
  /** What reading it did that the text does not show: bytes read another way than UTF-8, and where. */
  readonly notes: readonly string[];
}

/**
 * Windows-1252's characters for bytes 0x80 to 0x9F, where it differs from Latin-1 (WHATWG's table:
 * the five bytes it leaves unassigned stay control characters). Node 20's `TextDecoder` reads these
 * bytes as Latin-1's control characters, so they are mapped here rather than by it.
 */
const WINDOWS_1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019,
  0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/** Mac Roman's characters for bytes 0x80 to 0xFF (Apple's table, with the euro at 0xDB, as WHATWG's "macintosh"). */
const MAC_ROMAN_HIGH = [
  0xc4, 0xc5, 0xc7, 0xc9, 0xd1, 0xd6, 0xdc, 0xe1, 0xe0, 0xe2, 0xe4, 0xe3, 0xe5, 0xe7, 0xe9, 0xe8, 0xea, 0xeb, 0xed, 0xec, 0xee, 0xef, 0xf1,
  0xf3, 0xf2, 0xf4, 0xf6, 0xf5, 0xfa, 0xf9, 0xfb, 0xfc, 0x2020, 0xb0, 0xa2, 0xa3, 0xa7, 0x2022, 0xb6, 0xdf, 0xae, 0xa9, 0x2122, 0xb4, 0xa8,
  0x2260, 0xc6, 0xd8, 0x221e, 0xb1, 0x2264, 0x2265, 0xa5, 0xb5, 0x2202, 0x2211, 0x220f, 0x3c0, 0x222b, 0xaa, 0xba, 0x3a9, 0xe6, 0xf8, 0xbf,
  0xa1, 0xac, 0x221a, 0x192, 0x2248, 0x2206, 0xab, 0xbb, 0x2026, 0xa0, 0xc0, 0xc3, 0xd5, 0x152, 0x153, 0x2013, 0x2014, 0x201c, 0x201d,
  0x2018, 0x2019, 0xf7, 0x25ca, 0xff, 0x178, 0x2044, 0x20ac, 0x2039, 0x203a, 0xfb01, 0xfb02, 0x2021, 0xb7, 0x201a, 0x201e, 0x2030, 0xc2,
  0xca, 0xc1, 0xcb, 0xc8, 0xcd, 0xce, 0xcf, 0xcc, 0xd3, 0xd4, 0xf8ff, 0xd2, 0xda, 0xdb, 0xd9, 0x131, 0x2c6, 0x2dc, 0xaf, 0x2d8, 0x2d9,
  0x2da, 0xb8, 0x2dd, 0x2db, 0x2c7,
];

const EXPECTED = 'a text file: comma- or tab-separated values, or XML';

/**
 * Reads a text file's bytes (a CSV, a tab-separated sheet, Project XML) as text, whatever encoding
 * the tool that saved it used, so that nothing in it is lost or changed unseen:
 *
 * - **UTF-8**, with or without a byte order mark, as Excel's "CSV UTF-8", Google Sheets, LibreOffice
 *   and Project save it.
 * - **UTF-16**, by its byte order mark or, without one, by its zero bytes: Excel's "Unicode Text".
 * - **Windows-1252**, where the bytes are not UTF-8 (or an XML declaration names it or Latin-1): what
 *   Excel on Windows saves as "CSV (Comma delimited)", where "£", "–" and "’" are single bytes that
 *   UTF-8 would read as "�". The `notes` say so and name the lines with characters beyond plain
 *   ASCII, to check them.
 * - **Mac Roman**, where the bytes are not UTF-8 and read as Mac Roman put fewer characters where
 *   no text puts them: Excel for Mac's "Comma Separated Values" and older Mac software save it,
 *   with "–" and "’" as bytes Windows-1252 reads as "Ð" and "Õ" ("donÕt"). Each reading's
 *   characters beyond ASCII are judged by where they stand: a capital letter after a small one, a
 *   letter standing alone, a control character or a mathematical sign counts against it; the
 *   notes say which was chosen and why, as for Windows-1252.
 *
 * A file that is not text (a ZIP archive such as a workbook, an Office 97-2003 file, a PDF, or one
 * with zero bytes in it) is a problem saying what it looks like, not text full of stray characters.
 *
 * @example
 * const decoded = decodeText(new Uint8Array(await file.arrayBuffer()));
 * if (decoded.ok) readProjectTable(decoded.value.text, { reportedOn: '2022-05-22' });
 */
export function decodeText(bytes: Uint8Array): ParseResult<DecodedText> {
  const fail = (found: string): ParseResult<DecodedText> => ({ ok: false, problems: [makeProblem([], EXPECTED, found)] });
  const starts = (...signature: number[]) => bytes.length >= signature.length && signature.every((byte, i) => bytes[i] === byte);
  const ok = (text: string, encoding: DecodedText['encoding'], notes: string[] = []): ParseResult<DecodedText> => ({
    ok: true,
    value: { text, encoding, notes },
    problems: [],
  });

  if (starts(0xef, 0xbb, 0xbf)) return utf8(bytes.subarray(3), ok);
  if (starts(0xff, 0xfe)) return ok(new TextDecoder('utf-16le').decode(bytes.subarray(2)), 'UTF-16LE');
  if (starts(0xfe, 0xff)) return ok(new TextDecoder('utf-16be').decode(bytes.subarray(2)), 'UTF-16BE');
  if (starts(0x50, 0x4b, 0x03, 0x04) || starts(0x50, 0x4b, 0x05, 0x06))
    return fail('a ZIP archive, as an Excel workbook (.xlsx) or a Word document (.docx) is: open it as one');
  if (starts(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1))
    return fail('a file in the format of Office 97-2003 (.xls or .doc): save it as a CSV, or as .xlsx or .docx, first');
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return fail('a PDF: copy its table into a spreadsheet and save that as a CSV');

  const wide = utf16Order(bytes);
  if (wide !== undefined) return ok(new TextDecoder(wide === 'UTF-16LE' ? 'utf-16le' : 'utf-16be').decode(bytes), wide);
  const zero = bytes.indexOf(0);
  if (zero !== -1) return fail(`a file that is not text, with a zero byte at byte ${zero + 1}`);
  // An XML declaration naming Latin-1 or Windows-1252 (which browsers read Latin-1 as) is taken at its word.
  const declared = /^<\?xml[^>]*\sencoding\s*=\s*["']([^"']+)["']/.exec(ascii(bytes.subarray(0, 200)))?.[1]?.toLowerCase();
  if (declared !== undefined && /^(windows-1252|cp1252|iso-8859-1|iso8859-1|latin-?1|us-ascii)$/.test(declared))
    return ok(singleByte(bytes, 0x80, WINDOWS_1252_HIGH), 'Windows-1252');
  if (declared !== undefined && /^(macintosh|x-mac-roman|mac-?roman)$/.test(declared))
    return ok(singleByte(bytes, 0x80, MAC_ROMAN_HIGH), 'Mac Roman');
  return utf8(bytes, ok);
}

/**
 * UTF-8 where the bytes are that; else Windows-1252, or Mac Roman where its reading puts fewer
 * characters where no text puts them, with a note naming the lines to check.
 */
function utf8(
  bytes: Uint8Array,
  ok: (text: string, encoding: DecodedText['encoding'], notes?: string[]) => ParseResult<DecodedText>,
): ParseResult<DecodedText> {
  try {
    return ok(new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), 'UTF-8');
  } catch {
    const windows = singleByte(bytes, 0x80, WINDOWS_1252_HIGH);
    const mac = singleByte(bytes, 0x80, MAC_ROMAN_HIGH);
    const [windowsOdd, macOdd] = [misplaced(windows), misplaced(mac)];
    const isMac = macOdd < windowsOdd;
    const text = isMac ? mac : windows;
    const lines = text.split('\n').flatMap((line, i) => (/[\u0080-\uffff]/.test(line) ? [String(i + 1)] : []));
    const characters = [...new Set(text.match(/[\u0080-\uffff]/g))].slice(0, 8).map((c) => `"${c}"`);
    const check = `Check the characters beyond plain text (${characters.join(', ')}) on ${lines.length === 1 ? 'line' : 'lines'} ${listed(lines)}; to be sure of them, save the file as "CSV UTF-8".`;
    return isMac
      ? ok(text, 'Mac Roman', [
          `The file is not UTF-8, and read as Windows-1252 it would have ${plural(windowsOdd, 'character', 'characters')} where no text puts them (as "donÕt" for "don’t"), against ${macOdd} read as Mac Roman, the encoding Excel for Mac saves "Comma Separated Values" in: so it was read as Mac Roman. ${check}`,
        ])
      : ok(text, 'Windows-1252', [
          `The file is not UTF-8, so it was read as Windows-1252, the encoding Excel on Windows saves "CSV (Comma delimited)" in. ${check}`,
        ]);
  }
}

/** Bytes read one character a byte: ASCII as it is, and the bytes from `from` up by the table. */
function singleByte(bytes: Uint8Array, from: number, high: readonly number[]): string {
  let text = '';
  for (let at = 0; at < bytes.length; at += 8192) {
    const chunk = Array.from(bytes.subarray(at, at + 8192), (byte) =>
      byte >= from && byte - from < high.length ? (high[byte - from] as number) : byte,
    );
    text += String.fromCharCode(...chunk);
  }
  return text;
}

/**
 * How many of the text's characters beyond ASCII stand where no text in a Latin script puts them:
 * a control character, a mathematical sign or a spacing modifier (ˆ, ˜); a capital letter straight after a
 * small one ("donÕt", "cafŽ"); or a letter with no letter either side ("Area 1 Ð JSNA"). A text read
 * in the wrong single-byte encoding has many; punctuation, currency and accented letters within
 * words count for nothing.
 */
function misplaced(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) < 0x80) continue;
    const character = text[i] as string;
    const before = text[i - 1] ?? ' ';
    const after = text[i + 1] ?? ' ';
    if (!/\p{L}/u.test(character)) {
      if (/[\u0080-\u009f\u02c6-\u02dd\u2202\u2206\u220f\u2211\u221a\u221e\u222b\u2248\u2260\u2264\u2265\u25ca\uf8ff]/.test(character))
        count++;
    } else if (character !== character.toLowerCase() && /\p{Ll}/u.test(before)) count++;
    else if (!/\p{L}/u.test(before) && !/\p{L}/u.test(after)) count++;
  }
  return count;
}

/** The first bytes as ASCII, for an XML declaration. */
function ascii(bytes: Uint8Array): string {
  return String.fromCharCode(...Array.from(bytes, (byte) => (byte < 0x80 ? byte : 0x3f)));
}

/**
 * The byte order of UTF-16 text without a byte order mark, judged by the first 1,024 bytes: text in
 * Latin letters has a zero in every other byte (the high byte of each character), and UTF-8 or
 * Windows-1252 text has none.
 */
function utf16Order(bytes: Uint8Array): 'UTF-16LE' | 'UTF-16BE' | undefined {
  const sample = bytes.subarray(0, Math.min(bytes.length, 1024) & ~1);
  if (sample.length < 2) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sample.length; i++)
    if (sample[i] !== 0) continue;
    else if (i % 2 === 0) even++;
    else odd++;
  const pairs = sample.length / 2;
  if (odd >= pairs / 2 && even === 0) return 'UTF-16LE';
  if (even >= pairs / 2 && odd === 0) return 'UTF-16BE';
  return undefined;
}
