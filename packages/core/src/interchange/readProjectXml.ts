import { createCalendar } from '../calendar/createCalendar.js';
import { formatDate } from '../calendar/formatDate.js';
import { addCalendarDays, dayOfWeek, isIsoDate, toDayNumber, type IsoDate } from '../calendar/isoDate.js';
import { isWorkingDay } from '../calendar/isWorkingDay.js';
import type { Dependency } from '../model/action.js';
import { describeValue, makeProblem, type PathSegment, type Problem } from '../model/problem.js';
import type { ClosureDay } from '../model/settings.js';
import {
  type Outline,
  CROSS_REFERENCE,
  fail,
  givenClosures,
  HEADERS,
  parentAbove,
  placeInOutline,
  projectTableResult,
  readLead,
  readReturnCells,
  REF_AND_TITLE,
  splitRefs,
  type ActionInput,
  type Column,
  type PersonInput,
  type WorkstreamInput,
  workstreamFromHeading,
  workstreamHeading,
} from './projectParts.js';
import type { ProjectTableResult, ReadProjectTableOptions } from './readProjectTable.js';
import { child, children, childText, readXml, type XmlElement } from './readXml.js';

/** PredecessorLink's Type, as Microsoft Project numbers it. */
const LINK_TYPES = { 0: 'FF', 1: 'FS', 2: 'SF', 3: 'SS' } as const;
/** Duration and lag formats in working time (minutes, hours, days, weeks, months; +32 when estimated), as opposed to elapsed time or percent. */
const WORKING_FORMATS = new Set([3, 5, 7, 9, 11, 35, 37, 39, 41, 43]);
/** Custom fields a council may have named for a board's return, by the same names the table reader knows. */
const RETURN_FIELDS = ['rag', 'commentary', 'mitigation', 'impact', 'sustained'] as const satisfies readonly Column[];
/** The longest run of days one calendar exception is read for (ten years). */
const LONGEST_EXCEPTION = 3653;

interface Task {
  readonly element: XmlElement;
  readonly uid: string;
  /** The task's ID, the row number Project shows: problems name tasks by it (`Task[12]`). */
  readonly id: number;
  readonly name: string;
  readonly level: number;
  /** The plan id it became: a workstream's or an action's. */
  planId?: string;
  kind?: 'workstream' | 'action';
}

/**
 * Reads a plan saved from Microsoft Project as XML (File, Save As, "XML Format", the Project XML
 * Data Interchange format that ProjectLibre, GanttProject and other tools also write) into a plan's
 * workstreams, actions and people: what `readProjectTable` reads from a pasted table, and what a
 * table cannot carry.
 *
 * - A summary task at outline level 1 is a workstream ("Focus Area 2 - Joint Commissioning" gives
 *   label, ref and title as in a table); the tasks under it are its actions, and a task under an
 *   action is a sub-action. A summary task right under a workstream and named as one ("Focus Area
 *   2 - …", or with the label of a workstream already read, "Strand A.3 - …") is a workstream
 *   within it, as `writeProjectXml` writes them. An action is led by its ref ("2A.1 Create a joint vision"), or takes its
 *   WBS code when its name has none.
 * - Start, finish, duration (working time, in the file's minutes per day), % complete, milestones,
 *   notes (a workstream's description, an action's commentary), baseline dates (baseline 0), the
 *   resources assigned (its leads, by initials with their names), and predecessor links (FS, SS, FF,
 *   SF, with lag in working days).
 * - Custom fields named as a table's columns are (`RAG`, `Commentary`, `Mitigation`, `Impact if not
 *   mitigated`, `Impact sustained`) become the return of the file's status date, or of `reportedOn`.
 * - The project calendar's days off that are not bank holidays become closure days, with their
 *   names; the working-day convention is the one the durations agree with, as for a table.
 *
 * Nothing is dropped silently: what cannot be read is a problem naming the task by the ID Project
 * shows (`Task[12].Duration`), and what the plan has no place for (a link to a workstream or to
 * another project, a deadline, a constraint its dates do not keep, another custom field, a later
 * baseline) is named in the notes. The XML is read without a DTD, so nothing in the file can
 * fetch or expand anything.
 *
 * @example
 * const read = readProjectXml(await file.text());
 * if (read.ok) parsePlan({ formatVersion: 1, id: 'torbay', title: 'Torbay WSoA', kind: 'wsoa', area, inspection, ...read.value });
 */
