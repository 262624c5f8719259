import { addCalendarDays, LAST_ISO_DATE, toDayNumber, type IsoDate } from '../calendar/isoDate.js';
import type { Plan } from '../model/plan.js';
import type { StatutoryDeadline } from '../report/statutoryTimeline.js';

/** Options for {@link writePlanCalendar}. */
export interface PlanCalendarOptions {
  /** The statutory deadlines to include, from `statutoryTimeline`. Default none. */
  readonly deadlines?: readonly StatutoryDeadline[];
  /** Include each board meeting. Default true. */
  readonly meetings?: boolean;
  /** Include each milestone action, on its finish date. Default true. */
  readonly milestones?: boolean;
  /** When the file is made, for each event's `DTSTAMP`. Default now. */
  readonly stamp?: Date;
}

/** One all-day event of the plan's calendar, before it is written. */
export interface PlanCalendarEvent {
  readonly kind: 'deadline' | 'meeting' | 'milestone';
  /** Unique within the plan; the file's `UID` adds the plan's id. */
  readonly uid: string;
  readonly from: IsoDate;
  /** The last day, inclusive. */
  readonly to: IsoDate;
  readonly summary: string;
  readonly description?: string;
}

/**
 * The plan's dates as an iCalendar file (RFC 5545) that Outlook, Google Calendar and Apple
 * Calendar import: the statutory deadlines given (a window as one event across its days), each
 * board meeting and each milestone action, all as all-day events, so no time zone can move them.
 *
 * - Each event's `UID` is built from the plan's id and what the event is, so importing a newer file
 *   updates the events instead of adding copies.
 * - Text is escaped and long lines are folded at 75 bytes without splitting a character, with CRLF
 *   line ends, as the standard requires.
 *
 * @example
 * writePlanCalendar(plan, { deadlines: statutoryTimeline(plan.inspection) }).split('\r\n')[0]; // 'BEGIN:VCALENDAR'
 */
export function writePlanCalendar(plan: Plan, options: PlanCalendarOptions = {}): string {
  const events = planCalendarEvents(plan, options);
  const stamp = (options.stamp ?? new Date())
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
  const day = (date: IsoDate) => date.replace(/-/g, '');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//wsoa-kit//plan calendar//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${icalText(plan.title)}`,
    ...events.flatMap((event) => [
      'BEGIN:VEVENT',
      `UID:${icalText(`${plan.id}-${event.uid}`)}@wsoa-kit`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${day(event.from)}`,
      // The end of an all-day event is the day after its last, which 31 Dec 9999 has none of: there,
      // its length in days says the same (RFC 5545, 3.8.2.5).
      event.to === LAST_ISO_DATE
        ? `DURATION:P${toDayNumber(event.to) - toDayNumber(event.from) + 1}D`
        : `DTEND;VALUE=DATE:${day(addCalendarDays(event.to, 1))}`,
      `SUMMARY:${icalText(event.summary)}`,
      ...(event.description !== undefined ? [`DESCRIPTION:${icalText(event.description)}`] : []),
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    ]),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

/**
 * The events `writePlanCalendar` writes, in date order: the deadlines given, each board meeting and
 * each milestone action with a finish date (as `options` asks), for a view that says what the file
 * holds.
 *
 * @example
 * planCalendarEvents(plan).filter((event) => event.kind === 'milestone').length;
 */
export function planCalendarEvents(plan: Plan, options: Omit<PlanCalendarOptions, 'stamp'> = {}): PlanCalendarEvent[] {
  const events: PlanCalendarEvent[] = [];
  for (const deadline of options.deadlines ?? [])
    events.push({
      kind: 'deadline',
      uid: `deadline-${deadline.id}`,
      from: deadline.window?.from ?? deadline.date,
      to: deadline.window?.to ?? deadline.date,
      summary: deadline.window ? `${deadline.title} (window)` : deadline.title,
      description: [
        deadline.basis,
        `Worked out as: ${deadline.rule}`,
        deadline.status === 'confirmed' ? 'Set in law.' : 'A default setting: check it against the current handbook.',
        ...(deadline.caveat ? [deadline.caveat] : []),
      ].join('\n'),
    });
  if (options.meetings ?? true)
    for (const board of plan.boards)
      for (const meeting of board.meetings)
        events.push({
          kind: 'meeting',
          uid: `meeting-${board.id}-${meeting.date}`,
          from: meeting.date,
          to: meeting.date,
          summary: board.name,
          ...(meeting.note !== undefined ? { description: meeting.note } : {}),
        });
  if (options.milestones ?? true)
    for (const action of plan.actions)
      if (action.milestone && action.finish !== undefined)
        events.push({
          kind: 'milestone',
          uid: `milestone-${action.id}`,
          from: action.finish,
          to: action.finish,
          summary: `Milestone ${action.ref}: ${action.title}`,
        });
  events.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : a.uid < b.uid ? -1 : 1));
  return events;
}

/**
 * Text as an iCalendar value: backslashes, semicolons and commas escaped, line breaks as `\n`.
 *
 * @example
 * icalText('Board; SEND, and\nhealth'); // 'Board\\; SEND\\, and\\nhealth'
 */
export function icalText(text: string): string {
  return text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * A content line folded as RFC 5545 asks: no line longer than 75 bytes of UTF-8, each
 * continuation starting with a space, never splitting a character.
 *
 * @example
 * foldLine(`SUMMARY:${'x'.repeat(80)}`).split('\r\n').map((part) => part.length); // [75, 14]
 */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let bytes = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // Continuation lines start with a space, which counts towards their 75 bytes.
    const limit = parts.length === 0 ? 75 : 74;
    if (bytes + size > limit) {
      parts.push(current);
      current = '';
      bytes = 0;
    }
    current += char;
    bytes += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}
