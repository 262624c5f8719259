import { escapeXml } from './readXml.js';
import { writeZip } from './writeZip.js';

/**
 * A piece of text in a paragraph: plain, bold, a link to an address, or a link to a bookmark in
 * the document (`anchor`). Line breaks in the text are kept.
 */
export type DocxRun =
  | string
  | { readonly bold: string }
  | { readonly link: string; readonly text: string }
  | { readonly anchor: string; readonly text: string };

/** Word's heading levels, 1 to 9. */
export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;

/** A paragraph of a Word document, with the built-in style it takes. */

export interface DocxParagraph {
  readonly style?: 'Title' | `Heading${HeadingLevel}`;
  readonly runs: readonly DocxRun[];
  /** Indent from the left, in twentieths of a point (a sub-action under its parent). */
  readonly indent?: number;
  /** Keeps it on the same page as the paragraph after it: a label above its list. */
  readonly keepNext?: boolean;
  /** A bookmark around the paragraph that an `anchor` run links to (a heading, from the contents). */
  readonly bookmark?: string;
}

/** A cell: its paragraphs, and an optional fill (a RAG cell's tint; its word is always in the text too). */
export interface DocxCell {
  readonly paragraphs: readonly DocxParagraph[];
  readonly fill?: string;
}

/** A table with a header row that Word repeats on every page and reads out as headers. */
export interface DocxTable {
  /** The table's title and description, which screen readers announce (Word's "Alt Text"). */
  readonly caption: string;
  readonly description: string;
  readonly header: readonly string[];
  /** Each column's width, in twentieths of a point. */
  readonly widths: readonly number[];
  readonly rows: readonly (readonly DocxCell[])[];
}

export type DocxBlock = DocxParagraph | { readonly table: DocxTable };