export function readProjectXml(text: string, options: ReadProjectTableOptions = {}): ProjectTableResult {
  const problems: Problem[] = [];
  const notes: string[] = [];
  const xml = readXml(text);
  if (!xml.ok)
    return fail(
      [makeProblem([], `well-formed XML: ${xml.fault.expected} at line ${xml.fault.line}, column ${xml.fault.column}`, xml.fault.found)],
      notes,
    );
  const project = xml.root;
  if (project.name !== 'Project')
    return fail([makeProblem([], 'a Microsoft Project XML file, whose first element is <Project>', `<${project.name}>`)], notes);

  const minutesPerDay = Number(childText(project, 'MinutesPerDay') || 480);
  if (!(Number.isInteger(minutesPerDay) && minutesPerDay > 0))
    return fail(
      [makeProblem(['MinutesPerDay'], 'a whole number of minutes above 0', describeValue(childText(project, 'MinutesPerDay')))],
      notes,
    );
  const statusDate = readDateTime(childText(project, 'StatusDate'));
  if (options.reportedOn !== undefined && !isIsoDate(options.reportedOn))
    problems.push(makeProblem(['reportedOn'], 'a real date written yyyy-MM-dd', describeValue(options.reportedOn)));
  const reportedOn = options.reportedOn ?? statusDate;
  if (options.reportedOn === undefined && statusDate !== undefined)
    notes.push(`Progress is taken as reported on the file's status date, ${formatDate(statusDate)}.`);
  const given = givenClosures(options.closures, problems);
  const closures = mergeClosures(given, readClosures(project, notes));

  // Custom fields named for a board's return: their field ids, by the column each stands for.
  // Other custom fields, by name, are named in the notes where a task fills them.
  const returnFields = new Map<string, Column>();
  const otherFields = new Map<string, string>();
  for (const field of children(child(project, 'ExtendedAttributes'), 'ExtendedAttribute')) {
    const name = childText(field, 'Alias') || childText(field, 'FieldName');
    const column = RETURN_FIELDS.find((c) => HEADERS[c].includes(name.toLowerCase()));
    if (column !== undefined) returnFields.set(childText(field, 'FieldID'), column);
    else otherFields.set(childText(field, 'FieldID'), name || childText(field, 'FieldID'));
  }

  // Resources and who is assigned to what.
  const people = new Map<string, PersonInput>();
  const resources = new Map<string, { readonly name: string; readonly initials: string }>();
  for (const resource of children(child(project, 'Resources'), 'Resource')) {
    const name = childText(resource, 'Name');
    if (name !== '') resources.set(childText(resource, 'UID'), { name, initials: childText(resource, 'Initials') });
  }
  const leadsByTask = new Map<string, { readonly name: string; readonly initials: string }[]>();
  for (const assignment of children(child(project, 'Assignments'), 'Assignment')) {
    const resource = resources.get(childText(assignment, 'ResourceUID'));
    if (resource === undefined) continue; // Project's "unassigned" (ResourceUID -65535) and assignments to resources without a name
    const taskUid = childText(assignment, 'TaskUID');
    leadsByTask.set(taskUid, [...(leadsByTask.get(taskUid) ?? []), resource]);
  }

  const tasks: Task[] = [];
  for (const element of children(child(project, 'Tasks'), 'Task')) {
    if (childText(element, 'IsNull') === '1') continue; // a blank row
    const level = Number(childText(element, 'OutlineLevel') || 1);
    if (level === 0) {
      // The project summary task: the plan's own roll-up, which a plan document does not hold.
      const summaryNotes = childText(element, 'Notes');
      if (summaryNotes !== '')
        notes.push(`The project summary task's notes were not kept, as a plan document has no place for them: "${summaryNotes}".`);
      continue;
    }
    tasks.push({
      element,
      uid: childText(element, 'UID'),
      id: Number(childText(element, 'ID') || tasks.length + 1),
      name: childText(element, 'Name').replace(/\s+/g, ' ').trim(),
      level,
    });
  }
  const byUid = new Map(tasks.map((task) => [task.uid, task]));
  notes.push(...unkeptTaskFields(tasks, otherFields));

  const workstreams: WorkstreamInput[] = [];
  const actions: ActionInput[] = [];
  const actionIds = new Set<string>();
  const spans: { path: PathSegment[]; start: IsoDate; finish: IsoDate; days: number }[] = [];
  // The last workstream or action read at each outline level, to find each task's parent.
  const above: Outline = [];
  let refsFromWbs = 0;
  let rollUps = 0;
  let returned = 0;

  for (const task of tasks) {
    const at = (...path: PathSegment[]) => ['Task', task.id, ...path];
    const field = (name: string) => childText(task.element, name);
    if (!(Number.isInteger(task.level) && task.level >= 1)) {
      problems.push(makeProblem(at('OutlineLevel'), 'a whole number of 1 or more', describeValue(field('OutlineLevel'))));
      continue;
    }
    if (task.name === '') {
      problems.push(makeProblem(at('Name'), 'the name of the task', 'nothing'));
      continue;
    }
    const dates = readTaskDates(task.element, at, minutesPerDay, problems);
    const leads = [...new Set((leadsByTask.get(task.uid) ?? []).flatMap(({ name, initials }) => readLead(name, people, initials) ?? []))];
    const taskNotes = field('Notes').replace(/\r\n?/g, '\n').trim();
    const isSummary = field('Summary') === '1';
    if (field('Active') === '0')
      notes.push(`Task ${task.id} ("${task.name}") is inactive in Project; the plan has no inactive tasks, so it was read as any other.`);

    const parent = parentAbove(above, task.level);
    const heading = workstreamHeading(task.name, task.level, parent, workstreams);
    if (task.level === 1 && !isSummary && heading === null) {
      problems.push(
        makeProblem(
          at('OutlineLevel'),
          'a workstream: a summary task at outline level 1, such as "Focus Area 1 - JSNA", with its actions indented under it',
          `the task "${task.name}" at outline level 1`,
        ),
      );
      continue;
    }
    // A workstream: a task at outline level 1, or a summary task named as one right under another workstream.
    if (task.level === 1 || (parent?.kind === 'workstream' && isSummary && heading !== null)) {
      const workstream = workstreamFromHeading(
        heading,
        { ref: field('WBS') || field('OutlineNumber') || String(workstreams.length + 1), title: task.name },
        { description: taskNotes, leads, ...dates.fields },
      );
      if (parent !== undefined) workstream.parentId = parent.workstream.id as string;
      workstreams.push(workstream);
      Object.assign(task, { planId: workstream.id, kind: 'workstream' });
      if (Number(field('PercentComplete') || 0) > 0) rollUps++;
      for (const [column, value] of readReturnFields(task.element, returnFields))
        notes.push(
          `Task ${task.id}'s ${column === 'rag' ? 'RAG' : HEADERS[column][0]} on workstream ${workstream.ref} was not kept, as a workstream's progress is its actions': "${value}".`,
        );
      if (dates.span) spans.push({ path: at('Duration'), ...dates.span });
      placeInOutline(above, task.level, { kind: 'workstream', workstream });
      continue;
    }
    if (parent === undefined) {
      problems.push(
        makeProblem(at('OutlineLevel'), 'a workstream at outline level 1 above the first action', `outline level ${task.level}`),
      );
      continue;
    }
    const { workstream } = parent;
    const split = REF_AND_TITLE.exec(task.name);
    const wbs = field('WBS') || field('OutlineNumber');
    const ref = split?.[1] ?? wbs;
    if (ref === '') {
      problems.push(
        makeProblem(at('Name'), 'an action led by its ref, like "2A.1 Create a joint vision", or a WBS code', describeValue(task.name)),
      );
      continue;
    }
    if (split === null) refsFromWbs++;
    if (actionIds.has(ref)) {
      problems.push(makeProblem(at('Name'), `a ref no other action has; ${ref} is already taken`, describeValue(task.name)));
      continue;
    }
    actionIds.add(ref);
    const title = split?.[2] ?? task.name;
    const crossRefs = CROSS_REFERENCE.exec(title)?.[1];
    const percent = readPercent(field('PercentComplete'), at('PercentComplete'), problems);
    const returnCells = new Map(readReturnFields(task.element, returnFields));
    const notesAndCommentary = [taskNotes, returnCells.get('commentary') ?? ''].filter((t) => t !== '').join('\n\n');
    const fieldsReturned = readReturnCells(
      (column) => (column === 'commentary' ? notesAndCommentary : (returnCells.get(column) ?? '')),
      (column) => at('ExtendedAttribute', column === 'rag' ? 'RAG' : 'Impact sustained'),
      problems,
    );
    const hasReturn = Object.keys(fieldsReturned).length > 0;
    if (hasReturn) returned++;
    const parentId = parent.kind === 'action' ? parent.ref : undefined;
    placeInOutline(above, task.level, { kind: 'action', ref, workstream });
    const baseline = readBaseline(task.element, at, problems);
    const milestone = field('Milestone') === '1';
    actions.push({
      id: ref,
      ref,
      title,
      workstreamId: workstream.id as string,
      ...(parentId !== undefined ? { parentId } : {}),
      leads: leads.map((personId) => ({ personId, role: 'lead-officer' as const })),
      ...dates.fields,
      ...(percent !== undefined ? { percentComplete: percent } : {}),
      ...(milestone ? { milestone: true } : {}),
      ...(crossRefs ? { crossReferences: splitRefs(crossRefs).map((r) => ({ ref: r })) } : {}),
      ...(baseline ? { baseline } : {}),
      ...(reportedOn !== undefined && (hasReturn || (percent !== undefined && percent > 0))
        ? {
            updates: [
              {
                date: reportedOn,
                ...(percent !== undefined ? { percentComplete: percent } : {}),
                ...fieldsReturned,
              },
            ],
          }
        : {}),
    });
    Object.assign(task, { planId: ref, kind: 'action' });
    if (dates.span) spans.push({ path: at('Duration'), ...dates.span });
  }

  // Links, once every task has its place in the plan.
  const actionsById = new Map(actions.map((action) => [action.id, action]));
  for (const task of tasks) {
    const links = children(task.element, 'PredecessorLink');
    links.forEach((link, n) => {
      const at = (name: string) => ['Task', task.id, 'PredecessorLink', n, name];
      const predecessor = byUid.get(childText(link, 'PredecessorUID'));
      const quoted = `Task ${task.id} ("${task.name}")`;
      if (childText(link, 'CrossProject') === '1') {
        notes.push(
          `${quoted} follows a task in another project (${childText(link, 'CrossProjectName') || 'not named'}); the plan holds links between its own actions only, so this one was not kept.`,
        );
        return;
      }
      if (predecessor === undefined) {
        problems.push(
          makeProblem(at('PredecessorUID'), 'the UID of a task in this file', describeValue(childText(link, 'PredecessorUID'))),
        );
        return;
      }
      if (task.kind === undefined || predecessor.kind === undefined) return; // a task already reported as a problem
      const type = LINK_TYPES[Number(childText(link, 'Type') || 1) as keyof typeof LINK_TYPES];
      if (type === undefined) {
        problems.push(makeProblem(at('Type'), 'a link type of 0 (FF), 1 (FS), 2 (SF) or 3 (SS)', describeValue(childText(link, 'Type'))));
        return;
      }
      if (task.kind === 'workstream' || predecessor.kind === 'workstream') {
        notes.push(
          `${quoted} is linked ${type} to task ${predecessor.id} ("${predecessor.name}"); the plan links actions to actions, not workstreams, so this link was not kept.`,
        );
        return;
      }
      const lagDays = readLag(link, minutesPerDay, at, problems);
      if (lagDays === undefined) return;
      const dependency: Dependency = { predecessorId: predecessor.planId as string, type, lagDays };
      const action = actionsById.get(task.planId as string) as ActionInput;
      action.dependencies = [...(action.dependencies ?? []), dependency];
    });
  }

  // A cross reference to an action in the file points at it.
  for (const action of actions)
    for (const ref of action.crossReferences ?? []) if (actionIds.has(ref.ref)) Object.assign(ref, { actionId: ref.ref });
  if (returned > 0 && reportedOn === undefined)
    problems.push(
      makeProblem(
        ['reportedOn'],
        `the date progress was reported, to keep ${returned} ${returned === 1 ? "action's" : "actions'"} notes and returns (the file has no status date)`,
        'nothing',
      ),
    );
  if (refsFromWbs > 0)
    notes.push(
      `${refsFromWbs} ${refsFromWbs === 1 ? "action's name does" : "actions' names do"} not start with a ref, so ${refsFromWbs === 1 ? 'it takes its' : 'they take their'} WBS code as the ref.`,
    );
  if (rollUps > 0)
    notes.push(
      `${rollUps} workstream ${rollUps === 1 ? 'summary gives' : 'summaries give'} a percentage complete: the analysis works these out again from the actions, so they are not kept.`,
    );
  return projectTableResult({ workstreams, actions, people }, spans, closures, problems, notes);
}

