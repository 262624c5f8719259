import {
  ragSeverity,
  summarisePeriod,
  type IsoDate,
  type PeriodSummary,
  type PlanAnalysis,
  type RagStatusOrUnrated,
  type Rounding,
} from '@wsoa-kit/core';
import { useId, useMemo, type ReactElement } from 'react';
import { RagBadge } from '../rag/RagBadge.js';
import { downloadBlob, fileName } from '../shared/download.js';
import { useAnnouncement } from '../shared/useAnnouncement.js';
import { Heading, subLevel, type HeadingLevel } from '../shared/Heading.js';
import { boardReport, htmlText } from './boardReport.js';

/** Props for {@link ProgressSummary}. */
export interface ProgressSummaryProps {
  readonly analysis: PlanAnalysis;
  /** First and last day of the reporting period, inclusive. */
  readonly from: IsoDate;
  readonly to: IsoDate;
  /** How the started share is rounded. Default `nearest`. */
  readonly rounding?: Rounding;
  /** The heading level for the title; sections use the level below. Default 2. */
  readonly headingLevel?: HeadingLevel;
  /**
   * Show a button that copies the board report's progress section: the progress table (each action
   * with its latest return) and the period's sentence, as a table for Word and as tab-separated text
   * for Excel. For the officers who write the report; leave it off on pages for the public. Default
   * false.
   */
  readonly copyForBoard?: boolean;
  readonly theme?: 'default' | 'high-contrast';
}

/**
 * A period's progress in words and numbers, from core's `summarisePeriod`: the board-report
 * sentence, the figures behind it, RAG counts per workstream as bars that carry their numbers as
 * text, and what changed RAG since the previous period.
 *
 * @example
 * <ProgressSummary analysis={analysis} from="2022-04-01" to="2022-04-30" />
 */
