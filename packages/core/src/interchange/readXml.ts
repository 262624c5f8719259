import { ownValue } from '../model/ownValue.js';

/** An element of an XML document: its name without a namespace prefix, its attributes, child elements and text. */
export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  /** The element's own character data (not its children's), entities and CDATA read. */
  text: string;
  /**
   * Its character data and child elements in document order, when read with `{ mixed: true }`:
   * for formats whose text runs between elements (OpenDocument's `<text:p>a<text:s/>b</text:p>`).
   */
  readonly content?: (XmlElement | string)[];
}

export interface ReadXmlOptions {
  /** Also keep each element's text and children in order, in `content`. Default: false. */
  readonly mixed?: boolean;
}

/** A document that is not well-formed: where, what was expected there and what was found. */
export interface XmlFault {
  readonly line: number;
  readonly column: number;
  readonly expected: string;
  readonly found: string;
}

export type XmlResult = { readonly ok: true; readonly root: XmlElement } | { readonly ok: false; readonly fault: XmlFault };

const NAME = /[A-Za-z_:][-\w.:]*/y;
const SPACE = /[ \t\r\n]*/y;
const ATTRIBUTE = /([A-Za-z_:][-\w.:]*)[ \t\r\n]*=[ \t\r\n]*(?:"([^"<]*)"|'([^'<]*)')/y;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
/**
 * How deep elements may nest: libxml2's default limit. Office files and project files nest a few
 * dozen deep; a document nested deeper is damaged or made to exhaust the readers walking it.
 */
const MAX_DEPTH = 256;

/**
 * Reads an XML document into its tree of elements, in one pass over the text: no network, no
 * DTD, so no entity can expand or fetch anything. A document with a `<!DOCTYPE>` is refused, as
 * project files have none. Comments and processing instructions are skipped; the five predefined
 * entities and character references are read. Elements may nest 256 deep, as libxml2 allows by
 * default. A fault names its line and column.
 *
 * @example
 * const read = readXml('<Project><Name>Our plan</Name></Project>');
 * if (read.ok) read.root.children[0]?.text; // 'Our plan'
 */
export function readXml(text: string, { mixed = false }: ReadXmlOptions = {}): XmlResult {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  const fault = (at: number, expected: string, found?: string): XmlResult => {
    const before = text.slice(0, at);
    const line = before.split('\n').length;
    const column = at - before.lastIndexOf('\n');
    const shown = found ?? (at >= text.length ? 'the end of the file' : JSON.stringify(text.slice(at, at + 20)));
    return { ok: false, fault: { line, column, expected, found: shown } };
  };
  const skipSpace = () => {
    SPACE.lastIndex = i;
    SPACE.exec(text);
    i = SPACE.lastIndex;
  };

  while (i < text.length) {
    const lt = text.indexOf('<', i);
    const chunk = text.slice(i, lt === -1 ? text.length : lt);
    if (chunk !== '') {
      const top = stack.at(-1);
      if (top === undefined) {
        if (chunk.trim() !== '') return fault(i + chunk.search(/\S/), root ? 'nothing after the root element' : 'an element');
      } else {
        const decoded = decodeText(chunk);
        if (typeof decoded !== 'string') return fault(i + decoded.at, decoded.expected, decoded.found);
        top.text += decoded;
        top.content?.push(decoded);
      }
    }
    if (lt === -1) break;
    i = lt;
    if (text.startsWith('<!--', i)) {
      const end = text.indexOf('-->', i + 4);
      if (end === -1) return fault(i, 'a comment closed with -->', 'the end of the file');
      i = end + 3;
    } else if (text.startsWith('<?', i)) {
      const end = text.indexOf('?>', i + 2);
      if (end === -1) return fault(i, 'a processing instruction closed with ?>', 'the end of the file');
      i = end + 2;
    } else if (text.startsWith('<![CDATA[', i)) {
      const end = text.indexOf(']]>', i + 9);
      const top = stack.at(-1);
      if (top === undefined) return fault(i, 'an element');
      if (end === -1) return fault(i, 'a CDATA section closed with ]]>', 'the end of the file');
      top.text += text.slice(i + 9, end);
      top.content?.push(text.slice(i + 9, end));
      i = end + 3;
    } else if (text.startsWith('<!', i)) {
      return fault(i, 'a document without a DOCTYPE or other declarations');
    } else if (text.startsWith('</', i)) {
      NAME.lastIndex = i + 2;
      const name = NAME.exec(text)?.[0];
      const open = stack.at(-1);
      if (name === undefined) return fault(i + 2, 'the name of the element to close');
      if (open === undefined || localName(name) !== open.name)
        return fault(i, open ? `</${open.name}> to close <${open.name}>` : 'an element', `</${name}>`);
      i = NAME.lastIndex;
      skipSpace();
      if (text[i] !== '>') return fault(i, `> to end </${name}>`);
      i++;
      stack.pop();
    } else {
      const openedAt = i;
      NAME.lastIndex = i + 1;
      const name = NAME.exec(text)?.[0];
      if (name === undefined) return fault(i + 1, 'the name of an element after <');
      if (stack.length === 0 && root !== undefined) return fault(i, 'nothing after the root element', `<${name}>`);
      i = NAME.lastIndex;
      const attributes: Record<string, string> = {};
      for (;;) {
        const spaceAt = i;
        skipSpace();
        if (text.startsWith('/>', i) || text[i] === '>') break;
        ATTRIBUTE.lastIndex = i;
        const attribute = i > spaceAt ? ATTRIBUTE.exec(text) : null;
        if (attribute === null) return fault(i, `an attribute written name="value", or > to end <${name}>`);
        const value = decodeText(attribute[2] ?? attribute[3] ?? '');
        if (typeof value !== 'string') return fault(i + attribute[0].indexOf('=') + 2 + value.at, value.expected, value.found);
        attributes[attribute[1] as string] = value;
        i = ATTRIBUTE.lastIndex;
      }
      if (stack.length === MAX_DEPTH)
        return fault(openedAt, `elements nested at most ${MAX_DEPTH} deep`, `<${name}> nested ${MAX_DEPTH + 1} deep`);
      const element: XmlElement = mixed
        ? { name: localName(name), attributes, children: [], text: '', content: [] }
        : { name: localName(name), attributes, children: [], text: '' };
      stack.at(-1)?.children.push(element);
      stack.at(-1)?.content?.push(element);
      root ??= element;
      if (text[i] === '/') i += 2;
      else {
        i++;
        stack.push(element);
      }
    }
  }
  const open = stack.at(-1);
  if (open !== undefined) return fault(text.length, `</${open.name}> to close <${open.name}>`);
  if (root === undefined) return fault(text.length, 'an element');
  return { ok: true, root };
}

