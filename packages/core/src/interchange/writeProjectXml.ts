import type { ActionAnalysis, PlanAnalysis, ResolvedLead } from '../analysis/types.js';
import { countWorkingDays } from '../calendar/countWorkingDays.js';
import { dayOfWeek, toDayNumber, type IsoDate } from '../calendar/isoDate.js';
import type { ProgressUpdate } from '../model/action.js';
import { planOutline } from './planOutline.js';
import { escapeXml } from './readXml.js';

/** Options for {@link writeProjectXml}. */
export interface WriteProjectXmlOptions {
  /**
   * Custom text fields for each action's latest progress return as of the analysis date:
   * `Commentary`, `Mitigation`, `Impact if not mitigated` and `Impact sustained`. Default: each that
   * some action's latest return fills; `true` for all four, `false` for none.
   */
  readonly latestReturn?: boolean;
}

/** The custom text fields written, by Project's field ids for Text1 to Text5. */
const FIELDS: readonly {
  readonly id: number;
  readonly name: string;
  readonly alias: string;
  readonly text: (action: ActionAnalysis) => string;
}[] = [
  { id: 188743731, name: 'Text1', alias: 'RAG', text: (action) => (action.rag.status === 'unrated' ? '' : action.rag.label) },
  { id: 188743734, name: 'Text2', alias: 'Commentary', text: (action) => action.lastUpdate?.commentary ?? '' },
  { id: 188743737, name: 'Text3', alias: 'Mitigation', text: (action) => action.lastUpdate?.mitigation ?? '' },
  { id: 188743740, name: 'Text4', alias: 'Impact if not mitigated', text: (action) => action.lastUpdate?.impactIfNotMitigated ?? '' },
  { id: 188743743, name: 'Text5', alias: 'Impact sustained', text: (action) => sustained(action.lastUpdate) },
];
const LINK_TYPES = { FF: 0, FS: 1, SF: 2, SS: 3 } as const;
const MINUTES_PER_DAY = 480;

/**
 * Writes an analysed plan as a Microsoft Project XML file, to open in Project (File, Open, then
 * choose XML Format) or in ProjectLibre, GanttProject and other tools that read it;
 * `readProjectXml` reads it back.
 *
 * - Each workstream is a summary task at outline level 1 ("Focus Area 2 - Joint Commissioning",
 *   its description as its notes), its actions under it led by their refs, and sub-actions under
 *   their parents. A workstream within another (a theme's workstreams) is a summary task under
 *   its parent's actions.
 * - Dates as the analysis resolves them, on an 8-hour day; each dated action starts no earlier than
 *   its start, so Project keeps the plan's dates rather than moving every task to the project's
 *   first day. Milestones, % complete, baseline dates (baseline 0; the format has no place for the
 *   day a baseline was set) and dependencies with their type and lag in working days.
 * - Leads as resources assigned to their tasks, with their initials and names.
 * - A calendar of weekdays, 08:00 to 17:00 with an hour for lunch. Under the weekends and bank
 *   holidays convention, each bank holiday and closure day on a weekday is a named day off; under
 *   weekends only, none is, as project tools count.
 * - The analysis date as the status date, and custom text fields named `RAG` (the analysis's RAG,
 *   or its override) and, each where some action's latest return fills it, `Commentary`,
 *   `Mitigation`, `Impact if not mitigated` and `Impact sustained`.
 *
 * Text is escaped, so nothing in a plan can become markup in the file.
 *
 * @example
 * const xml = writeProjectXml(analysePlan(plan, { asOf: '2022-05-22' }));
 */
