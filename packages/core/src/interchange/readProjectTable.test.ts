import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analysePlan } from '../analysis/analysePlan.js';
import { parsePlan } from '../model/parsePlan.js';
import { summarisePeriod } from '../report/summarisePeriod.js';
import { samplePlans } from '../samples/index.js';
import { readProjectTable } from './readProjectTable.js';
import { readTableDate, readTablePeriod } from './tableDate.js';

// Seed 004's progress table exactly as published (bold tags, blank lines, and a heading that wraps onto a second row).
const seedTable = readFileSync(new URL('fixtures/torbay-progress-table.txt', import.meta.url), 'utf8');
const torbay = samplePlans.torbay;

/** The named fields of an object, to compare records that also carry others. */
const pick =
  (...keys: string[]) =>
  (record: object) =>
    Object.fromEntries(keys.map((key) => [key, (record as Record<string, unknown>)[key]]));

describe('readProjectTable: seed 004', () => {
  const result = readProjectTable(seedTable, { reportedOn: '2022-05-22' });

  it('reads every row of the published table with no problems', () => {
    expect(result.problems).toEqual([]);
    expect(result.notes).toEqual([
      'Row 40 held only "the provision of post 16 opportunities", so it was joined to the title of Focus Area 14 above it.',
      '18 heading rows give a percentage or RAG for the whole workstream: the analysis works these out again from the actions, so they are not kept.',
      'Durations were counted leaving out weekends only, with bank holidays as working days: 47 of the 47 rows with a start, a finish and a duration agree.',
    ]);
    expect(result.ok && result.value.calendar).toEqual({ region: 'england-and-wales', convention: 'weekends-only' });
  });

  it('gives the workstreams and actions the hand-built Torbay sample holds, field for field', () => {
    if (!result.ok) throw new Error('not read');
    // The fields a project table carries; the sample has more (findings, boards) that no table does.
    const tableFields = pick('id', 'ref', 'label', 'title', 'leads', 'start', 'finish', 'durationDays');
    expect(result.value.workstreams.map(tableFields)).toEqual((torbay.workstreams ?? []).map(tableFields));
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
      'crossReferences',
    );
    expect(result.value.actions.map(actionFields)).toEqual((torbay.actions ?? []).map(actionFields));
    expect(result.value.people.map((p) => p.initials).sort()).toEqual((torbay.people ?? []).map((p) => p.initials).sort());
  });

  it('makes a plan that parsePlan accepts, with the seed’s board sentence', () => {
    if (!result.ok) throw new Error('not read');
    const { workstreams, actions, people, calendar } = result.value;
    const plan = parsePlan({ ...torbay, workstreams, actions, people, calendar, boards: [], findings: [] });
    expect(plan.problems).toEqual([]);
    if (!plan.ok) return;
    const april = summarisePeriod(analysePlan(plan.value, { asOf: '2022-05-22' }), {
      from: '2022-04-01',
      to: '2022-04-30',
      rounding: 'up',
    });
    expect(april.sentence).toBe(
      '29 actions were due to have started in April 2022, of which 29 have been reported. 28 have been started (97%).',
    );
  });
});