/** An element's first child of a name. */
export function child(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return element?.children.find((c) => c.name === name);
}

/** An element's children of a name, in order. */
export function children(element: XmlElement | undefined, name: string): XmlElement[] {
  return element?.children.filter((c) => c.name === name) ?? [];
}

/** An attribute by its local name (`id` finds `r:id`), whatever prefix the document gives its namespace. */
export function attr(element: XmlElement | undefined, name: string): string | undefined {
  if (element === undefined) return undefined;
  const key = Object.keys(element.attributes).find((k) => k === name || k.endsWith(`:${name}`));
  return key === undefined ? undefined : element.attributes[key];
}

/** The trimmed text of an element's first child of a name ('' when there is none). */
export function childText(element: XmlElement | undefined, name: string): string {
  return child(element, name)?.text.trim() ?? '';
}

/** The name without its namespace prefix: project files are read by their elements' local names. */
function localName(name: string): string {
  return name.slice(name.lastIndexOf(':') + 1);
}

/** Character data with its entity and character references read, or where a reference is wrong. */
function decodeText(raw: string): string | { at: number; expected: string; found: string } {
  if (!raw.includes('&')) return raw;
  let out = '';
  let from = 0;
  for (let amp = raw.indexOf('&'); amp !== -1; amp = raw.indexOf('&', from)) {
    out += raw.slice(from, amp);
    const semi = raw.indexOf(';', amp);
    const name = semi === -1 ? '' : raw.slice(amp + 1, semi);
    const code = /^#x[0-9a-fA-F]{1,6}$/.test(name)
      ? Number.parseInt(name.slice(2), 16)
      : /^#[0-9]{1,7}$/.test(name)
        ? Number(name.slice(1))
        : undefined;
    const value =
      code !== undefined && isXmlChar(code) ? String.fromCodePoint(code) : code === undefined ? ownValue(ENTITIES, name) : undefined;
    if (value === undefined)
      return {
        at: amp,
        expected: 'text with & written &amp;, or a reference such as &lt; or &#163;',
        found: JSON.stringify(raw.slice(amp, semi === -1 ? amp + 12 : Math.min(semi + 1, amp + 20))),
      };
    out += value;
    from = semi + 1;
  }
  return out + raw.slice(from);
}

function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0x10ffff && code !== 0xfffe && code !== 0xffff)
  );
}

/** Text as XML character data: markup characters escaped, and any character XML cannot hold written as U+FFFD. */
export function escapeXml(text: string): string {
  return text
    .replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string)
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '\uFFFD');
}