export function writeProjectXml(analysis: PlanAnalysis, options: WriteProjectXmlOptions = {}): string {
  const { plan } = analysis;
  // The RAG field where any action is rated; the return's fields as `latestReturn` says.
  const fields = FIELDS.filter((field, i) =>
    i === 0
      ? analysis.actions.some((action) => field.text(action) !== '')
      : (options.latestReturn ?? analysis.actions.some((action) => field.text(action) !== '')),
  );
  const out: string[] = [];
  const line = (depth: number, text: string) => out.push(`${'\t'.repeat(depth)}${text}`);
  const value = (depth: number, name: string, text: string | number) => line(depth, `<${name}>${escapeXml(String(text))}</${name}>`);
  line(0, '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>');
  line(0, '<Project xmlns="http://schemas.microsoft.com/project">');
  value(1, 'SaveVersion', 14);
  value(1, 'Name', `${plan.title}.xml`);
  value(1, 'Title', plan.title);
  value(1, 'ScheduleFromStart', 1);
  if (analysis.start) value(1, 'StartDate', startTime(analysis.start));
  if (analysis.finish) value(1, 'FinishDate', finishTime(analysis.finish));
  value(1, 'CalendarUID', 1);
  value(1, 'DefaultStartTime', '08:00:00');
  value(1, 'DefaultFinishTime', '17:00:00');
  value(1, 'MinutesPerDay', MINUTES_PER_DAY);
  value(1, 'MinutesPerWeek', MINUTES_PER_DAY * 5);
  value(1, 'DaysPerMonth', 20);
  value(1, 'DurationFormat', 7);
  value(1, 'StatusDate', finishTime(analysis.asOf));
  if (fields.length > 0) {
    line(1, '<ExtendedAttributes>');
    for (const field of fields) {
      line(2, '<ExtendedAttribute>');
      value(3, 'FieldID', field.id);
      value(3, 'FieldName', field.name);
      value(3, 'Alias', field.alias);
      line(2, '</ExtendedAttribute>');
    }
    line(1, '</ExtendedAttributes>');
  }
  writeCalendar(analysis, line, value);

  // Every task's UID, in the order the rows are written: workstreams and their actions.
  const rows = planOutline(analysis);
  const uids = new Map(rows.map((row, i) => [`${row.kind === 'action' ? 'a' : 'w'}:${row.id}`, i + 1]));

  const people = new Map<string, { readonly uid: number; readonly lead: ResolvedLead }>();
  const assignments: [task: number, resource: number][] = [];
  const assign = (task: number, leads: readonly ResolvedLead[]) => {
    for (const lead of leads) {
      const known = people.get(lead.personId) ?? { uid: people.size + 1, lead };
      people.set(lead.personId, known);
      assignments.push([task, known.uid]);
    }
  };

  line(1, '<Tasks>');
  line(2, '<Task>');
  value(3, 'UID', 0);
  value(3, 'ID', 0);
  value(3, 'Name', plan.title);
  value(3, 'OutlineNumber', 0);
  value(3, 'OutlineLevel', 0);
  value(3, 'Summary', 1);
  line(2, '</Task>');
  rows.forEach((row, i) => {
    const uid = i + 1;
    line(2, '<Task>');
    value(3, 'UID', uid);
    value(3, 'ID', uid);
    if (row.kind === 'workstream') {
      const ws = analysis.workstreamsById.get(row.id);
      if (ws === undefined) return;
      const start = ws.entered?.start ?? ws.start;
      const finish = ws.entered?.finish ?? ws.finish;
      const days = ws.entered?.durationDays ?? ws.durationDays;
      value(3, 'Name', `${ws.label} ${ws.ref} - ${ws.title}`);
      taskOutline(value, row);
      if (start) value(3, 'Start', startTime(start));
      if (finish) value(3, 'Finish', finishTime(finish));
      if (days !== undefined) duration(value, days);
      value(3, 'Milestone', 0);
      value(3, 'Summary', 1);
      value(3, 'PercentComplete', Math.round(ws.percentComplete));
      const description = plan.workstreams.find((w) => w.id === ws.id)?.description;
      if (description) value(3, 'Notes', description);
      assign(uid, ws.leads);
    } else {
      const action = analysis.actionsById.get(row.id) as ActionAnalysis;
      value(3, 'Name', `${action.ref} ${action.title}`);
      taskOutline(value, row);
      if (action.start) value(3, 'Start', action.milestone ? finishTime(action.start) : startTime(action.start));
      if (action.finish) value(3, 'Finish', finishTime(action.finish));
      if (action.durationDays !== undefined) duration(value, action.durationDays);
      value(3, 'Milestone', action.milestone ? 1 : 0);
      value(3, 'Summary', action.childIds.length > 0 ? 1 : 0);
      value(3, 'PercentComplete', Math.round(action.percentComplete));
      if (action.start && action.childIds.length === 0) {
        value(3, 'ConstraintType', 4); // start no earlier than
        value(3, 'ConstraintDate', startTime(action.start));
      }
      for (const dependency of action.source.dependencies) {
        const predecessor = uids.get(`a:${dependency.predecessorId}`);
        if (predecessor === undefined) continue; // a broken link, reported by the analysis
        line(3, '<PredecessorLink>');
        value(4, 'PredecessorUID', predecessor);
        value(4, 'Type', LINK_TYPES[dependency.type]);
        value(4, 'CrossProject', 0);
        value(4, 'LinkLag', dependency.lagDays * MINUTES_PER_DAY * 10);
        value(4, 'LagFormat', 7);
        line(3, '</PredecessorLink>');
      }
      const baseline = action.source.baseline;
      if (baseline) {
        line(3, '<Baseline>');
        value(4, 'Number', 0);
        value(4, 'Start', startTime(baseline.start));
        value(4, 'Finish', finishTime(baseline.finish));
        duration(value, countWorkingDays(baseline.start, baseline.finish, analysis.calendar), 4);
        line(3, '</Baseline>');
      }
      for (const field of fields) {
        const text = field.text(action);
        if (text === '') continue;
        line(3, '<ExtendedAttribute>');
        value(4, 'FieldID', field.id);
        value(4, 'Value', text);
        line(3, '</ExtendedAttribute>');
      }
      assign(uid, action.leads);
    }
    line(2, '</Task>');
  });
  line(1, '</Tasks>');
  line(1, '<Resources>');
  for (const { uid, lead } of people.values()) {
    line(2, '<Resource>');
    value(3, 'UID', uid);
    value(3, 'ID', uid);
    value(3, 'Name', lead.name ?? lead.initials);
    value(3, 'Type', 1);
    value(3, 'Initials', lead.initials);
    line(2, '</Resource>');
  }
  line(1, '</Resources>');
  line(1, '<Assignments>');
  assignments.forEach(([task, resource], i) => {
    line(2, '<Assignment>');
    value(3, 'UID', i + 1);
    value(3, 'TaskUID', task);
    value(3, 'ResourceUID', resource);
    value(3, 'Units', 1);
    line(2, '</Assignment>');
  });
  line(1, '</Assignments>');
  line(0, '</Project>');
  return `${out.join('\r\n')}\r\n`;
}

