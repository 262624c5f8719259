import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../model/parsePlan.js';
import type { Plan, PlanInput } from '../model/plan.js';
import { statutoryTimeline } from '../report/statutoryTimeline.js';
import { samplePlans } from '../samples/index.js';
import { foldLine, icalText, planCalendarEvents, writePlanCalendar } from './writePlanCalendar.js';

function parsed(input: PlanInput): Plan {
  const result = parsePlan(input);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result.value;
}

const stamp = new Date('2026-12-04T09:30:00Z');

/** The events of a calendar file as a reader sees them: lines unfolded, each event's properties by name. */
function events(file: string): Record<string, string>[] {
  const lines = file.replace(/\r\n /g, '').split('\r\n');
  const found: Record<string, string>[] = [];
  let event: Record<string, string> | undefined;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') event = {};
    else if (line === 'END:VEVENT') {
      if (event) found.push(event);
      event = undefined;
    } else if (event) {
      const colon = line.indexOf(':');
      event[line.slice(0, colon)] = line.slice(colon + 1);
    }
  }
  return found;
}

describe('writePlanCalendar', () => {
  const bcp = parsed(samplePlans.bcp);

  it('writes BCP’s WSoA deadline, revisit window and board meetings as all-day events in date order', () => {
    const file = writePlanCalendar(bcp, { deadlines: statutoryTimeline(bcp.inspection), stamp });
    expect(file.split('\r\n').slice(0, 6)).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//wsoa-kit//plan calendar//EN',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'X-WR-CALNAME:BCP Written Statement of Action for SEND 2021',
    ]);
    expect(file.endsWith('END:VCALENDAR\r\n')).toBe(true);
    const all = events(file);
    expect(all.map((e) => [e['DTSTART;VALUE=DATE'], e['DTEND;VALUE=DATE'], e.SUMMARY])).toEqual([
      ['20211014', '20211015', 'EIA Panel'],
      ['20211104', '20211105', 'SEND Improvement Board'],
      ['20211124', '20211125', 'Cabinet'],
      ['20211202', '20211203', 'SEND Improvement Board'],
      ['20211207', '20211208', 'Written Statement of Action due'],
      ['20220106', '20220107', 'SEND Improvement Board'],
      ['20220203', '20220204', 'SEND Improvement Board'],
      ['20220303', '20220304', 'SEND Improvement Board'],
      ['20221231', '20230501', 'Revisit expected (window)'],
    ]);
    const cabinet = all.find((e) => e.SUMMARY === 'Cabinet');
    expect(cabinet).toEqual({
      UID: 'bcp-wsoa-2021-meeting-cabinet-2021-11-24@wsoa-kit',
      DTSTAMP: '20261204T093000Z',
      'DTSTART;VALUE=DATE': '20211124',
      'DTEND;VALUE=DATE': '20211125',
      SUMMARY: 'Cabinet',
      DESCRIPTION: 'Endorses the partnership approach\\; delegates sign-off to the Portfolio Holder',
      TRANSP: 'TRANSPARENT',
    });
  });

  it('gives a deadline its basis, rule and whether it is set in law, and a window one event across its days', () => {
    const deadlines = statutoryTimeline(bcp.inspection);
    const all = events(writePlanCalendar(bcp, { deadlines, stamp, meetings: false }));
    const due = deadlines.find((d) => d.id === 'wsoa-due');
    const revisit = deadlines.find((d) => d.id === 'revisit');
    expect(all.map((e) => e.UID)).toEqual(['bcp-wsoa-2021-deadline-wsoa-due@wsoa-kit', 'bcp-wsoa-2021-deadline-revisit@wsoa-kit']);
    expect(all[0]?.['DTSTART;VALUE=DATE']).toBe(due?.date.replace(/-/g, ''));
    expect(all[0]?.DESCRIPTION).toBe(icalText(`${due?.basis}\nWorked out as: ${due?.rule}\nSet in law.`));
    expect([all[1]?.['DTSTART;VALUE=DATE'], all[1]?.['DTEND;VALUE=DATE']]).toEqual([
      revisit?.window?.from.replace(/-/g, ''),
      // The day after the window's last, as all-day events end.
      '20230501',
    ]);
    expect(revisit?.window?.to).toBe('2023-04-30');
    expect(all[1]?.DESCRIPTION?.endsWith('A default setting: check it against the current handbook.')).toBe(true);
  });

  it('adds a caveat to a deadline counted past the bank holidays its calendar knows', () => {
    const deadlines = statutoryTimeline({ ...bcp.inspection, reportReceived: '2030-11-01' });
    const due = deadlines.find((d) => d.id === 'wsoa-due');
    expect(due?.caveat).toMatch(/^The calendar knows bank holidays only for 2015 to 2030, /);
    const event = events(writePlanCalendar(bcp, { deadlines, stamp, meetings: false })).find((e) => e.UID?.includes('wsoa-due'));
    expect(event?.DESCRIPTION).toBe(icalText(`${due?.basis}\nWorked out as: ${due?.rule}\nSet in law.\n${due?.caveat}`));
  });

  it('adds milestone actions on their finish date, and leaves meetings or milestones out on request', () => {
    const northbrook = parsed(samplePlans.northbrook);
    const all = events(writePlanCalendar(northbrook, { stamp }));
    expect(all.filter((e) => e.SUMMARY?.startsWith('Milestone'))).toEqual([
      {
        UID: 'northbrook-pap-2024-milestone-pa1-m@wsoa-kit',
        DTSTAMP: '20261204T093000Z',
        'DTSTART;VALUE=DATE': '20250331',
        'DTEND;VALUE=DATE': '20250401',
        SUMMARY: 'Milestone 1.M: Milestone: 60% of new EHC plans issued within 20 weeks',
        TRANSP: 'TRANSPARENT',
      },
    ]);
    expect(all).toHaveLength(northbrook.boards.reduce((n, b) => n + b.meetings.length, 0) + 1);
    expect(events(writePlanCalendar(northbrook, { stamp, meetings: false, milestones: false }))).toEqual([]);
  });

  it('gives an event on 31 Dec 9999, which has no day after it, a length in days instead of an end', () => {
    const northbrook = parsed(samplePlans.northbrook);
    const plan = { ...northbrook, boards: [{ ...(northbrook.boards[0] as Plan['boards'][number]), meetings: [{ date: '9999-12-31' }] }] };
    const file = writePlanCalendar(plan, { stamp, milestones: false });
    expect(events(file).map((e) => [e['DTSTART;VALUE=DATE'], e['DTEND;VALUE=DATE'], e.DURATION])).toEqual([['99991231', undefined, 'P1D']]);
    const read = new ICAL.Event(new ICAL.Component(ICAL.parse(file)).getFirstSubcomponent('vevent') as ICAL.Component);
    expect([read.startDate.isDate, read.startDate.toString(), read.duration.toString()]).toEqual([true, '9999-12-31', 'P1D']);
  });

  it('gives the events it writes, by kind and in the file’s order, for a view that says what the file holds', () => {
    const northbrook = parsed(samplePlans.northbrook);
    const deadlines = statutoryTimeline(northbrook.inspection);
    const listed = planCalendarEvents(northbrook, { deadlines });
    const written = events(writePlanCalendar(northbrook, { stamp, deadlines }));
    expect(listed.map((e) => `${northbrook.id}-${e.uid}@wsoa-kit`)).toEqual(written.map((e) => e.UID));
    const kinds = (list: readonly { kind: string }[]) =>
      Object.fromEntries(['deadline', 'meeting', 'milestone'].map((kind) => [kind, list.filter((e) => e.kind === kind).length]));
    expect(kinds(listed)).toEqual({ deadline: 4, meeting: 8, milestone: 1 });
    expect(kinds(planCalendarEvents(northbrook, { meetings: false }))).toEqual({ deadline: 0, meeting: 0, milestone: 1 });
  });

  it('escapes text and folds long lines at 75 bytes without splitting a character', () => {
    expect(icalText('A\\B; C, D\r\nE\nF')).toBe('A\\\\B\\; C\\, D\\nE\\nF');
    const long = `SUMMARY:${'é'.repeat(50)}`;
    const folded = foldLine(long);
    const bytes = folded.split('\r\n').map((part) => new TextEncoder().encode(part).length);
    // 8 bytes of name, then 33 two-byte characters: a 34th would make 76.
    expect(bytes).toEqual([74, 35]);
    expect(folded.replace(/\r\n /g, '')).toBe(long);
    expect(foldLine('DTSTART;VALUE=DATE:20220607')).toBe('DTSTART;VALUE=DATE:20220607');
    // Every line of a whole file is within 75 bytes.
    const plan = { ...bcp, title: `${'Improvement plan, ‘Our SEND’; '.repeat(6)}` };
    const file = writePlanCalendar(plan, { deadlines: statutoryTimeline(bcp.inspection), stamp });
    expect(Math.max(...file.split('\r\n').map((line) => new TextEncoder().encode(line).length))).toBe(75);
    expect(file.replace(/\r\n /g, '').split('\r\n')[5]).toBe(`X-WR-CALNAME:${icalText(plan.title)}`);
  });

  it('is the same file in any time zone: dates are dates', () => {
    const file = writePlanCalendar(bcp, { deadlines: statutoryTimeline(bcp.inspection), stamp });
    expect(file).toContain('DTSTART;VALUE=DATE:20211202\r\n');
    expect(file).not.toMatch(/DTSTART:/);
  });

  it('reads back in Mozilla’s iCalendar parser (ical.js) as all-day events with the plan’s text', () => {
    const deadlines = statutoryTimeline(bcp.inspection);
    const name = 'Board; “Our SEND”, parents\\carers';
    const note = 'Signs off the plan;\nthen, the revisit.';
    const plan = { ...bcp, boards: [{ ...(bcp.boards[0] as Plan['boards'][number]), name, meetings: [{ date: '2021-12-02', note }] }] };
    const calendar = new ICAL.Component(ICAL.parse(writePlanCalendar(plan, { deadlines, stamp, meetings: false })));
    const board = new ICAL.Component(ICAL.parse(writePlanCalendar(plan, { stamp })));
    const meeting = new ICAL.Event(board.getFirstSubcomponent('vevent') as ICAL.Component);
    expect([meeting.summary, meeting.description, meeting.startDate.toString()]).toEqual([name, note, '2021-12-02']);
    const read = calendar.getAllSubcomponents('vevent').map((component) => {
      const event = new ICAL.Event(component);
      return [event.startDate.isDate, event.startDate.toString(), event.endDate.toString(), event.summary, event.uid];
    });
    expect(read).toHaveLength(2);
    expect(read[0]).toEqual([
      true,
      '2021-12-07',
      '2021-12-08',
      'Written Statement of Action due',
      'bcp-wsoa-2021-deadline-wsoa-due@wsoa-kit',
    ]);
    expect(read[1]).toEqual([true, '2022-12-31', '2023-05-01', 'Revisit expected (window)', 'bcp-wsoa-2021-deadline-revisit@wsoa-kit']);
    const due = new ICAL.Event(calendar.getAllSubcomponents('vevent')[0]);
    expect(due.description).toBe(`${deadlines[0]?.basis}\nWorked out as: ${deadlines[0]?.rule}\nSet in law.`);
  });
});