export interface DocxSpec {
  readonly title: string;
  readonly author?: string;
  /** A BCP 47 tag for the language of the text: `en-GB`. */
  readonly language: string;
  readonly body: readonly DocxBlock[];
  /** Text for the foot of every page, before "Page 3 of 12" (printed board packs need page numbers). */
  readonly footer?: string;
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CONTENT = 'application/vnd.openxmlformats-officedocument';
/** A4 landscape, in twentieths of a point, with 2 cm margins: wide enough for an action table. */
export const DOCX_PAGE = { width: 16_838, height: 11_906, margin: 1_134 } as const;
/** The width a table may take: the page less its margins. */
export const DOCX_TEXT_WIDTH = DOCX_PAGE.width - 2 * DOCX_PAGE.margin;

/** Links a document may carry: web pages and email addresses, nothing that runs. */
export const SAFE_LINK = /^(?:https?:\/\/|mailto:)/i;

/**
 * A Word document (`.docx`, ECMA-376 transitional) of the paragraphs and tables given, as Word,
 * LibreOffice and Google Docs open it. Headings use Word's built-in heading styles, so they show in
 * the navigation pane and screen readers list them; tables have a repeating header row and alt
 * text; the document's title and language are set. A link is written only for `http(s)` and
 * `mailto` addresses; anything else is kept as plain text. Nothing in it depends on the time, so the
 * same spec gives the same bytes.
 */
export function writeDocx(spec: DocxSpec): Uint8Array {
  const links: string[] = [];
  const bookmarks: string[] = [];
  const linkId = (url: string) => {
    const at = links.indexOf(url);
    if (at >= 0) return `rIdLink${at + 1}`;
    links.push(url);
    return `rIdLink${links.length}`;
  };
  const run = (part: DocxRun): string => {
    if (typeof part === 'string') return textRun(part, '');
    if ('bold' in part) return textRun(part.bold, '<w:b/>');
    if ('anchor' in part)
      return `<w:hyperlink w:anchor="${escapeXml(part.anchor)}" w:history="1">${textRun(part.text, '<w:rStyle w:val="Hyperlink"/>')}</w:hyperlink>`;
    if (!SAFE_LINK.test(part.link)) return textRun(part.text, '');
    return `<w:hyperlink r:id="${linkId(part.link)}" w:history="1">${textRun(part.text, '<w:rStyle w:val="Hyperlink"/>')}</w:hyperlink>`;
  };
  const paragraph = (p: DocxParagraph): string => {
    const props = [
      p.style ? `<w:pStyle w:val="${p.style}"/>` : '',
      p.keepNext ? '<w:keepNext/>' : '',
      p.indent ? `<w:ind w:left="${Math.round(p.indent)}"/>` : '',
    ].join('');
    const runs = p.runs.map(run).join('');
    const marked = p.bookmark
      ? `<w:bookmarkStart w:id="${bookmarks.push(p.bookmark) - 1}" w:name="${escapeXml(p.bookmark)}"/>${runs}<w:bookmarkEnd w:id="${bookmarks.length - 1}"/>`
      : runs;
    return `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ''}${marked}</w:p>`;
  };
  const cell = (c: DocxCell, width: number, header: boolean): string => {
    const fill = c.fill && /^[0-9A-F]{6}$/i.test(c.fill) ? `<w:shd w:val="clear" w:color="auto" w:fill="${c.fill}"/>` : '';
    const paragraphs = c.paragraphs.length > 0 ? c.paragraphs : [{ runs: [] }];
    const body = header ? paragraphs.map((p) => paragraph({ ...p, runs: p.runs.map(boldRun) })) : paragraphs.map(paragraph);
    return `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${fill}</w:tcPr>${body.join('')}</w:tc>`;
  };
  const table = (t: DocxTable): string => {
    const width = t.widths.reduce((sum, w) => sum + w, 0);
    const row = (cells: readonly DocxCell[], header: boolean) =>
      `<w:tr><w:trPr><w:cantSplit/>${header ? '<w:tblHeader/>' : ''}</w:trPr>${t.widths
        .map((w, i) => cell(cells[i] ?? { paragraphs: [] }, w, header))
        .join('')}</w:tr>`;
    return [
      `<w:tbl><w:tblPr><w:tblStyle w:val="PlanTable"/><w:tblW w:w="${width}" w:type="dxa"/><w:tblLayout w:type="fixed"/>`,
      `<w:tblLook w:val="0420" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/>`,
      `<w:tblCaption w:val="${escapeXml(t.caption)}"/><w:tblDescription w:val="${escapeXml(t.description)}"/></w:tblPr>`,
      `<w:tblGrid>${t.widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`,
      row(
        t.header.map((text) => ({ paragraphs: [{ runs: [text] }] })),
        true,
      ),
      ...t.rows.map((cells) => row(cells, false)),
      '</w:tbl>',
    ].join('');
  };

  // A table straight after another, or last in the body, needs a paragraph between or after it.
  const blocks: string[] = [];
  spec.body.forEach((block, i) => {
    if ('table' in block) {
      blocks.push(table(block.table));
      const next = spec.body[i + 1];
      if (next === undefined || 'table' in next) blocks.push('<w:p/>');
    } else blocks.push(paragraph(block));
  });
  const { width, height, margin } = DOCX_PAGE;
  const footerReference = spec.footer === undefined ? '' : '<w:footerReference w:type="default" r:id="rIdFooter"/>';
  const document = `<w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${blocks.join('')}<w:sectPr>${footerReference}<w:pgSz w:w="${width}" w:h="${height}" w:orient="landscape"/><w:pgMar w:top="${margin}" w:right="${margin}" w:bottom="${margin}" w:left="${margin}" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr></w:body></w:document>`;

  const xml = (body: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n${body}`;
  const language = escapeXml(spec.language);
  return writeZip([
    {
      name: '[Content_Types].xml',
      text: xml(
        `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="${CONTENT}.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="${CONTENT}.wordprocessingml.styles+xml"/>${spec.footer === undefined ? '' : `<Override PartName="/word/footer1.xml" ContentType="${CONTENT}.wordprocessingml.footer+xml"/>`}<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`,
      ),
    },
    {
      name: '_rels/.rels',
      text: xml(
        `<Relationships xmlns="${PACKAGE_RELS}"><Relationship Id="rId1" Type="${R}/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`,
      ),
    },
    {
      name: 'docProps/core.xml',
      text: xml(
        `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>${escapeXml(spec.title)}</dc:title>${spec.author ? `<dc:creator>${escapeXml(spec.author)}</dc:creator>` : ''}<dc:language>${language}</dc:language></cp:coreProperties>`,
      ),
    },
    { name: 'word/document.xml', text: xml(document) },
    {
      name: 'word/_rels/document.xml.rels',
      text: xml(
        `<Relationships xmlns="${PACKAGE_RELS}"><Relationship Id="rId1" Type="${R}/styles" Target="styles.xml"/>${
          spec.footer === undefined ? '' : `<Relationship Id="rIdFooter" Type="${R}/footer" Target="footer1.xml"/>`
        }${links
          .map((url, i) => `<Relationship Id="rIdLink${i + 1}" Type="${R}/hyperlink" Target="${escapeXml(url)}" TargetMode="External"/>`)
          .join('')}</Relationships>`,
      ),
    },
    { name: 'word/styles.xml', text: xml(styles(language)) },
    ...(spec.footer === undefined ? [] : [{ name: 'word/footer1.xml', text: xml(footer(spec.footer)) }]),
  ]);
}

