import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validPlan } from './fixtures.js';
import { parsePlan, parsePlanJson } from './parsePlan.js';

// These tests break a valid plan in ways its type forbids, as a hand-edited file would.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any field, of any shape, may be written
type Loose = Record<string, any>;
const loose = (value: unknown) => value as Loose;

function messages(input: unknown): string[] {
  return parsePlan(input).problems.map((problem) => problem.message);
}

describe('parsePlan', () => {
  it('returns the typed plan with defaults filled in', () => {
    const result = parsePlan(validPlan());
    expect(result.problems).toEqual([]);
    if (!result.ok) return;
    expect(result.value.actions[0]).toMatchObject({ percentComplete: 0, milestone: false, dependencies: [], leads: [] });
    expect(result.value.actions[1]?.dependencies).toEqual([{ predecessorId: 'a1', type: 'FS', lagDays: 0 }]);
    expect(result.value.workstreams[0]?.leads).toEqual([{ personId: 'tt', role: 'lead-officer' }]);
    expect(result.value.calendar).toEqual({ region: 'england-and-wales', convention: 'weekends-and-holidays', closures: [] });
  });

  it('does not change its input', () => {
    const input = validPlan();
    const copy = structuredClone(input);
    parsePlan(input);
    expect(input).toEqual(copy);
  });

  it('reports all ten faults of a plan with ten deliberate faults', () => {
    const plan = loose(validPlan());
    plan.actions[0].start = '13/04/22'; // 1: a date as a project-plan export writes it
    plan.actions[0].percentComplete = 120; // 2
    plan.actions[1].finish = '2022-05-02'; // 3: before its start
    plan.actions[1].dependencies.push({ predecessorId: 'a2' }); // 4: depends on itself
    plan.actions[1].evidence[0].url = 'javascript:alert(1)'; // 5: unsafe link
    plan.actions[2].finsh = '2022-07-28'; // 6: misspelt field
    plan.actions[2].workstreamId = 'ws9'; // 7: unknown workstream
    plan.actions.push({ id: 'a1', ref: '1.4', title: 'Duplicate id', workstreamId: 'ws1' }); // 8: id already used
    plan.workstreams[0].findingIds.push('w2'); // 9: unknown finding
    plan.inspection.outcome = 'inconsistent'; // 10: a 2023 outcome on a 2016 inspection

    const result = parsePlan(plan);
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => p.message)).toEqual([
      'inspection.outcome: expected no outcome (only the 2023 framework gives one), found "inconsistent".',
      'workstreams[0].findingIds[1]: expected the id of one of the plan\'s findings, found "w2", which no finding has.',
      'actions[0].percentComplete: expected a percentage from 0 to 100, found 120.',
      'actions[0].start: expected a real date written yyyy-MM-dd, e.g. 2022-04-13, found "13/04/22".',
      'actions[1].dependencies[1].predecessorId: expected another action (an action cannot depend on itself), found "a2".',
      'actions[1].evidence[0].url: expected a link starting http://, https:// or mailto:, found "javascript:alert(1)".',
      'actions[1].finish: expected a date on or after start (2022-05-03), found "2022-05-02".',
      'actions[2].finsh: expected only the fields this format defines (check the spelling), found a field called "finsh".',
      'actions[2].workstreamId: expected the id of one of the plan\'s workstreams, found "ws9", which no workstream has.',
      'actions[3].id: expected an id not used by another action (actions[0] has it), found "a1".',
    ]);
    expect(result.problems.map((p) => p.at)).toEqual([
      'inspection.outcome',
      'workstreams[0].findingIds[1]',
      'actions[0].percentComplete',
      'actions[0].start',
      'actions[1].dependencies[1].predecessorId',
      'actions[1].evidence[0].url',
      'actions[1].finish',
      'actions[2].finsh',
      'actions[2].workstreamId',
      'actions[3].id',
    ]);
    expect(result.problems[3]).toMatchObject({
      path: ['actions', 0, 'start'],
      expected: 'a real date written yyyy-MM-dd, e.g. 2022-04-13',
      found: '"13/04/22"',
    });
  });

  it('names a missing required field', () => {
    const plan = loose(validPlan());
    delete plan.actions[0].title;
    expect(messages(plan)).toEqual(['actions[0].title: expected text, found nothing.']);
  });

  it('lists the allowed words for an unknown enum value', () => {
    const plan = loose(validPlan());
    plan.actions[1].dependencies[0].type = 'XX';
    expect(messages(plan)).toEqual(['actions[1].dependencies[0].type: expected one of "FS", "SS", "FF", "SF", found "XX".']);
  });

  it('rejects refs and people used twice, and leads who are not in the plan', () => {
    const plan = loose(validPlan());
    plan.actions[2].ref = '1.1';
    plan.people.push({ id: 'tt2', initials: 'TT', name: 'Tina Test' });
    plan.actions[0].leads = [{ personId: 'nobody', role: 'accountable-officer' }];
    expect(messages(plan)).toEqual([
      'actions[0].leads[0].personId: expected the id of one of the plan\'s people, found "nobody", which no person has.',
      'actions[2].ref: expected a ref not used by another action (actions[0] has it), found "1.1".',
      'people[1].initials: expected initials not used by another person (people[0] has it), found "TT".',
    ]);
  });

  it('finds a loop of parent actions and names every action in it', () => {
    const plan = loose(validPlan());
    plan.actions[0].parentId = 'a2';
    plan.actions[1].parentId = 'a1';
    expect(messages(plan)).toEqual([
      'actions[0].parentId: expected a parent that is not the action itself or one of its children, found the loop "a1" → "a2" → "a1".',
      'actions[1].parentId: expected a parent that is not the action itself or one of its children, found the loop "a1" → "a2" → "a1".',
    ]);
  });

  it('checks milestones have no length', () => {
    const plan = loose(validPlan());
    Object.assign(plan.actions[0], { milestone: true, durationDays: 3 });
    expect(messages(plan)).toEqual([
      'actions[0].durationDays: expected 0 working days for a milestone, found 3.',
      'actions[0].finish: expected the same date as start (2022-04-13) for a milestone, found "2022-04-29".',
    ]);
  });

  it('keeps an inspection’s dates to 2100, so every deadline after them is a date, while an action may run to 31 Dec 9999', () => {
    const plan = validPlan();
    const late = { ...plan.inspection, reportReceived: '9999-12-30', followUps: [{ kind: 'revisit', date: '2101-01-01' }] };
    const result = parsePlan({ ...plan, inspection: late, actions: [{ ...plan.actions?.[0], finish: '9999-12-31' }] });
    expect(result.problems.map((p) => p.message)).toEqual([
      'inspection.followUps[0].date: expected a date up to 31 Dec 2100, so the deadlines that follow it can be worked out, found "2101-01-01".',
      'inspection.reportReceived: expected a date up to 31 Dec 2100, so the deadlines that follow it can be worked out, found "9999-12-30".',
    ]);
  });

  it('checks the plan kind and findings against the inspection framework', () => {
    const plan = loose(validPlan());
    plan.kind = 'priority-action-plan';
    expect(messages(plan)).toEqual([
      'inspection.framework: expected "area-send-2023" for a plan of kind "priority-action-plan", found "local-area-2016".',
    ]);
    plan.inspection.framework = 'area-send-2023';
    expect(messages(plan)).toEqual([
      'findings[0].kind: expected a finding of the area-send-2023 framework, found "significant-weakness", a finding of local-area-2016.',
    ]);
  });

  it('names a plan or finding kind that is the name of something every object has as not a kind, not as a framework', () => {
    const plan = loose(validPlan());
    plan.kind = 'constructor';
    plan.findings[0].kind = 'toString';
    const found = messages(plan);
    // Only the schema's own problems: neither kind is looked up as a framework ("function Object() …").
    expect(found.filter((m) => m.startsWith('inspection.framework') || m.startsWith('findings[0].kind: expected a finding of'))).toEqual(
      [],
    );
    expect(found.some((m) => m.startsWith('kind:') && m.endsWith('found "constructor".'))).toBe(true);
    expect(found.some((m) => m.startsWith('findings[0].kind:') && m.endsWith('found "toString".'))).toBe(true);
  });

  it('asks for published feedback to be anonymised and for "we did" once done', () => {
    const plan = loose(validPlan());
    plan.feedback = [
      { id: 'f1', youSaid: 'Too slow', status: 'done', receivedOn: '2022-05-01', publishedOn: '2022-06-01', anonymised: false },
    ];
    expect(messages(plan)).toEqual([
      'feedback[0].anonymised: expected true before an entry is published (comments are published anonymised), found false.',
      'feedback[0].weDid: expected what was done, for an entry whose status is "done", found nothing.',
    ]);
  });

  it('checks the groups an activity counted are the area’s, counted once, and no more than it reached', () => {
    const plan = loose(validPlan());
    plan.area = {
      ...plan.area,
      groups: [
        { id: 'g1', name: 'Families from ethnic minority groups', percent: 24, of: 'children with an EHC plan' },
        { id: 'g1', name: 'Young people aged 16 to 25', percent: 31, of: 'children with an EHC plan' },
      ],
    };
    const base = { date: '2022-05-01', title: 'Workshop', method: 'workshop', audiences: ['parents-carers'], ladderStep: 'co-design' };
    plan.engagements = [
      {
        ...base,
        id: 'e1',
        reached: 10,
        reachedGroups: [
          { groupId: 'g1', count: 11 },
          { groupId: 'g1', count: 2 },
          { groupId: 'g9', count: 1 },
        ],
      },
      { ...base, id: 'e2', reachedGroups: [{ groupId: 'g1', count: 3 }] },
    ];
    expect(messages(plan)).toEqual([
      'area.groups[1].id: expected an id not used by another group (area.groups[0] has it), found "g1".',
      'engagements[0].reachedGroups[0].count: expected at most the 10 people the activity reached, found 11.',
      'engagements[0].reachedGroups[1].groupId: expected each group counted once in an activity, found "g1".',
      'engagements[0].reachedGroups[2].groupId: expected the id of one of the area\'s groups (area.groups), found "g9", which no group has.',
      'engagements[1].reached: expected how many people the activity reached, as it counts who they were, found nothing.',
    ]);
  });

  it('accepts only http(s) and mailto links', () => {
    const plan = loose(validPlan());
    const urls = [
      'https://example.org/a',
      'http://example.org',
      'mailto:send@example.gov.uk',
      'ftp://example.org',
      'data:text/html,hi',
      '/relative',
      'JaVaScRiPt:alert(1)',
    ];
    plan.actions[1].evidence = urls.map((url, index) => ({ title: `Link ${index}`, url }));
    expect(parsePlan(plan).problems.map((p) => p.at)).toEqual([
      'actions[1].evidence[3].url',
      'actions[1].evidence[4].url',
      'actions[1].evidence[5].url',
      'actions[1].evidence[6].url',
    ]);
  });

  it('reports a value that is not an object at the root', () => {
    expect(messages('a plan')).toEqual(['(root): expected an object, found "a plan".']);
    expect(messages(null)).toEqual(['(root): expected an object, found null.']);
  });

  it('answers a hostile value instead of throwing', () => {
    const trap = new Proxy(
      {},
      {
        get() {
          throw new Error('boom');
        },
        ownKeys() {
          throw new Error('boom');
        },
      },
    );
    const result = parsePlan(trap);
    expect(result.ok).toBe(false);
    expect(result.problems[0]?.at).toBe('(root)');
  });

  it('never throws on arbitrary JSON values and gives every problem a path and a message (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = parsePlan(value);
        expect(result.ok).toBe(false);
        expect(result.problems.length).toBeGreaterThan(0);
        for (const problem of result.problems) {
          expect(Array.isArray(problem.path)).toBe(true);
          expect(problem.message.startsWith(`${problem.at}: expected `)).toBe(true);
        }
      }),
    );
  });

  it('never throws on a valid plan with any one field replaced by an arbitrary value (property)', () => {
    const fields = ['title', 'kind', 'area', 'inspection', 'findings', 'workstreams', 'actions', 'people', 'calendar', 'rag'] as const;
    fc.assert(
      fc.property(fc.constantFrom(...fields), fc.anything(), (field, value) => {
        const plan = loose(validPlan());
        plan[field] = value;
        const result = parsePlan(plan);
        for (const problem of result.problems) expect(problem.message.startsWith(`${problem.at}: expected `)).toBe(true);
      }),
    );
  });

  it('never throws when any action field is replaced by an arbitrary JSON value (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('id', 'ref', 'workstreamId', 'parentId', 'start', 'dependencies', 'leads', 'updates'),
        fc.jsonValue(),
        (field, value) => {
          const plan = loose(validPlan());
          plan.actions[1][field] = value;
          const result = parsePlan(plan);
          if (!result.ok) for (const problem of result.problems) expect(problem.path[0]).toBe('actions');
        },
      ),
    );
  });
});

describe('parsePlanJson', () => {
  it('reads JSON text', () => {
    expect(parsePlanJson(JSON.stringify(validPlan())).ok).toBe(true);
  });

  it('reports text that is not JSON at the root', () => {
    const [problem] = parsePlanJson('{ "formatVersion": 1 ').problems;
    expect(problem?.at).toBe('(root)');
    expect(problem?.expected).toBe('JSON text');
    expect(problem?.found).toMatch(/^text that is not JSON \(/);
  });
});