/**
 * What tasks hold that the plan has no place for, each named with the tasks that hold it: custom
 * fields other than a return's, deadlines (the plan's finish is its due date), constraints the
 * task's dates do not already keep, and baselines other than baseline 0.
 */
function unkeptTaskFields(tasks: readonly Task[], otherFields: ReadonlyMap<string, string>): string[] {
  const held = new Map<string, number[]>();
  const hold = (what: string, task: Task) => held.set(what, [...(held.get(what) ?? []), task.id]);
  for (const task of tasks) {
    for (const attribute of children(task.element, 'ExtendedAttribute')) {
      const name = otherFields.get(childText(attribute, 'FieldID'));
      if (name !== undefined && childText(attribute, 'Value') !== '') hold(`The custom field "${name}" was not kept`, task);
    }
    if (childText(task.element, 'Deadline') !== '') hold('Deadlines were not kept, as the plan keeps the finish as the due date', task);
    const constraint = unkeptConstraint(task.element);
    if (constraint !== undefined)
      hold(`The constraint "${constraint}" was not kept, as the plan keeps each action's dates as entered and its links`, task);
    if (children(task.element, 'Baseline').some((b) => childText(b, 'Number') !== '0' && childText(b, 'Start') !== ''))
      hold('Baselines other than baseline 0 were not kept', task);
  }
  return [...held].map(([what, ids]) => {
    const which = ids.length > 5 ? `${ids.length} tasks, from task ${ids[0]}` : `${ids.length === 1 ? 'task' : 'tasks'} ${ids.join(', ')}`;
    return `${what}: ${which}.`;
  });
}

