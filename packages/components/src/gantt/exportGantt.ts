import { formatDate, fromDayNumber, toDayNumber, type ActionAnalysis, type TimeAxis } from '@wsoa-kit/core';
import type { GanttRow } from './ganttRows.js';
import { barLabel, rowTitle } from './ganttText.js';
import { downloadBlob, fileName } from '../shared/download.js';
import { escapeMarkup } from '../shared/markup.js';

/** What an export draws: every row, not only those on screen. */
export interface GanttExportInput {
  readonly title: string;
  readonly rows: readonly GanttRow[];
  readonly axis: TimeAxis;
  readonly pxPerDay: number;
  readonly asOfDay: number;
  readonly markers: readonly { readonly day: number; readonly label: string; readonly kind: string }[];
  readonly showBaselines: boolean;
  readonly showCritical: boolean;
}

const RAG_FILL: Record<string, string> = {
  blue: '#1d70b8',
  green: '#00703c',
  amber: '#b35c00',
  red: '#d4351c',
  'not-started': '#505a5f',
  started: '#1d70b8',
  complete: '#00703c',
  unrated: '#505a5f',
};

/** The exported chart's row height, task list width and header height, in pixels. */
const SVG_LAYOUT = { rowHeight: 28, listWidth: 420, header: 48 } as const;

/** The exported chart's size in pixels: the task list and the whole time axis, and every row. */
export function ganttExportSize(input: GanttExportInput): { readonly width: number; readonly height: number } {
  const { rowHeight, listWidth, header } = SVG_LAYOUT;
  return {
    width: Math.ceil(listWidth + (input.axis.endDay - input.axis.startDay) * input.pxPerDay) + 16,
    height: header + input.rows.length * rowHeight + 16,
  };
}

/**
 * What every browser draws on a canvas: Firefox at most 32,767 pixels a side, and Safari on an
 * iPhone or iPad at most 16,777,216 pixels in all (Chromium 268 million). Past its limits a canvas
 * comes out blank, or gives no image at all, and says nothing.
 */
const PNG_MAX_SIDE = 32_767;
const PNG_MAX_AREA = 16_777_216;
/** Drawn smaller than half size, the chart's 12-pixel text cannot be read. */
const PNG_MIN_SCALE = 0.5;

/**
 * The scale a chart of this size is drawn at in a PNG: 1, or less to fit what a browser draws; or
 * `undefined` where fitting it would take it under half size.
 *
 * @example
 * pngScale({ width: 5_840, height: 900 }); // 1
 * pngScale({ width: 2_000, height: 60_000 }); // undefined: 16,777,216 pixels in all would be 37% of it
 */
export function pngScale(size: { readonly width: number; readonly height: number }): number | undefined {
  const scale = Math.min(1, PNG_MAX_SIDE / size.width, PNG_MAX_SIDE / size.height, Math.sqrt(PNG_MAX_AREA / (size.width * size.height)));
  return scale >= PNG_MIN_SCALE ? scale : undefined;
}

/**
 * The whole chart as a standalone SVG document: a title and description, the time axis, one row
 * per action with its bar, RAG word and accessible title, markers and the as-of line. Text is
 * escaped, so nothing in a plan can become markup.
 */
export function ganttToSvg(input: GanttExportInput): string {
  const { rowHeight, listWidth, header } = SVG_LAYOUT;
  const x = (day: number) => listWidth + (day - input.axis.startDay) * input.pxPerDay;
  const { width, height } = ganttExportSize(input);
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="t d" font-family="Arial, sans-serif" font-size="12">`,
    `<title id="t">${escapeMarkup(input.title)}</title>`,
    `<desc id="d">${escapeMarkup(`Gantt chart of ${input.rows.length} rows as of ${formatDate(fromDayNumber(input.asOfDay))}`)}</desc>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
  );
  for (const g of input.axis.groups) parts.push(`<text x="${x(g.startDay) + 4}" y="16" font-weight="bold">${escapeMarkup(g.label)}</text>`);
  for (const u of input.axis.units) {
    parts.push(`<line x1="${x(u.startDay)}" y1="22" x2="${x(u.startDay)}" y2="${height}" stroke="#e0e0e0"/>`);
    parts.push(`<text x="${x(u.startDay) + 3}" y="38" fill="#484949">${escapeMarkup(u.label)}</text>`);
  }
  input.rows.forEach((row, i) => {
    const y = header + i * rowHeight;
    const item = row.item;
    parts.push(
      `<text x="${4 + (row.level - 1) * 12}" y="${y + 18}"${row.kind === 'workstream' ? ' font-weight="bold"' : ''}>${escapeMarkup(truncate(rowTitle(row), 48))}</text>`,
      `<text x="${listWidth - 60}" y="${y + 18}">${escapeMarkup(item.rag.label)}</text>`,
    );
    const fill = RAG_FILL[item.rag.status] ?? '#505a5f';
    // An action due by a date with no start: a bracket closing on its due day.
    if (!item.start && item.finish && row.kind === 'action') {
      const due = x(toDayNumber(item.finish) + 1);
      parts.push(
        `<path d="M${due - 12},${y + 6} h12 v14 h-12" fill="none" stroke="${fill}" stroke-width="3"><title>${escapeMarkup(barLabel(row))}</title></path>`,
      );
      return;
    }
    if (!item.start || !item.finish) return;
    const x1 = x(toDayNumber(item.start));
    const x2 = x(toDayNumber(item.finish) + 1);
    const action = row.kind === 'action' ? (item as ActionAnalysis) : undefined;
    const critical = input.showCritical && action?.critical ? ' stroke="#0b0c0c" stroke-width="2"' : '';
    if (input.showBaselines && action?.slippage) {
      const b1 = x(toDayNumber(action.slippage.baselineStart));
      const b2 = x(toDayNumber(action.slippage.baselineFinish) + 1);
      parts.push(`<rect x="${b1}" y="${y + 20}" width="${Math.max(2, b2 - b1)}" height="4" fill="#b1b4b6"/>`);
    }
    if (action?.milestone) {
      parts.push(
        `<path d="M${x2},${y + 6} l8,8 l-8,8 l-8,-8 z" fill="${fill}"${critical}><title>${escapeMarkup(barLabel(row))}</title></path>`,
      );
      return;
    }
    parts.push(
      `<g><title>${escapeMarkup(barLabel(row))}</title>`,
      `<rect x="${x1}" y="${y + 6}" width="${Math.max(2, x2 - x1)}" height="14" fill="${fill}" fill-opacity="0.35"${critical}/>`,
      `<rect x="${x1}" y="${y + 6}" width="${(Math.max(2, x2 - x1) * Math.min(100, item.percentComplete)) / 100}" height="14" fill="${fill}"/></g>`,
    );
  });
  for (const m of input.markers) {
    const dash = m.kind === 'as-of' ? '' : m.kind === 'deadline' ? ' stroke-dasharray="6 3"' : ' stroke-dasharray="2 3"';
    parts.push(
      `<line x1="${x(m.day)}" y1="${header}" x2="${x(m.day)}" y2="${height}" stroke="#0b0c0c"${dash}><title>${escapeMarkup(m.label)}</title></line>`,
    );
  }
  parts.push('</svg>');
  return parts.join('\n');
}

