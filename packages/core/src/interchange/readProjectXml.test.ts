import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analysePlan } from '../analysis/analysePlan.js';
import { parsePlan } from '../model/parsePlan.js';
import { samplePlans } from '../samples/index.js';
import { readProjectXml } from './readProjectXml.js';

// Focus areas 1 and 2 of seed 004's table as Microsoft Project saves them as XML: the Standard
// calendar (no bank holidays, as the seed's durations show), the leads as resources, the RAG words
// in a custom text field named "RAG", and the SEND Board's date as the status date.
const torbayXml = readFileSync(new URL('fixtures/torbay-project.xml', import.meta.url), 'utf8');
const torbay = samplePlans.torbay;

const pick =
  (...keys: string[]) =>
  (record: object) =>
    Object.fromEntries(keys.map((key) => [key, (record as Record<string, unknown>)[key]]));

interface TaskSpec {
  readonly uid: number;
  readonly name: string;
  /** A number, or the text of one as a file may hold it. */
  readonly level: number | string;
  readonly start?: string;
  readonly finish?: string;
  /** Working days, written as hours of an 8-hour day unless `duration` is given. */
  readonly days?: number;
  readonly duration?: string;
  readonly summary?: boolean;
  /** Any other elements, written as they are. */
  readonly more?: string;
}

/** A small project file, written as Project writes one, for the cases seed 004 does not have. */
function projectXml(tasks: readonly TaskSpec[], more = ''): string {
  const task = (t: TaskSpec) =>
    [
      `<Task><UID>${t.uid}</UID><ID>${t.uid}</ID><Name>${t.name}</Name><OutlineLevel>${t.level}</OutlineLevel>`,
      t.start ? `<Start>${t.start}T08:00:00</Start>` : '',
      t.finish ? `<Finish>${t.finish}T17:00:00</Finish>` : '',
      t.duration
        ? `<Duration>${t.duration}</Duration>`
        : t.days !== undefined
          ? `<Duration>PT${t.days * 8}H0M0S</Duration><DurationFormat>7</DurationFormat>`
          : '',
      `<Summary>${t.summary ? 1 : 0}</Summary>`,
      t.more?.includes('<PercentComplete>') ? '' : '<PercentComplete>0</PercentComplete>',
      t.more ?? '',
      '</Task>',
    ].join('');
  return `<?xml version="1.0" encoding="UTF-8"?><Project xmlns="http://schemas.microsoft.com/project"><MinutesPerDay>480</MinutesPerDay><CalendarUID>1</CalendarUID>${more}<Tasks><Task><UID>0</UID><ID>0</ID><Name>Plan</Name><OutlineLevel>0</OutlineLevel><Summary>1</Summary></Task>${tasks.map(task).join('')}</Tasks></Project>`;
}

const heading = { uid: 1, name: 'Priority 1 - Transitions', level: 1, summary: true };

