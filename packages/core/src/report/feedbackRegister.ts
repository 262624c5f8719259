import { defaultCalendar, type WorkingDayCalendar } from '../calendar/createCalendar.js';
import type { IsoDate } from '../calendar/isoDate.js';
import { workingDaysUntil } from '../calendar/workingTime.js';
import type { Feedback } from '../model/coproduction.js';
import type { Plan } from '../model/plan.js';
import { FEEDBACK_STATUS_WORDS } from './coproductionWords.js';
import { workstreamName } from './workstreamName.js';

/** A workstream or action named beside an entry, as the register prints it. */
export interface FeedbackLink {
  readonly id: string;
  readonly ref: string;
  /** "Workstream 3: Co-production", "Action 1.1: Agree shared values". */
  readonly text: string;
}

/** One published entry of the "You said, we did" register. */
export interface FeedbackEntry {
  readonly id: string;
  readonly youSaid: string;
  /** The area's response; absent until there is one, or while its date is after the as-of date. */
  readonly weDid?: string;
  readonly status: Feedback['status'];
  readonly statusLabel: string;
  readonly receivedOn: IsoDate;
  readonly respondedOn?: IsoDate;
  readonly workstream?: FeedbackLink;
  readonly action?: FeedbackLink;
  /** Working days from receipt to response (the next working day is day 1), when both are dated. */
  readonly workingDaysToRespond?: number;
  /** Working days it has waited for a response by the as-of date, when it has none. */
  readonly workingDaysWaiting?: number;
}

/** What of the register is published as of a date, and what is held back and why. */
export interface FeedbackRegister {
  readonly asOf: IsoDate;
  /** Entries that may be published, newest first. */
  readonly entries: readonly FeedbackEntry[];
  /** Entries held back: not anonymised yet, or received after the as-of date. */
  readonly withheld: { readonly notAnonymised: number; readonly receivedLater: number };
  /** Published entries per status. */
  readonly counts: Readonly<Record<Feedback['status'], number>>;
  /** Published entries with a response by the as-of date, and without. */
  readonly responded: number;
  readonly awaitingResponse: number;
  /** A sentence for the top of the register. */
  readonly sentence: string;
}

/**
 * The "You said, we did" register as it may be published on `asOf` (reg 56 asks for comments and
 * the area's responses to be published, anonymised). Only anonymised entries received by then are
 * listed; the rest are counted, never dropped silently. A response dated after `asOf` is not shown.
 *
 * @example
 * const register = feedbackRegister(plan, { asOf: '2022-03-03' });
 * register.sentence; // '2 comments published; 2 have a response.' (BCP's sample plan)
 */
export function feedbackRegister(
  plan: Pick<Plan, 'feedback' | 'workstreams' | 'actions'>,
  options: { readonly asOf: IsoDate; readonly calendar?: WorkingDayCalendar },
): FeedbackRegister {
  const { asOf } = options;
  const calendar = options.calendar ?? defaultCalendar;
  const workstreams = new Map(plan.workstreams.map((ws) => [ws.id, ws]));
  const actions = new Map(plan.actions.map((a) => [a.id, a]));
  const counts: Record<Feedback['status'], number> = { received: 0, 'in-progress': 0, done: 0, 'not-taken-forward': 0 };
  let notAnonymised = 0;
  let receivedLater = 0;
  const entries: FeedbackEntry[] = [];
  for (const item of plan.feedback) {
    if (item.receivedOn > asOf) {
      receivedLater++;
      continue;
    }
    if (!item.anonymised) {
      notAnonymised++;
      continue;
    }
    // A response dated after asOf had not been given then: the entry reads as received, without it.
    const respondedLater = item.respondedOn !== undefined && item.respondedOn > asOf;
    const answered = item.weDid !== undefined && !respondedLater;
    const status = respondedLater ? 'received' : item.status;
    counts[status]++;
    const ws = item.workstreamId === undefined ? undefined : workstreams.get(item.workstreamId);
    const action = item.actionId === undefined ? undefined : actions.get(item.actionId);
    entries.push({
      id: item.id,
      youSaid: item.youSaid,
      ...(answered ? { weDid: item.weDid } : {}),
      ...(item.respondedOn !== undefined && !respondedLater ? { respondedOn: item.respondedOn } : {}),
      status,
      statusLabel: FEEDBACK_STATUS_WORDS[status],
      receivedOn: item.receivedOn,
      ...(ws ? { workstream: { id: ws.id, ref: ws.ref, text: workstreamName(ws) } } : {}),
      ...(action ? { action: { id: action.id, ref: action.ref, text: `Action ${action.ref}: ${action.title}` } } : {}),
      ...(item.respondedOn !== undefined && !respondedLater
        ? { workingDaysToRespond: workingDaysUntil(item.respondedOn, item.receivedOn, calendar) }
        : answered
          ? {}
          : { workingDaysWaiting: workingDaysUntil(asOf, item.receivedOn, calendar) }),
    });
  }
  // Newest first; entries of the same day keep the plan's order (the sort is stable).
  entries.sort((a, b) => (a.receivedOn < b.receivedOn ? 1 : a.receivedOn > b.receivedOn ? -1 : 0));
  const responded = entries.filter((e) => e.weDid !== undefined).length;
  const awaitingResponse = entries.length - responded;
  return {
    asOf,
    entries,
    withheld: { notAnonymised, receivedLater },
    counts,
    responded,
    awaitingResponse,
    sentence: registerSentence(entries.length, responded, notAnonymised),
  };
}

function registerSentence(published: number, responded: number, notAnonymised: number): string {
  const parts = [
    published === 0
      ? 'No comments published yet.'
      : `${published} ${published === 1 ? 'comment' : 'comments'} published; ${responded} ${responded === 1 ? 'has' : 'have'} a response.`,
  ];
  if (notAnonymised > 0)
    parts.push(
      `${notAnonymised} more ${notAnonymised === 1 ? 'is' : 'are'} not shown until ${notAnonymised === 1 ? 'it is' : 'they are'} anonymised.`,
    );
  return parts.join(' ');
}
