// A Word document's styles, and what a style gives through the styles it is based on.
import { attr, child, children, type XmlElement } from './readXml.js';

/** A document's paragraph, table and numbering styles by id (character styles are never based on by paragraphs). */
export function stylesById(styles: XmlElement | undefined): Map<string, XmlElement> {
  const byId = new Map<string, XmlElement>();
  for (const style of children(styles, 'style')) if (attr(style, 'type') !== 'character') byId.set(attr(style, 'styleId') ?? '', style);
  return byId;
}

/**
 * The first thing `pick` finds in a style or in the styles it is based on, nearest first: a
 * council's own heading style may be based on Heading 2, and a list style's paragraphs on one that
 * numbers them. Ten styles deep at most, so a document whose styles are based on each other in a
 * loop still ends.
 */
export function fromStyleChain<T>(
  byId: ReadonlyMap<string, XmlElement>,
  id: string,
  pick: (style: XmlElement) => T | undefined,
): T | undefined {
  let style = byId.get(id);
  for (let depth = 0; style !== undefined && depth < 10; depth++) {
    const found = pick(style);
    if (found !== undefined) return found;
    const basedOn = attr(child(style, 'basedOn'), 'val');
    style = basedOn === undefined ? undefined : byId.get(basedOn);
  }
  return undefined;
}
