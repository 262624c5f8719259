import {
  FIRST_ISO_DATE,
  formatDate,
  LAST_ISO_DATE,
  progressPercent,
  shiftDates,
  timeAxis,
  toDayNumber,
  type ActionAnalysis,
  type DateShift,
  type PlanAnalysis,
  type StatutoryDeadline,
  type TimeZoom,
  type WorkstreamAnalysis,
} from '@wsoa-kit/core';
import {
  memo,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type KeyboardEvent,
  type PointerEvent as ReactPointerEvent,
  type ReactElement,
} from 'react';
import { flushSync } from 'react-dom';
import { useControllableState } from '../shared/useControllableState.js';
import { useBrowserLayoutEffect } from '../shared/useBrowserLayoutEffect.js';
import { useAnnouncement } from '../shared/useAnnouncement.js';
import type { HeadingLevel } from '../shared/Heading.js';
import { buildGanttTree, expandableKeys, visibleRows, type ExpandedState, type GanttRow } from './ganttRows.js';
import { barLabel, leadInitials } from './ganttText.js';
import { GanttDetails } from './GanttDetails.js';
import { GanttTable } from './GanttTable.js';
import { downloadGanttPng, downloadGanttSvg, type PngExport } from './exportGantt.js';
import { RagResultBadge } from '../rag/RagBadge.js';

/** The columns the task list can show, left to right. */
export type GanttColumn = 'ref' | 'title' | 'leads' | 'start' | 'finish' | 'days' | 'percent' | 'rag';

/** A change the editor asks for: new dates for one action. The Gantt never changes its props. */
export interface GanttActionChange {
  readonly actionId: string;
  readonly start: string;
  readonly finish: string;
  readonly previous: { readonly start: string; readonly finish: string };
}

/** Props for {@link Gantt}. */
export interface GanttProps {
  /** What to show: the result of core's `analysePlan`. */
  readonly analysis: PlanAnalysis;
  /** The chart's name, used for the grid's label and exports. Default: the plan's title. */
  readonly label?: string;
  readonly columns?: readonly GanttColumn[];
  readonly zoom?: TimeZoom;
  readonly defaultZoom?: TimeZoom;
  readonly onZoomChange?: (zoom: TimeZoom) => void;
  readonly expanded?: ExpandedState;
  readonly defaultExpanded?: ExpandedState;
  readonly onExpandedChange?: (expanded: ExpandedState) => void;
  readonly view?: 'chart' | 'table';
  readonly defaultView?: 'chart' | 'table';
  readonly onViewChange?: (view: 'chart' | 'table') => void;
  readonly showBaselines?: boolean;
  readonly defaultShowBaselines?: boolean;
  readonly onShowBaselinesChange?: (show: boolean) => void;
  readonly showCriticalPath?: boolean;
  readonly defaultShowCriticalPath?: boolean;
  readonly onShowCriticalPathChange?: (show: boolean) => void;
  /** Draw dependency arrows. Default true. */
  readonly showDependencies?: boolean;
  /** Statutory deadlines to mark (from core's `statutoryTimeline`). Board meetings come from the plan. */
  readonly deadlines?: readonly StatutoryDeadline[];
  /** Let people move and resize bars by pointer and keyboard; changes are reported, never applied. */
  readonly editable?: boolean;
  readonly onActionChange?: (change: GanttActionChange) => void;
  /** Height of the scrolling chart in pixels. Default 480. */
  readonly height?: number;
  /** Height of one row in pixels. Default 36. */
  readonly rowHeight?: number;
  /** `data-wsoa-theme` for the component: `default` or `high-contrast`. */
  readonly theme?: 'default' | 'high-contrast';
  /** Heading level of the details panel's title, to fit the host page's outline; its parts sit one below. Default 3. */
  readonly headingLevel?: HeadingLevel;
}

const DEFAULT_COLUMNS: readonly GanttColumn[] = ['ref', 'title', 'leads', 'start', 'finish', 'days', 'percent', 'rag'];
const COLUMN_WIDTH: Record<GanttColumn, number> = {
  ref: 96,
  title: 220,
  leads: 88,
  start: 124,
  finish: 124,
  days: 64,
  percent: 64,
  rag: 112,
};
/** Full names, for screen readers, of headers shown short to fit their columns. */
const COLUMN_FULL_NAME: Partial<Record<GanttColumn, string>> = { days: 'Working days', percent: 'Percent complete' };
const COLUMN_NAME: Record<GanttColumn, string> = {
  ref: 'Ref',
  title: 'Action',
  leads: 'Leads',
  start: 'Start',
  finish: 'Finish',
  days: 'Days',
  percent: 'Done',
  rag: 'RAG',
};
const PX_PER_DAY: Record<TimeZoom, number> = { week: 16, month: 4, quarter: 1.5 };
const ZOOMS: readonly TimeZoom[] = ['week', 'month', 'quarter'];
const ZOOM_NAMES: Record<TimeZoom, string> = { week: 'Weeks', month: 'Months', quarter: 'Quarters' };
/**
 * The widest timeline drawn, in pixels. Firefox lays out nothing past about 17.9 million pixels,
 * Chromium and Safari about 33.5 million: a plan running to 31 Dec 9999 is 46 million at a week a
 * column, so its far end would be cut off. Month and quarter columns fit any plan.
 */
