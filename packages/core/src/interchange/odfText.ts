import { isSafeUrl } from '../model/primitives.js';
import { child, children, readXml, type XmlElement } from './readXml.js';
import { symbolCharacters } from './symbolFonts.js';

// What the OpenDocument readers (a spreadsheet's cells, a text document's tables) share: styles,
// counts, and a paragraph's text as OpenDocument lays it out.

/** What a style says that the readers use, with what it takes from its parents. */
export interface OdfStyle {
  /** A cell's background (`RRGGBB`), or `null` where a style clears it ("transparent"). */
  readonly fill?: string | null;
  /** The text's colour (`RRGGBB`). */
  readonly ink?: string;
  /** The font's family name. */
  readonly font?: string;
  /** Bold text. */
  readonly bold?: boolean;
  /** Text not shown (`text:display="none"`). */
  readonly invisible?: boolean;
  /** A paragraph's left margin, in twentieths of a point. */
  readonly indent?: number;
  /** A table style's `table:display="false"`: a spreadsheet's sheet is hidden. */
  readonly hidden?: boolean;
  /**
   * A paragraph style's heading level, from 0 for the first: its `style:default-outline-level`, or
   * its name where it is one of the "Heading 1" to "Heading 9" styles, as Word reads a heading.
   */
  readonly outline?: number;
}

export type OdfFamily = 'table-cell' | 'text' | 'table' | 'paragraph';
export type StyleOf = (name: string | undefined, family: OdfFamily) => OdfStyle | undefined;

/**
 * Looks styles up by name and family: the document's automatic styles, then its common styles,
 * each with what it takes from its parents. Font names are read through the font declarations.
 */
export function odfStyleReader(content: XmlElement, stylesPart: XmlElement | undefined): StyleOf {
  const fonts = new Map<string, string>();
  for (const declared of [content, stylesPart])
    for (const face of children(child(declared, 'font-face-decls'), 'font-face'))
      fonts.set(face.attributes['style:name'] ?? '', unquote(face.attributes['svg:font-family'] ?? ''));
  const elements = new Map<string, XmlElement>();
  // Common styles first, so an automatic style of the same name (which content.xml uses) wins.
  for (const holder of [child(stylesPart, 'styles'), child(stylesPart, 'automatic-styles'), child(content, 'automatic-styles')])
    for (const style of children(holder, 'style'))
      elements.set(`${style.attributes['style:family'] ?? ''} ${style.attributes['style:name'] ?? ''}`, style);
  const resolved = new Map<string, OdfStyle>();
  const resolve = (key: string, depth: number): OdfStyle => {
    const known = resolved.get(key);
    if (known !== undefined) return known;
    const element = elements.get(key);
    // A chain of parents longer than any real document's, or one that loops, stops there.
    const parentName = element?.attributes['style:parent-style-name'];
    const parent =
      element === undefined || parentName === undefined || depth >= 16
        ? {}
        : resolve(`${key.slice(0, key.indexOf(' '))} ${parentName}`, depth + 1);
    const cell = child(element, 'table-cell-properties')?.attributes ?? {};
    const text = child(element, 'text-properties')?.attributes ?? {};
    const table = child(element, 'table-properties')?.attributes ?? {};
    const paragraph = child(element, 'paragraph-properties')?.attributes ?? {};
    const background = cell['fo:background-color'];
    const fontName = text['style:font-name'];
    const font =
      fontName === undefined
        ? text['fo:font-family'] === undefined
          ? undefined
          : unquote(text['fo:font-family'])
        : (fonts.get(fontName) ?? fontName);
    const weight = text['fo:font-weight'];
    const indent = twips(paragraph['fo:margin-left'] ?? paragraph['fo:margin-start']);
    const named = /^heading(?: |_20_)([1-9])$/i.exec(element?.attributes['style:display-name'] ?? element?.attributes['style:name'] ?? '');
    const outlineLevel = Number(element?.attributes['style:default-outline-level'] || (named?.[1] ?? NaN));
    const style: OdfStyle = {
      ...parent,
      ...(background === undefined ? {} : { fill: odfColour(background) ?? null }),
      ...(odfColour(text['fo:color']) === undefined ? {} : { ink: odfColour(text['fo:color']) }),
      ...(font === undefined ? {} : { font }),
      ...(weight === undefined ? {} : { bold: weight === 'bold' || Number(weight) >= 600 }),
      ...(text['text:display'] === undefined ? {} : { invisible: text['text:display'] === 'none' }),
      ...(indent === undefined ? {} : { indent }),
      ...(table['table:display'] === undefined ? {} : { hidden: table['table:display'] === 'false' }),
      ...(Number.isInteger(outlineLevel) && outlineLevel >= 1 && outlineLevel <= 10 ? { outline: outlineLevel - 1 } : {}),
    };
    resolved.set(key, style);
    return style;
  };
  return (name, family) => (name === undefined ? undefined : resolve(`${family} ${name}`, 0));
}