function truncate(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

/** Saves the chart as an SVG file. */
export function downloadGanttSvg(title: string, input: GanttExportInput): void {
  downloadBlob(fileName(title, 'svg', 'gantt'), new Blob([ganttToSvg(input)], { type: 'image/svg+xml' }));
}

/** What became of a PNG: saved, with a note where it was shrunk to fit; or not saved, and why. */
export type PngExport = { readonly saved: true; readonly note?: string } | { readonly saved: false; readonly note: string };

const pixels = (size: { readonly width: number; readonly height: number }) =>
  `${size.width.toLocaleString('en-GB')} by ${size.height.toLocaleString('en-GB')} pixels`;
const LIMITS = `a browser draws an image of at most ${PNG_MAX_SIDE.toLocaleString('en-GB')} pixels a side and ${PNG_MAX_AREA.toLocaleString('en-GB')} in all`;

/**
 * The PNG's size in pixels at a scale from {@link pngScale}, and the note that says it was shrunk
 * (`undefined` at full size), so no one takes a smaller image for the whole chart without being told.
 *
 * @example
 * pngSize({ width: 5_840, height: 900 }, 1); // { width: 5840, height: 900 }
 * pngSize({ width: 2_024, height: 30_864 }, 0.5).note; // 'Saved the PNG at 50% of the chart’s size, 1,012 by 15,432 pixels: the chart is 2,024 by 30,864 pixels, and a browser draws an image of at most 32,767 pixels a side and 16,777,216 in all. Download the SVG for the chart at full size.'
 */
export function pngSize(
  size: { readonly width: number; readonly height: number },
  scale: number,
): { readonly width: number; readonly height: number; readonly note?: string } {
  const drawn = { width: Math.floor(size.width * scale), height: Math.floor(size.height * scale) };
  if (scale >= 1) return drawn;
  return {
    ...drawn,
    note: `Saved the PNG at ${Math.floor(scale * 100)}% of the chart’s size, ${pixels(drawn)}: the chart is ${pixels(size)}, and ${LIMITS}. Download the SVG for the chart at full size.`,
  };
}

/**
 * Draws the SVG onto a canvas and saves it as a PNG (in browsers with canvas), shrunk to fit what
 * browsers draw where it must be. Resolves to whether it was saved, with a note where it was shrunk
 * or why it was not.
 */
export async function downloadGanttPng(title: string, input: GanttExportInput): Promise<PngExport> {
  const size = ganttExportSize(input);
  const scale = pngScale(size);
  const instead = 'Download the SVG instead, which has no such limit.';
  if (scale === undefined)
    return {
      saved: false,
      note: `The chart is ${pixels(size)}, too large to save as a PNG: ${LIMITS}, and shrunk to fit, its text could not be read. ${instead}`,
    };
  const drawn = pngSize(size, scale);
  const svg = ganttToSvg(input);
  const image = new Image();
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const loaded = await new Promise<boolean>((resolve) => {
      image.onload = () => resolve(true);
      image.onerror = () => resolve(false);
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = drawn.width;
    canvas.height = drawn.height;
    const context = canvas.getContext('2d');
    context?.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = loaded && context ? await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png')) : null;
    if (!blob) return { saved: false, note: `This browser could not draw the chart as a PNG. ${instead}` };
    downloadBlob(fileName(title, 'png', 'gantt'), blob);
    return drawn.note === undefined ? { saved: true } : { saved: true, note: drawn.note };
  } finally {
    URL.revokeObjectURL(url);
  }
}
