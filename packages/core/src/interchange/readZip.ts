import { readXml, type ReadXmlOptions, type XmlElement } from './readXml.js';

/** The files of a ZIP archive by name, each read on demand; or why the archive cannot be read. */
export type ZipResult =
  | { readonly ok: true; readonly names: readonly string[]; read(name: string): Promise<Uint8Array | undefined> }
  | { readonly ok: false; readonly expected: string; readonly found: string };

interface Entry {
  readonly method: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly offset: number;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** The CRC-32 a ZIP archive keeps for each file, to check what is read against it. */
export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) crc = (CRC_TABLE[(crc ^ (bytes[i] as number)) & 0xff] as number) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/**
 * Reads a ZIP archive's directory (an Excel workbook or a Word document is one): its files, stored
 * or deflated, each inflated when read and checked against its CRC. Archives split across disks and
 * ZIP64 archives are refused, as workbooks and documents of plans never need them. `kind` names the
 * file expected, for the problem when the bytes are no archive.
 *
 * @example
 * const zip = readZip(bytes);
 * if (zip.ok) await zip.read('xl/workbook.xml');
 */
export function readZip(bytes: Uint8Array, kind = 'an Excel workbook (.xlsx)'): ZipResult {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const refuse = (expected: string, found: string): ZipResult => ({ ok: false, expected, found });
  // The end of central directory record: 22 bytes, then a comment of up to 65,535.
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--)
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  if (end === -1)
    return refuse(
      `${kind}, which is a ZIP archive`,
      bytes.length === 0
        ? 'an empty file'
        : isCompoundFile(bytes)
          ? 'a file in the older Office format (a Word 97-2003 .doc or an Excel 97-2003 .xls): save it in the newer format (File, Save As, .docx or .xlsx) and open that'
          : 'a file that is not a ZIP archive',
    );
  const count = view.getUint16(end + 10, true);
  const directorySize = view.getUint32(end + 12, true);
  const directoryOffset = view.getUint32(end + 16, true);
  if (view.getUint16(end + 4, true) !== 0 || count === 0xffff || directoryOffset === 0xffffffff)
    return refuse('a ZIP archive on one disk, without ZIP64 records', 'a split or ZIP64 archive');
  if (directoryOffset + directorySize > end) return refuse('a ZIP archive whose directory is within the file', 'a damaged archive');
  const entries = new Map<string, Entry>();
  const decoder = new TextDecoder();
  let at = directoryOffset;
  for (let n = 0; n < count; n++) {
    if (at + 46 > end || view.getUint32(at, true) !== 0x02014b50)
      return refuse('a ZIP archive whose directory lists each file', 'a damaged archive');
    const nameLength = view.getUint16(at + 28, true);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    entries.set(name, {
      method: view.getUint16(at + 10, true),
      crc: view.getUint32(at + 16, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      offset: view.getUint32(at + 42, true),
    });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return {
    ok: true,
    names: [...entries.keys()],
    read: async (name) => {
      const entry = entries.get(name);
      if (entry === undefined) return undefined;
      const local = entry.offset;
      if (local + 30 > bytes.length || view.getUint32(local, true) !== 0x04034b50) throw new ZipError(name, 'its local header is missing');
      const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
      const data = bytes.subarray(start, start + entry.compressedSize);
      if (data.length !== entry.compressedSize) throw new ZipError(name, 'it is cut short');
      let content: Uint8Array;
      if (entry.method === 0) content = data;
      else if (entry.method === 8) content = await inflate(data, name);
      else throw new ZipError(name, `it is compressed by method ${entry.method}, not deflate`);
      if (content.length !== entry.size || crc32(content) !== entry.crc) throw new ZipError(name, 'its contents do not match its checksum');
      return content;
    },
  };
}

/** A file in an archive that cannot be read, and why. */
export class ZipError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}

async function inflate(data: Uint8Array, name: string): Promise<Uint8Array> {
  try {
    const stream = new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
    return new Uint8Array(await new Response(stream).arrayBuffer());
  } catch {
    throw new ZipError(name, 'its deflated data is damaged');
  }
}

/**
 * An XML part of an opened archive (a workbook's or a document's), read by name: `undefined` if
 * the archive has no such part, and a `ZipError` naming the part if it is not well-formed.
 */
export function xmlPart(
  zip: { read(name: string): Promise<Uint8Array | undefined> },
  options: ReadXmlOptions = {},
): (name: string) => Promise<XmlElement | undefined> {
  return async (name) => {
    const content = await zip.read(name);
    if (content === undefined) return undefined;
    const xml = readXml(new TextDecoder().decode(content), options);
    if (!xml.ok) {
      const { line, column, expected, found } = xml.fault;
      throw new ZipError(name, `it is not well-formed XML (line ${line}, column ${column}: expected ${expected}, found ${found})`);
    }
    return xml.root;
  };
}

/** Whether the bytes open as an OLE compound file, the format of Office files before 2007 (`.doc`, `.xls`). */
function isCompoundFile(bytes: Uint8Array): boolean {
  const signature = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  return bytes.length >= signature.length && signature.every((byte, i) => bytes[i] === byte);
}