describe('readProjectTable: columns, rows and problems', () => {
  const csv = [
    'Outline Level,Name,Resource Names,Start,Finish,Duration,% Complete',
    '1,Joint commissioning,Nina Mistry,01/04/2022,30/06/2022,60 days,',
    '2,2A Set up the group,Tom Tran & HP,13 Apr 2022,29 Apr 2022,11 days,100%',
    '3,2A.1 Agree terms of reference,HP,2022-04-19,2022-04-29,9d,50',
    '2,2B Consult families,TT,16/05/2022,27/05/2022,2 wks,0%',
    '2,2C Strategy signed off,TT,Fri 29/07/22,Fri 29/07/22,0 days,0%',
  ].join('\r\n');

  it('reads a CSV export with outline levels, full names, milestones and durations in weeks', () => {
    const result = readProjectTable(csv);
    expect(result.problems).toEqual([]);
    if (!result.ok) return;
    expect(result.value.workstreams).toEqual([
      {
        id: 'w1',
        ref: '1',
        label: 'Workstream',
        title: 'Joint commissioning',
        leads: [{ personId: 'nm', role: 'accountable-officer' }],
        start: '2022-04-01',
        finish: '2022-06-30',
        durationDays: 60,
      },
    ]);
    expect(
      result.value.actions.map((a) => [a.ref, a.parentId, a.durationDays, a.percentComplete, a.milestone, a.leads?.map((l) => l.personId)]),
    ).toEqual([
      ['2A', undefined, 11, 100, undefined, ['tt', 'hp']],
      ['2A.1', '2A', 9, 50, undefined, ['hp']],
      ['2B', undefined, 10, 0, undefined, ['tt']],
      ['2C', undefined, 0, 0, true, ['tt']],
    ]);
    expect(result.value.people).toEqual([
      { id: 'nm', initials: 'NM', name: 'Nina Mistry' },
      { id: 'tt', initials: 'TT', name: 'Tom Tran' },
      { id: 'hp', initials: 'HP' },
    ]);
    // 1 Apr to 30 Jun 2022 holds 65 weekdays; 60 without Good Friday, Easter Monday, the May bank
    // holiday and the two Jubilee days. Every row fits only with bank holidays left out.
    expect(result.value.calendar.convention).toBe('weekends-and-holidays');
    expect(result.notes).toEqual([
      'Durations were counted leaving out weekends and bank holidays: 4 of the 4 rows with a start, a finish and a duration agree.',
    ]);
  });

  it('reads outline levels of any size, nesting each row under the last one at a shallower level', () => {
    // As a mistyped or pasted Level column gives them: kept as a stack, so no level is too deep to read.
    const result = readProjectTable(
      [
        'Level\tName\tStart\tFinish',
        '1\tFocus Area 1 - JSNA\t\t',
        '4294967296\t1.1 Map the pathway\t04/04/2022\t29/04/2022',
        '99999999999999999999\t1.1.1 Ask young people\t04/04/2022\t08/04/2022',
        '2\t1.2 Share the pathway\t02/05/2022\t27/05/2022',
      ].join('\n'),
    );
    expect(result.problems).toEqual([]);
    expect(result.ok && result.value.actions.map((a) => [a.ref, a.parentId, a.workstreamId])).toEqual([
      ['1.1', undefined, 'fa1'],
      ['1.1.1', '1.1', 'fa1'],
      ['1.2', undefined, 'fa1'],
    ]);
  });

  it('reads a column headed "Working days", and "Milestone" written in it as a milestone', () => {
    const result = readProjectTable(
      [
        'Ref\tAction\tStart\tFinish\tWorking days',
        'Priority PA1: Timely EHC plans\t\t\t\t',
        '1.1\tClear the backlog\t01/05/2024\t31/10/2024\t129',
        '1.M\t60% of new plans within 20 weeks\t\t31/03/2025\tmilestone',
      ].join('\n'),
    );
    expect(result.problems).toEqual([]);
    expect(result.ok && result.value.actions.map((a) => [a.ref, a.durationDays, a.milestone ?? false])).toEqual([
      ['1.1', 129, false],
      ['1.M', 0, true],
    ]);
  });

  it("reads a column naming each row's workstream, as a spreadsheet lays a plan out with the name merged down its actions", () => {
    const result = readProjectTable(
      [
        'Area of weakness\tRef\tAction\tLead\tStart\tFinish',
        '1. Joint commissioning\t1.1\tCreate a joint vision\tTT\t13/04/2022\t30/06/2022',
        '1. Joint commissioning\t1.2\tAgree the strategy\tTT\t01/07/2022\t30/09/2022',
        // A workstream named alone on its row, with no actions yet.
        'Preparing for adulthood\t\t\t\t\t',
        'Early help\t3.1\tMap the early help offer\tJW\t13/04/2022\t31/05/2022',
        // Named again after another: the same workstream, in any spacing or case.
        '1.  joint commissioning\t1.3\tPublish the strategy\tTT\t03/10/2022\t31/10/2022',
        // Left blank: the workstream above.
        '\t1.4\tReview the strategy\tTT\t01/11/2022\t30/11/2022',
      ].join('\n'),
    );
    expect(result.problems).toEqual([]);
    expect(result.ok && result.value.workstreams.map((w) => [w.id, w.label, w.ref, w.title])).toEqual([
      ['aow1', 'Area of weakness', '1', 'Joint commissioning'],
      ['aow2', 'Area of weakness', '2', 'Preparing for adulthood'],
      ['aow3', 'Area of weakness', '3', 'Early help'],
    ]);
    expect(result.ok && result.value.actions.map((a) => [a.ref, a.workstreamId])).toEqual([
      ['1.1', 'aow1'],
      ['1.2', 'aow1'],
      ['3.1', 'aow3'],
      ['1.3', 'aow1'],
      ['1.4', 'aow1'],
    ]);
    expect(result.notes).toEqual([]);

    // A heading in the cell keeps its own label and ref; a column headed Workstream labels plain names so.
    const headed = readProjectTable(
      [
        'Workstream\tTask Name',
        'Focus Area 2 - Joint Commissioning\t2A Establish a Joint Commissioning Group',
        'Culture\t5A Establish a Culture Group',
      ].join('\n'),
    );
    expect(headed.problems).toEqual([]);
    expect(headed.ok && headed.value.workstreams.map((w) => [w.id, w.label, w.ref, w.title])).toEqual([
      ['fa2', 'Focus Area', '2', 'Joint Commissioning'],
      ['w2', 'Workstream', '2', 'Culture'],
    ]);
  });

  it('reads what will be different for families and the success criteria, from columns or from lines under the title', () => {
    const result = readProjectTable(
      [
        'Ref\tAction\tWhat will be different for children and families\tSuccess criteria',
        'Workstream 1 - EHC plans\t\t\t',
        // Columns: the criteria one per line, bullets and numbers taken off.
        '1.1\tClear the backlog\t"Families stop waiting\nmonths for a plan."\t"• No assessment older than 20 weeks\n2) Every family told the date"',
        // Lines under a title that wraps, as the published plan writes them.
        '1.2\t"Recruit educational psychologists\nand coordinators\nWhat will be different: Plans are written by people who know the child.\nSuccess looks like: All posts filled; Caseloads under 40\nEvidence: Recruitment tracker"\t\t',
      ].join('\n'),
    );
    expect(result.problems).toEqual([]);
    expect(result.ok && result.value.actions.map((a) => [a.title, a.differenceForFamilies, a.successCriteria])).toEqual([
      [
        'Clear the backlog',
        'Families stop waiting months for a plan.',
        ['No assessment older than 20 weeks', 'Every family told the date'],
      ],
      [
        'Recruit educational psychologists and coordinators',
        'Plans are written by people who know the child.',
        ['All posts filled', 'Caseloads under 40'],
      ],
    ]);
    expect(result.notes).toEqual([
      'Row 4\'s evidence "Recruitment tracker" for 1.2 was not kept, as the plan keeps evidence as links: add its address to the plan.',
    ]);
  });

  it('reads evidence as links, from an Evidence column or lines under the title, and names evidence with no address', () => {
    const result = readProjectTable(
      [
        'Ref\tAction\tEvidence of completion',
        'Workstream 1 - EHC plans\t\t',
        '1.1\tClear the backlog\t"Quality assurance framework (https://example.org/qa-(2024))\nhttps://www.torbay.gov.uk/send/\nBoard minutes, March"',
        '1.2\t"Recruit psychologists\nEvidence: Recruitment tracker (mailto:send@example.gov.uk)\nEvidence: Job adverts (javascript:alert(1))"\t',
      ].join('\n'),
    );
    expect(result.problems).toEqual([]);
    expect(result.ok && result.value.actions.map((a) => a.evidence)).toEqual([
      [
        { title: 'Quality assurance framework', url: 'https://example.org/qa-(2024)' },
        { title: 'https://www.torbay.gov.uk/send/', url: 'https://www.torbay.gov.uk/send/' },
      ],
      [{ title: 'Recruitment tracker', url: 'mailto:send@example.gov.uk' }],
    ]);
    expect(result.notes).toEqual([
      'Row 3\'s evidence "Board minutes, March" for 1.1 was not kept, as the plan keeps evidence as links: add its address to the plan.',
      'Row 4\'s evidence "Job adverts (javascript:alert(1))" for 1.2 was not kept, as the plan keeps evidence as links: add its address to the plan.',
    ]);
  });

  it('names the row and column of every cell it cannot read, and what it expected', () => {
    const result = readProjectTable(
      [
        'Task Name\tDuration\tStart\tFinish\t% Work Complete\tRAG',
        '2A Orphan action\t5 days\tMon 11/04/22\tFri 15/04/22\t0%\t',
        'Focus Area 2 - Joint Commissioning\t\t\t\t\t',
        '2A Set up\t1.5 days\tWed 04/13/22\t13th April\t110%\tPurple',
        'Set up the group with no ref\t\t\t\t\t',
        '\t3 days\t\t\t\t',
        '2B Agree\t9 days\tMon 11/04/22\tFri 22/04/22\t10%\tGreen',
      ].join('\n'),
    );
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => p.message)).toEqual([
      'rows[2]["Task Name"]: expected a workstream heading above the first action, like "Focus Area 1 - JSNA", found "2A Orphan action".',
      'rows[4].Start: expected a real date written as in the UK, like Wed 13/04/22 or 13 Apr 2022, or a month (September 2022) or a quarter (Q2 2022/23), found "Wed 04/13/22".',
      'rows[4].Finish: expected a real date written as in the UK, like Wed 13/04/22 or 13 Apr 2022, or a month (September 2022) or a quarter (Q2 2022/23), found "13th April".',
      'rows[4].Duration: expected a whole number of working days, like 35 days or 2 wks, or Milestone, found "1.5 days".',
      'rows[4]["% Work Complete"]: expected a percentage from 0% to 100%, found "110%".',
      'rows[4].RAG: expected one of Blue, Green, Amber, Red, Complete, Completed, Started, In Progress, Not Started, found "Purple".',
      'rows[5]["Task Name"]: expected an action led by its ref, like "2A.1 Create a joint vision", or a workstream heading, found "Set up the group with no ref".',
      'rows[6]["Task Name"]: expected the name of the task, found nothing.',
      'reportedOn: expected the date the table was reported, to keep its 1 RAG word, found nothing.',
      // 11 to 22 April 2022 is 10 weekdays, 8 working days less Good Friday and Easter Monday: 9 fits neither.
      'rows[7].Duration: expected 8 working days from 2022-04-11 to 2022-04-22, leaving out weekends and bank holidays as the other rows do, found 9.',
    ]);
  });

  describe('a commentary column', () => {
    const table = [
      'Task Name\tStart\tFinish\t% Complete\tRAG\tCommentary',
      'Focus Area 2 - Joint Commissioning\t\t\t\t\tJoint group meets monthly from May.',
      '2A Set up the group\tWed 13/04/22\tFri 29/04/22\t100%\tComplete\tTerms of reference agreed 28 April.',
      '2B Agree the strategy\tMon 02/05/22\tThu 30/06/22\t20%\tGreen\t',
      '2C Map the services\tMon 02/05/22\tThu 30/06/22\t\t\tWaiting for the health data.',
    ].join('\n');

    it("keeps each action's comment in its update and a heading's as the workstream's description", () => {
      const result = readProjectTable(table, { reportedOn: '2022-05-22' });
      expect(result.problems).toEqual([]);
      if (!result.ok) return;
      expect(result.value.workstreams.map((ws) => ws.description)).toEqual(['Joint group meets monthly from May.']);
      expect(result.value.actions.map((a) => [a.ref, a.updates])).toEqual([
        ['2A', [{ date: '2022-05-22', percentComplete: 100, status: 'complete', commentary: 'Terms of reference agreed 28 April.' }]],
        ['2B', [{ date: '2022-05-22', percentComplete: 20, status: 'green' }]],
        ['2C', [{ date: '2022-05-22', commentary: 'Waiting for the health data.' }]],
      ]);
    });

    it('finds the RAG column by the other names councils give it', () => {
      for (const name of ['RAG status', 'RAG rating', 'BRAG', 'BRAG status', 'BRAG Rating', 'Status']) {
        const result = readProjectTable(table.replace('\tRAG\t', `\t${name}\t`), { reportedOn: '2022-05-22' });
        expect(result.ok && result.value.actions.map((a) => a.updates?.[0]?.status), name).toEqual(['complete', 'green', undefined]);
      }
    });

    it('reads a RAG written as its letter, as a tracker short of room writes it', () => {
      const letters = table.replace('\tComplete\t', '\tb\t').replace('\tGreen\t', '\tG\t').replace('\t\t\tWaiting', '\t\tR\tWaiting');
      const result = readProjectTable(letters, { reportedOn: '2022-05-22' });
      expect(result.ok && result.value.actions.map((a) => a.updates?.[0]?.status)).toEqual(['blue', 'green', 'red']);
      // Any other letter is not a RAG, and the problem offers the words.
      expect(readProjectTable(table.replace('\tGreen\t', '\tX\t'), { reportedOn: '2022-05-22' }).problems.map((p) => p.message)).toEqual([
        'rows[4].RAG: expected one of Blue, Green, Amber, Red, Complete, Completed, Started, In Progress, Not Started, found "X".',
      ]);
    });

    it('reads a RAG shown by a coloured circle, alone or beside its word, and refuses one that disagrees with its word', () => {
      const statuses = (first: string, second: string) => {
        const result = readProjectTable(table.replace('\tComplete\t', `\t${first}\t`).replace('\tGreen\t', `\t${second}\t`), {
          reportedOn: '2022-05-22',
        });
        return result.ok ? result.value.actions.map((a) => a.updates?.[0]?.status) : result.problems.map((p) => p.message);
      };
      // Emoji alone (yellow is amber; U+FE0F is the variation selector some keyboards add), and beside a word.
      expect(statuses('🔵', '🟢')).toEqual(['blue', 'green', undefined]);
      expect(statuses('🟡\uFE0F', '🟥')).toEqual(['amber', 'red', undefined]);
      expect(statuses('🔵 Complete', 'Green 🟢')).toEqual(['complete', 'green', undefined]);
      expect(statuses('🟠 Amber', '🔴 R')).toEqual(['amber', 'red', undefined]);
      // A circle that disagrees with its word, or with another circle, is a problem, not a guess.
      expect(statuses('🔴 Green', '🟢🔴')).toEqual([
        'rows[3].RAG: expected one of Blue, Green, Amber, Red, Complete, Completed, Started, In Progress, Not Started, or a coloured circle that agrees with the word beside it, found "🔴 Green".',
        'rows[4].RAG: expected one of Blue, Green, Amber, Red, Complete, Completed, Started, In Progress, Not Started, or a coloured circle that agrees with the word beside it, found "🟢🔴".',
      ]);
    });

    it('refuses a RAG word or a Yes or No that is the name of something every object has', () => {
      const odd = [
        'Task Name\tStart\tFinish\tRAG\tImpact sustained?',
        'Focus Area 2 - Joint Commissioning',
        '2A Set up the group\tWed 13/04/22\tFri 29/04/22\t__proto__\tconstructor',
        '2B Agree the strategy\tMon 02/05/22\tThu 30/06/22\tconstructor\thasOwnProperty',
      ].join('\n');
      expect(readProjectTable(odd, { reportedOn: '2022-05-22' }).problems.map((p) => p.message)).toEqual([
        'rows[3].RAG: expected one of Blue, Green, Amber, Red, Complete, Completed, Started, In Progress, Not Started, found "__proto__".',
        'rows[3]["Impact sustained?"]: expected Yes or No, found "constructor".',
        'rows[4].RAG: expected one of Blue, Green, Amber, Red, Complete, Completed, Started, In Progress, Not Started, found "constructor".',
        'rows[4]["Impact sustained?"]: expected Yes or No, found "hasOwnProperty".',
      ]);
    });

    it('asks for the date the table was reported, to keep the comments', () => {
      expect(readProjectTable(table).problems.map((p) => p.message)).toEqual([
        'reportedOn: expected the date the table was reported, to keep its 2 RAG words and 2 comments, found nothing.',
      ]);
      expect(readProjectTable(table.replace('\tComplete\t', '\t\t').replace('\tGreen\t', '\t\t')).problems.map((p) => p.message)).toEqual([
        'reportedOn: expected the date the table was reported, to keep its 2 comments, found nothing.',
      ]);
    });
  });

  it('reads a heading typed alone in the ref column, as a spreadsheet lays one out across its row', () => {
    const result = readProjectTable(
      [
        'Ref\tAction\tLead\tStart\tFinish',
        'Focus Area 2 - Joint Commissioning',
        '2A.1\tCreate a joint vision\tTT\t13/04/2022\t30/06/2022',
        // A lone ref that is no heading is still an action without its name.
        '2A.2',
      ].join('\n'),
    );
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => p.message)).toEqual(['rows[4].Action: expected the name of the task, found nothing.']);
    const read = readProjectTable(
      ['Ref\tAction\tLead', 'Focus Area 2 - Joint Commissioning', '2A.1\tCreate a joint vision\tTT'].join('\n'),
    );
    expect(read.ok && read.value.workstreams.map((w) => [w.id, w.ref, w.label, w.title])).toEqual([
      ['fa2', '2', 'Focus Area', 'Joint Commissioning'],
    ]);
    expect(read.ok && read.value.actions.map((a) => [a.ref, a.workstreamId])).toEqual([['2A.1', 'fa2']]);
  });

  it('finds the header row below a title, a date or a blank line, and names what it passed over', () => {
    const text = [
      'SEND WSoA progress tracker, April 2022',
      'Reported to the SEND Board on 22 May 2022',
      '',
      'Ref\tAction\tStart\tFinish',
      'Focus Area 1 - JSNA',
      '1A\tCreate a JSNA Data Group\t13/04/2022\t31/05/2022',
    ].join('\n');
    const read = readProjectTable(text);
    expect(read.problems).toEqual([]);
    expect(read.ok && read.value.actions.map((a) => [a.ref, a.title, a.start, a.finish])).toEqual([
      ['1A', 'Create a JSNA Data Group', '2022-04-13', '2022-05-31'],
    ]);
    expect(read.notes).toEqual([
      'The header row is row 4; the 2 rows above it were read as titles, not as part of the table: row 1 ("SEND WSoA progress tracker, April 2022"); row 2 ("Reported to the SEND Board on 22 May 2022").',
    ]);
    // A row naming only one column ("Status") is no header: the table's header below it is.
    const status = readProjectTable(['Status report', 'Task Name\tRAG', 'Focus Area 1 - JSNA', '1A Create a group\tGreen'].join('\n'), {
      reportedOn: '2022-05-22',
    });
    expect(status.ok && status.value.actions.map((a) => a.ref)).toEqual(['1A']);
    // With no row naming two columns among the first ten with text, the first row is the header, as before.
    const none = readProjectTable(['Plan', 'Start', ...Array.from({ length: 9 }, () => 'x'), 'Task Name\tStart'].join('\n'));
    expect(none.problems.map((p) => p.message)).toEqual(['rows[1]: expected a header row with a "Task Name" column, found "Plan".']);
    expect(none.notes).toEqual(['A column was not read, as the plan has no place for it here: "Plan".']);
  });

  it('needs a header with a task name column', () => {
    expect(readProjectTable('Start\tFinish\nMon 11/04/22\tFri 15/04/22').problems.map((p) => p.message)).toEqual([
      'rows[1]: expected a header row with a "Task Name" column, found "Start | Finish".',
    ]);
    expect(readProjectTable('  \n').problems.map((p) => p.message)).toEqual(['(root): expected a table with a header row, found no text.']);
  });
});