/** Project's constraint types, by the number its XML gives them. */
const CONSTRAINTS = [
  'As Late As Possible',
  'Must Start On',
  'Must Finish On',
  'Start No Earlier Than',
  'Start No Later Than',
  'Finish No Earlier Than',
  'Finish No Later Than',
] as const;

/**
 * The name of a task's constraint that its dates do not already keep, if it has one. "As Soon As
 * Possible" is none; a constraint that holds the task on its own start or finish ("Start No Earlier
 * Than" its start, as `writeProjectXml` writes, or "Must Finish On" its finish) is kept by the
 * dates the plan reads.
 */
function unkeptConstraint(task: XmlElement): string | undefined {
  const type = Number(childText(task, 'ConstraintType') || 0);
  if (type === 0) return undefined;
  const name = CONSTRAINTS[type - 1] ?? `type ${childText(task, 'ConstraintType')}`;
  const on = readDateTime(childText(task, 'ConstraintDate'));
  const start = readDateTime(childText(task, 'Start'));
  const finish = readDateTime(childText(task, 'Finish'));
  const heldOnStart = (type === 2 || type === 4) && on !== undefined && on === start;
  const heldOnFinish = (type === 3 || type === 6) && on !== undefined && on === finish;
  return heldOnStart || heldOnFinish ? undefined : name;
}

