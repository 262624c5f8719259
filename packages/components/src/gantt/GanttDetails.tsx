import {
  dependencyRule,
  formatDate,
  isSafeUrl,
  progressPercent,
  type ActionAnalysis,
  type PlanAnalysis,
  type WorkstreamAnalysis,
} from '@wsoa-kit/core';
import type { ReactElement } from 'react';
import { Heading, subLevel, type HeadingLevel } from '../shared/Heading.js';
import { returnDetails, updateWords } from '../shared/updateWords.js';
import type { GanttRow } from './ganttRows.js';
import { rowTitle } from './ganttText.js';

/**
 * The details of the focused row, in words: leads with full names, dates, float, slippage, RAG
 * with every reason, the actions it depends on, and schedule problems. The focused cell points at
 * these with `aria-describedby`, so a screen reader reads them on focus; sighted keyboard users see
 * them update. Below them, for an action, what a family reading the plan looks for: what will be
 * different for children and families, the success criteria, the latest update as of the chart's
 * date, and links to evidence (http, https and mailto only); for a workstream, its description and
 * the outcomes it aims for, each with the impact measures that track it. Tab reaches the links
 * after the chart.
 */
export function GanttDetails({
  id,
  row,
  analysis,
  headingLevel,
}: {
  readonly id: string;
  readonly row: GanttRow;
  readonly analysis: PlanAnalysis;
  readonly headingLevel: HeadingLevel;
}): ReactElement {
  const item = row.item;
  const action = row.kind === 'action' ? (item as ActionAnalysis) : undefined;
  const workstream = row.kind === 'workstream' ? (item as WorkstreamAnalysis) : undefined;
  return (
    <section className="wsoa-gantt__details" aria-labelledby={`${id}-title`}>
      <Heading level={headingLevel} id={`${id}-title`} className="wsoa-gantt__details-title">
        {rowTitle(row)}
      </Heading>
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
                  .map((l) => {
                    const role = l.role === 'accountable-officer' ? 'accountable officer' : undefined;
                    if (l.name === undefined) return role === undefined ? l.initials : `${l.initials} (${role})`;
                    return `${l.name} (${role === undefined ? l.initials : `${l.initials}, ${role}`})`;
                  })
                  .join('; ')}
              </dd>
            </div>
          ) : null}
          <div>
            <dt>Dates</dt>
            <dd>
              {item.start && item.finish
                ? `${formatDate(item.start)} to ${formatDate(item.finish)}${item.durationDays !== undefined ? `, ${item.durationDays} working days` : ''}`
                : item.finish
                  ? `Due by ${formatDate(item.finish)}, no start date yet`
                  : 'No dates yet'}
            </dd>
          </div>
          <div>
            <dt>Progress</dt>
            <dd>{`${progressPercent(item)} complete`}</dd>
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
                {action.source.dependencies
                  .map((d) => {
                    const predecessor = analysis.actionsById.get(d.predecessorId);
                    const name = predecessor ? `${predecessor.ref} ${predecessor.title}` : `an action not in the plan (${d.predecessorId})`;
                    return `${name} (${dependencyRule(d.type, d.lagDays)})`;
                  })
                  .join('; ')}
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
      {action ? <ForFamilies action={action} analysis={analysis} level={subLevel(headingLevel)} /> : null}
      {workstream ? <WorkstreamAims workstream={workstream} analysis={analysis} level={subLevel(headingLevel)} /> : null}
    </section>
  );
}

function slippageText(days: number, baselineFinish: string): string {
  if (days === 0) return `Finishing on its baseline date, ${formatDate(baselineFinish)}`;
  const n = Math.abs(days);
  return `${n} working day${n === 1 ? '' : 's'} ${days > 0 ? 'later' : 'earlier'} than its baseline finish of ${formatDate(baselineFinish)}`;
}

/** An action's difference for families, success criteria, latest update and evidence, each only when the plan has it. */
function ForFamilies({
  action,
  analysis,
  level,
}: {
  readonly action: ActionAnalysis;
  readonly analysis: PlanAnalysis;
  readonly level: HeadingLevel;
}): ReactElement | null {
  const { differenceForFamilies, successCriteria, evidence } = action.source;
  const update = action.lastUpdate;
  if (differenceForFamilies === undefined && successCriteria.length === 0 && evidence.length === 0 && update === undefined) return null;
  const person = update?.byPersonId === undefined ? undefined : analysis.plan.people.find((p) => p.id === update.byPersonId);
  const by = person?.name ?? person?.initials;
  return (
    <>
      {differenceForFamilies !== undefined ? (
        <>
          <Heading level={level} className="wsoa-gantt__details-heading">
            What will be different for children and families
          </Heading>
          <p>{differenceForFamilies}</p>
        </>
      ) : null}
      {successCriteria.length > 0 ? (
        <>
          <Heading level={level} className="wsoa-gantt__details-heading">
            Success criteria
          </Heading>
          <ul>
            {successCriteria.map((criterion, i) => (
              <li key={i}>{criterion}</li>
            ))}
          </ul>
        </>
      ) : null}
      {update !== undefined ? (
        <>
          <Heading
            level={level}
            className="wsoa-gantt__details-heading"
          >{`Latest update, ${formatDate(update.date)}${by ? `, from ${by}` : ''}`}</Heading>
          <p>{updateWords(update)}</p>
          {returnDetails(update).length > 0 ? (
            <dl className="wsoa-gantt__facts">
              {returnDetails(update).map((detail) => (
                <div key={detail.label}>
                  <dt>{detail.label}</dt>
                  <dd>{detail.text}</dd>
                </div>
              ))}
            </dl>
          ) : null}
        </>
      ) : null}
      {evidence.length > 0 ? (
        <>
          <Heading level={level} className="wsoa-gantt__details-heading">
            Evidence
          </Heading>
          <ul>
            {evidence.map((item, i) => (
              <li key={i}>
                {isSafeUrl(item.url) ? (
                  <a href={item.url}>{item.title}</a>
                ) : (
                  `${item.title} (its address is not shown: a link must start http://, https:// or mailto:)`
                )}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}

/** A workstream's description and the outcomes it aims for, each with the impact measures that track it. */
function WorkstreamAims({
  workstream,
  analysis,
  level,
}: {
  readonly workstream: WorkstreamAnalysis;
  readonly analysis: PlanAnalysis;
  readonly level: HeadingLevel;
}): ReactElement | null {
  const source = analysis.plan.workstreams.find((ws) => ws.id === workstream.id);
  if (source === undefined || (source.description === undefined && source.outcomes.length === 0)) return null;
  const measures = new Map(analysis.plan.measures.map((m) => [m.id, m.title]));
  return (
    <>
      {source.description !== undefined ? <p>{source.description}</p> : null}
      {source.outcomes.length > 0 ? (
        <>
          <Heading level={level} className="wsoa-gantt__details-heading">
            Outcomes we are aiming for
          </Heading>
          {/* The plan's own numbers are the text; role="list" keeps the list a list in Safari without bullets. */}
          <ul role="list" className="wsoa-gantt__outcomes">
            {source.outcomes.map((outcome) => {
              const measuredBy = outcome.measureIds.flatMap((id) => measures.get(id) ?? []);
              return (
                <li key={outcome.id}>
                  {outcome.number !== undefined ? `${outcome.number}. ` : ''}
                  {outcome.text}
                  {measuredBy.length > 0 ? <span className="wsoa-muted">{` (measured by: ${measuredBy.join('; ')})`}</span> : null}
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
    </>
  );
}