describe('readProjectTable: 2023-framework refs, closure days and commentary', () => {
  const header = 'Task Name\tDuration\tStart\tFinish\tCommentary';

  it('reads areas for improvement, milestone refs such as 1.M and letter refs such as I.1', () => {
    const result = readProjectTable(
      [
        'Task Name',
        'Priority PA1 - Timely EHC plans',
        '1.M Milestone: 60% of new EHC plans issued within 20 weeks',
        'Improvement area AFI - Voice and the Local Offer',
        "I.1 Young people's SEND panel",
        'Area for improvement 2 - Preparation for adulthood',
        'AFI2.1 Map post-16 routes',
      ]
        .map((row, i) => (i === 0 ? `${row}\tLO/AO` : `${row}\tJB`))
        .join('\n'),
    );
    expect(result.problems).toEqual([]);
    expect(result.ok && result.value.workstreams.map((ws) => [ws.label, ws.ref, ws.title])).toEqual([
      ['Priority', 'PA1', 'Timely EHC plans'],
      ['Improvement area', 'AFI', 'Voice and the Local Offer'],
      ['Area for improvement', '2', 'Preparation for adulthood'],
    ]);
    expect(result.ok && result.value.actions.map((a) => [a.ref, a.title])).toEqual([
      ['1.M', 'Milestone: 60% of new EHC plans issued within 20 weeks'],
      ['I.1', "Young people's SEND panel"],
      ['AFI2.1', 'Map post-16 routes'],
    ]);
  });

  it('takes no title’s first word for a ref: a ref holds a digit, and one led by letters has a dot', () => {
    const problems = readProjectTable(
      'Task Name\tLO/AO\nTheme 1 - Transitions\tJB\nY2 transition support\tJB\nReview.plan of the year\tJB',
    ).problems;
    expect(problems.map((p) => p.found)).toEqual(['"Y2 transition support"', '"Review.plan of the year"']);
  });

  it('counts durations without the council’s closure days when given, and keeps them in the calendar', () => {
    // 23 Dec 2024 to 3 Jan 2025: 10 weekdays, less 25 and 26 Dec and 1 Jan, less three closure days.
    const table = `${header}\nTheme 1 - Winter\n1.1 Cover the holidays\t4 days\tMon 23/12/24\tFri 03/01/25\t`;
    expect(readProjectTable(table).problems.map((p) => p.message)).toEqual([
      'rows[3].Duration: expected 7 working days from 2024-12-23 to 2025-01-03, leaving out weekends and bank holidays as the other rows do, found 4.',
    ]);
    const closures = [
      { date: '2024-12-27', title: 'Council closed' },
      { date: '2024-12-30', title: 'Council closed' },
      { date: '2024-12-31', title: 'Council closed' },
    ];
    const result = readProjectTable(table, { closures });
    expect(result.problems).toEqual([]);
    expect(result.notes).toEqual([
      'Durations were counted leaving out weekends, bank holidays and the 3 closure days given: 1 of the 1 rows with a start, a finish and a duration agree.',
    ]);
    expect(result.ok && result.value.calendar).toEqual({ region: 'england-and-wales', convention: 'weekends-and-holidays', closures });
    expect(readProjectTable(table, { closures: [{ date: '31/12/2024', title: 'Council closed' }] }).problems.map((p) => p.message)).toEqual(
      [
        'closures[0].date: expected a real date written yyyy-MM-dd, found "31/12/2024".',
        'rows[3].Duration: expected 7 working days from 2024-12-23 to 2025-01-03, leaving out weekends and bank holidays as the other rows do, found 4.',
      ],
    );
  });

  it('reads mitigation, impact if not mitigated and impact sustained into the update, and says what a heading’s are not kept', () => {
    const table = [
      'Task Name\tRAG\tMitigation\tImpact if not mitigated\tImpact sustained?',
      'Theme 1 - Assessments\t\tMore staff\t\t',
      '1.1 Clear the backlog\tAmber\tAgency staff booked\tFamilies wait longer\t',
      '1.2 Publish the guide\tBlue\t\t\tyes',
      '1.3 Train coordinators\tBlue\t\t\tN',
      '1.4 Audit plans\tBlue\t\t\tmostly',
    ].join('\n');
    const bad = readProjectTable(table, { reportedOn: '2022-05-22' });
    expect(bad.problems.map((p) => p.message)).toEqual(['rows[6]["Impact sustained?"]: expected Yes or No, found "mostly".']);
    const result = readProjectTable(table.replace('mostly', 'No'), { reportedOn: '2022-05-22' });
    expect(result.problems).toEqual([]);
    expect(result.ok && result.value.actions.map((a) => a.updates)).toEqual([
      [{ date: '2022-05-22', status: 'amber', mitigation: 'Agency staff booked', impactIfNotMitigated: 'Families wait longer' }],
      [{ date: '2022-05-22', status: 'blue', impactSustained: true }],
      [{ date: '2022-05-22', status: 'blue', impactSustained: false }],
      [{ date: '2022-05-22', status: 'blue', impactSustained: false }],
    ]);
    expect(result.notes).toContain(
      "Row 2's Mitigation on the heading of Theme 1 was not kept, as a workstream's progress is its actions': \"More staff\".",
    );
    expect(readProjectTable(table.replace('mostly', 'No')).problems.map((p) => p.message)).toEqual([
      'reportedOn: expected the date the table was reported, to keep its 4 RAG words and 5 comments, found nothing.',
    ]);
  });

  it('keeps commentary’s line breaks, from a pasted cell or a report’s <br>, and no more than one blank line', () => {
    const table = `${header}\nTheme 1 - Voice\n1.1 Set up the panel\t\t\t\t"Met twice.\r\n\r\n\r\n  Next:   June "\n1.2 Recruit\t\t\t\tFirst<br>Second<BR/>Third`;
    const result = readProjectTable(table, { reportedOn: '2022-05-22' });
    expect(result.problems).toEqual([]);
    expect(result.ok && result.value.actions.map((a) => a.updates?.[0]?.commentary)).toEqual([
      'Met twice.\n\nNext: June',
      'First\nSecond\nThird',
    ]);
  });
});