const unquote = (name: string) => name.replace(/^['"]|['"]$/g, '');

/** A length (`1.27cm`, `0.5in`, `36pt`, `12.7mm`) in twentieths of a point; `undefined` if it is none of these. */
function twips(length: string | undefined): number | undefined {
  const match = /^(-?\d+(?:\.\d+)?)(cm|mm|in|pt|pc|px)$/.exec(length ?? '');
  if (match === null) return undefined;
  const per = { cm: 1440 / 2.54, mm: 144 / 2.54, in: 1440, pt: 20, pc: 240, px: 15 }[match[2] as 'cm'];
  return Math.round(Number(match[1]) * per);
}

/** A colour written `#rrggbb`, as `RRGGBB`; `undefined` for anything else ("transparent"). */
export function odfColour(value: string | undefined): string | undefined {
  return value !== undefined && /^#[0-9A-Fa-f]{6}$/.test(value) ? value.slice(1).toUpperCase() : undefined;
}

/** A count the file gives (`number-rows-repeated`, `number-columns-spanned`): a whole number from 1, else 1. */
export function odfCount(value: string | undefined): number {
  const n = Number(value ?? 1);
  return Number.isSafeInteger(n) && n >= 1 ? n : 1;
}

/** The elements of a name within an element, at any depth, not looking inside those found. */
export function* odfInside(element: XmlElement, name: string): Generator<XmlElement> {
  for (const item of element.children)
    if (item.name === name) yield item;
    else yield* odfInside(item, name);
}

/** An element's children of a name, looking through the wrappers that group them (header rows, row groups). */
export function* odfGrouped(element: XmlElement, name: string, wrappers: ReadonlySet<string>): Generator<XmlElement> {
  for (const item of element.children)
    if (item.name === name) yield item;
    else if (wrappers.has(item.name)) yield* odfGrouped(item, name, wrappers);
}

export const ODF_ROW_WRAPPERS: ReadonlySet<string> = new Set(['table-header-rows', 'table-row-group', 'table-rows']);
export const ODF_COLUMN_WRAPPERS: ReadonlySet<string> = new Set(['table-header-columns', 'table-column-group', 'table-columns']);

/** Text with a link's shown words after it, and its address after them where it is a web or email one and not the words themselves. */
export function withAddress(before: string, shown: string, address: string | undefined): string {
  return address !== undefined && isSafeUrl(address) && address !== shown.trim() ? `${before}${shown} (${address})` : `${before}${shown}`;
}

/** What in a paragraph could not be read as text, or was read as if accepted. */
export type OdfMark = 'drawing' | 'comment' | 'footnote' | 'tracked' | 'hidden' | 'symbol';

/** A paragraph as read: its text, the colours of its text, whether all of it is bold, and its marks. */
export interface OdfParagraph {
  readonly text: string;
  /** The colour of each run of text with something in it (`undefined` for the default colour). */
  readonly inks: ReadonlySet<string | undefined>;
  /** Whether it has text and all of it is bold. */
  readonly bold: boolean;
  readonly marks: ReadonlySet<OdfMark>;
}

/** Elements whose text is not the paragraph's: comments, and changes tracked but not accepted. */
const NOT_TEXT = new Set(['annotation', 'annotation-end', 'tracked-changes', 'deletion', 'note-citation']);
/** Pictures, shapes, charts and text boxes, whose text is not read. */
const DRAWINGS = new Set([
  'frame',
  'custom-shape',
  'rect',
  'ellipse',
  'circle',
  'line',
  'polyline',
  'polygon',
  'path',
  'g',
  'image',
  'object',
  'control',
  'connector',
]);
/** Where a tracked change starts, ends or deleted text was. */
const CHANGES = new Set(['change', 'change-start', 'change-end']);

/**
 * A paragraph's text as OpenDocument lays it out: each run of spaces, tabs and line ends in the
 * file is one space (none at the paragraph's ends), `<text:s text:c="2"/>` is that many spaces,
 * `<text:tab/>` a tab and `<text:line-break/>` a line break. Spans take their style's colour, font
 * and weight, so a symbol font reads as the characters it shows. With `notes`, a footnote or
 * endnote goes in brackets where its mark is ("(footnote 1: …)", numbered as the document shows
 * it); with `links`, a web or email link keeps its address after its words. Comments, pictures,
 * hidden text and changes tracked are left out and marked.
 */
export function odfParagraphText(
  paragraph: XmlElement,
  base: { readonly ink?: string | undefined; readonly font?: string | undefined; readonly bold?: boolean | undefined },
  styleOf: StyleOf,
  { notes = false, links = false }: { readonly notes?: boolean; readonly links?: boolean } = {},
): OdfParagraph {
  let text = '';
  // Whether the text ends in a space that a following run of spaces collapses into.
  let collapsible = true;
  const inks = new Set<string | undefined>();
  const marks = new Set<OdfMark>();
  let bold = true;
  let hasText = false;
  const walk = (element: XmlElement, ink: string | undefined, font: string | undefined, heavy: boolean) => {
    for (const item of element.content ?? []) {
      if (typeof item === 'string') {
        let run = item.replace(/[ \t\r\n]+/g, ' ');
        if (collapsible && run.startsWith(' ')) run = run.slice(1);
        if (run === '') continue;
        const read = symbolCharacters(font ?? '', run);
        text += read.text;
        if (read.unread) marks.add('symbol');
        if (read.text.trim() !== '') {
          inks.add(ink);
          hasText = true;
          bold &&= heavy;
        }
        collapsible = run.endsWith(' ');
      } else if (item.name === 's') {
        text += ' '.repeat(Math.min(odfCount(item.attributes['text:c']), 1000));
        collapsible = false;
      } else if (item.name === 'tab') {
        text += '\t';
        collapsible = false;
      } else if (item.name === 'line-break') {
        text += '\n';
        collapsible = false;
      } else if (item.name === 'annotation') marks.add('comment');
      else if (DRAWINGS.has(item.name)) marks.add('drawing');
      else if (CHANGES.has(item.name)) marks.add('tracked');
      else if (item.name === 'hidden-text' || item.name === 'hidden-paragraph') marks.add('hidden');
      else if (item.name === 'note') {
        if (!notes) continue;
        const kind = item.attributes['text:note-class'] === 'endnote' ? 'endnote' : 'footnote';
        const citation = (child(item, 'note-citation')?.text ?? '').trim();
        const body = [...odfInside(child(item, 'note-body') ?? item, 'p')]
          .map((p) => odfParagraphText(p, {}, styleOf, { links }).text.replace(/\s+/g, ' ').trim())
          .filter((line) => line !== '')
          .join(' ');
        text += ` (${kind}${citation === '' ? '' : ` ${citation}`}${body === '' ? '' : `: ${body}`})`;
        collapsible = false;
        marks.add('footnote');
      } else if (!NOT_TEXT.has(item.name)) {
        const style = item.name === 'span' ? styleOf(item.attributes['text:style-name'], 'text') : undefined;
        if (style?.invisible === true) {
          if ([...odfInside(item, 's')].length > 0 || item.text.trim() !== '' || item.children.length > 0) marks.add('hidden');
          continue;
        }
        const start = text.length;
        walk(item, style?.ink ?? ink, style?.font ?? font, style?.bold ?? heavy);
        if (item.name === 'a' && links) text = withAddress(text.slice(0, start), text.slice(start), item.attributes['xlink:href']);
      }
    }
  };
  walk(paragraph, base.ink, base.font, base.bold === true);
  // A run of spaces at the paragraph's end is not shown.
  if (collapsible && text.endsWith(' ')) text = text.slice(0, -1);
  return { text, inks, bold: hasText && bold, marks };
}

/**
 * The media type an OpenDocument file names itself by, in its `mimetype` file
 * (`application/vnd.oasis.opendocument.spreadsheet`); `undefined` for an archive of another kind
 * (an Office Open XML one has `[Content_Types].xml` instead). A damaged one is a `ZipError`.
 */
export async function odfMediaType(zip: {
  readonly names: readonly string[];
  read(name: string): Promise<Uint8Array | undefined>;
}): Promise<string | undefined> {
  if (!zip.names.includes('mimetype') || zip.names.includes('[Content_Types].xml')) return undefined;
  return new TextDecoder().decode(await zip.read('mimetype')).trim();
}

/** The parts of an OpenDocument file, read by name as XML (text and elements in document order). */
export type OdfParts = (name: string) => Promise<XmlElement | undefined>;

/** What a flat OpenDocument file holds: its kind, and its parts; or why it cannot be read. */
export type FlatOdf =
  { readonly ok: true; readonly kind: string; readonly parts: OdfParts } | { readonly ok: false; readonly found: string };

const OFFICE_NAMESPACE = 'urn:oasis:names:tc:opendocument:xmlns:office:1.0';

/**
 * A flat OpenDocument file (`.fods`, `.fodt`: LibreOffice's "Flat XML" formats), which holds in one
 * XML document what a package keeps in its content, styles, settings and meta parts: its kind, from
 * its `office:mimetype`, and that document given for each part a package's reader asks for.
 * `undefined` for bytes that are not one (a ZIP archive, or XML of another kind).
 */
export function flatOdf(bytes: Uint8Array): FlatOdf | undefined {
  // The root element, after a byte order mark, the declaration and any comments, is a document:
  // judged from the first bytes, so that a large file of another kind is not decoded whole.
  const head = new TextDecoder().decode(bytes.subarray(0, 65_536));
  if (!/^\uFEFF?\s*(?:<\?[^]*?\?>\s*|<!--[^]*?-->\s*)*<[\w.-]+:document[\s>/]/.test(head)) return undefined;
  const read = readXml(new TextDecoder().decode(bytes), { mixed: true });
  if (!read.ok) {
    const { line, column, expected, found } = read.fault;
    return {
      ok: false,
      found: `a flat OpenDocument file that is not well-formed XML (line ${line}, column ${column}: expected ${expected}, found ${found})`,
    };
  }
  const { root } = read;
  const prefix = Object.keys(root.attributes)
    .find((name) => name.startsWith('xmlns:') && root.attributes[name] === OFFICE_NAMESPACE)
    ?.slice(6);
  const kind = prefix === undefined ? undefined : root.attributes[`${prefix}:mimetype`]?.trim();
  if (root.name !== 'document' || kind === undefined) return undefined;
  return { ok: true, kind, parts: async () => root };
}

/**
 * What an OpenDocument file of a kind a reader does not take is, for its problem: "an OpenDocument
 * spreadsheet: open it as a workbook", or another kind by its media type.
 */
export function otherOdfKind(kind: string, sibling: 'text' | 'spreadsheet', openAs: string): string {
  return kind.startsWith(`application/vnd.oasis.opendocument.${sibling}`)
    ? `an OpenDocument ${sibling === 'text' ? 'text document' : 'spreadsheet'}: open it as ${openAs}`
    : `an OpenDocument file of another kind (${kind})`;
}