type Value = (depth: number, name: string, text: string | number) => void;

function taskOutline(value: Value, row: { readonly level: number; readonly outline: string }): void {
  value(3, 'WBS', row.outline);
  value(3, 'OutlineNumber', row.outline);
  value(3, 'OutlineLevel', row.level);
}

function duration(value: Value, days: number, depth = 3): void {
  value(depth, 'Duration', `PT${(days * MINUTES_PER_DAY) / 60}H0M0S`);
  value(depth, 'DurationFormat', 7);
}

/** The calendar: weekdays 08:00-17:00, and under the holidays convention each named weekday off. */
function writeCalendar(analysis: PlanAnalysis, line: (depth: number, text: string) => void, value: Value): void {
  line(1, '<Calendars>');
  line(2, '<Calendar>');
  value(3, 'UID', 1);
  value(3, 'Name', analysis.calendar.convention === 'weekends-only' ? 'Standard' : 'England and Wales working days');
  value(3, 'IsBaseCalendar', 1);
  value(3, 'BaseCalendarUID', -1);
  line(3, '<WeekDays>');
  for (let day = 1; day <= 7; day++) {
    line(4, '<WeekDay>');
    value(5, 'DayType', day);
    const working = day !== 1 && day !== 7;
    value(5, 'DayWorking', working ? 1 : 0);
    if (working) {
      line(5, '<WorkingTimes>');
      for (const [from, to] of [
        ['08:00:00', '12:00:00'],
        ['13:00:00', '17:00:00'],
      ] as const) {
        line(6, '<WorkingTime>');
        value(7, 'FromTime', from);
        value(7, 'ToTime', to);
        line(6, '</WorkingTime>');
      }
      line(5, '</WorkingTimes>');
    }
    line(4, '</WeekDay>');
  }
  line(3, '</WeekDays>');
  const daysOff = [...analysis.calendar.nonWorkingDays]
    .filter(([date]) => dayOfWeek(toDayNumber(date)) !== 0 && dayOfWeek(toDayNumber(date)) !== 6)
    .sort(([a], [b]) => (a < b ? -1 : 1));
  if (daysOff.length > 0) {
    line(3, '<Exceptions>');
    for (const [date, name] of daysOff) {
      line(4, '<Exception>');
      value(5, 'EnteredByOccurrences', 0);
      line(5, '<TimePeriod>');
      value(6, 'FromDate', `${date}T00:00:00`);
      value(6, 'ToDate', `${date}T23:59:00`);
      line(5, '</TimePeriod>');
      value(5, 'Occurrences', 1);
      value(5, 'Name', name);
      value(5, 'Type', 1);
      value(5, 'DayWorking', 0);
      line(4, '</Exception>');
    }
    line(3, '</Exceptions>');
  }
  line(2, '</Calendar>');
  line(1, '</Calendars>');
}

const startTime = (date: IsoDate): string => `${date}T08:00:00`;
const finishTime = (date: IsoDate): string => `${date}T17:00:00`;
const sustained = (update: ProgressUpdate | undefined): string =>
  update?.impactSustained === undefined ? '' : update.impactSustained ? 'Yes' : 'No';