describe('readProjectTable: a table pasted from Microsoft Project, with row numbers and predecessors', () => {
  // Project's Entry table as it copies: its ID column numbers the rows, and Predecessors refers to them.
  const pasted = [
    'ID\tTask Mode\tTask Name\tDuration\tStart\tFinish\tPredecessors\tResource Names',
    '1\tAuto Scheduled\tFocus Area 2 - Joint Commissioning\t57 days\tWed 13/04/22\tThu 30/06/22\t\tNM,TF',
    '2\tAuto Scheduled\t2A Establish a Joint Commissioning Group\t13 days\tWed 13/04/22\tFri 29/04/22\t\tHP,TT',
    '3\tAuto Scheduled\t2A.1 Create a joint vision of commissioning\t44 days\tMon 02/05/22\tThu 30/06/22\t2\tTT',
    '4',
    '5\tAuto Scheduled\t2A.2 Agree the vision with parents\t5 days\tMon 13/06/22\tFri 17/06/22\t3SS+30 days,2FS+1 wk\tTT',
    '6\tAuto Scheduled\t2A.3 Publish the vision\t0 days\tThu 30/06/22\tThu 30/06/22\t3FF;5FF-1 day\tTT',
  ].join('\n');

  it('reads each link by the row number of its predecessor, with its type and lag in working days', () => {
    const result = readProjectTable(pasted);
    expect(result.problems).toEqual([]);
    expect(result.ok && result.value.actions.map((a) => [a.ref, a.dependencies])).toEqual([
      ['2A', undefined],
      ['2A.1', [{ predecessorId: '2A', type: 'FS', lagDays: 0 }]],
      [
        '2A.2',
        [
          { predecessorId: '2A.1', type: 'SS', lagDays: 30 },
          { predecessorId: '2A', type: 'FS', lagDays: 5 },
        ],
      ],
      [
        '2A.3',
        [
          { predecessorId: '2A.1', type: 'FF', lagDays: 0 },
          { predecessorId: '2A.2', type: 'FF', lagDays: -1 },
        ],
      ],
    ]);
    expect(result.notes[0]).toBe('A column was not read, as the plan has no place for it here: "Task Mode".');
    // Resource Names as Project writes them, comma-separated.
    expect(result.ok && result.value.actions[0]?.leads).toEqual([
      { personId: 'hp', role: 'lead-officer' },
      { personId: 'tt', role: 'lead-officer' },
    ]);
  });

  it('makes a plan whose links the analysis checks: each action starts as its links allow', () => {
    const result = readProjectTable(pasted);
    if (!result.ok) throw new Error('not read');
    const plan = parsePlan({ ...torbay, ...result.value, boards: [], findings: [] });
    expect(plan.problems).toEqual([]);
    if (!plan.ok) return;
    expect(analysePlan(plan.value, { asOf: '2022-05-22' }).problems.map((p) => p.message)).toEqual([]);
    // Scheduled from the links alone, each action lands on the dates the table gives it.
    const scheduled = analysePlan(plan.value, { asOf: '2022-05-22', autoSchedule: true });
    expect(scheduled.actions.map((a) => [a.ref, a.start, a.finish])).toEqual([
      ['2A', '2022-04-13', '2022-04-29'],
      ['2A.1', '2022-05-02', '2022-06-30'],
      ['2A.2', '2022-06-13', '2022-06-17'],
      ['2A.3', '2022-06-30', '2022-06-30'],
    ]);
  });

  it('names each link it cannot read, and notes a link to a heading as not kept', () => {
    const result = readProjectTable(
      [
        'ID\tTask Name\tPredecessors',
        '1\tFocus Area 2 - Joint Commissioning\t',
        '2\t2A Establish a group\t1',
        '3\t2A.1 Create a vision\t9,2FS+2 edays,2SS+50%,2XX',
      ].join('\n'),
    );
    expect(result.problems.map((p) => p.message)).toEqual([
      'rows[4].Predecessors: expected the row number (ID) of a task in the table, found "9".',
      'rows[4].Predecessors: expected predecessors by row number, like 3, 3FS+2 days or 5SS-1 wk, with lags in whole working days or weeks, found "2FS+2 edays".',
      'rows[4].Predecessors: expected predecessors by row number, like 3, 3FS+2 days or 5SS-1 wk, with lags in whole working days or weeks, found "2SS+50%".',
      'rows[4].Predecessors: expected predecessors by row number, like 3, 3FS+2 days or 5SS-1 wk, with lags in whole working days or weeks, found "2XX".',
    ]);
    expect(result.notes).toContain(
      "2A's predecessor 1 is the heading of Focus Area 2; the plan links actions to actions, so it was not kept.",
    );
  });

  it('asks for the row numbers when a table has predecessors but no ID column', () => {
    expect(
      readProjectTable('Task Name\tPredecessors\nFocus Area 1 - JSNA\t\n1A Create a group\t\n1B Meet\t2').problems.map((p) => p.message),
    ).toEqual(['rows[4].Predecessors: expected predecessors with an ID column of row numbers for them to refer to, found "2".']);
  });

  it('still reads a column headed ID that holds refs as the refs', () => {
    const result = readProjectTable('ID\tTask Name\n\tFocus Area 1 - JSNA\n1A\tCreate a group\n1A.6\tMonthly updates');
    expect(result.ok && result.value.actions.map((a) => [a.ref, a.title])).toEqual([
      ['1A', 'Create a group'],
      ['1A.6', 'Monthly updates'],
    ]);
  });
});