describe('readProjectXml: seed 004 as Microsoft Project saves it', () => {
  const result = readProjectXml(torbayXml);

  it('reads the file with no problems, and says what it took from where', () => {
    expect(result.problems).toEqual([]);
    expect(result.notes).toEqual([
      "Progress is taken as reported on the file's status date, 22 May 2022.",
      'Durations were counted leaving out weekends only, with bank holidays as working days: 8 of the 8 rows with a start, a finish and a duration agree.',
    ]);
    expect(result.ok && result.value.calendar).toEqual({ region: 'england-and-wales', convention: 'weekends-only' });
  });

  it('gives the same workstreams, actions and leads as the seed’s table, field for field', () => {
    if (!result.ok) throw new Error('not read');
    const workstreamFields = pick('id', 'ref', 'label', 'title', 'leads', 'start', 'finish', 'durationDays');
    expect(result.value.workstreams.map(workstreamFields)).toEqual(
      (torbay.workstreams ?? []).filter((w) => ['fa1', 'fa2'].includes(w.id)).map(workstreamFields),
    );
    const actionFields = pick(
      'id',
      'ref',
      'title',
      'workstreamId',
      'leads',
      'start',
      'finish',
      'durationDays',
      'percentComplete',
      'updates',
    );
    const ids = result.value.actions.map((a) => a.id);
    expect(ids).toEqual(['1A', '1A.6', '2A', '2A.1', '2A.5', '2C']);
    expect(result.value.actions.map(actionFields)).toEqual((torbay.actions ?? []).filter((a) => ids.includes(a.id)).map(actionFields));
    expect(result.value.people).toEqual(
      ['LS', 'NM', 'JC', 'BB', 'MG', 'TF', 'JT', 'HP', 'TT', 'RW'].map((initials) => ({ id: initials.toLowerCase(), initials })),
    );
  });

  it('makes a plan that parsePlan accepts and analysePlan judges as the seed’s table does', () => {
    if (!result.ok) throw new Error('not read');
    const plan = parsePlan({ ...torbay, ...result.value, boards: [], findings: [] });
    expect(plan.problems).toEqual([]);
    if (!plan.ok) return;
    const analysis = analysePlan(plan.value, { asOf: '2022-05-22' });
    const parsedSample = parsePlan(torbay);
    if (!parsedSample.ok) throw new Error('The Torbay sample parses');
    const sample = analysePlan(parsedSample.value, { asOf: '2022-05-22' });
    const judged = (a: (typeof analysis.actions)[number]) => [a.ref, a.durationDays, a.rag.status, a.rag.reasons];
    const fromXml = analysis.actions.map(judged);
    expect(fromXml.map(([ref, days, status]) => [ref, days, status])).toEqual([
      ['1A', 35, 'red'],
      ['1A.6', 253, 'green'],
      ['2A', 13, 'blue'],
      ['2A.1', 57, 'red'],
      ['2A.5', 123, 'amber'],
      ['2C', 383, 'green'],
    ]);
    expect(fromXml).toEqual(sample.actions.filter((a) => fromXml.some(([ref]) => ref === a.ref)).map(judged));
  });
});

