import { formatDate, summariseEngagement, type EngagementActivity, type GroupReach, type IsoDate, type PlanAnalysis } from '@wsoa-kit/core';
import { useId, useMemo, type ReactElement } from 'react';
import { ColumnHeaders, ScrollTable } from '../shared/ScrollTable.js';
import { Heading, subLevel, type HeadingLevel } from '../shared/Heading.js';

/** Props for {@link EngagementTracker}. */
export interface EngagementTrackerProps {
  /** The plan, from core's `analysePlan`. Activities after its as-of date are not counted. */
  readonly analysis: PlanAnalysis;
  /** The first day of the period. Default: every activity up to `to`. */
  readonly from?: IsoDate;
  /** The last day of the period. Default: the analysis's as-of date. */
  readonly to?: IsoDate;
  /** The heading. Default "Engagement and co-production". */
  readonly title?: string;
  /** Heading level of the title; its parts use the level below. Default 2. */
  readonly headingLevel?: HeadingLevel;
  readonly theme?: 'default' | 'high-contrast';
}

/**
 * A plan's engagement and co-production, from core's `summariseEngagement`: how many activities
 * stood on each step of the ladder of participation (bars that carry their numbers as text), who
 * took part, how far the activities reached each of the area's groups beside its share in the area
 * (where the plan names groups), every activity in a table, and the workstreams no activity informed.
 *
 * @example
 * <EngagementTracker analysis={analysis} from="2021-08-01" />
 */
