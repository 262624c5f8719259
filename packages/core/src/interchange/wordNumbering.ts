// The numbers Word's lists put before paragraphs ("1.", "2.1", "b)"): held in numbering.xml, not in
// the text, so a plan whose refs Word numbers would lose them if read as text alone.
import { attr, child, children, type XmlElement } from './readXml.js';
import { fromStyleChain, stylesById } from './wordStyles.js';

interface ListLevel {
  readonly start: number;
  readonly format: string;
  readonly text: string;
  /** The paragraph style this level is linked to, where one is: an outline-numbered heading's. */
  readonly style?: string;
  /**
   * Word's `lvlRestart`: the deepest level (from 1) whose numbers start this one again, or 0 for
   * never; where it is not given, any level above does.
   */
  readonly restart?: number;
  /** How far the level sets its paragraphs in, in twentieths of a point, where it says. */
  readonly indent?: number;
}

/** An abstract list: its levels, or the list style it takes them from. */
interface AbstractList {
  levels: ListLevel[];
  /** The list style whose levels this list uses (`numStyleLink`), where it has none of its own. */
  readonly uses?: string;
  /** The list style this list defines the levels of (`styleLink`). */
  readonly defines?: string;
}

interface ListInstance {
  readonly abstractId: string;
  /** Levels restarted at a number of their own by this instance, by level. */
  readonly starts: ReadonlyMap<number, number>;
}

const valueOf = (element: XmlElement | undefined) => attr(element, 'val');
const integer = (value: string | undefined, otherwise: number) =>
  value !== undefined && /^-?\d+$/.test(value) ? Number(value) : otherwise;

/**
 * Word's list numbers for a document, given in reading order: `label(paragraph)` counts each
 * numbered paragraph (by its own list, or its style's) as Word does and gives the number it shows,
 * or `undefined` for one not numbered, or a bullet.
 */
export class ListNumbers {
  private readonly abstracts = new Map<string, AbstractList>();
  private readonly instances = new Map<string, ListInstance>();
  /** Each style's list and level, following the styles it is based on. */
  private readonly styleLists = new Map<string, { readonly numId: string; readonly level?: number }>();
  /** Each list's counters, level by level: by abstract list, by list style, or by an instance that restarts it. */
  private readonly counters = new Map<string, (number | undefined)[]>();

  constructor(numbering: XmlElement | undefined, styles: XmlElement | undefined) {
    for (const abstract of children(numbering, 'abstractNum')) {
      const levels: ListLevel[] = [];
      for (const lvl of children(abstract, 'lvl')) {
        const at = integer(attr(lvl, 'ilvl'), -1);
        if (at < 0 || at > 8) continue;
        const style = valueOf(child(lvl, 'pStyle'));
        const restart = integer(valueOf(child(lvl, 'lvlRestart')), -1);
        const indent = leftIndent(child(lvl, 'pPr'));
        levels[at] = {
          start: integer(valueOf(child(lvl, 'start')), 0),
          format: valueOf(child(lvl, 'numFmt')) ?? 'decimal',
          text: valueOf(child(lvl, 'lvlText')) ?? '',
          ...(style === undefined ? {} : { style }),
          ...(restart < 0 ? {} : { restart }),
          ...(indent === undefined ? {} : { indent }),
        };
      }
      const uses = valueOf(child(abstract, 'numStyleLink'));
      const defines = valueOf(child(abstract, 'styleLink'));
      this.abstracts.set(attr(abstract, 'abstractNumId') ?? '', {
        levels,
        ...(uses === undefined ? {} : { uses }),
        ...(defines === undefined ? {} : { defines }),
      });
    }
    for (const num of children(numbering, 'num')) {
      const starts = new Map<number, number>();
      for (const override of children(num, 'lvlOverride')) {
        const start = valueOf(child(override, 'startOverride'));
        if (start !== undefined) starts.set(integer(attr(override, 'ilvl'), 0), integer(start, 0));
      }
      this.instances.set(attr(num, 'numId') ?? '', { abstractId: valueOf(child(num, 'abstractNumId')) ?? '', starts });
    }
    const byId = stylesById(styles);
    for (const [id] of byId) {
      const list = fromStyleChain(byId, id, (style) => {
        const numPr = child(child(style, 'pPr'), 'numPr');
        const numId = valueOf(child(numPr, 'numId'));
        if (numId === undefined) return undefined;
        const level = valueOf(child(numPr, 'ilvl'));
        return level === undefined ? { numId } : { numId, level: integer(level, 0) };
      });
      if (list !== undefined) this.styleLists.set(id, list);
    }
    // A list made with a list style ("numStyleLink") has no levels of its own: they are those of
    // the list the style points to, which names the style back ("styleLink").
    for (const list of this.abstracts.values()) {
      if (list.uses === undefined) continue;
      const instance = this.instances.get(this.styleLists.get(list.uses)?.numId ?? '');
      const pointed = instance === undefined ? undefined : this.abstracts.get(instance.abstractId);
      const defining =
        pointed !== undefined && pointed.uses === undefined
          ? pointed
          : [...this.abstracts.values()].find((a) => a.defines === list.uses && a.uses === undefined);
      if (defining !== undefined) list.levels = defining.levels;
    }
  }