describe('readTableDate', () => {
  it('reads the ways UK tables write dates, checking any weekday', () => {
    expect(
      ['Wed 13/04/22', '13/04/2022', '13 Apr 2022', '13 April 2022', 'Wednesday, 13 April 2022', '2022-04-13', '1/4/22'].map(readTableDate),
    ).toEqual(['2022-04-13', '2022-04-13', '2022-04-13', '2022-04-13', '2022-04-13', '2022-04-13', '2022-04-01']);
  });

  it('refuses a date that does not exist or whose weekday is wrong', () => {
    expect(['Thu 13/04/22', '29/02/2023', '04/13/22', '13 Foo 2022', 'tomorrow'].map(readTableDate)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});

describe('readTablePeriod', () => {
  it('reads a month as its first and last days, in any short form and after "by" or "end of"', () => {
    expect(
      [
        'September 2022',
        'Sept 2022',
        'sep. 2022',
        'By end of February 2024',
        'by the end of Feb 2023',
        'Apr-23',
        'End of December 2022',
      ].map(readTablePeriod),
    ).toEqual([
      { first: '2022-09-01', last: '2022-09-30' },
      { first: '2022-09-01', last: '2022-09-30' },
      { first: '2022-09-01', last: '2022-09-30' },
      // 2024 is a leap year; 2023 is not.
      { first: '2024-02-01', last: '2024-02-29' },
      { first: '2023-02-01', last: '2023-02-28' },
      { first: '2023-04-01', last: '2023-04-30' },
      { first: '2022-12-01', last: '2022-12-31' },
    ]);
  });

  it('reads a quarter of the financial year, which runs from April', () => {
    expect(['Q1 2022/23', 'Q2 2022-23', 'Q3 2022/2023', 'q4 2022/23', 'By end of Q4 2099/00'].map(readTablePeriod)).toEqual([
      { first: '2022-04-01', last: '2022-06-30' },
      { first: '2022-07-01', last: '2022-09-30' },
      { first: '2022-10-01', last: '2022-12-31' },
      { first: '2023-01-01', last: '2023-03-31' },
      { first: '2100-01-01', last: '2100-03-31' },
    ]);
  });

  it('reads a quarter or month only as far as the last day a date can have, 31 Dec 9999', () => {
    // Q4 of 9999/00 would run from 1 Jan 10000, which no yyyy-MM-dd date can hold.
    expect(['Q3 9999/00', 'Q4 9999/00', 'December 9999', 'January 0001'].map(readTablePeriod)).toEqual([
      { first: '9999-10-01', last: '9999-12-31' },
      undefined,
      { first: '9999-12-01', last: '9999-12-31' },
      { first: '0001-01-01', last: '0001-01-31' },
    ]);
  });

  it('refuses what could be either quarter, a year that does not follow, and words that are no month', () => {
    expect(['Q2 2022', 'Q2 2022/24', 'Ma 2022', 'Summer 2022', 'Sep 22', '13 Sep 2022'].map(readTablePeriod)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});

describe('readProjectTable: timescales', () => {
  it('reads a "By when" column of months, quarters and "Ongoing", saying how it read each', () => {
    const result = readProjectTable(
      [
        'Ref\tAction\tLead\tBy when',
        'Area of weakness 1: Joint commissioning\t\t\t',
        '1.1\tCreate a joint vision\tTT\tSeptember 2022',
        '1.2\tAgree the strategy\tTT\tQ3 2022/23',
        '1.3\tReview the strategy each year\tTT\tOngoing',
        '1.4\tPublish the strategy\tTT\t30/11/2022',
      ].join('\n'),
    );
    expect(result.problems).toEqual([]);
    expect(result.ok && result.value.actions.map((a) => [a.ref, a.finish ?? null])).toEqual([
      ['1.1', '2022-09-30'],
      ['1.2', '2022-12-31'],
      ['1.3', null],
      ['1.4', '2022-11-30'],
    ]);
    expect(result.notes).toEqual([
      'A month or a quarter, given as a timescale, is read as its first day for a start and its last for a finish: row 3\'s finish "September 2022" as 30 Sep 2022; row 4\'s finish "Q3 2022/23" as 31 Dec 2022.',
      // A "By when" column alone gives a finish and nothing else to place the action in time with.
      'Rows 3, 4 and 6 give only one of a start, a finish and a duration, so the analysis cannot place those actions in time or measure progress against it (one with a finish alone is rated only once past it): add a start or a duration.',
      'These give no date, so the action has none there: row 5\'s finish "Ongoing".',
    ]);
    if (!result.ok) return;
    // The plan it makes is one parsePlan takes and the analysis judges.
    const plan = parsePlan({
      formatVersion: 1,
      id: 'timescales',
      title: 'A plan with timescales',
      kind: 'wsoa',
      area: { name: 'Northbrook', partners: [] },
      inspection: { framework: 'local-area-2016', inspectorates: ['ofsted', 'cqc'], startDate: '2022-01-10', endDate: '2022-01-14' },
      ...result.value,
    });
    expect(plan.problems).toEqual([]);
    if (!plan.ok) return;
    // As the note says: an action with a finish alone is due by it, Red once past it, and not rated before.
    const analysis = analysePlan(plan.value, { asOf: '2022-10-03' });
    expect(analysis.actions.map((a) => [a.ref, a.start ?? null, a.finish ?? null, a.rag.status, a.rag.reasons])).toEqual([
      ['1.1', null, '2022-09-30', 'red', ['Due to finish 30 Sep 2022; 0% complete on 3 Oct 2022']],
      ['1.2', null, '2022-12-31', 'unrated', ['Due by 31 Dec 2022; with no start, progress is not judged before then']],
      ['1.3', null, null, 'unrated', ['No start and finish dates, so progress cannot be judged']],
      ['1.4', null, '2022-11-30', 'unrated', ['Due by 30 Nov 2022; with no start, progress is not judged before then']],
    ]);
  });
});
