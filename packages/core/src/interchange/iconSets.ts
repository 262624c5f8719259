// A RAG a sheet shows by Excel's conditional formatting icons ("3 Traffic Lights" on a column of
// scores, often with "Show Icon Only"): the cell holds a number, and the sheet shows a light.
import type { RagColour } from './ragColour.js';
import { attr, child, children, type XmlElement } from './readXml.js';
import { columnIndex, rowIndex, SHEET_COLUMNS, SHEET_ROWS } from './cellRef.js';

/**
 * Excel's icon sets whose icons are red, amber and green, each icon's RAG from the one for the
 * lowest values up (ECMA-376 Part 1, 18.18.42): the lights, the signs, the flags and the circled
 * symbols (a red cross, an amber "!", a green tick). "4 Traffic Lights" starts with a black light,
 * which is no RAG. Arrows, stars and ratings are not RAG, and give none.
 */
const RAG_ICONS: ReadonlyMap<string, readonly (RagColour | undefined)[]> = new Map([
  ['3TrafficLights1', ['Red', 'Amber', 'Green']],
  ['3TrafficLights2', ['Red', 'Amber', 'Green']],
  ['3Signs', ['Red', 'Amber', 'Green']],
  ['3Flags', ['Red', 'Amber', 'Green']],
  ['3Symbols', ['Red', 'Amber', 'Green']],
  ['3Symbols2', ['Red', 'Amber', 'Green']],
  ['4TrafficLights', [undefined, 'Red', 'Amber', 'Green']],
]);

/** The names Excel gives the icon sets in its menu, for the notes. */
const ICON_SET_NAMES: ReadonlyMap<string, string> = new Map([
  ['3TrafficLights1', '3 Traffic Lights (Unrimmed)'],
  ['3TrafficLights2', '3 Traffic Lights (Rimmed)'],
  ['3Signs', '3 Signs'],
  ['3Flags', '3 Flags'],
  ['3Symbols', '3 Symbols (Circled)'],
  ['3Symbols2', '3 Symbols (Uncircled)'],
  ['4TrafficLights', '4 Traffic Lights'],
]);

/** What a sheet's icons give in one column: each row's RAG, and what the notes say of the rules. */
export interface IconRags {
  /** The RAG each row's cell shows by its icon, by row index. */
  readonly words: ReadonlyMap<number, RagColour>;
  /** The rules read, by their icon set's name and range ("3 Traffic Lights (Unrimmed)" on F2:F40). */
  readonly rules: readonly string[];
  /** The rules whose thresholds are formulas, which are not worked out, by range. */
  readonly unread: readonly string[];
}

/**
 * The RAG each cell of a column shows by a conditional formatting rule of red, amber and green
 * icons, from the rows after `headerAt`: worked out as Excel does, from each number and the rule's
 * thresholds (a number, a percentage of the way from the range's lowest number to its highest, or
 * a percentile of its numbers), the icon for the lowest values first unless the rule reverses them.
 * Where rules overlap, the one of highest priority (lowest number) gives a cell its icon.
 */
export function iconRags(
  sheet: XmlElement | undefined,
  numbers: readonly (readonly (number | undefined)[] | undefined)[],
  column: number,
  headerAt: number,
): IconRags {
  const words = new Map<number, RagColour>();
  const rules: string[] = [];
  const unread: string[] = [];
  const found = children(sheet, 'conditionalFormatting').flatMap((formatting) =>
    children(formatting, 'cfRule')
      .filter((rule) => attr(rule, 'type') === 'iconSet')
      .map((rule) => ({ ranges: (attr(formatting, 'sqref') ?? '').split(/\s+/).filter((r) => r !== ''), rule })),
  );
  found.sort((a, b) => Number(attr(a.rule, 'priority') ?? Infinity) - Number(attr(b.rule, 'priority') ?? Infinity));
  const given = new Set<number>();
  for (const { ranges, rule } of found) {
    const iconSet = child(rule, 'iconSet');
    const name = attr(iconSet, 'iconSet') ?? '3TrafficLights1';
    const boxes = ranges.map(box).filter((b) => b !== undefined);
    const across = boxes.filter((b) => b.left <= column && column <= b.right);
    if (across.length === 0) continue;
    // The rows of the column the rule covers, below the header; a rule of higher priority has already given some.
    const inColumn = (r: number) => r > headerAt && across.some((b) => b.top <= r && r <= b.bottom);
    const icons = RAG_ICONS.get(name);
    const thresholds = icons === undefined ? undefined : ruleThresholds(children(iconSet, 'cfvo'), rangeNumbers(numbers, boxes));
    if (icons === undefined || thresholds === undefined) {
      // Not a RAG, or thresholds not worked out: the cells it covers keep their numbers, and no lower rule gives them an icon.
      for (let r = headerAt + 1; r < numbers.length; r++) if (inColumn(r)) given.add(r);
      if (icons !== undefined) unread.push(ranges.join(' '));
      continue;
    }
    const label = `"${ICON_SET_NAMES.get(name) ?? name}" on ${ranges.join(' ')}`;
    const order = ['1', 'true'].includes(attr(iconSet, 'reverse') ?? '') ? [...icons].reverse() : icons;
    let gave = false;
    for (let r = headerAt + 1; r < numbers.length; r++) {
      const value = numbers[r]?.[column];
      if (value === undefined || given.has(r) || !inColumn(r)) continue;
      given.add(r);
      let icon = 0;
      for (let k = 1; k < thresholds.length; k++) {
        const { at, gte } = thresholds[k] as Threshold;
        if (gte ? value >= at : value > at) icon = k;
      }
      const word = order[Math.min(icon, order.length - 1)];
      if (word === undefined) continue;
      words.set(r, word);
      gave = true;
    }
    if (gave) rules.push(label);
  }
  return { words, rules, unread };
}

