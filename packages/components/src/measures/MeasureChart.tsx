import {
  assessMeasure,
  formatDate,
  formatMeasureValue,
  timeAxis,
  toDayNumber,
  type DatedValue,
  type ImpactMeasure,
  type IsoDate,
} from '@wsoa-kit/core';
import { useId, useMemo, useRef, useState, type ReactElement } from 'react';
import { ColumnHeaders, ScrollTable } from '../shared/ScrollTable.js';
import { RagBadge } from '../rag/RagBadge.js';
import { Heading, type HeadingLevel } from '../shared/Heading.js';
import { useBrowserLayoutEffect } from '../shared/useBrowserLayoutEffect.js';

/** Props for {@link MeasureChart}. */
export interface MeasureChartProps {
  readonly measure: ImpactMeasure;
  /** Actuals after this date are not shown or judged. */
  readonly asOf: IsoDate;
  /** Heading level of the measure's title. Default 3. */
  readonly headingLevel?: HeadingLevel;
  /**
   * The drawing's width in SVG units, scaled to its container. Default: the container's own width
   * in CSS pixels (280 to 768), measured before the first paint and whenever it changes, so the
   * axis labels stay 12px on a phone; 640 where nothing is measured (a server).
   */
  readonly width?: number;
  /** The drawing's height in SVG units. Default 280. */
  readonly height?: number;
  readonly theme?: 'default' | 'high-contrast';
  /** Show the table of figures open at first, as on a page printed or read for its numbers. Default closed. */
  readonly figuresOpen?: boolean;
}

const MARGIN = { top: 16, right: 24, bottom: 40 };
/** The least room, in drawing units, between the starts of two date labels ("Jan 2024" is about 50 at 12px). */
const LABEL_ROOM = 60;

/**
 * Which quarters of the date axis get a label: every quarter where there is room, else each year's
 * first quarter, else every second or later year's, so labels never overlap. The axis's first
 * quarter is labelled too when the next label is far enough away.
 *
 * @example
 * quarterLabels(['2024-01-01', '2024-04-01', '2024-07-01', '2024-10-01', '2025-01-01'], 240); // [0, 4]
 */
export function quarterLabels(starts: readonly IsoDate[], plotWidth: number): number[] {
  const step = plotWidth / Math.max(1, starts.length);
  if (step >= LABEL_ROOM) return starts.map((_, i) => i);
  const years = Math.ceil(LABEL_ROOM / (step * 4));
  const firstYear = Number(starts[0]?.slice(0, 4));
  const yearly = starts.flatMap((start, i) =>
    start.slice(5, 7) === '01' && (Number(start.slice(0, 4)) - firstYear) % years === 0 ? [i] : [],
  );
  const next = yearly[0];
  return next === undefined || next * step >= LABEL_ROOM ? (next === 0 ? yearly : [0, ...yearly]) : yearly;
}

/**
 * Round steps for an axis covering `min` to `max`: multiples of 1, 2 or 5 × 10ⁿ, about `count`
 * intervals, widened to whole steps at both ends.
 *
 * @example
 * niceTicks(0, 70); // [0, 20, 40, 60, 80]
 */
export function niceTicks(min: number, max: number, count = 4): number[] {
  if (!(max > min)) return [min];
  const raw = (max - min) / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw * (1 - 1e-9)) as number;
  const ticks: number[] = [];
  const last = Math.ceil(max / step - 1e-9) * step;
  for (let v = Math.floor(min / step + 1e-9) * step; v <= last + step * 1e-9; v += step) ticks.push(Math.round(v * 1e9) / 1e9);
  return ticks;
}

/**
 * An impact measure from its baseline to its target: the planned trajectory through the milestone
 * targets as a dashed line, the actuals as a solid line with points, the as-of date marked, and its
 * status in words and shape ("Behind trajectory") judged by core with the better direction
 * respected. The same figures are in a table for anyone who cannot use the chart.
 *
 * @example
 * plan.measures.map((measure) => <MeasureChart key={measure.id} measure={measure} asOf="2024-11-22" />);
 */