const MAX_TIMELINE_WIDTH = 16_000_000;
/** Days an axis may add to a plan's span, to start and end on whole periods (a quarter each side). */
const AXIS_PADDING_DAYS = 184;
const HEADER_HEIGHT = 56;
/** The least timeline width, in pixels, beside which the task list stays pinned. */
const MIN_PINNED_TIMELINE = 320;
/** Pixels of timeline shown before a bar brought into view by the keyboard. */
const BAR_LEAD_IN = 40;
/** Rows drawn beyond each edge of the view. */
const OVERSCAN = 6;

/**
 * The row at the top of the view when the chart is scrolled to `top`. The rows drawn depend on it
 * alone, so a scroll that keeps the same row at the top changes nothing in the DOM and renders
 * nothing: the browser only moves what it has already drawn.
 */
function topRowAt(top: number, rowHeight: number): number {
  return Math.floor(top / rowHeight);
}

interface Marker {
  readonly key: string;
  readonly day: number;
  readonly label: string;
  readonly kind: 'as-of' | 'deadline' | 'meeting';
}

/**
 * An accessible, virtualised Gantt chart over core's `PlanAnalysis`: a task list beside a timeline,
 * as an ARIA treegrid with one tab stop and roving focus. Workstreams, actions and sub-actions
 * expand and collapse; bars show progress, RAG by colour and pattern and text, milestones,
 * baselines, dependencies, the critical path, the as-of date, statutory deadlines and board
 * meetings. Only the rows in view are in the DOM (all of them when printing). A switch shows the
 * same data as a table. It does no date or RAG logic of its own.
 *
 * Keys: arrows move between rows and cells; Right and Left (or Enter) expand and collapse; Home
 * and End go to the first and last cell, with Ctrl to the first and last row; Page Up and Page Down
 * move a page. When editable, on a bar: Shift+Left/Right moves it a working day, Shift+Ctrl a week
 * (5 working days), Shift+Alt changes its finish by a working day.
 *
 * @example
 * <Gantt analysis={analysePlan(plan, { asOf: '2022-05-22' })} deadlines={statutoryTimeline(plan.inspection)} />
 */
