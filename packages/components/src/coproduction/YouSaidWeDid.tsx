import { FEEDBACK_STATUS_WORDS, feedbackRegister, formatDate, type Feedback, type FeedbackEntry, type PlanAnalysis } from '@wsoa-kit/core';
import { useId, useMemo, type ReactElement } from 'react';
import { Heading, subLevel, type HeadingLevel } from '../shared/Heading.js';
import { useControllableState } from '../shared/useControllableState.js';

/** Which entries the register shows: every one, or those of one status. */
export type FeedbackFilter = Feedback['status'] | 'all';

/** Props for {@link YouSaidWeDid}. */
export interface YouSaidWeDidProps {
  /** The plan and the date to publish the register as of, from core's `analysePlan`. */
  readonly analysis: PlanAnalysis;
  /** The heading. Default "You said, we did". */
  readonly title?: string;
  /** Heading level of the title; each comment uses the level below. Default 2. */
  readonly headingLevel?: HeadingLevel;
  /** The status shown (controlled); `all` for every entry. */
  readonly status?: FeedbackFilter;
  readonly defaultStatus?: FeedbackFilter;
  readonly onStatusChange?: (status: FeedbackFilter) => void;
  readonly theme?: 'default' | 'high-contrast';
}

const STATUSES = Object.keys(FEEDBACK_STATUS_WORDS) as Feedback['status'][];

/**
 * The "You said, we did" register, from core's `feedbackRegister`: each published comment beside
 * the area's response, newest first, with its status in words and how long the answer took. Entries
 * not yet anonymised are never shown, and the register says how many there are.
 *
 * @example
 * <YouSaidWeDid analysis={analysePlan(plan, { asOf: '2022-03-03' })} />
 */
export function YouSaidWeDid(props: YouSaidWeDidProps): ReactElement {
  const { analysis } = props;
  const level = props.headingLevel ?? 2;
  const register = useMemo(() => feedbackRegister(analysis.plan, { asOf: analysis.asOf, calendar: analysis.calendar }), [analysis]);
  const [filter, setFilter] = useControllableState(props.status, props.defaultStatus ?? 'all', props.onStatusChange);
  const ids = useId();
  const shown = filter === 'all' ? register.entries : register.entries.filter((entry) => entry.status === filter);
  return (
    <section data-wsoa="" data-wsoa-theme={props.theme ?? 'default'} className="wsoa-feedback" aria-labelledby={`${ids}-title`}>
      <Heading level={level} id={`${ids}-title`}>
        {props.title ?? 'You said, we did'}
      </Heading>
      <p className="wsoa-feedback__sentence">{register.sentence}</p>
      {register.entries.length > 0 ? (
        <div className="wsoa-field wsoa-feedback__filter">
          <label htmlFor={`${ids}-filter`}>Show</label>
          <select id={`${ids}-filter`} value={filter} onChange={(event) => setFilter(event.currentTarget.value as FeedbackFilter)}>
            <option value="all">{`All comments (${register.entries.length})`}</option>
            {STATUSES.filter((status) => register.counts[status] > 0).map((status) => (
              <option key={status} value={status}>{`${FEEDBACK_STATUS_WORDS[status]} (${register.counts[status]})`}</option>
            ))}
          </select>
        </div>
      ) : null}
      <p role="status" className="wsoa-visually-hidden">
        {register.entries.length > 0 && filter !== 'all' ? `Showing ${shown.length} of ${register.entries.length} comments.` : ''}
      </p>
      {shown.length > 0 ? (
        <ol className="wsoa-feedback__list">
          {shown.map((entry) => (
            <Entry key={entry.id} entry={entry} level={subLevel(level)} />
          ))}
        </ol>
      ) : null}
    </section>
  );
}

function Entry({ entry, level }: { readonly entry: FeedbackEntry; readonly level: HeadingLevel }): ReactElement {
  const about = [entry.workstream?.text, entry.action?.text].filter((text) => text !== undefined).join('; ');
  return (
    <li className="wsoa-feedback__entry" data-status={entry.status}>
      <Heading level={level} className="wsoa-feedback__heading">
        {`Comment of ${formatDate(entry.receivedOn)}: `}
        <span className="wsoa-feedback__status" data-status={entry.status}>
          {entry.statusLabel}
        </span>
      </Heading>
      {about ? <p className="wsoa-muted wsoa-feedback__about">{`About ${about}`}</p> : null}
      <dl className="wsoa-feedback__said">
        <div>
          <dt>You said</dt>
          <dd>{entry.youSaid}</dd>
        </div>
        <div>
          <dt>We did</dt>
          <dd>{entry.weDid ?? 'We have not responded yet.'}</dd>
        </div>
      </dl>
      <p className="wsoa-muted wsoa-feedback__timing">{timing(entry)}</p>
    </li>
  );
}

function timing(entry: FeedbackEntry): string {
  const days = (n: number) => `${n} working ${n === 1 ? 'day' : 'days'}`;
  if (entry.respondedOn !== undefined && entry.workingDaysToRespond !== undefined)
    return `Answered ${formatDate(entry.respondedOn)}, ${days(entry.workingDaysToRespond)} after it was received.`;
  if (entry.workingDaysWaiting !== undefined)
    return entry.workingDaysWaiting === 0 ? 'Received today.' : `Waiting ${days(entry.workingDaysWaiting)} for a response.`;
  return 'Answered; the date of the answer is not recorded.';
}