/** The date of an XML dateTime (`2022-04-13T08:00:00`), or `undefined` when there is none or it is not a real date. */
function readDateTime(text: string): IsoDate | undefined {
  const date = /^(\d{4}-\d{2}-\d{2})(?:T[\d:.]+(?:Z|[+-]\d{2}:\d{2})?)?$/.exec(text)?.[1];
  return date !== undefined && isIsoDate(date) ? date : undefined;
}

/** The task's start, finish and duration in working days, and the span to check the convention with. */
function readTaskDates(
  task: XmlElement,
  at: (...path: PathSegment[]) => PathSegment[],
  minutesPerDay: number,
  problems: Problem[],
): { fields: { start?: IsoDate; finish?: IsoDate; durationDays?: number }; span?: { start: IsoDate; finish: IsoDate; days: number } } {
  const date = (name: 'Start' | 'Finish') => {
    const text = childText(task, name);
    if (text === '') return undefined;
    const value = readDateTime(text);
    if (value === undefined) problems.push(makeProblem(at(name), 'a date and time written 2022-04-13T08:00:00', describeValue(text)));
    return value;
  };
  const start = date('Start');
  const finish = date('Finish');
  const days = readDuration(task, at, minutesPerDay, problems);
  const fields = { ...(start ? { start } : {}), ...(finish ? { finish } : {}), ...(days !== undefined ? { durationDays: days } : {}) };
  return { fields, ...(start && finish && days !== undefined && days > 0 ? { span: { start, finish, days } } : {}) };
}