export function MeasureChart(props: MeasureChartProps): ReactElement {
  const { measure, asOf, height = 280 } = props;
  const ids = useId();
  const figureRef = useRef<HTMLElement>(null);
  const [measured, setMeasured] = useState<number | undefined>();
  useBrowserLayoutEffect(() => {
    const figure = figureRef.current;
    if (!figure || props.width !== undefined) return;
    const measure = () => {
      const room = figure.clientWidth;
      if (room > 0) setMeasured(Math.round(Math.min(768, Math.max(280, room))));
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(figure);
    return () => observer.disconnect();
  }, [props.width]);
  const width = props.width ?? measured ?? 640;
  const result = useMemo(() => assessMeasure(measure, asOf), [measure, asOf]);
  const value = (v: number) => formatMeasureValue(v, measure.unit);

  const points: DatedValue[] = [...result.trajectory, ...result.actuals];
  const dates = points.map((p) => p.date).sort();
  const first = dates[0] as IsoDate;
  const last = dates[dates.length - 1] as IsoDate;
  const axis = timeAxis(first, last, 'quarter');
  const values = points.map((p) => p.value);
  const low = Math.min(0, ...values);
  const high = Math.max(...values, low + 1);
  const yTicks = niceTicks(low, high).filter((t) => measure.unit !== '%' || t <= 100);
  const yMax = Math.max(high, yTicks[yTicks.length - 1] ?? high);
  // Room on the left for the longest value label at 12px type (about 7px a character).
  const left = Math.max(40, Math.max(...yTicks.map((t) => value(t).length)) * 7 + 14);
  const M = { ...MARGIN, left };
  const plotW = width - M.left - M.right;
  const plotH = height - M.top - M.bottom;
  const x = (date: IsoDate) => M.left + ((toDayNumber(date) - axis.startDay) / Math.max(1, axis.endDay - axis.startDay)) * plotW;
  const y = (v: number) => M.top + plotH - ((v - low) / Math.max(1e-9, yMax - low)) * plotH;
  const path = (list: readonly DatedValue[]) =>
    list.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p.date).toFixed(1)},${y(p.value).toFixed(1)}`).join(' ');
  const asOfInside = toDayNumber(asOf) >= axis.startDay && toDayNumber(asOf) < axis.endDay;
  const labelled = new Set(
    quarterLabels(
      axis.units.map((unit) => unit.start),
      plotW,
    ),
  );

  const description = [
    `${measure.title}, ${measure.betterWhen} is better.`,
    `Baseline ${value(measure.baseline.value)} on ${formatDate(measure.baseline.date)}; target ${value(measure.target.value)} by ${formatDate(measure.target.date)}.`,
    result.latest ? `Latest actual ${value(result.latest.value)} on ${formatDate(result.latest.date)}.` : 'No actuals yet.',
    `Status: ${result.label}.`,
  ].join(' ');

  const rows = [
    ...result.trajectory.map((p) => ({
      date: p.date,
      kind: p.kind === 'baseline' ? 'Baseline' : p.kind === 'target' ? 'Target' : 'Milestone target',
      value: p.value,
      note: p.note,
    })),
    ...result.actuals.map((p) => ({ date: p.date, kind: 'Actual', value: p.value, note: p.note })),
  ].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.kind === 'Actual' ? 1 : -1));

  return (
    <figure
      ref={figureRef}
      data-wsoa=""
      data-wsoa-theme={props.theme ?? 'default'}
      className="wsoa-measure"
      aria-labelledby={`${ids}-title`}
    >
      <Heading level={props.headingLevel ?? 3} id={`${ids}-title`} className="wsoa-measure__title">
        {measure.title}
      </Heading>
      <p className="wsoa-measure__status">
        <RagBadge status={result.rag} label={result.label} />
        <span className="wsoa-measure__reason">{result.reasons.join(' ')}</span>
      </p>
      <svg
        className="wsoa-measure__chart"
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby={`${ids}-svg-title ${ids}-svg-desc`}
        preserveAspectRatio="xMinYMin meet"
      >
        <title id={`${ids}-svg-title`}>{`Chart: ${measure.title}`}</title>
        <desc id={`${ids}-svg-desc`}>{description}</desc>
        <g className="wsoa-measure__grid" aria-hidden="true">
          {yTicks.map((t) => (
            <g key={t}>
              <line x1={M.left} x2={width - M.right} y1={y(t)} y2={y(t)} />
              <text x={M.left - 6} y={y(t)} dy="0.35em" textAnchor="end">
                {value(t)}
              </text>
            </g>
          ))}
          {axis.units.map((unit, i) =>
            labelled.has(i) ? (
              <g key={unit.start}>
                <line className="wsoa-measure__tick" x1={x(unit.start)} x2={x(unit.start)} y1={M.top + plotH} y2={M.top + plotH + 5} />
                <text x={x(unit.start)} y={M.top + plotH + 18} textAnchor="middle">
                  {formatDate(unit.start).replace(/^\d+ /, '')}
                </text>
              </g>
            ) : null,
          )}
        </g>
        {asOfInside ? (
          <g className="wsoa-measure__asof" aria-hidden="true">
            <line x1={x(asOf)} x2={x(asOf)} y1={M.top} y2={M.top + plotH} />
            {/* Late in the range the label reads leftwards from the line, so it stays inside the plot. */}
            <text
              x={x(asOf) > M.left + plotW / 2 ? x(asOf) - 4 : x(asOf) + 4}
              y={M.top + 10}
              textAnchor={x(asOf) > M.left + plotW / 2 ? 'end' : 'start'}
            >
              {`As of ${formatDate(asOf)}`}
            </text>
          </g>
        ) : null}
        <path className="wsoa-measure__planned" d={path(result.trajectory)} aria-hidden="true" />
        {result.trajectory.map((p) =>
          p.kind === 'milestone' ? (
            <rect
              key={`m-${p.date}`}
              className="wsoa-measure__milestone"
              x={x(p.date) - 5}
              y={y(p.value) - 5}
              width={10}
              height={10}
              transform={`rotate(45 ${x(p.date)} ${y(p.value)})`}
              aria-hidden="true"
            />
          ) : (
            <rect
              key={`${p.kind}-${p.date}`}
              className={`wsoa-measure__${p.kind}`}
              x={x(p.date) - 5}
              y={y(p.value) - 5}
              width={10}
              height={10}
              aria-hidden="true"
            />
          ),
        )}
        {result.actuals.length > 0 ? <path className="wsoa-measure__actual" d={path(result.actuals)} aria-hidden="true" /> : null}
        {result.actuals.map((p) => (
          <circle key={`a-${p.date}`} className="wsoa-measure__actual-point" cx={x(p.date)} cy={y(p.value)} r={5} aria-hidden="true" />
        ))}
        {result.latest ? (
          <text className="wsoa-measure__latest" x={x(result.latest.date) + 8} y={y(result.latest.value) - 8} aria-hidden="true">
            {value(result.latest.value)}
          </text>
        ) : null}
      </svg>
      <figcaption className="wsoa-measure__legend">
        <span className="wsoa-measure__key" data-line="planned">
          Planned trajectory (dashed; diamonds are milestone targets, squares the baseline and target)
        </span>
        <span className="wsoa-measure__key" data-line="actual">
          Actuals (solid line, round points)
        </span>
        {measure.source ? <span className="wsoa-muted">{`Source: ${measure.source}`}</span> : null}
      </figcaption>
      <details className="wsoa-measure__details" open={props.figuresOpen}>
        <summary>Show the figures as a table</summary>
        <ScrollTable caption={`${measure.title}: baseline, targets and actuals`} stack>
          <ColumnHeaders columns={['Date', 'What', 'Value', 'Note']} />
          <tbody role="rowgroup">
            {rows.map((row) => (
              <tr key={`${row.kind}-${row.date}`} role="row" data-kind={row.kind}>
                <th scope="row" role="rowheader" data-stack="key">
                  <time dateTime={row.date}>{formatDate(row.date)}</time>
                </th>
                <td role="cell" data-stack="title">
                  {row.kind}
                </td>
                <td role="cell" data-label="Value">
                  {value(row.value)}
                </td>
                <td role="cell" data-label="Note" data-stack="long">
                  {row.note ?? ''}
                </td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      </details>
    </figure>
  );
}
