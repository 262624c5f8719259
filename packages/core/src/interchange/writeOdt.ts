import { odfLine, odfMeta, odfNamespaces, odfPackage, odfXml, ODF_VERSION } from './odfWrite.js';
import { escapeXml } from './readXml.js';
import { DOCX_PAGE, SAFE_LINK, type DocxParagraph, type DocxRun, type DocxSpec, type DocxTable } from './writeDocx.js';

/** The media type of an OpenDocument text document (`.odt`). */
export const ODT_MEDIA_TYPE = 'application/vnd.oasis.opendocument.text';

/** A length in twentieths of a point (Word's unit, as the spec gives widths and indents) in inches. */
const inches = (twips: number) => `${Number((twips / 1440).toFixed(4))}in`;

/**
 * An OpenDocument text document (`.odt`, ODF 1.2) of the same paragraphs and tables as
 * {@link writeDocx}, as LibreOffice Writer, Word and Google Docs open it; `readWordTables` reads its
 * tables back as it reads the Word document's. Headings have outline levels, so they show in
 * Writer's navigator and in a PDF's bookmarks, and screen readers list them; each table has a title
 * and description (its alt text) and a header row repeated on every page; rows are not split across
 * pages; links go only to `http(s)` and `mailto` addresses (anything else is kept as plain text) or
 * to the document's own headings. A4 landscape, with the footer's text and "Page 3 of 12" on each
 * page. The same spec gives the same bytes.
 */
