import type { ParseResult } from '../model/parsePlan.js';
import { makeProblem } from '../model/problem.js';
import { listed } from './sheetParts.js';

/** A text file's bytes as text, and how they were read. */
export interface DecodedText {
  /** The text, without a byte order mark. */
  readonly text: string;
  /** How the bytes were read. */
  readonly encoding: 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | 'Windows-1252';
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
    return ok(windows1252(bytes), 'Windows-1252');
  return utf8(bytes, ok);
}

/** UTF-8 where the bytes are that, else Windows-1252 with a note naming the lines to check. */
function utf8(
  bytes: Uint8Array,
  ok: (text: string, encoding: DecodedText['encoding'], notes?: string[]) => ParseResult<DecodedText>,
): ParseResult<DecodedText> {
  try {
    return ok(new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), 'UTF-8');
  } catch {
    const text = windows1252(bytes);
    const lines = text.split('\n').flatMap((line, i) => (/[\u0080-\uffff]/.test(line) ? [String(i + 1)] : []));
    const characters = [...new Set(text.match(/[\u0080-\uffff]/g))].slice(0, 8).map((c) => `"${c}"`);
    return ok(text, 'Windows-1252', [
      `The file is not UTF-8, so it was read as Windows-1252, the encoding Excel on Windows saves "CSV (Comma delimited)" in. Check the characters beyond plain text (${characters.join(', ')}) on ${lines.length === 1 ? 'line' : 'lines'} ${listed(lines)}; to be sure of them, save the file as "CSV UTF-8".`,
    ]);
  }
}

/** Bytes read as Windows-1252, one character a byte. */
function windows1252(bytes: Uint8Array): string {
  let text = '';
  for (let at = 0; at < bytes.length; at += 8192) {
    const chunk = Array.from(bytes.subarray(at, at + 8192), (byte) =>
      byte >= 0x80 && byte < 0xa0 ? (WINDOWS_1252_HIGH[byte - 0x80] as number) : byte,
    );
    text += String.fromCharCode(...chunk);
  }
  return text;
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