/** A rule's threshold: the value at which an icon starts, and whether a value equal to it reaches it. */
interface Threshold {
  readonly at: number;
  readonly gte: boolean;
}

/**
 * A rule's thresholds, worked out over the numbers of its range, or `undefined` where one is a
 * formula (anything but a plain number), which is not worked out here.
 */
function ruleThresholds(values: readonly XmlElement[], range: readonly number[]): Threshold[] | undefined {
  const sorted = [...range].sort((a, b) => a - b);
  const lowest = sorted[0] ?? 0;
  const highest = sorted.at(-1) ?? 0;
  const thresholds: Threshold[] = [];
  for (const value of values) {
    const type = attr(value, 'type');
    const given = (attr(value, 'val') ?? '').trim();
    const n = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(given) ? Number(given) : undefined;
    const gte = !['0', 'false'].includes(attr(value, 'gte') ?? '');
    let at: number | undefined;
    if (type === 'min') at = lowest;
    else if (type === 'max') at = highest;
    else if (n === undefined) return undefined;
    else if (type === 'num' || type === 'formula') at = n;
    else if (type === 'percent') at = lowest + ((highest - lowest) * n) / 100;
    else if (type === 'percentile') at = percentile(sorted, n / 100);
    else return undefined;
    thresholds.push({ at, gte });
  }
  return thresholds.length === 0 ? undefined : thresholds;
}

/** Excel's PERCENTILE (inclusive) of numbers sorted from the lowest: the value `p` of the way through them. */
function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.max(0, Math.min(1, p)) * (sorted.length - 1);
  const below = Math.floor(rank);
  const low = sorted[below] as number;
  const high = sorted[Math.min(below + 1, sorted.length - 1)] as number;
  return low + (high - low) * (rank - below);
}

/** The numbers in a rule's ranges, each cell once. */
function rangeNumbers(numbers: readonly (readonly (number | undefined)[] | undefined)[], boxes: readonly Box[]): number[] {
  const found: number[] = [];
  for (let r = 0; r < numbers.length; r++) {
    const row = numbers[r];
    if (row === undefined) continue;
    for (let c = 0; c < row.length; c++) {
      const value = row[c];
      if (value !== undefined && boxes.some((b) => b.top <= r && r <= b.bottom && b.left <= c && c <= b.right)) found.push(value);
    }
  }
  return found;
}

/** A range's rows and columns, from first to last. */
interface Box {
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
}

/** A range written `F2:F40` or `F2`, or `undefined` if it is neither. */
function box(range: string): Box | undefined {
  const ends = range.split(':');
  const from = ends[0] ?? '';
  const to = ends[1] ?? from;
  if (ends.length > 2 || !/^[A-Za-z]{1,3}\d+$/.test(from) || !/^[A-Za-z]{1,3}\d+$/.test(to)) return undefined;
  const [top, bottom] = [rowIndex(from), rowIndex(to)].map((r) => Math.min(r, SHEET_ROWS - 1)) as [number, number];
  const [left, right] = [columnIndex(from), columnIndex(to)].map((c) => Math.min(c, SHEET_COLUMNS - 1)) as [number, number];
  return { top: Math.min(top, bottom), bottom: Math.max(top, bottom), left: Math.min(left, right), right: Math.max(left, right) };
}