  /** How far this paragraph's list level sets it in, where it is in a list whose level says. */
  indent(paragraph: XmlElement): number | undefined {
    return this.levelOf(paragraph)?.level.indent;
  }

  /** The number Word shows before this paragraph, counting it; `undefined` where it shows none. */
  label(paragraph: XmlElement): string | undefined {
    const found = this.levelOf(paragraph);
    if (found === undefined) return undefined;
    const { numId, instance, list, at, level } = found;
    const { levels } = list;

    // Instances of a list count on from each other, as do lists made with the same list style; one
    // that restarts a level ("Restart at 5") keeps counters of its own, starting there.
    const style = list.uses ?? list.defines;
    const key = instance.starts.size > 0 ? `instance ${numId}` : style === undefined ? `list ${instance.abstractId}` : `style ${style}`;
    let counters = this.counters.get(key);
    if (counters === undefined) {
      counters = [];
      for (const [restart, start] of instance.starts) counters[restart] = start - 1;
      this.counters.set(key, counters);
    }
    counters[at] = (counters[at] ?? level.start - 1) + 1;
    // Deeper levels start again under a new number at this one, but for those whose lvlRestart
    // names a level above this one, or none.
    for (let deeper = at + 1; deeper < counters.length; deeper++) {
      const restart = levels[deeper]?.restart;
      if (restart === undefined || restart > deeper || at < restart) counters[deeper] = undefined;
    }
    if (level.format === 'bullet') return undefined;
    const text = level.text.replace(/%([1-9])/g, (_, n: string) => {
      const i = Number(n) - 1;
      const shown = levels[i];
      return shown === undefined ? '' : formatNumber(counters[i] ?? shown.start, shown.format);
    });
    return text.trim() === '' ? undefined : text.trim();
  }

  /** The list and level a paragraph is in, by its own numbering or its style's. */
  private levelOf(
    paragraph: XmlElement,
  ): { numId: string; instance: ListInstance; list: AbstractList; at: number; level: ListLevel } | undefined {
    const pPr = child(paragraph, 'pPr');
    const numPr = child(pPr, 'numPr');
    const styleId = valueOf(child(pPr, 'pStyle'));
    const fromStyle = styleId === undefined ? undefined : this.styleLists.get(styleId);
    const numId = valueOf(child(numPr, 'numId')) ?? fromStyle?.numId;
    // numId 0 takes a paragraph out of the list its style would put it in.
    if (numId === undefined || numId === '0') return undefined;
    const instance = this.instances.get(numId);
    const list = instance === undefined ? undefined : this.abstracts.get(instance.abstractId);
    if (instance === undefined || list === undefined) return undefined;
    const direct = valueOf(child(numPr, 'ilvl'));
    const linked = styleId === undefined ? -1 : list.levels.findIndex((l) => l?.style === styleId);
    const at = Math.min(8, Math.max(0, integer(direct, fromStyle?.level ?? (linked === -1 ? 0 : linked))));
    const level = list.levels[at];
    return level === undefined ? undefined : { numId, instance, list, at, level };
  }
}

/** A list number in one of Word's formats; others are shown as decimal numbers. */
/** A paragraph properties' left (or start) indent, in twentieths of a point, where they give one. */
export function leftIndent(pPr: XmlElement | undefined): number | undefined {
  const ind = child(pPr, 'ind');
  const twips = attr(ind, 'left') ?? attr(ind, 'start');
  return twips !== undefined && /^-?\d+$/.test(twips) ? Number(twips) : undefined;
}

export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'none':
      return '';
    case 'decimalZero':
      return n >= 0 && n < 10 ? `0${n}` : String(n);
    case 'lowerLetter':
    case 'upperLetter': {
      // Word repeats the letter: a to z, then aa to zz, and so on (a list's start may be any
      // number, so past 20 letters the number is given as digits).
      if (n < 1 || n > 26 * 20) return String(n);
      const letter = String.fromCharCode(97 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
      return format === 'upperLetter' ? letter.toUpperCase() : letter;
    }
    case 'chicago': {
      // The Chicago Manual's marks, then each doubled, tripled: *, †, ‡, §, **, ††…
      if (n < 1 || n > 4 * 20) return String(n);
      return (['*', '†', '‡', '§'][(n - 1) % 4] as string).repeat(Math.floor((n - 1) / 4) + 1);
    }
    case 'lowerRoman':
    case 'upperRoman': {
      if (n < 1 || n > 3999) return String(n);
      const numerals = toRoman(n);
      return format === 'lowerRoman' ? numerals.toLowerCase() : numerals;
    }
    default:
      return String(n);
  }
}

function toRoman(n: number): string {
  const numerals: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let rest = n;
  let text = '';
  for (const [value, numeral] of numerals)
    while (rest >= value) {
      text += numeral;
      rest -= value;
    }
  return text;
}