export function EngagementTracker(props: EngagementTrackerProps): ReactElement {
  const { analysis } = props;
  const level = props.headingLevel ?? 2;
  const to = props.to ?? analysis.asOf;
  const summary = useMemo(() => summariseEngagement(analysis.plan, { from: props.from, to }), [analysis, props.from, to]);
  const ids = useId();
  const most = Math.max(1, ...summary.byLadderStep.map((step) => step.count));
  const period = props.from === undefined ? `Up to ${formatDate(to)}` : `${formatDate(props.from)} to ${formatDate(to)}`;
  return (
    <section data-wsoa="" data-wsoa-theme={props.theme ?? 'default'} className="wsoa-engagement" aria-labelledby={`${ids}-title`}>
      <Heading level={level} id={`${ids}-title`}>
        {props.title ?? 'Engagement and co-production'}
      </Heading>
      <p className="wsoa-muted">{`${period}.`}</p>
      <p className="wsoa-engagement__sentence">{summary.sentence}</p>
      {summary.activities.length === 0 ? null : (
        <>
          <Heading level={subLevel(level)}>On the ladder of participation</Heading>
          <p className="wsoa-muted">From the top step, co-production, down to coercion.</p>
          <ol className="wsoa-ladder" reversed>
            {[...summary.byLadderStep].reverse().map((step) => (
              <li key={step.step} className="wsoa-ladder__step" data-step={step.step}>
                <span className="wsoa-ladder__name">{step.label}</span>
                <span className="wsoa-ladder__bar" aria-hidden="true">
                  <span className="wsoa-ladder__fill" style={{ width: `${(step.count / most) * 100}%` }} />
                </span>
                <span className="wsoa-ladder__count">{`${step.count} ${step.count === 1 ? 'activity' : 'activities'}`}</span>
              </li>
            ))}
          </ol>
          <Heading level={subLevel(level)}>Who took part</Heading>
          <ScrollTable
            className="wsoa-engagement__table"
            captionClassName="wsoa-visually-hidden"
            caption="Activities and people reached, by who took part"
            stack
          >
            <ColumnHeaders columns={['Who', 'Activities', 'People reached']} />
            <tbody role="rowgroup">
              {summary.byAudience.map((audience) => (
                <tr key={audience.audience} role="row">
                  <th scope="row" role="rowheader" data-stack="title">
                    {audience.label}
                  </th>
                  <td role="cell" data-label="Activities">
                    {audience.count}
                  </td>
                  <td role="cell" data-label="People reached">
                    {audience.reachNotCounted === 0 ? (
                      audience.reached
                    ) : audience.reachNotCounted === audience.count ? (
                      <span className="wsoa-muted">Not counted</span>
                    ) : (
                      `At least ${audience.reached}`
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </ScrollTable>
          {summary.byGroup.length === 0 ? null : <GroupReachTable groups={summary.byGroup} level={subLevel(level)} />}
          <Heading level={subLevel(level)}>Activities</Heading>
          <ScrollTable
            className="wsoa-engagement__table"
            captionClassName="wsoa-visually-hidden"
            caption={`Engagement activities, ${period.toLowerCase()}`}
            stack
          >
            <ColumnHeaders columns={ACTIVITY_COLUMNS} />
            <tbody role="rowgroup">
              {summary.activities.map((activity) => (
                <ActivityRow key={activity.id} activity={activity} />
              ))}
            </tbody>
          </ScrollTable>
        </>
      )}
      {/* With nothing recorded at all, the sentence says it; listing every workstream would only repeat it. */}
      {summary.activities.length > 0 && summary.workstreamsWithout.length > 0 ? (
        <p className="wsoa-engagement__gap">{`No activity in this period informed: ${summary.workstreamsWithout.map((ws) => ws.text).join('; ')}.`}</p>
      ) : null}
    </section>
  );
}

/** How far the activities reached each of the area's groups, beside its share in the area. */
function GroupReachTable({ groups, level }: { readonly groups: readonly GroupReach[]; readonly level: HeadingLevel }): ReactElement {
  return (
    <>
      <Heading level={level}>Reach beside the area</Heading>
      <p className="wsoa-muted">Counted only where an activity counted the group; the area's share says of whom.</p>
      <ScrollTable
        className="wsoa-engagement__table"
        captionClassName="wsoa-visually-hidden"
        caption="How far the activities reached each group, beside its share in the area"
        stack
      >
        <ColumnHeaders columns={['Group', 'Reached', 'Share reached', "Area's share", 'Difference']} />
        <tbody role="rowgroup">
          {groups.map((group) => (
            <tr key={group.id} role="row">
              <th scope="row" role="rowheader" data-stack="title">
                {group.name}
              </th>
              <td role="cell" data-label="Reached">
                {group.percent === undefined ? (
                  <span className="wsoa-muted">Not counted</span>
                ) : (
                  `${group.counted} of ${group.outOf} counted in ${group.activities === 1 ? '1 activity' : `${group.activities} activities`}`
                )}
              </td>
              <td role="cell" data-label="Share reached">
                {group.percent === undefined ? <span className="wsoa-muted">Not counted</span> : `${group.percent.toFixed(1)}%`}
              </td>
              <td role="cell" data-label="Area's share">
                {`${group.areaPercent}% of ${group.of}`}
                {group.source === undefined ? null : (
                  <span className="wsoa-muted wsoa-engagement__summary">{`Source: ${group.source}`}</span>
                )}
              </td>
              <td role="cell" data-label="Difference">
                {group.difference === undefined ? (
                  <span className="wsoa-muted">Not counted</span>
                ) : group.difference === 0 ? (
                  'The same'
                ) : (
                  `${Math.abs(group.difference)} points ${group.difference < 0 ? 'below' : 'above'}`
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
    </>
  );
}

const ACTIVITY_COLUMNS = ['Date', 'Activity', 'How', 'Who', 'Ladder step', 'Reached', 'Informed'] as const;

function ActivityRow({ activity }: { readonly activity: EngagementActivity }): ReactElement {
  return (
    <tr role="row">
      <td role="cell" data-label="Date">
        {activity.endDate === undefined ? formatDate(activity.date) : `${formatDate(activity.date)} to ${formatDate(activity.endDate)}`}
      </td>
      <th scope="row" role="rowheader" data-stack="title">
        {activity.title}
        {activity.summary ? <span className="wsoa-muted wsoa-engagement__summary">{activity.summary}</span> : null}
      </th>
      <td role="cell" data-label="How">
        {activity.method}
      </td>
      <td role="cell" data-label="Who">
        {activity.audiences.join(', ')}
      </td>
      <td role="cell" data-label="Ladder step">
        {activity.ladderStepLabel}
      </td>
      <td role="cell" data-label="Reached">
        {activity.reached ?? <span className="wsoa-muted">Not counted</span>}
      </td>
      <td role="cell" data-label="Informed" data-stack="long">
        {activity.workstreams.length === 0 ? <span className="wsoa-muted">None named</span> : activity.workstreams.join('; ')}
      </td>
    </tr>
  );
}