export function writeOdt(spec: DocxSpec): Uint8Array {
  // Automatic styles, made as the body needs them: a paragraph's indent and keeping with the next,
  // a table's width and columns, a cell's fill.
  const paragraphStyles = new Map<string, string>();
  const autoStyles: string[] = [];
  const paragraphStyle = (parent: string, p: DocxParagraph): string => {
    if (!p.indent && !p.keepNext) return parent;
    const key = `${parent}|${p.indent ?? 0}|${p.keepNext === true}`;
    let name = paragraphStyles.get(key);
    if (name === undefined) {
      name = `P${paragraphStyles.size + 1}`;
      paragraphStyles.set(key, name);
      const indent = p.indent ? ` fo:margin-left="${inches(Math.round(p.indent))}"` : '';
      const keep = p.keepNext ? ' fo:keep-with-next="always"' : '';
      autoStyles.push(
        `<style:style style:name="${name}" style:family="paragraph" style:parent-style-name="${parent}"><style:paragraph-properties${indent}${keep}/></style:style>`,
      );
    }
    return name;
  };
  const fillStyles = new Map<string, string>();
  const cellStyle = (fill: string | undefined): string => {
    const colour = fill !== undefined && /^[0-9A-F]{6}$/i.test(fill) ? fill.toLowerCase() : '';
    let name = fillStyles.get(colour);
    if (name === undefined) {
      name = `Cell${fillStyles.size + 1}`;
      fillStyles.set(colour, name);
      // Borders and padding as the Word document's table style: 0.5 pt, GOV.UK's dark grey.
      autoStyles.push(
        `<style:style style:name="${name}" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #505a5f" fo:padding-top="${inches(57)}" fo:padding-bottom="${inches(57)}" fo:padding-left="${inches(85)}" fo:padding-right="${inches(85)}"${colour === '' ? '' : ` fo:background-color="#${colour}"`}/></style:style>`,
      );
    }
    return name;
  };

  const run = (part: DocxRun): string => {
    if (typeof part === 'string') return lines(part);
    if ('bold' in part) return strong(part.bold);
    const text = lines(part.text);
    const href = 'anchor' in part ? `#${part.anchor}` : SAFE_LINK.test(part.link) ? part.link : undefined;
    if (href === undefined) return text;
    return `<text:a xlink:type="simple" xlink:href="${escapeXml(href)}" text:style-name="Internet_20_link" text:visited-style-name="Visited_20_Internet_20_Link">${text}</text:a>`;
  };
  // A table's header cells take the bold "Table Heading" style, its other cells "Table Contents".
  const paragraph = (p: DocxParagraph, inCell?: 'header' | 'body'): string => {
    const runs = p.runs.map(run).join('');
    const marked = p.bookmark
      ? `<text:bookmark-start text:name="${escapeXml(p.bookmark)}"/>${runs}<text:bookmark-end text:name="${escapeXml(p.bookmark)}"/>`
      : runs;
    if (p.style?.startsWith('Heading')) {
      const level = p.style.slice('Heading'.length);
      return `<text:h text:style-name="${paragraphStyle(`Heading_20_${level}`, p)}" text:outline-level="${level}">${marked}</text:h>`;
    }
    const parent =
      p.style === 'Title' ? 'Title' : inCell === 'header' ? 'Table_20_Heading' : inCell === 'body' ? 'Table_20_Contents' : 'Standard';
    return `<text:p text:style-name="${paragraphStyle(parent, p)}">${marked}</text:p>`;
  };

  // Table names must differ in a document: a repeated caption gains " (2)", " (3)" and so on.
  const tableNames = new Set<string>();
  const table = (t: DocxTable, index: number): string => {
    const given = t.caption.trim() || `Table ${index + 1}`;
    let name = given;
    for (let n = 2; tableNames.has(name); n++) name = `${given} (${n})`;
    tableNames.add(name);
    const styleName = `Table${index + 1}`;
    const width = t.widths.reduce((sum, w) => sum + w, 0);
    autoStyles.push(
      `<style:style style:name="${styleName}" style:family="table"><style:table-properties style:width="${inches(width)}" table:align="left" table:border-model="collapsing"/></style:style>`,
      ...t.widths.map(
        (w, i) =>
          `<style:style style:name="${styleName}.C${i + 1}" style:family="table-column"><style:table-column-properties style:column-width="${inches(w)}"/></style:style>`,
      ),
    );
    const row = (cells: readonly { readonly paragraphs: readonly DocxParagraph[]; readonly fill?: string }[], header: boolean) =>
      `<table:table-row table:style-name="Row">${t.widths
        .map((_, i) => {
          const cell = cells[i] ?? { paragraphs: [] };
          const paragraphs = cell.paragraphs.length > 0 ? cell.paragraphs : [{ runs: [] }];
          return `<table:table-cell table:style-name="${cellStyle(cell.fill)}" office:value-type="string">${paragraphs
            .map((p) => paragraph(p, header ? 'header' : 'body'))
            .join('')}</table:table-cell>`;
        })
        .join('')}</table:table-row>`;
    return [
      `<table:table table:name="${escapeXml(name)}" table:style-name="${styleName}">`,
      `<table:title>${escapeXml(t.caption)}</table:title><table:desc>${escapeXml(t.description)}</table:desc>`,
      t.widths.map((_, i) => `<table:table-column table:style-name="${styleName}.C${i + 1}"/>`).join(''),
      `<table:table-header-rows>${row(
        t.header.map((text) => ({ paragraphs: [{ runs: [text] }] })),
        true,
      )}</table:table-header-rows>`,
      ...t.rows.map((cells) => row(cells, false)),
      '</table:table>',
    ].join('');
  };

  let tables = 0;
  const body = spec.body.map((block) => ('table' in block ? table(block.table, tables++) : paragraph(block))).join('');
  const content = odfXml(
    `<office:document-content ${odfNamespaces('office', 'style', 'text', 'table', 'fo', 'xlink')} office:version="${ODF_VERSION}"><office:automatic-styles><style:style style:name="Row" style:family="table-row"><style:table-row-properties fo:keep-together="always"/></style:style>${autoStyles.join('')}</office:automatic-styles><office:body><office:text>${body}</office:text></office:body></office:document-content>`,
  );
  return odfPackage(ODT_MEDIA_TYPE, [
    { name: 'content.xml', text: content },
    { name: 'styles.xml', text: odfXml(styles(spec)) },
    { name: 'meta.xml', text: odfMeta(spec) },
  ]);
}

/** Text with its line breaks kept. */
function lines(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map(odfLine)
    .join('<text:line-break/>');
}

/** Bold text, in Writer's "Strong Emphasis" style, which a screen reader and a web page take as strong. */
function strong(text: string): string {
  return text === '' ? '' : `<text:span text:style-name="Strong_20_Emphasis">${lines(text)}</text:span>`;
}