/** The foot of each page: the text given, then "Page 3 of 12" from Word's PAGE and NUMPAGES fields. */
function footer(text: string): string {
  const field = (name: string) => `<w:fldSimple w:instr=" ${name} "><w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t>1</w:t></w:r></w:fldSimple>`;
  const words = (t: string) => `<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve">${escapeXml(t)}</w:t></w:r>`;
  return `<w:ftr xmlns:w="${W}" xmlns:r="${R}"><w:p>${words(text === '' ? 'Page ' : `${text} · Page `)}${field('PAGE')}${words(' of ')}${field('NUMPAGES')}</w:p></w:ftr>`;
}

function boldRun(part: DocxRun): DocxRun {
  return typeof part === 'string' ? { bold: part } : part;
}

/** A run of text: line breaks become `w:br`, tabs `w:tab`, and spaces are kept. */
function textRun(text: string, props: string): string {
  const pieces = text.split(/(\r?\n|\t)/).map((piece) => {
    if (piece === '\t') return '<w:tab/>';
    if (piece === '\n' || piece === '\r\n') return '<w:br/>';
    return piece === '' ? '' : `<w:t xml:space="preserve">${escapeXml(piece)}</w:t>`;
  });
  return `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}${pieces.join('')}</w:r>`;
}

/**
 * Arial 11 point, the language set for the spell checker and screen readers; headings that Word's
 * navigation pane and accessibility checker recognise (outline levels 1 to 9); links underlined in
 * GOV.UK's link blue (5.2:1 on white); a table style with borders on every cell.
 */
function styles(language: string): string {
  const heading = (level: number, size: number) =>
    `<w:style w:type="paragraph" w:styleId="Heading${level}"><w:name w:val="heading ${level}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="${level === 1 ? 360 : 240}" w:after="120"/><w:outlineLvl w:val="${level - 1}"/></w:pPr><w:rPr><w:b/><w:bCs/><w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr></w:style>`;
  const border = (side: string) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="505A5F"/>`;
  return [
    `<w:styles xmlns:w="${W}">`,
    `<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="Arial" w:cs="Arial"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="${language}" w:eastAsia="${language}" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>`,
    `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>`,
    `<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="10"/><w:qFormat/><w:pPr><w:spacing w:after="240"/></w:pPr><w:rPr><w:b/><w:bCs/><w:sz w:val="48"/><w:szCs w:val="48"/></w:rPr></w:style>`,
    heading(1, 36),
    heading(2, 30),
    heading(3, 26),
    heading(4, 22),
    // Deeper levels for workstreams nested deeper, as Word's own headings go to 9.
    ...([5, 6, 7, 8, 9] as const).map((level) => heading(level, 22)),
    `<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:rPr><w:color w:val="1D70B8"/><w:u w:val="single"/></w:rPr></w:style>`,
    `<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>`,
    `<w:style w:type="table" w:styleId="PlanTable"><w:name w:val="Plan Table"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/><w:pPr><w:spacing w:before="40" w:after="40"/></w:pPr><w:tblPr><w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('')}</w:tblBorders><w:tblCellMar><w:top w:w="57" w:type="dxa"/><w:left w:w="85" w:type="dxa"/><w:bottom w:w="57" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>`,
    '</w:styles>',
  ].join('');
}
