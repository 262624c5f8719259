import {
  deadlineCountdown,
  formatDate,
  planCalendarEvents,
  writePlanCalendar,
  type IsoDate,
  type PlanCalendarEvent,
  type Plan,
  type StatutoryDeadline,
  type WorkingDayCalendar,
} from '@wsoa-kit/core';
import { useId, type ReactElement } from 'react';
import { downloadBlob, fileName } from '../shared/download.js';
import { Heading, subLevel, type HeadingLevel } from '../shared/Heading.js';

/** Props for {@link DeadlineTimeline}. */
export interface DeadlineTimelineProps {
  /** The deadlines, from core's `statutoryTimeline`. */
  readonly deadlines: readonly StatutoryDeadline[];
  /** The day the countdown counts from. */
  readonly asOf: IsoDate;
  /** The calendar to count working days with; use the one the deadlines were worked out with. Default England and Wales. */
  readonly calendar?: WorkingDayCalendar;
  readonly title?: string;
  /**
   * The plan the deadlines belong to. With it, a button downloads the deadlines, the plan's board
   * meetings and its milestones as an iCalendar file (`.ics`) for Outlook, Google or Apple Calendar.
   */
  readonly plan?: Plan;
  /** Heading level of the title; each deadline uses the level below. Default 2. */
  readonly headingLevel?: HeadingLevel;
  readonly theme?: 'default' | 'high-contrast';
}

/**
 * The statutory and framework deadlines that follow an inspection, in date order, each with its
 * date, a countdown in working days, its legal or framework basis, how it was worked out, and
 * whether it is fixed in law or a setting to check.
 *
 * @example
 * <DeadlineTimeline deadlines={statutoryTimeline(plan.inspection)} asOf="2022-05-20" />
 */
export function DeadlineTimeline(props: DeadlineTimelineProps): ReactElement {
  const { asOf, calendar } = props;
  const level = props.headingLevel ?? 2;
  const ids = useId();
  const sorted = [...props.deadlines].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const nextId = sorted.find((d) => d.date >= asOf)?.id;

  return (
    <section data-wsoa="" data-wsoa-theme={props.theme ?? 'default'} className="wsoa-deadlines" aria-labelledby={`${ids}-title`}>
      <Heading level={level} id={`${ids}-title`}>
        {props.title ?? 'Statutory deadlines'}
      </Heading>
      <p className="wsoa-muted">{`Counted in working days from ${formatDate(asOf)}.`}</p>
      {sorted.length === 0 ? (
        <p>No deadlines follow from this inspection’s dates yet: add the dates the report was received and published.</p>
      ) : (
        <ol className="wsoa-deadlines__list">
          {sorted.map((deadline) => {
            const state = deadline.date < asOf ? 'passed' : deadline.id === nextId ? 'next' : 'future';
            return (
              <li key={deadline.id} className="wsoa-deadlines__item" data-state={state}>
                <Heading level={subLevel(level)} className="wsoa-deadlines__title">
                  {deadline.title}
                </Heading>
                <p className="wsoa-deadlines__when">
                  {deadline.window ? (
                    <>
                      {'Between '}
                      <time dateTime={deadline.window.from}>{formatDate(deadline.window.from)}</time>
                      {' and '}
                      <time dateTime={deadline.window.to}>{formatDate(deadline.window.to)}</time>
                    </>
                  ) : (
                    <time dateTime={deadline.date}>{formatDate(deadline.date)}</time>
                  )}
                  {': '}
                  <strong className="wsoa-deadlines__countdown">{deadlineCountdown(deadline, asOf, calendar)}</strong>
                </p>
                <dl className="wsoa-deadlines__facts">
                  <div>
                    <dt>Basis</dt>
                    <dd>{deadline.basis}</dd>
                  </div>
                  <div>
                    <dt>Worked out as</dt>
                    <dd>{deadline.rule}</dd>
                  </div>
                  <div>
                    <dt>Rule</dt>
                    <dd>
                      <span className="wsoa-deadlines__status" data-status={deadline.status}>
                        {deadline.status === 'confirmed' ? 'Set in law' : 'A default setting: check it against the current handbook'}
                      </span>
                    </dd>
                  </div>
                  {deadline.caveat ? (
                    <div>
                      <dt>Check</dt>
                      <dd>{deadline.caveat}</dd>
                    </div>
                  ) : null}
                </dl>
              </li>
            );
          })}
        </ol>
      )}
      {props.plan ? <CalendarDownload plan={props.plan} deadlines={props.deadlines} /> : null}
    </section>
  );
}

function CalendarDownload({ plan, deadlines }: { readonly plan: Plan; readonly deadlines: readonly StatutoryDeadline[] }): ReactElement {
  // What the file holds, counted from the events core writes, so the sentence cannot drift from the file.
  const events = planCalendarEvents(plan, { deadlines });
  const count = (kind: PlanCalendarEvent['kind'], noun: string) => {
    const n = events.filter((event) => event.kind === kind).length;
    return `${n} ${noun}${n === 1 ? '' : 's'}`;
  };
  const parts = [count('deadline', 'deadline'), count('meeting', 'board meeting'), count('milestone', 'milestone')];
  return (
    <p className="wsoa-deadlines__calendar">
      <button
        type="button"
        className="wsoa-button wsoa-button--secondary"
        onClick={() =>
          downloadBlob(
            fileName(`${plan.title} dates`, 'ics', 'plan-dates'),
            new Blob([writePlanCalendar(plan, { deadlines })], { type: 'text/calendar;charset=utf-8' }),
          )
        }
      >
        Add these dates to your calendar (.ics file)
      </button>{' '}
      <span className="wsoa-muted">{`${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}, for Outlook, Google or Apple Calendar.`}</span>
    </p>
  );
}
