import { escapeXml } from './readXml.js';
import { writeZip } from './writeZip.js';

// ODF 1.2, which LibreOffice, Microsoft Office 2010 on, Google Docs and Sheets and Apple's apps all
// open; nothing the kit writes needs 1.3.
export const ODF_VERSION = '1.2';

const NS = {
  office: 'urn:oasis:names:tc:opendocument:xmlns:office:1.0',
  style: 'urn:oasis:names:tc:opendocument:xmlns:style:1.0',
  text: 'urn:oasis:names:tc:opendocument:xmlns:text:1.0',
  table: 'urn:oasis:names:tc:opendocument:xmlns:table:1.0',
  fo: 'urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0',
  svg: 'urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0',
  number: 'urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0',
  of: 'urn:oasis:names:tc:opendocument:xmlns:of:1.2',
  config: 'urn:oasis:names:tc:opendocument:xmlns:config:1.0',
  meta: 'urn:oasis:names:tc:opendocument:xmlns:meta:1.0',
  dc: 'http://purl.org/dc/elements/1.1/',
  xlink: 'http://www.w3.org/1999/xlink',
  manifest: 'urn:oasis:names:tc:opendocument:xmlns:manifest:1.0',
} as const;

/** The `xmlns` declarations of the prefixes named. */
export function odfNamespaces(...prefixes: (keyof typeof NS)[]): string {
  return prefixes.map((prefix) => `xmlns:${prefix}="${NS[prefix]}"`).join(' ');
}

/** An XML part: the declaration, then the body. */
export function odfXml(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${body}`;
}

/**
 * A line of text as ODF keeps it. ODF collapses white space as HTML does, so each space after the
 * first of a run, and a space that starts or ends the line, is written as `text:s`, and a tab as
 * `text:tab`. Line breaks are the caller's: a paragraph each, or `text:line-break`.
 */
export function odfLine(line: string): string {
  return escapeXml(line)
    .replace(/\t/g, '<text:tab/>')
    .replace(/ {2,}/g, (run) => ` <text:s text:c="${run.length - 1}"/>`)
    .replace(/^ /, '<text:s/>')
    .replace(/ $/, '<text:s/>');
}

/** The document's title, author and language, as a screen reader, a search or a file list reads them. */
export function odfMeta(options: { readonly title?: string; readonly author?: string; readonly language: string }): string {
  const { title, author, language } = options;
  return odfXml(
    `<office:document-meta ${odfNamespaces('office', 'meta', 'dc')} office:version="${ODF_VERSION}"><office:meta><meta:generator>wsoa-kit</meta:generator>${
      title === undefined || title === '' ? '' : `<dc:title>${escapeXml(title)}</dc:title>`
    }${
      // The author, as Writer's document properties show it, and the last to change it.
      author === undefined || author === ''
        ? ''
        : `<meta:initial-creator>${escapeXml(author)}</meta:initial-creator><dc:creator>${escapeXml(author)}</dc:creator>`
    }<dc:language>${escapeXml(language)}</dc:language></office:meta></office:document-meta>`,
  );
}

/**
 * An OpenDocument package: its media type first and stored as it is (so that a reader can tell the
 * type from the file's first bytes), then the parts given, each listed in the manifest.
 */
export function odfPackage(mediaType: string, parts: readonly { readonly name: string; readonly text: string }[]): Uint8Array {
  const manifest = odfXml(
    `<manifest:manifest ${odfNamespaces('manifest')} manifest:version="${ODF_VERSION}"><manifest:file-entry manifest:full-path="/" manifest:version="${ODF_VERSION}" manifest:media-type="${mediaType}"/>${parts
      .map((part) => `<manifest:file-entry manifest:full-path="${escapeXml(part.name)}" manifest:media-type="text/xml"/>`)
      .join('')}</manifest:manifest>`,
  );
  return writeZip([{ name: 'mimetype', text: mediaType }, ...parts, { name: 'META-INF/manifest.xml', text: manifest }]);
}