/**
 * Named styles as the Word document's: Arial 11 point in the document's language; a title; headings
 * 1 to 9 with their outline levels, kept with the next paragraph; table text and headings; links
 * underlined in GOV.UK's link blue (5.2:1 on white); and the A4 landscape page with its footer.
 */
function styles(spec: DocxSpec): string {
  const [language = 'en', country] = spec.language.split('-');
  const locale = `fo:language="${escapeXml(language)}"${country === undefined ? '' : ` fo:country="${escapeXml(country)}"`}`;
  const points = (size: number) => `fo:font-size="${size}pt"`;
  const heading = (level: number, size: number) =>
    `<style:style style:name="Heading_20_${level}" style:display-name="Heading ${level}" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Standard" style:default-outline-level="${level}" style:class="text"><style:paragraph-properties fo:margin-top="${level === 1 ? 18 : 12}pt" fo:margin-bottom="6pt" fo:keep-together="always" fo:keep-with-next="always"/><style:text-properties ${points(size)} fo:font-weight="bold"/></style:style>`;
  const link = (name: string, display: string) =>
    `<style:style style:name="${name}" style:display-name="${display}" style:family="text"><style:text-properties fo:color="#1d70b8" style:text-underline-style="solid" style:text-underline-width="auto" style:text-underline-color="font-color"/></style:style>`;
  const { width, height, margin } = DOCX_PAGE;
  const footer =
    spec.footer === undefined
      ? ''
      : `<style:footer><text:p text:style-name="Footer">${odfLine(spec.footer === '' ? 'Page ' : `${spec.footer} · Page `)}<text:page-number text:select-page="current">1</text:page-number> of <text:page-count>1</text:page-count></text:p></style:footer>`;
  return `<office:document-styles ${odfNamespaces('office', 'style', 'text', 'table', 'fo', 'svg')} office:version="${ODF_VERSION}"><office:font-face-decls><style:font-face style:name="Arial" svg:font-family="Arial" style:font-family-generic="swiss" style:font-pitch="variable"/></office:font-face-decls><office:styles><style:default-style style:family="paragraph"><style:text-properties style:font-name="Arial" ${points(11)} ${locale}/></style:default-style><style:style style:name="Standard" style:family="paragraph" style:class="text"><style:paragraph-properties fo:margin-top="0in" fo:margin-bottom="6pt" fo:line-height="110%"/></style:style><style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Standard" style:class="chapter"><style:paragraph-properties fo:margin-bottom="12pt"/><style:text-properties ${points(24)} fo:font-weight="bold"/></style:style>${[
    heading(1, 18),
    heading(2, 15),
    heading(3, 13),
    ...[4, 5, 6, 7, 8, 9].map((level) => heading(level, 11)),
  ].join(
    '',
  )}<style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"><style:paragraph-properties fo:margin-top="2pt" fo:margin-bottom="2pt"/></style:style><style:style style:name="Table_20_Heading" style:display-name="Table Heading" style:family="paragraph" style:parent-style-name="Table_20_Contents" style:class="extra"><style:text-properties fo:font-weight="bold"/></style:style><style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"><style:paragraph-properties fo:margin-bottom="0in"/><style:text-properties ${points(9)}/></style:style><style:style style:name="Strong_20_Emphasis" style:display-name="Strong Emphasis" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>${link(
    'Internet_20_link',
    'Internet link',
  )}${link(
    'Visited_20_Internet_20_Link',
    'Visited Internet Link',
  )}</office:styles><office:automatic-styles><style:page-layout style:name="Page"><style:page-layout-properties fo:page-width="${inches(width)}" fo:page-height="${inches(height)}" style:print-orientation="landscape" fo:margin-top="${inches(margin)}" fo:margin-bottom="${inches(spec.footer === undefined ? margin : margin - 567)}" fo:margin-left="${inches(margin)}" fo:margin-right="${inches(margin)}"/><style:footer-style><style:header-footer-properties fo:min-height="0in" fo:margin-top="${inches(283)}"/></style:footer-style></style:page-layout></office:automatic-styles><office:master-styles><style:master-page style:name="Standard" style:page-layout-name="Page">${footer}</style:master-page></office:master-styles></office:document-styles>`;
}
