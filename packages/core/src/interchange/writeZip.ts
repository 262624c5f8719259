import { crc32 } from './readZip.js';

/**
 * A ZIP archive of the files given, each stored as it is (an Excel workbook is one; its parts are
 * small, so they are not compressed). Each file's CRC-32 is written, and every date is 1 January
 * 1980, so the same files give the same bytes.
 */
export function writeZip(files: readonly { readonly name: string; readonly text: string }[]): Uint8Array {
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [];
  const directory: Uint8Array[] = [];
  let offset = 0;
  for (const file of files) {
    const name = encoder.encode(file.name);
    const content = encoder.encode(file.text);
    const crc = crc32(content);
    // Version 2.0, no flags but UTF-8 names, stored, the DOS date of 1 January 1980.
    const header = (size: number, signature: number, central: boolean) => {
      const bytes = new Uint8Array(size);
      const view = new DataView(bytes.buffer);
      view.setUint32(0, signature, true);
      let at = 4;
      if (central) {
        view.setUint16(at, 20, true);
        at += 2;
      }
      view.setUint16(at, 20, true);
      view.setUint16(at + 2, 0x0800, true);
      view.setUint16(at + 4, 0, true);
      view.setUint16(at + 6, 0, true);
      view.setUint16(at + 8, 0x0021, true);
      view.setUint32(at + 10, crc, true);
      view.setUint32(at + 14, content.length, true);
      view.setUint32(at + 18, content.length, true);
      view.setUint16(at + 22, name.length, true);
      if (central) view.setUint32(42, offset, true);
      return bytes;
    };
    parts.push(header(30, 0x04034b50, false), name, content);
    directory.push(header(46, 0x02014b50, true), name);
    offset += 30 + name.length + content.length;
  }
  const directorySize = directory.reduce((sum, part) => sum + part.length, 0);
  const end = new Uint8Array(22);
  const view = new DataView(end.buffer);
  view.setUint32(0, 0x06054b50, true);
  view.setUint16(8, files.length, true);
  view.setUint16(10, files.length, true);
  view.setUint32(12, directorySize, true);
  view.setUint32(16, offset, true);
  const out = new Uint8Array(offset + directorySize + 22);
  let at = 0;
  for (const part of [...parts, ...directory, end]) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