describe('readProjectXml: what a table cannot carry', () => {
  it('reads predecessor links of every type with lag in working days, and baseline 0', () => {
    const result = readProjectXml(
      projectXml([
        heading,
        {
          uid: 2,
          name: '1.1 Map the transition pathway',
          level: 2,
          start: '2024-09-02',
          finish: '2024-09-13',
          days: 10,
          more: '<Baseline><Number>0</Number><Start>2024-09-02T08:00:00</Start><Finish>2024-09-06T17:00:00</Finish></Baseline><Baseline><Number>1</Number><Start>2024-08-01T08:00:00</Start><Finish>2024-08-02T17:00:00</Finish></Baseline>',
        },
        {
          uid: 3,
          name: '1.2 Agree the pathway with parents',
          level: 2,
          start: '2024-09-18',
          finish: '2024-09-19',
          days: 2,
          more: '<PredecessorLink><PredecessorUID>2</PredecessorUID><Type>1</Type><CrossProject>0</CrossProject><LinkLag>14400</LinkLag><LagFormat>7</LagFormat></PredecessorLink>',
        },
        {
          uid: 4,
          name: '1.3 Publish the pathway',
          level: 2,
          start: '2024-09-18',
          finish: '2024-09-18',
          days: 0,
          more:
            '<Milestone>1</Milestone>' +
            '<PredecessorLink><PredecessorUID>3</PredecessorUID><Type>3</Type><LinkLag>-4800</LinkLag><LagFormat>7</LagFormat></PredecessorLink>' +
            '<PredecessorLink><PredecessorUID>2</PredecessorUID><Type>0</Type></PredecessorLink>' +
            '<PredecessorLink><PredecessorUID>3</PredecessorUID><Type>2</Type><LinkLag>24000</LinkLag><LagFormat>9</LagFormat></PredecessorLink>',
        },
      ]),
    );
    expect(result.problems).toEqual([]);
    if (!result.ok) return;
    expect(result.value.actions.map(pick('id', 'milestone', 'dependencies', 'baseline'))).toEqual([
      { id: '1.1', milestone: undefined, dependencies: undefined, baseline: { start: '2024-09-02', finish: '2024-09-06' } },
      { id: '1.2', milestone: undefined, dependencies: [{ predecessorId: '1.1', type: 'FS', lagDays: 3 }], baseline: undefined },
      {
        id: '1.3',
        milestone: true,
        dependencies: [
          { predecessorId: '1.2', type: 'SS', lagDays: -1 },
          { predecessorId: '1.1', type: 'FF', lagDays: 0 },
          { predecessorId: '1.2', type: 'SF', lagDays: 5 },
        ],
        baseline: undefined,
      },
    ]);
  });

  it('keeps the plan’s own links only, and quotes in the notes each link it has no place for', () => {
    const result = readProjectXml(
      projectXml([
        heading,
        {
          uid: 2,
          name: '1.1 Map the pathway',
          level: 2,
          more: '<PredecessorLink><PredecessorUID>1</PredecessorUID><Type>3</Type></PredecessorLink>',
        },
        {
          uid: 3,
          name: '1.2 Share the pathway',
          level: 2,
          more: '<PredecessorLink><PredecessorUID>77</PredecessorUID><CrossProject>1</CrossProject><CrossProjectName>Health plan\\5</CrossProjectName></PredecessorLink>',
        },
      ]),
    );
    expect(result.ok).toBe(true);
    expect(result.notes).toEqual([
      'Task 2 ("1.1 Map the pathway") is linked SS to task 1 ("Priority 1 - Transitions"); the plan links actions to actions, not workstreams, so this link was not kept.',
      'Task 3 ("1.2 Share the pathway") follows a task in another project (Health plan\\5); the plan holds links between its own actions only, so this one was not kept.',
    ]);
  });

  it('names in the notes what tasks hold that the plan has no place for', () => {
    const result = readProjectXml(
      projectXml(
        [
          heading,
          {
            uid: 2,
            name: '1.1 Map the pathway',
            level: 2,
            more: '<Active>0</Active><Deadline>2024-10-31T17:00:00</Deadline><ExtendedAttribute><FieldID>188743734</FieldID><Value>Children’s Services</Value></ExtendedAttribute>',
          },
          {
            uid: 3,
            name: '1.2 Share the pathway',
            level: 2,
            more: '<ExtendedAttribute><FieldID>188743734</FieldID><Value>Health</Value></ExtendedAttribute><Baseline><Number>1</Number><Start>2024-08-01T08:00:00</Start><Finish>2024-08-02T17:00:00</Finish></Baseline>',
          },
        ],
        '<ExtendedAttributes><ExtendedAttribute><FieldID>188743734</FieldID><FieldName>Text2</FieldName><Alias>Directorate</Alias></ExtendedAttribute></ExtendedAttributes>',
      ).replace('<Name>Plan</Name>', '<Name>Plan</Name><Notes>Agreed at the SEND board.</Notes>'),
    );
    expect(result.ok).toBe(true);
    expect(result.notes).toEqual([
      'The project summary task\'s notes were not kept, as a plan document has no place for them: "Agreed at the SEND board.".',
      'The custom field "Directorate" was not kept: tasks 2, 3.',
      'Deadlines were not kept, as the plan keeps the finish as the due date: task 2.',
      'Baselines other than baseline 0 were not kept: task 3.',
      'Task 2 ("1.1 Map the pathway") is inactive in Project; the plan has no inactive tasks, so it was read as any other.',
    ]);
  });

  it('names each constraint the dates it reads do not already keep', () => {
    const task = (uid: number, type: number, on?: string): TaskSpec => ({
      uid,
      name: `1.${uid} Task ${uid}`,
      level: 2,
      start: '2024-09-02',
      finish: '2024-09-13',
      days: 10,
      more: `<ConstraintType>${type}</ConstraintType>${on ? `<ConstraintDate>${on}T08:00:00</ConstraintDate>` : ''}`,
    });
    const result = readProjectXml(
      projectXml([
        heading,
        task(2, 0), // As Soon As Possible: no constraint
        task(3, 4, '2024-09-02'), // Start No Earlier Than its own start, as writeProjectXml writes: the dates keep it
        task(4, 2, '2024-09-02'), // Must Start On its own start
        task(5, 3, '2024-09-13'), // Must Finish On its own finish
        task(6, 4, '2024-08-01'), // Start No Earlier Than a month before its start: the date says more than the task's dates do
        task(7, 7, '2024-09-30'), // Finish No Later Than
        task(8, 1), // As Late As Possible
        task(9, 7, '2024-10-31'),
        task(10, 9, '2024-10-31'), // a type Project does not have
      ]),
    );
    expect(result.problems).toEqual([]);
    expect(result.notes).toEqual([
      'The constraint "Start No Earlier Than" was not kept, as the plan keeps each action\'s dates as entered and its links: task 6.',
      'The constraint "Finish No Later Than" was not kept, as the plan keeps each action\'s dates as entered and its links: tasks 7, 9.',
      'The constraint "As Late As Possible" was not kept, as the plan keeps each action\'s dates as entered and its links: task 8.',
      'The constraint "type 9" was not kept, as the plan keeps each action\'s dates as entered and its links: task 10.',
      'Durations were counted leaving out weekends and bank holidays: 9 of the 9 rows with a start, a finish and a duration agree.',
    ]);
  });

  it('takes the resources assigned as leads, with their initials or their names’', () => {
    const result = readProjectXml(
      projectXml(
        [heading, { uid: 2, name: '1.1 Map the pathway', level: 2 }],
        '<Resources><Resource><UID>0</UID><ID>0</ID></Resource><Resource><UID>5</UID><Name>Sarah  Jones</Name><Initials>S</Initials></Resource><Resource><UID>6</UID><Name>DHd</Name></Resource><Resource><UID>7</UID><Name>Councillor Nicola Greene</Name><Initials>NG</Initials></Resource></Resources>' +
          '<Assignments><Assignment><TaskUID>1</TaskUID><ResourceUID>5</ResourceUID></Assignment><Assignment><TaskUID>2</TaskUID><ResourceUID>6</ResourceUID></Assignment><Assignment><TaskUID>2</TaskUID><ResourceUID>5</ResourceUID></Assignment><Assignment><TaskUID>2</TaskUID><ResourceUID>-65535</ResourceUID></Assignment><Assignment><TaskUID>2</TaskUID><ResourceUID>7</ResourceUID></Assignment></Assignments>',
      ),
    );
    if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
    expect(result.value.people).toEqual([
      { id: 'sj', initials: 'SJ', name: 'Sarah Jones' },
      { id: 'dhd', initials: 'DHd' },
      // Initials of two letters or more are kept; Project's default of one letter gives way to the name's.
      { id: 'ng', initials: 'NG', name: 'Councillor Nicola Greene' },
    ]);
    expect(result.value.workstreams[0]?.leads).toEqual([{ personId: 'sj', role: 'accountable-officer' }]);
    expect(result.value.actions[0]?.leads).toEqual([
      { personId: 'dhd', role: 'lead-officer' },
      { personId: 'sj', role: 'lead-officer' },
      { personId: 'ng', role: 'lead-officer' },
    ]);
  });

  it('nests sub-actions, takes the WBS code as the ref where a name has none, and says so', () => {
    const result = readProjectXml(
      projectXml([
        { uid: 1, name: 'Transitions', level: 1, summary: true, more: '<WBS>1</WBS>' },
        { uid: 2, name: 'Map the pathway', level: 2, summary: true, more: '<WBS>1.1</WBS>' },
        { uid: 3, name: 'Ask young people what works', level: 3, more: '<WBS>1.1.1</WBS>' },
        { uid: 4, name: '1.2 Share the pathway', level: 2, more: '<WBS>1.2</WBS>' },
      ]),
    );
    if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
    expect(result.value.workstreams.map(pick('id', 'ref', 'label', 'title'))).toEqual([
      { id: 'w1', ref: '1', label: 'Workstream', title: 'Transitions' },
    ]);
    expect(result.value.actions.map(pick('id', 'title', 'parentId', 'workstreamId'))).toEqual([
      { id: '1.1', title: 'Map the pathway', parentId: undefined, workstreamId: 'w1' },
      { id: '1.1.1', title: 'Ask young people what works', parentId: '1.1', workstreamId: 'w1' },
      { id: '1.2', title: 'Share the pathway', parentId: undefined, workstreamId: 'w1' },
    ]);
    expect(result.notes).toEqual(["2 actions' names do not start with a ref, so they take their WBS code as the ref."]);
  });

  it('reads outline levels of any size, nesting each task under the last one at a shallower level', () => {
    // 4294967296 is past the longest array JavaScript allows, and 99999999999999999999 past a
    // loop counting down the levels: outline levels are kept as a stack, not an array by level.
    const result = readProjectXml(
      projectXml([
        { uid: 1, name: 'Priority 1 - Transitions', level: 1, summary: true },
        { uid: 2, name: '1.1 Map the pathway', level: 4294967296, summary: true },
        { uid: 3, name: '1.1.1 Ask young people what works', level: '99999999999999999999' },
        { uid: 4, name: '1.2 Share the pathway', level: 2 },
      ]),
    );
    if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
    expect(result.value.actions.map(pick('id', 'parentId', 'workstreamId'))).toEqual([
      { id: '1.1', parentId: undefined, workstreamId: 'p1' },
      { id: '1.1.1', parentId: '1.1', workstreamId: 'p1' },
      { id: '1.2', parentId: undefined, workstreamId: 'p1' },
    ]);
  });

  it('keeps notes and a board’s return from custom fields as the status date’s update; a workstream’s notes are its description', () => {
    const field = (id: number, value: string) => `<ExtendedAttribute><FieldID>${id}</FieldID><Value>${value}</Value></ExtendedAttribute>`;
    const result = readProjectXml(
      projectXml(
        [
          { ...heading, more: `<Notes>Led by the 14-25 board.</Notes>${field(188743731, 'Green')}` },
          {
            uid: 2,
            name: '1.1 Map the pathway',
            level: 2,
            more: `<PercentComplete>40</PercentComplete><Notes>Workshops held in May.&#13;&#10;Draft with parents.</Notes>${field(188743731, 'Amber')}${field(188743734, 'Extra sessions booked')}${field(188743737, 'Young people leave without a plan')}${field(188743740, 'No')}`,
          },
          { uid: 3, name: '1.2 Share the pathway', level: 2 },
        ],
        '<StatusDate>2024-06-28T17:00:00</StatusDate><ExtendedAttributes>' +
          '<ExtendedAttribute><FieldID>188743731</FieldID><FieldName>Text1</FieldName><Alias>RAG Status</Alias></ExtendedAttribute>' +
          '<ExtendedAttribute><FieldID>188743734</FieldID><FieldName>Text2</FieldName><Alias>Mitigation</Alias></ExtendedAttribute>' +
          '<ExtendedAttribute><FieldID>188743737</FieldID><FieldName>Text3</FieldName><Alias>Impact if not mitigated</Alias></ExtendedAttribute>' +
          '<ExtendedAttribute><FieldID>188743740</FieldID><FieldName>Text4</FieldName><Alias>Impact sustained</Alias></ExtendedAttribute>' +
          '</ExtendedAttributes>',
      ),
    );
    if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
    expect(result.value.workstreams[0]?.description).toBe('Led by the 14-25 board.');
    expect(result.value.actions.map(pick('id', 'percentComplete', 'updates'))).toEqual([
      {
        id: '1.1',
        percentComplete: 40,
        updates: [
          {
            date: '2024-06-28',
            percentComplete: 40,
            status: 'amber',
            commentary: 'Workshops held in May.\nDraft with parents.',
            mitigation: 'Extra sessions booked',
            impactIfNotMitigated: 'Young people leave without a plan',
            impactSustained: false,
          },
        ],
      },
      // Nothing reported: 0% and no return is not an update.
      { id: '1.2', percentComplete: 0, updates: undefined },
    ]);
    expect(result.notes).toEqual([
      "Progress is taken as reported on the file's status date, 28 Jun 2024.",
      "Task 1's RAG on workstream 1 was not kept, as a workstream's progress is its actions': \"Green\".",
    ]);
  });

  it('keeps the project calendar’s days off that are not bank holidays as closures, and counts durations with them', () => {
    // Christmas 2024 to New Year: 25, 26 Dec and 1 Jan are bank holidays; 27, 30 and 31 Dec the council's closure.
    const calendar =
      '<Calendars><Calendar><UID>1</UID><Name>Council</Name><Exceptions>' +
      '<Exception><TimePeriod><FromDate>2024-12-25T00:00:00</FromDate><ToDate>2025-01-01T23:59:00</ToDate></TimePeriod><Name>Christmas closure</Name><Type>1</Type><DayWorking>0</DayWorking></Exception>' +
      '<Exception><TimePeriod><FromDate>2024-01-01T00:00:00</FromDate><ToDate>2026-12-31T23:59:00</ToDate></TimePeriod><Name>Council staff day</Name><Type>2</Type><Month>6</Month><MonthDay>19</MonthDay><DayWorking>0</DayWorking></Exception>' +
      '<Exception><TimePeriod><FromDate>2024-01-01T00:00:00</FromDate><ToDate>2024-12-31T23:59:00</ToDate></TimePeriod><Name>Every first Monday</Name><Type>5</Type><DayWorking>0</DayWorking></Exception>' +
      '</Exceptions></Calendar></Calendars>';
    const result = readProjectXml(
      projectXml(
        [heading, { uid: 2, name: '1.1 Map the pathway', level: 2, start: '2024-12-20', finish: '2025-01-03', days: 5 }],
        calendar,
      ),
    );
    if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
    expect(result.value.calendar).toEqual({
      region: 'england-and-wales',
      convention: 'weekends-and-holidays',
      closures: [
        // 19 July each year: a Friday in 2024; a Saturday in 2025 and a Sunday in 2026, so no closure then.
        { date: '2024-07-19', title: 'Council staff day' },
        { date: '2024-12-27', title: 'Christmas closure' },
        { date: '2024-12-30', title: 'Christmas closure' },
        { date: '2024-12-31', title: 'Christmas closure' },
      ],
    });
    expect(result.notes).toEqual([
      'A day off in Council ("Every first Monday") repeats by a pattern other than daily or yearly on a date, so it was not read; pass its days as closures if the durations leave them out.',
      'Council has 3 bank holidays off on weekdays and 4 other days off, kept as closure days.',
      'Durations were counted leaving out weekends, bank holidays and the 4 closure days given: 1 of the 1 rows with a start, a finish and a duration agree.',
    ]);
  });
});