export function ProgressSummary(props: ProgressSummaryProps): ReactElement {
  const { analysis, from, to, rounding } = props;
  const level = props.headingLevel ?? 2;
  const summary = useMemo(() => summarisePeriod(analysis, { from, to, rounding }), [analysis, from, to, rounding]);
  const ids = useId();
  const labels = analysis.rules.labels;
  const statuses = statusesIn(summary);
  const started = summary.dueToStart;
  const finish = summary.dueToFinish;

  return (
    <section data-wsoa="" data-wsoa-theme={props.theme ?? 'default'} className="wsoa-progress" aria-labelledby={`${ids}-title`}>
      <Heading level={level} id={`${ids}-title`} className="wsoa-progress__title">
        {`Progress ${summary.periodText}`}
      </Heading>
      <p className="wsoa-progress__sentence">{summary.sentence}</p>
      <p className="wsoa-muted wsoa-progress__rule">{summary.roundingRule}</p>
      {props.copyForBoard ? <CopyForBoard analysis={analysis} summary={summary} /> : null}
      <dl className="wsoa-progress__figures">
        <Figure term="Due to start" value={String(started.actionIds.length)} />
        <Figure term="Reported on" value={String(started.reportedIds.length)} />
        <Figure term="Started" value={`${started.startedIds.length} (${started.startedPercent}%)`} />
        <Figure term="Due to finish" value={String(finish.actionIds.length)} />
        <Figure term="Finished" value={String(finish.finishedIds.length)} />
        <Figure term="Overdue" value={String(finish.overdueIds.length)} />
      </dl>

      <Heading level={subLevel(level)}>RAG by workstream</Heading>
      {summary.byWorkstream.length === 0 ? (
        <p>No workstream has actions yet.</p>
      ) : (
        <>
          <ul className="wsoa-ragbars">
            {summary.byWorkstream.map((ws) => (
              <li key={ws.workstreamId} className="wsoa-ragbars__item">
                <span className="wsoa-ragbars__name">{`${ws.label} ${ws.ref}: ${ws.title}`}</span>
                <span className="wsoa-ragbars__bar">
                  {ws.total === 0 ? <span className="wsoa-muted">No actions yet</span> : null}
                  {statuses
                    .filter((status) => ws.counts[status] > 0)
                    .map((status) => (
                      // The status's shape beside its count, as in the key, so no segment is told
                      // apart by its colour alone.
                      <span
                        key={status}
                        className="wsoa-ragbars__segment wsoa-rag"
                        data-rag={status}
                        style={{ flexGrow: ws.counts[status] }}
                      >
                        <span className="wsoa-rag__shape" aria-hidden="true" />
                        {ws.counts[status]}
                        <span className="wsoa-visually-hidden">{` ${labels[status]}`}</span>
                      </span>
                    ))}
                </span>
                {ws.total === 0 ? null : <span className="wsoa-ragbars__total">{`${ws.total} action${ws.total === 1 ? '' : 's'}`}</span>}
              </li>
            ))}
          </ul>
          <p className="wsoa-ragbars__legend">
            <span className="wsoa-ragbars__legend-title">Key: </span>
            {statuses.map((status) => (
              <RagBadge key={status} status={status} label={labels[status]} />
            ))}
          </p>
        </>
      )}

      <Heading level={subLevel(level)}>RAG changes since the previous period</Heading>
      {summary.ragChanges.length === 0 ? (
        <p>No action changed RAG.</p>
      ) : (
        <ul className="wsoa-progress__changes">
          {summary.ragChanges.map((change) => (
            <li key={change.actionId} data-direction={change.direction}>
              <span className="wsoa-progress__change-ref">{change.ref}</span> {change.title}:{' '}
              <RagBadge status={change.from} label={change.fromLabel} />
              {`, ${change.fromHeadline}, to `}
              <RagBadge status={change.to} label={change.toLabel} />
              {`, ${change.toHeadline} `}
              <span className="wsoa-muted">{`(${change.direction})`}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * Copies the board report's progress section to the clipboard, or, where the browser will not let
 * the page copy, downloads it as a web page to copy from; a polite status says which happened.
 */
function CopyForBoard({ analysis, summary }: { readonly analysis: PlanAnalysis; readonly summary: PeriodSummary }): ReactElement {
  const [status, announce] = useAnnouncement();
  const copy = async () => {
    const report = boardReport(analysis, summary);
    const what = `the progress table (${report.rows} row${report.rows === 1 ? '' : 's'}) and the sentence on progress ${summary.periodText}`;
    try {
      if (typeof ClipboardItem === 'undefined' || navigator.clipboard?.write === undefined) throw new Error('No clipboard');
      await navigator.clipboard.write([
        new ClipboardItem({
          'text/html': new Blob([report.html], { type: 'text/html' }),
          'text/plain': new Blob([report.text], { type: 'text/plain' }),
        }),
      ]);
      announce(`Copied ${what}. Paste them into the board report.`);
    } catch {
      const title = `${analysis.plan.title}: progress for the board`;
      const page = `<!doctype html>\n<html lang="en-GB">\n<meta charset="utf-8">\n<title>${htmlText(title)}</title>\n${report.html}\n</html>\n`;
      downloadBlob(fileName(title, 'html', 'progress-for-the-board'), new Blob([page], { type: 'text/html;charset=utf-8' }));
      announce(`This browser did not let the page copy, so ${what} were downloaded as a web page to copy from.`);
    }
  };
  return (
    <div className="wsoa-progress__copy">
      <button type="button" className="wsoa-button wsoa-button--secondary" onClick={() => void copy()}>
        Copy the progress table and sentence for a board report
      </button>
      <p role="status" className="wsoa-progress__copy-status">
        {status}
      </p>
    </div>
  );
}

function Figure({ term, value }: { readonly term: string; readonly value: string }): ReactElement {
  return (
    <div className="wsoa-progress__figure">
      <dt>{term}</dt>
      <dd>{value}</dd>
    </div>
  );
}

/** The statuses any workstream has, worst first. */
function statusesIn(summary: PeriodSummary): RagStatusOrUnrated[] {
  const present = new Set<RagStatusOrUnrated>();
  for (const ws of summary.byWorkstream) {
    for (const [status, count] of Object.entries(ws.counts) as [RagStatusOrUnrated, number][]) if (count > 0) present.add(status);
  }
  return [...present].sort((a, b) => ragSeverity(b) - ragSeverity(a));
}
