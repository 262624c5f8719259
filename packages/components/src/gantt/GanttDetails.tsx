import { formatDate, type ActionAnalysis, type WorkstreamAnalysis } from '@wsoa-kit/core';
import type { ReactElement } from 'react';
import type { GanttRow } from './ganttRows.js';
import { rowTitle } from './ganttText.js';

/**
 * The details of the focused row, in words: leads with full names, dates, float, slippage, RAG
 * with every reason, and schedule problems. The focused cell points at it with
 * `aria-describedby`, so a screen reader reads it on focus; sighted keyboard users see it update.
 */
export function GanttDetails({ id, row }: { readonly id: string; readonly row: GanttRow }): ReactElement {
  const item = row.item;
  const action = row.kind === 'action' ? (item as ActionAnalysis) : undefined;
  const workstream = row.kind === 'workstream' ? (item as WorkstreamAnalysis) : undefined;
  return (
    <section className="wsoa-gantt__details" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="wsoa-gantt__details-title">
        {rowTitle(row)}
      </h3>
      <div id={id}>
        <p>
          {item.rag.label}: {item.rag.reasons.join(' ')}
        </p>
        <dl className="wsoa-gantt__facts">
          {item.leads.length > 0 ? (
            <div>
              <dt>{item.leads.length === 1 ? 'Lead' : 'Leads'}</dt>
              <dd>
                {item.leads
                  .map((l) => `${l.name} (${l.initials}${l.role === 'accountable-officer' ? ', accountable officer' : ''})`)
                  .join('; ')}
              </dd>
            </div>
          ) : null}
          <div>
            <dt>Dates</dt>
            <dd>
              {item.start && item.finish
                ? `${formatDate(item.start)} to ${formatDate(item.finish)}${item.durationDays !== undefined ? `, ${item.durationDays} working days` : ''}`
                : 'No dates yet'}
            </dd>
          </div>
          <div>
            <dt>Progress</dt>
            <dd>{`${Math.round(item.percentComplete)}% complete`}</dd>
          </div>
          {action?.totalFloat !== undefined ? (
            <div>
              <dt>Float</dt>
              <dd>{`${action.totalFloat} working days${action.critical ? ', on the critical path' : ''}`}</dd>
            </div>
          ) : null}
          {action?.slippage ? (
            <div>
              <dt>Against baseline</dt>
              <dd>{slippageText(action.slippage.finishDays, action.slippage.baselineFinish)}</dd>
            </div>
          ) : null}
          {action && action.source.dependencies.length > 0 ? (
            <div>
              <dt>Depends on</dt>
              <dd>
                {action.source.dependencies.map((d) => `${d.predecessorId} (${d.type}${d.lagDays ? `, lag ${d.lagDays}` : ''})`).join('; ')}
              </dd>
            </div>
          ) : null}
          {workstream?.entered?.start && workstream.entered.finish ? (
            <div>
              <dt>Published window</dt>
              <dd>{`${formatDate(workstream.entered.start)} to ${formatDate(workstream.entered.finish)}`}</dd>
            </div>
          ) : null}
        </dl>
        {action && action.problems.length > 0 ? (
          <ul className="wsoa-gantt__problems">
            {action.problems.map((p, i) => (
              <li key={i}>{p.message}</li>
            ))}
          </ul>
        ) : null}
      </div>
    </section>
  );
}

function slippageText(days: number, baselineFinish: string): string {
  if (days === 0) return `Finishing on its baseline date, ${formatDate(baselineFinish)}`;
  const n = Math.abs(days);
  return `${n} working day${n === 1 ? '' : 's'} ${days > 0 ? 'later' : 'earlier'} than its baseline finish of ${formatDate(baselineFinish)}`;
}