describe('readProjectXml: problems, each naming the task by the ID Project shows', () => {
  const problemsOf = (text: string) => readProjectXml(text).problems.map((p) => p.message);

  it('says where a file is not XML, or not a project', () => {
    expect(problemsOf('Task Name\tDuration\n1A Create\t35 days')).toEqual([
      '(root): expected well-formed XML: an element at line 1, column 1, found "Task Name\\tDuration\\n1".',
    ]);
    expect(problemsOf('<Project><Tasks></Project>')).toEqual([
      '(root): expected well-formed XML: </Tasks> to close <Tasks> at line 1, column 17, found </Project>.',
    ]);
    expect(problemsOf('<?xml version="1.0"?><html><body/></html>')).toEqual([
      '(root): expected a Microsoft Project XML file, whose first element is <Project>, found <html>.',
    ]);
  });

  it('reports every bad field in one pass and keeps none of a file with problems', () => {
    const result = readProjectXml(
      projectXml([
        { uid: 9, name: 'Loose task', level: 1 },
        heading,
        { uid: 2, name: '1.1 Half a day', level: 2, duration: 'PT4H0M0S' },
        { uid: 3, name: '1.2 Elapsed', level: 2, duration: 'PT48H0M0S', more: '<DurationFormat>8</DurationFormat>' },
        { uid: 4, name: '1.3 Bad dates', level: 2, start: '2024-02-30', more: '<PercentComplete>140</PercentComplete>' },
        { uid: 5, name: '1.1 Taken', level: 2 },
        {
          uid: 6,
          name: '1.4 Links',
          level: 2,
          more:
            '<PredecessorLink><PredecessorUID>42</PredecessorUID></PredecessorLink>' +
            '<PredecessorLink><PredecessorUID>2</PredecessorUID><LinkLag>2400</LinkLag><LagFormat>7</LagFormat></PredecessorLink>' +
            '<PredecessorLink><PredecessorUID>2</PredecessorUID><LinkLag>500</LinkLag><LagFormat>19</LagFormat></PredecessorLink>' +
            '<PredecessorLink><PredecessorUID>2</PredecessorUID><Type>7</Type></PredecessorLink>',
        },
      ]),
    );
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => p.message)).toEqual([
      'Task[9].OutlineLevel: expected a workstream: a summary task at outline level 1, such as "Focus Area 1 - JSNA", with its actions indented under it, found the task "Loose task" at outline level 1.',
      'Task[2].Duration: expected a whole number of working days, as the plan counts in days, found "PT4H0M0S" (0.5 days of 8 hours).',
      'Task[3].DurationFormat: expected a duration in working time (days, weeks, hours), not elapsed days or a percentage, found "8".',
      'Task[4].Start: expected a date and time written 2022-04-13T08:00:00, found "2024-02-30T08:00:00".',
      'Task[4].PercentComplete: expected a percentage from 0 to 100, found "140".',
      'Task[5].Name: expected a ref no other action has; 1.1 is already taken, found "1.1 Taken".',
      'Task[6].PredecessorLink[0].PredecessorUID: expected the UID of a task in this file, found "42".',
      'Task[6].PredecessorLink[1].LinkLag: expected a lag of whole working days, found "2400" tenths of a minute (0.5 days).',
      'Task[6].PredecessorLink[2].LagFormat: expected a lag in working time (days or weeks), not elapsed days or a percentage, found "19".',
      'Task[6].PredecessorLink[3].Type: expected a link type of 0 (FF), 1 (FS), 2 (SF) or 3 (SS), found "7".',
    ]);
  });

  it('asks for the date progress was reported where notes would otherwise be lost', () => {
    expect(problemsOf(projectXml([heading, { uid: 2, name: '1.1 Map the pathway', level: 2, more: '<Notes>Started.</Notes>' }]))).toEqual([
      "reportedOn: expected the date progress was reported, to keep 1 action's notes and returns (the file has no status date), found nothing.",
    ]);
    const given = readProjectXml(
      projectXml([heading, { uid: 2, name: '1.1 Map the pathway', level: 2, more: '<Notes>Started.</Notes>' }]),
      {
        reportedOn: '2024-06-30',
      },
    );
    expect(given.ok && given.value.actions[0]?.updates).toEqual([{ date: '2024-06-30', percentComplete: 0, commentary: 'Started.' }]);
  });

  it('says which durations disagree with the convention the others agree with', () => {
    expect(
      problemsOf(
        projectXml([
          heading,
          { uid: 2, name: '1.1 A', level: 2, start: '2024-05-01', finish: '2024-05-10', days: 7 },
          { uid: 3, name: '1.2 B', level: 2, start: '2024-05-01', finish: '2024-05-31', days: 21 },
          { uid: 4, name: '1.3 C', level: 2, start: '2024-05-01', finish: '2024-05-31', days: 23 },
        ]),
      ),
    ).toEqual([
      'Task[4].Duration: expected 21 working days from 2024-05-01 to 2024-05-31, leaving out weekends and bank holidays as the other rows do, found 23.',
    ]);
  });
});