/** A duration (`PT280H0M0S`) in whole working days of the file's length. */
function readDuration(
  task: XmlElement,
  at: (...path: PathSegment[]) => PathSegment[],
  minutesPerDay: number,
  problems: Problem[],
): number | undefined {
  const text = childText(task, 'Duration');
  if (text === '') return undefined;
  const format = Number(childText(task, 'DurationFormat') || 7);
  if (!WORKING_FORMATS.has(format)) {
    problems.push(
      makeProblem(
        at('DurationFormat'),
        'a duration in working time (days, weeks, hours), not elapsed days or a percentage',
        describeValue(childText(task, 'DurationFormat')),
      ),
    );
    return undefined;
  }
  const minutes = readMinutes(text);
  const days = minutes === undefined ? Number.NaN : minutes / minutesPerDay;
  if (!Number.isInteger(days) || days < 0) {
    const shown =
      minutes === undefined
        ? describeValue(text)
        : `${describeValue(text)} (${Math.round(days * 100) / 100} days of ${minutesPerDay / 60} hours)`;
    problems.push(makeProblem(at('Duration'), 'a whole number of working days, as the plan counts in days', shown));
    return undefined;
  }
  return days;
}

/** Minutes in an XML duration of hours, minutes and seconds (`PT280H0M0S`), as project files write them. */
function readMinutes(text: string): number | undefined {
  const match = /^PT(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?$/.exec(text);
  if (match === null || text === 'PT') return undefined;
  return Number(match[1] ?? 0) * 60 + Number(match[2] ?? 0) + Number(match[3] ?? 0) / 60;
}

/** A link's lag in whole working days: LinkLag is in tenths of a minute of working time. */
function readLag(link: XmlElement, minutesPerDay: number, at: (name: string) => PathSegment[], problems: Problem[]): number | undefined {
  const lag = childText(link, 'LinkLag');
  if (lag === '' || Number(lag) === 0) return 0;
  const format = Number(childText(link, 'LagFormat') || 7);
  if (!WORKING_FORMATS.has(format)) {
    problems.push(
      makeProblem(
        at('LagFormat'),
        'a lag in working time (days or weeks), not elapsed days or a percentage',
        describeValue(childText(link, 'LagFormat')),
      ),
    );
    return undefined;
  }
  const days = Number(lag) / 10 / minutesPerDay;
  if (!Number.isInteger(days)) {
    problems.push(
      makeProblem(
        at('LinkLag'),
        'a lag of whole working days',
        `${describeValue(lag)} tenths of a minute (${Math.round(days * 100) / 100} days)`,
      ),
    );
    return undefined;
  }
  return days;
}

function readPercent(text: string, path: PathSegment[], problems: Problem[]): number | undefined {
  if (text === '') return undefined;
  const value = Number(text);
  if (!(value >= 0 && value <= 100)) {
    problems.push(makeProblem(path, 'a percentage from 0 to 100', describeValue(text)));
    return undefined;
  }
  return value;
}

/** Baseline 0's dates, the baseline Project's "Set Baseline" saves first. */
function readBaseline(
  task: XmlElement,
  at: (...path: PathSegment[]) => PathSegment[],
  problems: Problem[],
): { start: IsoDate; finish: IsoDate } | undefined {
  const baseline = children(task, 'Baseline').find((b) => childText(b, 'Number') === '0');
  if (baseline === undefined) return undefined;
  const start = readDateTime(childText(baseline, 'Start'));
  const finish = readDateTime(childText(baseline, 'Finish'));
  if (start !== undefined && finish !== undefined) return { start, finish };
  if (childText(baseline, 'Start') === '' && childText(baseline, 'Finish') === '') return undefined; // a baseline of work or cost only
  problems.push(
    makeProblem(
      at('Baseline', 0),
      'a baseline start and finish written 2022-04-13T08:00:00',
      describeValue(`${childText(baseline, 'Start')} to ${childText(baseline, 'Finish')}`),
    ),
  );
  return undefined;
}

/** The task's values in the custom fields named for a board's return, by column. */
function readReturnFields(task: XmlElement, fields: ReadonlyMap<string, Column>): [Column, string][] {
  const values: [Column, string][] = [];
  for (const attribute of children(task, 'ExtendedAttribute')) {
    const column = fields.get(childText(attribute, 'FieldID'));
    const value = child(attribute, 'Value')?.text.replace(/\r\n?/g, '\n').trim() ?? '';
    if (column !== undefined && value !== '') values.push([column, value]);
  }
  return values;
}

/**
 * The project calendar's days off that fall on weekdays and are not bank holidays in England and
 * Wales: the council's closures. Daily runs and yearly dates are read; other repeating patterns are
 * named in the notes as not read.
 */
function readClosures(project: XmlElement, notes: string[]): ClosureDay[] {
  const calendars = children(child(project, 'Calendars'), 'Calendar');
  const calendar = calendars.find((c) => childText(c, 'UID') === childText(project, 'CalendarUID')) ?? calendars[0];
  if (calendar === undefined) return [];
  const holidays = createCalendar({ convention: 'weekends-and-holidays' });
  const found = new Map<IsoDate, string>();
  let bankHolidays = 0;
  const add = (date: IsoDate, title: string) => {
    if (!isWorkingDay(date, holidays)) {
      if (dayOfWeek(toDayNumber(date)) !== 0 && dayOfWeek(toDayNumber(date)) !== 6) bankHolidays++;
      return;
    }
    if (!found.has(date)) found.set(date, title);
  };
  const calendarName = childText(calendar, 'Name') || 'the project calendar';
  const periods: { from?: IsoDate; to?: IsoDate; name: string; type: number; element: XmlElement }[] = [];
  for (const exception of children(child(calendar, 'Exceptions'), 'Exception'))
    if (childText(exception, 'DayWorking') !== '1') {
      const period = child(exception, 'TimePeriod');
      periods.push({
        from: readDateTime(childText(period, 'FromDate')),
        to: readDateTime(childText(period, 'ToDate')),
        name: childText(exception, 'Name'),
        type: Number(childText(exception, 'Type') || 1),
        element: exception,
      });
    }
  // Files from Project 2003 and other tools list days off as weekdays of type 0.
  for (const day of children(child(calendar, 'WeekDays'), 'WeekDay'))
    if (childText(day, 'DayType') === '0' && childText(day, 'DayWorking') !== '1') {
      const period = child(day, 'TimePeriod');
      periods.push({
        from: readDateTime(childText(period, 'FromDate')),
        to: readDateTime(childText(period, 'ToDate')),
        name: '',
        type: 1,
        element: day,
      });
    }
  for (const period of periods) {
    const title = period.name || `Closed in ${calendarName}`;
    const { from, to } = period;
    if (
      from === undefined ||
      to === undefined ||
      toDayNumber(to) < toDayNumber(from) ||
      toDayNumber(to) - toDayNumber(from) > LONGEST_EXCEPTION
    ) {
      notes.push(
        `A day off in ${calendarName}${period.name ? ` ("${period.name}")` : ''} has no readable run of dates of ten years or less, so it was not read.`,
      );
      continue;
    }
    if (period.type === 1) {
      const every = Math.max(1, Number(childText(period.element, 'Period') || 1));
      for (let date = from, n = 0; toDayNumber(date) <= toDayNumber(to); date = addCalendarDays(date, 1), n++)
        if (n % every === 0) add(date, title);
    } else if (period.type === 2) {
      const month = Number(childText(period.element, 'Month')) + 1;
      const day = Number(childText(period.element, 'MonthDay'));
      for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
        const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
        if (isIsoDate(date) && date >= from && date <= to) add(date, title);
      }
    } else
      notes.push(
        `A day off in ${calendarName}${period.name ? ` ("${period.name}")` : ''} repeats by a pattern other than daily or yearly on a date, so it was not read; pass its days as closures if the durations leave them out.`,
      );
  }
  const closures = [...found].sort(([a], [b]) => (a < b ? -1 : 1)).map(([date, title]) => ({ date, title }));
  if (periods.length > 0)
    notes.push(
      `${calendarName} has ${bankHolidays} bank ${bankHolidays === 1 ? 'holiday' : 'holidays'} off on weekdays and ${closures.length} other ${closures.length === 1 ? 'day' : 'days'} off, kept as closure days.`,
    );
  return closures;
}

/** The closures given with the calendar's, each date once, the one given first. */
function mergeClosures(given: readonly ClosureDay[], read: readonly ClosureDay[]): ClosureDay[] {
  const byDate = new Map<IsoDate, ClosureDay>();
  for (const closure of [...given, ...read]) if (!byDate.has(closure.date)) byDate.set(closure.date, { ...closure });
  return [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : 1));
}