export function Gantt(props: GanttProps): ReactElement {
  const { analysis, deadlines = [], editable = false, onActionChange, height = 480, rowHeight = 36, showDependencies = true } = props;
  const columns = props.columns ?? DEFAULT_COLUMNS;
  const label = props.label ?? analysis.plan.title;
  const [chosenZoom, setZoom] = useControllableState(props.zoom, props.defaultZoom ?? fittingZoom(analysis), props.onZoomChange);
  const [expanded, setExpanded] = useControllableState<ExpandedState>(
    props.expanded,
    props.defaultExpanded ?? 'all',
    props.onExpandedChange,
  );
  const [view, setView] = useControllableState(props.view, props.defaultView ?? 'chart', props.onViewChange);
  const [showBaselines, setShowBaselines] = useControllableState(
    props.showBaselines,
    props.defaultShowBaselines ?? false,
    props.onShowBaselinesChange,
  );
  const [showCritical, setShowCritical] = useControllableState(
    props.showCriticalPath,
    props.defaultShowCriticalPath ?? false,
    props.onShowCriticalPathChange,
  );

  const tree = useMemo(() => buildGanttTree(analysis), [analysis]);
  const rows = useMemo(() => visibleRows(tree, expanded), [tree, expanded]);
  const rowIndexByKey = useMemo(() => {
    // A plain loop: no [key, index] pair per row for the Map to iterate, on 10,000 rows before the
    // first render, mostly before V8 has compiled this.
    const index = new Map<string, number>();
    for (let i = 0; i < rows.length; i++) index.set((rows[i] as GanttRow).key, i);
    return index;
  }, [rows]);

  const markers = useMemo(() => collectMarkers(analysis, deadlines), [analysis, deadlines]);
  const span = useMemo(() => {
    const dates = [analysis.start ?? analysis.asOf, analysis.finish ?? analysis.asOf, analysis.asOf].sort();
    return { first: dates[0] as string, last: dates[dates.length - 1] as string };
  }, [analysis]);
  // A zoom too wide for a browser to draw (weeks, for a plan of thousands of years) gives way to the next that fits.
  const fits = (z: TimeZoom) =>
    (toDayNumber(span.last) - toDayNumber(span.first) + AXIS_PADDING_DAYS) * PX_PER_DAY[z] <= MAX_TIMELINE_WIDTH;
  const zoom = ZOOMS.slice(ZOOMS.indexOf(chosenZoom)).find(fits) ?? 'quarter';
  const axis = useMemo(() => timeAxis(span.first, span.last, zoom), [span, zoom]);
  const pxPerDay = PX_PER_DAY[zoom];
  const listWidth = columns.reduce((sum, column) => sum + COLUMN_WIDTH[column], 0);
  const timelineWidth = Math.ceil((axis.endDay - axis.startDay) * pxPerDay);
  const x = useCallback((day: number) => (day - axis.startDay) * pxPerDay, [axis.startDay, pxPerDay]);

  // Roving focus: the one cell with tabIndex 0. Column index runs over list columns then the timeline.
  const timelineColumn = columns.length;
  const [active, setActive] = useState<{ key: string; column: number }>(() => ({ key: rows[0]?.key ?? '', column: 0 }));
  const activeIndex = rowIndexByKey.get(active.key) ?? (rows.length > 0 ? 0 : -1);
  const activeRow = activeIndex >= 0 ? rows[activeIndex] : undefined;
  const viewportRef = useRef<HTMLDivElement>(null);
  const focusRequested = useRef(false);
  const [printing, setPrinting] = useState(false);
  const [announcement, announce] = useAnnouncement();
  const [pngExport, setPngExport] = useState<PngExport>();
  const ids = useId();
  const detailsId = `${ids}-details`;

  // Open with the as-of date in view, a little in from the left of the timeline, beside the pinned
  // task list; on a screen too narrow to pin the list, open at the list. The first render already
  // draws the wide case, so setting the scroll there does not render the chart again.
  const openingLeft = () => Math.max(0, x(toDayNumber(analysis.asOf)) - 120);
  const roomToPin = (viewport: HTMLElement) => viewport.clientWidth >= listWidth + MIN_PINNED_TIMELINE;
  const [scroll, setScroll] = useState(() => ({ top: 0, left: openingLeft() }));
  // The scroll position the DOM was last drawn for, read by the scroll handler.
  const drawnScroll = useRef(scroll);
  useBrowserLayoutEffect(() => {
    drawnScroll.current = scroll;
  }, [scroll]);
  useBrowserLayoutEffect(() => {
    const viewport = viewportRef.current;
    if (!viewport) return;
    viewport.scrollLeft = roomToPin(viewport) ? openingLeft() : 0;
    const left = viewport.scrollLeft;
    setScroll((s) => (s.left === left ? s : { ...s, left }));
    // Only when the chart or its zoom changes, not on every render.
  }, [analysis.asOf, zoom]);

  // Keep the task list in view while the timeline scrolls sideways, when the chart is wide enough
  // for both; on a narrow screen the list scrolls away so the timeline has the room.
  const [pinList, setPinList] = useState(true);
  useBrowserLayoutEffect(() => {
    const viewport = viewportRef.current;
    if (!viewport) return;
    const measure = () => setPinList(roomToPin(viewport));
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(viewport);
    return () => observer.disconnect();
  }, [view, listWidth]);

  // Print every row: virtualisation is switched off while the browser prints.
  useEffect(() => {
    const before = () => setPrinting(true);
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);

  const bodyHeight = height - HEADER_HEIGHT;
  // From the top row: the rows that fit in the view below it (and one more, for a row part-way
  // in), and the overscan either side.
  const topRow = topRowAt(scroll.top, rowHeight);
  const first = printing ? 0 : Math.max(0, topRow - OVERSCAN);
  const last = printing ? rows.length - 1 : Math.min(rows.length - 1, topRow + Math.ceil(bodyHeight / rowHeight) + 1 + OVERSCAN);
  // The active row stays in the DOM even when scrolled away, so the grid never loses its tab stop.
  // It goes before the rows in view when it is above them and after them when below, so the DOM
  // keeps the rows' order (screen readers' browse mode follows it) and React never has to move
  // the rows in view past it when the view scrolls back to it.
  const rendered: number[] = [];
  if (activeIndex >= 0 && activeIndex < first) rendered.push(activeIndex);
  for (let i = first; i <= last; i++) rendered.push(i);
  if (activeIndex > last) rendered.push(activeIndex);
  const pageSize = Math.max(1, Math.floor(bodyHeight / rowHeight) - 1);

  const moveTo = useCallback(
    (index: number, column: number) => {
      const row = rows[Math.max(0, Math.min(rows.length - 1, index))];
      if (!row) return;
      focusRequested.current = true;
      setActive({ key: row.key, column: Math.max(0, Math.min(timelineColumn, column)) });
      const viewport = viewportRef.current;
      const i = rows.indexOf(row);
      if (viewport) {
        const top = i * rowHeight;
        if (top < viewport.scrollTop) viewport.scrollTop = top;
        else if (top + rowHeight > viewport.scrollTop + bodyHeight) viewport.scrollTop = top + rowHeight - bodyHeight;
        setScroll((s) => ({ ...s, top: viewport.scrollTop }));
      }
    },
    [rows, rowHeight, bodyHeight, timelineColumn],
  );

  // Bring a bar that is off to one side into view when its timeline cell takes the focus, a little
  // in from the timeline's visible left edge, so a keyboard user sees the bar being read out.
  function revealBar(row: GanttRow): void {
    const viewport = viewportRef.current;
    const from = barLeft(row, x);
    if (!viewport || Number.isNaN(from) || printing) return;
    // The timeline's visible span in its own pixels: behind a pinned list, or after the list.
    const edge = pinList ? viewport.scrollLeft : viewport.scrollLeft - listWidth;
    const width = viewport.clientWidth - (pinList ? listWidth : 0);
    if (from >= edge && from <= edge + width - BAR_LEAD_IN) return;
    viewport.scrollLeft = Math.max(0, from - BAR_LEAD_IN + (pinList ? 0 : listWidth));
    const left = viewport.scrollLeft;
    setScroll((s) => (s.left === left ? s : { ...s, left }));
  }

  useBrowserLayoutEffect(() => {
    if (!focusRequested.current) return;
    focusRequested.current = false;
    const cell = viewportRef.current?.querySelector<HTMLElement>(
      `[data-row-key="${cssEscape(active.key)}"] [data-column="${active.column}"]`,
    );
    cell?.focus({ preventScroll: true });
    if (cell && active.column === timelineColumn && activeRow) revealBar(activeRow);
  });

  const toggle = useCallback(
    (row: GanttRow, open: boolean) => {
      const current = expanded === 'all' ? new Set(expandableKeys(tree)) : new Set(expanded);
      if (open) current.add(row.key);
      else current.delete(row.key);
      setExpanded(current);
      focusRequested.current = true;
      setActive((a) => ({ ...a, key: row.key }));
    },
    [expanded, tree, setExpanded],
  );

  const edit = useCallback(
    (row: GanttRow, shift: DateShift) => {
      if (!editable || row.kind !== 'action') return;
      const action = row.item as ActionAnalysis;
      if (action.isSummary || !action.start || !action.finish) return;
      let next: ReturnType<typeof shiftDates>;
      try {
        next = shiftDates({ start: action.start, finish: action.finish, milestone: action.milestone }, shift, analysis.calendar);
      } catch (error) {
        // Past 31 Dec 9999 (a plan's "no end date") or before 1 Jan 0000, no date can be written.
        if (!(error instanceof RangeError)) throw error;
        announce(
          shift.by > 0
            ? `${action.ref} cannot finish after ${formatDate(LAST_ISO_DATE)}, the last date a plan can hold`
            : `${action.ref} cannot start before ${formatDate(FIRST_ISO_DATE)}, the first date a plan can hold`,
        );
        return;
      }
      if (next.start === action.start && next.finish === action.finish) return;
      onActionChange?.({
        actionId: action.id,
        start: next.start,
        finish: next.finish,
        previous: { start: action.start, finish: action.finish },
      });
      announce(
        `${action.ref} ${action.milestone ? `moved to ${formatDate(next.finish)}` : `now ${formatDate(next.start)} to ${formatDate(next.finish)}`}`,
      );
    },
    [editable, analysis.calendar, onActionChange, announce],
  );

  // Stable callbacks for the memoised rows: they read the latest rows through a ref, which is
  // updated once a render is committed, so a render React throws away leaves nothing behind.
  const latest = useRef({ rows, rowIndexByKey, toggle, edit });
  useBrowserLayoutEffect(() => {
    latest.current = { rows, rowIndexByKey, toggle, edit };
  });
  const focusCell = useCallback(
    (key: string, column: number) => setActive((a) => (a.key === key && a.column === column ? a : { key, column })),
    [],
  );
  const rowByKey = (key: string) => latest.current.rows[latest.current.rowIndexByKey.get(key) ?? -1];
  const toggleByKey = useCallback((key: string, open: boolean) => {
    const row = rowByKey(key);
    if (row) latest.current.toggle(row, open);
  }, []);
  const editByKey = useCallback((key: string, shift: DateShift) => {
    const row = rowByKey(key);
    if (row) latest.current.edit(row, shift);
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!activeRow) return;
    const column = active.column;
    const key = event.key;
    if (editable && event.shiftKey && column === timelineColumn && (key === 'ArrowLeft' || key === 'ArrowRight')) {
      const direction = key === 'ArrowRight' ? 1 : -1;
      const shift: DateShift = event.altKey
        ? { edge: 'finish', by: direction, unit: 'working' }
        : { edge: 'move', by: direction * (event.ctrlKey || event.metaKey ? 5 : 1), unit: 'working' };
      edit(activeRow, shift);
      event.preventDefault();
      return;
    }
    let handled = true;
    switch (key) {
      case 'ArrowDown':
        moveTo(activeIndex + 1, column);
        break;
      case 'ArrowUp':
        moveTo(activeIndex - 1, column);
        break;
      case 'ArrowRight':
        if (column === 0 && activeRow.hasChildren && !activeRow.expanded) toggle(activeRow, true);
        else moveTo(activeIndex, column + 1);
        break;
      case 'ArrowLeft':
        if (column === 0 && activeRow.expanded) toggle(activeRow, false);
        else if (column === 0 && activeRow.parentKey) moveTo(rowIndexByKey.get(activeRow.parentKey) ?? activeIndex, 0);
        else moveTo(activeIndex, column - 1);
        break;
      case 'Enter':
        if (column === 0 && activeRow.hasChildren) toggle(activeRow, !activeRow.expanded);
        else handled = false;
        break;
      case 'Home':
        moveTo(event.ctrlKey ? 0 : activeIndex, 0);
        break;
      case 'End':
        moveTo(event.ctrlKey ? rows.length - 1 : activeIndex, timelineColumn);
        break;
      case 'PageDown':
        moveTo(activeIndex + pageSize, column);
        break;
      case 'PageUp':
        moveTo(activeIndex - pageSize, column);
        break;
      default:
        handled = false;
    }
    if (handled) event.preventDefault();
  };

  const asOfDay = toDayNumber(analysis.asOf);
  const visibleFrom = scroll.left - listWidth;
  const visibleTo = scroll.left + 4000;
  const unitsInView = printing ? axis.units : axis.units.filter((u) => x(u.endDay) >= visibleFrom && x(u.startDay) <= visibleTo);
  const groupsInView = printing ? axis.groups : axis.groups.filter((g) => x(g.endDay) >= visibleFrom && x(g.startDay) <= visibleTo);
  // The month or quarter label of the group at the timeline's visible left edge stays at that edge,
  // so the year is always in view (behind a pinned list, the edge is the scroll position itself).
  const timelineEdge = printing ? 0 : pinList ? scroll.left : Math.max(0, scroll.left - listWidth);
  const groupLeft = (g: { startDay: number; endDay: number }) =>
    x(g.startDay) < timelineEdge && timelineEdge < x(g.endDay) ? timelineEdge : x(g.startDay);
  const totalHeight = rows.length * rowHeight;
  const themeAttr = props.theme ?? 'default';
  const style = { '--wsoa-gantt-row-height': `${rowHeight}px`, '--wsoa-gantt-list-width': `${listWidth}px` } as CSSProperties;

  // What the SVG and PNG downloads draw: every row, read when a download is asked for.
  const exportInput = () => ({
    rows: visibleRows(tree, 'all'),
    axis,
    pxPerDay,
    asOfDay,
    markers,
    showBaselines,
    showCritical,
    title: label,
  });

  const toolbar = (
    <div className="wsoa-gantt__toolbar" role="toolbar" aria-label={`${label} chart options`}>
      <div role="group" aria-label="Zoom" className="wsoa-gantt__group">
        {ZOOMS.map((z) =>
          fits(z) ? (
            <button key={z} type="button" aria-pressed={zoom === z} onClick={() => setZoom(z)}>
              {ZOOM_NAMES[z]}
            </button>
          ) : (
            // Still reached by Tab and read out, with why it does nothing.
            <button key={z} type="button" aria-pressed={false} aria-disabled="true" aria-describedby={`${ids}-zoom-note`}>
              {ZOOM_NAMES[z]}
            </button>
          ),
        )}
      </div>
      <button type="button" aria-pressed={showBaselines} onClick={() => setShowBaselines(!showBaselines)}>
        Baselines
      </button>
      <button type="button" aria-pressed={showCritical} onClick={() => setShowCritical(!showCritical)}>
        Critical path
      </button>
      <button type="button" aria-pressed={view === 'table'} onClick={() => setView(view === 'table' ? 'chart' : 'table')}>
        Show as table
      </button>
      <button
        type="button"
        onClick={() => {
          setPngExport(undefined);
          downloadGanttSvg(label, exportInput());
        }}
      >
        Download SVG
      </button>
      <button
        type="button"
        onClick={() =>
          void downloadGanttPng(label, exportInput()).then((saved) => {
            setPngExport(saved);
            if (saved.saved && saved.note) announce(saved.note);
          })
        }
      >
        Download PNG
      </button>
    </div>
  );

  // Why the PNG was not saved, as an alert; or that it was shrunk to fit, announced as the chart's
  // status when saved. Either stays in view until the next download.
  const exportNote =
    pngExport?.note === undefined ? null : (
      <p role={pngExport.saved ? undefined : 'alert'} className="wsoa-gantt__zoom-note">
        {pngExport.note}
      </p>
    );
  const tooWide = ZOOMS.filter((z) => !fits(z));
  const zoomNote =
    tooWide.length === 0 ? null : (
      <p id={`${ids}-zoom-note`} className="wsoa-gantt__zoom-note">
        {`${tooWide.map((z) => ZOOM_NAMES[z]).join(' and ')} cannot be shown: this plan runs from ${formatDate(span.first)} to ${formatDate(
          span.last,
        )}, and a timeline that long, a ${tooWide[0]} a column, would be wider than a browser can draw.`}
      </p>
    );

  if (view === 'table') {
    return (
      <div data-wsoa="" data-wsoa-theme={themeAttr} className="wsoa-gantt" style={style}>
        {toolbar}
        {zoomNote}
        {exportNote}
        <GanttTable rows={visibleRows(tree, 'all')} caption={label} />
      </div>
    );
  }

  return (
    <div data-wsoa="" data-wsoa-theme={themeAttr} className="wsoa-gantt" style={style} data-printing={printing ? 'true' : undefined}>
      {toolbar}
      {zoomNote}
      {exportNote}
      <div
        ref={viewportRef}
        className="wsoa-gantt__viewport"
        style={{ height: printing ? 'auto' : height }}
        onScroll={(event) => {
          // Draw the rows that scroll into view in the frame of the scroll itself: React would
          // otherwise render them in a task after that frame, so each scroll cost two frames.
          // Only a new top row, or a sideways move (the time axis follows it), renders; a scroll
          // within the top row, or to where the chart opened, does not reach React.
          const { scrollTop: top, scrollLeft: left } = event.currentTarget;
          const drawn = drawnScroll.current;
          if (drawn.left === left && topRowAt(drawn.top, rowHeight) === topRowAt(top, rowHeight)) return;
          flushSync(() => setScroll({ top, left }));
        }}
      >
        {/* eslint-disable-next-line jsx-a11y/interactive-supports-focus -- its cells take the focus in turn (one tab stop, roving focus, as ARIA's grid pattern has it), and their keys bubble to this handler. */}
        <div
          role="treegrid"
          aria-label={label}
          aria-rowcount={rows.length + 1}
          aria-colcount={columns.length + 1}
          aria-multiselectable="false"
          className="wsoa-gantt__grid"
          data-pin-list={pinList ? 'true' : undefined}
          style={{ width: listWidth + timelineWidth, height: HEADER_HEIGHT + totalHeight }}
          onKeyDown={onKeyDown}
          data-editable={editable ? 'true' : undefined}
        >
          <div role="row" aria-rowindex={1} className="wsoa-gantt__header" style={{ height: HEADER_HEIGHT }}>
            <div className="wsoa-gantt__list">
              {columns.map((column) => (
                <div
                  key={column}
                  role="columnheader"
                  className="wsoa-gantt__cell wsoa-gantt__list-cell"
                  data-col={column}
                  style={{ width: COLUMN_WIDTH[column] }}
                >
                  {COLUMN_FULL_NAME[column] === undefined ? (
                    COLUMN_NAME[column]
                  ) : (
                    <>
                      <span aria-hidden="true">{COLUMN_NAME[column]}</span>
                      <span className="wsoa-visually-hidden">{COLUMN_FULL_NAME[column]}</span>
                    </>
                  )}
                </div>
              ))}
            </div>
            <div role="columnheader" className="wsoa-gantt__timeline-head" style={{ width: timelineWidth }}>
              <span className="wsoa-visually-hidden">{`Timeline, ${zoom === 'week' ? 'weeks' : zoom === 'month' ? 'months' : 'quarters'}`}</span>
              <div className="wsoa-gantt__tier" aria-hidden="true">
                {groupsInView.map((g) => (
                  <span
                    key={g.start}
                    className="wsoa-gantt__tick wsoa-gantt__tick--group"
                    style={{ left: groupLeft(g), width: x(g.endDay) - groupLeft(g) }}
                    title={g.longLabel}
                  >
                    {g.label}
                  </span>
                ))}
              </div>
              <div className="wsoa-gantt__tier" aria-hidden="true">
                {unitsInView.map((u) => (
                  <span
                    key={u.start}
                    className="wsoa-gantt__tick"
                    style={{ left: x(u.startDay), width: x(u.endDay) - x(u.startDay) }}
                    title={u.longLabel}
                  >
                    {u.label}
                  </span>
                ))}
              </div>
              {markers.map((m) => (
                <span
                  key={m.key}
                  className="wsoa-gantt__marker-flag"
                  data-marker={m.kind}
                  style={{ left: x(m.day) }}
                  title={m.label}
                  aria-hidden="true"
                />
              ))}
            </div>
          </div>

          <div className="wsoa-gantt__lines" aria-hidden="true" style={{ left: listWidth, top: HEADER_HEIGHT, height: totalHeight }}>
            {unitsInView.map((u) => (
              <span key={u.start} className="wsoa-gantt__gridline" style={{ left: x(u.startDay) }} />
            ))}
            {markers.map((m) => (
              <span key={m.key} className="wsoa-gantt__marker" data-marker={m.kind} style={{ left: x(m.day) }} />
            ))}
          </div>

          {showDependencies ? (
            <DependencyArrows
              rows={rows}
              rendered={rendered}
              rowHeight={rowHeight}
              x={x}
              analysis={analysis}
              left={listWidth}
              top={HEADER_HEIGHT}
              height={totalHeight}
              width={timelineWidth}
              arrowheadId={`${ids}-arrowhead`}
            />
          ) : null}

          {rendered.map((index) => {
            const row = rows[index] as GanttRow;
            const isActiveRow = index === activeIndex;
            return (
              <GanttRowView
                key={row.key}
                row={row}
                index={index}
                top={HEADER_HEIGHT + index * rowHeight}
                columns={columns}
                activeColumn={isActiveRow ? active.column : -1}
                onFocusCell={focusCell}
                onToggle={toggleByKey}
                x={x}
                timelineWidth={timelineWidth}
                showBaselines={showBaselines}
                showCritical={showCritical}
                editable={editable}
                pxPerDay={pxPerDay}
                onEdit={editByKey}
                describedBy={isActiveRow ? detailsId : undefined}
              />
            );
          })}
        </div>
      </div>
      <div role="status" aria-live="polite" className="wsoa-visually-hidden">
        {announcement}
      </div>
      <p className="wsoa-gantt__legend">
        <span className="wsoa-visually-hidden">Legend: </span>
        {legendText(analysis.asOf, markers)}
      </p>
      {activeRow ? <GanttDetails id={detailsId} row={activeRow} analysis={analysis} headingLevel={props.headingLevel ?? 3} /> : null}
    </div>
  );
}

interface GanttRowViewProps {
  readonly row: GanttRow;
  readonly index: number;
  readonly top: number;
  readonly columns: readonly GanttColumn[];
  readonly activeColumn: number;
  readonly onFocusCell: (rowKey: string, column: number) => void;
  readonly onToggle: (rowKey: string, open: boolean) => void;
  readonly x: (day: number) => number;
  readonly timelineWidth: number;
  readonly showBaselines: boolean;
  readonly showCritical: boolean;
  readonly editable: boolean;
  readonly pxPerDay: number;
  readonly onEdit: (rowKey: string, shift: DateShift) => void;
  readonly describedBy?: string;
}

/**
 * One row. Memoised with stable callbacks, so scrolling renders only the rows that come into view.
 */
const GanttRowView = memo(function GanttRowView(props: GanttRowViewProps): ReactElement {
  const { row, columns, activeColumn, x, showBaselines, showCritical, editable } = props;
  const item = row.item;
  const action = row.kind === 'action' ? (item as ActionAnalysis) : undefined;
  const cellProps = (column: number) => ({
    'data-column': column,
    tabIndex: activeColumn === column ? 0 : -1,
    onFocus: () => props.onFocusCell(row.key, column),
    'aria-describedby': activeColumn === column ? props.describedBy : undefined,
  });
  return (
    <div
      role="row"
      aria-rowindex={props.index + 2}
      aria-level={row.level}
      aria-posinset={row.posInSet}
      aria-setsize={row.setSize}
      aria-expanded={row.hasChildren ? row.expanded : undefined}
      aria-selected={activeColumn >= 0}
      className="wsoa-gantt__row"
      data-row-key={row.key}
      data-kind={row.kind}
      data-rag={item.rag.status}
      data-critical={action?.critical && showCritical ? 'true' : undefined}
      style={{ top: props.top }}
    >
      <div className="wsoa-gantt__list">
        {columns.map((column, c) => (
          <div
            key={column}
            role="gridcell"
            className="wsoa-gantt__cell wsoa-gantt__list-cell"
            data-col={column}
            style={c === 0 ? { width: COLUMN_WIDTH[column], paddingInlineStart: treeIndent(row) } : { width: COLUMN_WIDTH[column] }}
            title={column === 'title' ? item.title : undefined}
            {...cellProps(c)}
          >
            {c === 0 && row.hasChildren ? (
              <span
                className="wsoa-gantt__toggle"
                aria-hidden="true"
                onClick={(event) => {
                  event.stopPropagation();
                  props.onToggle(row.key, !row.expanded);
                }}
              >
                {row.expanded ? '▾' : '▸'}
              </span>
            ) : null}
            {cellContent(column, row)}
          </div>
        ))}
      </div>
      <div role="gridcell" className="wsoa-gantt__timeline" style={{ width: props.timelineWidth }} {...cellProps(columns.length)}>
        <Bar
          row={row}
          x={x}
          showBaselines={showBaselines}
          showCritical={showCritical}
          editable={editable && !!action && !action.isSummary}
          pxPerDay={props.pxPerDay}
          onEdit={(shift) => props.onEdit(row.key, shift)}
        />
      </div>
    </div>
  );
});

/** The first column's inset for the tree: a step per level, and room for the toggle on rows without one. */
function treeIndent(row: GanttRow): string {
  return `calc(0.4rem + ${(row.level - 1) * 0.9}rem${row.hasChildren ? '' : ' + 1rem'})`;
}

function cellContent(column: GanttColumn, row: GanttRow) {
  const item = row.item;
  switch (column) {
    case 'ref':
      return item.ref;
    case 'title':
      return row.kind === 'workstream' ? `${(item as WorkstreamAnalysis).label} ${item.ref}: ${item.title}` : item.title;
    case 'leads': {
      // The names behind the initials, for pointer users; a plan that gives initials only has none.
      const names = item.leads.flatMap((l) => (l.name === undefined ? [] : [`${l.initials}: ${l.name}`]));
      return names.length > 0 ? <abbr title={names.join('; ')}>{leadInitials(item)}</abbr> : leadInitials(item);
    }
    case 'start':
      return item.start ? formatDate(item.start) : '—';
    case 'finish':
      return item.finish ? formatDate(item.finish) : '—';
    case 'days':
      return item.durationDays ?? '—';
    case 'percent':
      return progressPercent(item);
    case 'rag':
      return <RagResultBadge rag={item.rag} />;
  }
}

/** The width of the bracket drawn for an action due by a date, in CSS pixels (as `.wsoa-gantt__due`). */
const DUE_WIDTH = 14;

interface BarProps {
  readonly row: GanttRow;
  readonly x: (day: number) => number;
  readonly showBaselines: boolean;
  readonly showCritical: boolean;
  readonly editable: boolean;
  readonly pxPerDay: number;
  readonly onEdit: (shift: DateShift) => void;
}

function Bar({ row, x, showBaselines, showCritical, editable, pxPerDay, onEdit }: BarProps): ReactElement | null {
  const item = row.item;
  const [drag, setDrag] = useState<{ edge: 'move' | 'finish'; startX: number; dx: number } | null>(null);
  // An action due by a date, with no start: a bracket closing on its due day, as there is no span to draw.
  if (!item.start && item.finish && row.kind === 'action')
    return (
      <span
        role="img"
        aria-label={barLabel(row)}
        className="wsoa-gantt__due"
        data-rag={item.rag.status}
        style={{ left: x(toDayNumber(item.finish) + 1) - DUE_WIDTH }}
      />
    );
  if (!item.start || !item.finish) return <span className="wsoa-visually-hidden">{barLabel(row)}</span>;
  const action = row.kind === 'action' ? (item as ActionAnalysis) : undefined;
  const left = barLeft(row, x);
  const right = x(toDayNumber(item.finish) + 1);
  const name = barLabel(row);
  const dx = drag?.dx ?? 0;
  const pointerDown = (edge: 'move' | 'finish') => (event: ReactPointerEvent<HTMLElement>) => {
    if (!editable) return;
    event.currentTarget.setPointerCapture?.(event.pointerId);
    setDrag({ edge, startX: event.clientX, dx: 0 });
    event.preventDefault();
  };
  const pointerMove = (event: ReactPointerEvent<HTMLElement>) => {
    if (drag) setDrag({ ...drag, dx: event.clientX - drag.startX });
  };
  const pointerUp = () => {
    if (!drag) return;
    const days = Math.round(drag.dx / pxPerDay);
    setDrag(null);
    if (days !== 0) onEdit({ edge: drag.edge, by: days, unit: 'calendar' });
  };
  const baseline = showBaselines && action?.slippage ? action.slippage : undefined;

  if (action?.milestone) {
    return (
      <span
        role="img"
        aria-label={name}
        className="wsoa-gantt__milestone"
        data-rag={item.rag.status}
        data-critical={showCritical && action.critical ? 'true' : undefined}
        style={{ left: left + (drag?.edge === 'move' ? dx : 0) }}
        onPointerDown={pointerDown('move')}
        onPointerMove={pointerMove}
        onPointerUp={pointerUp}
      />
    );
  }
  const width = Math.max(2, right - left + (drag?.edge === 'finish' ? dx : 0));
  return (
    <>
      {baseline ? (
        <span
          className="wsoa-gantt__baseline"
          aria-hidden="true"
          style={{
            left: x(toDayNumber(baseline.baselineStart)),
            width: x(toDayNumber(baseline.baselineFinish) + 1) - x(toDayNumber(baseline.baselineStart)),
          }}
        />
      ) : null}
      <span
        role="img"
        aria-label={name}
        className="wsoa-gantt__bar"
        data-kind={row.kind}
        data-rag={item.rag.status}
        data-critical={showCritical && action?.critical ? 'true' : undefined}
        data-dragging={drag ? 'true' : undefined}
        style={{ left: left + (drag?.edge === 'move' ? dx : 0), width }}
        onPointerDown={pointerDown('move')}
        onPointerMove={pointerMove}
        onPointerUp={pointerUp}
      >
        <span className="wsoa-gantt__progress" style={{ width: `${Math.min(100, Math.max(0, item.percentComplete))}%` }} />
        {editable ? (
          <span
            className="wsoa-gantt__handle"
            aria-hidden="true"
            onPointerDown={(event) => (event.stopPropagation(), pointerDown('finish')(event))}
            onPointerMove={pointerMove}
            onPointerUp={pointerUp}
          />
        ) : null}
      </span>
    </>
  );
}

/** Where a row's bar starts on the timeline: a milestone's 8 px diamond ends at the end of its day. */
function barLeft(row: GanttRow, x: (day: number) => number): number {
  const { start, finish } = row.item;
  if (!start || !finish) return Number.NaN;
  return row.kind === 'action' && (row.item as ActionAnalysis).milestone ? x(toDayNumber(finish) + 1) - 8 : x(toDayNumber(start));
}

interface ArrowsProps {
  readonly rows: readonly GanttRow[];
  readonly rendered: readonly number[];
  readonly rowHeight: number;
  readonly x: (day: number) => number;
  readonly analysis: PlanAnalysis;
  readonly left: number;
  readonly top: number;
  readonly height: number;
  readonly width: number;
  /** Unique in the page: with a fixed id, every chart's arrows would point at the first chart's arrowhead. */
  readonly arrowheadId: string;
}

/** Arrows for the links whose two ends are both on screen; the details panel lists every link in words. */
function DependencyArrows({ rows, rendered, rowHeight, x, analysis, left, top, height, width, arrowheadId }: ArrowsProps): ReactElement {
  const indexOf = new Map<string, number>();
  for (const i of rendered) {
    const row = rows[i] as GanttRow;
    if (row.kind === 'action') indexOf.set(row.item.id, i);
  }
  const paths: ReactElement[] = [];
  for (const [id, i] of indexOf) {
    const action = analysis.actionsById.get(id);
    if (!action?.start || !action.finish) continue;
    for (const dep of action.source.dependencies) {
      const j = indexOf.get(dep.predecessorId);
      const pred = analysis.actionsById.get(dep.predecessorId);
      if (j === undefined || !pred?.start || !pred.finish) continue;
      const fromEnd = dep.type === 'FS' || dep.type === 'FF';
      const toEnd = dep.type === 'FF' || dep.type === 'SF';
      const x1 = fromEnd ? x(toDayNumber(pred.finish) + 1) : x(toDayNumber(pred.start));
      const x2 = toEnd ? x(toDayNumber(action.finish) + 1) : x(toDayNumber(action.start));
      const y1 = j * rowHeight + rowHeight / 2;
      const y2 = i * rowHeight + rowHeight / 2;
      const elbow = Math.max(x1, x2 - 8) + (fromEnd ? 6 : -6);
      paths.push(<path key={`${dep.predecessorId}-${id}`} d={`M${x1},${y1} H${elbow} V${y2} H${x2}`} markerEnd={`url(#${arrowheadId})`} />);
    }
  }
  return (
    <svg className="wsoa-gantt__arrows" aria-hidden="true" focusable="false" style={{ left, top }} width={width} height={height}>
      <defs>
        <marker id={arrowheadId} viewBox="0 0 6 6" refX="6" refY="3" markerWidth="6" markerHeight="6" orient="auto">
          <path d="M0,0 L6,3 L0,6 z" />
        </marker>
      </defs>
      {paths}
    </svg>
  );
}

function legendText(asOf: string, markers: readonly Marker[]): string {
  const parts = [`The solid line marks ${formatDate(asOf)}, the date progress is judged at.`];
  if (markers.some((m) => m.kind === 'deadline')) parts.push('Dashed lines mark statutory deadlines.');
  if (markers.some((m) => m.kind === 'meeting')) parts.push('Dotted lines mark board meetings.');
  parts.push('Bars show RAG by colour and pattern; the RAG column says it in words.');
  return parts.join(' ');
}

/** Weeks for a plan of up to six months, months up to three years, quarters beyond. */
function fittingZoom(analysis: PlanAnalysis): TimeZoom {
  if (!analysis.start || !analysis.finish) return 'week';
  const days = toDayNumber(analysis.finish) - toDayNumber(analysis.start);
  return days <= 183 ? 'week' : days <= 3 * 366 ? 'month' : 'quarter';
}

function collectMarkers(analysis: PlanAnalysis, deadlines: readonly StatutoryDeadline[]): Marker[] {
  const markers: Marker[] = [{ key: 'as-of', day: toDayNumber(analysis.asOf), label: `As of ${formatDate(analysis.asOf)}`, kind: 'as-of' }];
  for (const d of deadlines)
    markers.push({ key: `deadline-${d.id}`, day: toDayNumber(d.date), label: `${d.title}: ${formatDate(d.date)}`, kind: 'deadline' });
  for (const board of analysis.plan.boards) {
    board.meetings.forEach((m, i) =>
      markers.push({
        key: `meeting-${board.id}-${i}`,
        day: toDayNumber(m.date),
        label: `${board.name}: ${formatDate(m.date)}`,
        kind: 'meeting',
      }),
    );
  }
  return markers;
}

function cssEscape(value: string): string {
  return typeof CSS !== 'undefined' && CSS.escape ? CSS.escape(value) : value.replace(/["\\]/g, '\\$&');
}
