import { parsePlan } from '@wsoa-kit/core';
import { samplePlans } from '@wsoa-kit/core/samples';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exampleForm, formProblems, importTable, isProjectXml, type ImportForm } from './importTable.js';

const torbay = parsePlan(samplePlans.torbay);
if (!torbay.ok) throw new Error('the Torbay sample does not parse');
const example = exampleForm(torbay.value);

describe('importTable', () => {
  it('puts the table into a plan document with the form’s details, and checks it whole', () => {
    const { result, notes, document } = importTable(example);
    expect(result.problems).toEqual([]);
    expect(
      document && {
        ...document,
        workstreams: document.workstreams?.length,
        actions: document.actions?.length,
        people: document.people?.length,
      },
    ).toEqual({
      formatVersion: 1,
      id: 'torbay-written-statement-of-action-2022',
      title: 'Torbay Written Statement of Action 2022',
      kind: 'wsoa',
      area: { name: 'Torbay' },
      inspection: {
        framework: 'local-area-2016',
        inspectorates: ['ofsted', 'cqc'],
        startDate: torbay.ok ? torbay.value.inspection.startDate : '',
        endDate: torbay.ok ? torbay.value.inspection.endDate : '',
        reportReceived: torbay.ok ? torbay.value.inspection.reportReceived : '',
      },
      workstreams: 18,
      actions: 29,
      people: 24,
      calendar: { region: 'england-and-wales', convention: 'weekends-only' },
    });
    expect(notes).toEqual([
      '18 heading rows give a percentage or RAG for the whole workstream: the analysis works these out again from the actions, so they are not kept.',
      'Durations were counted leaving out weekends only, with bank holidays as working days: 47 of the 47 rows with a start, a finish and a duration agree.',
    ]);
  });

  it('makes a priority action plan for the 2023 framework', () => {
    const { result } = importTable({ ...example, framework: 'area-send-2023' });
    expect(result.ok && [result.value.kind, result.value.inspection.framework]).toEqual(['priority-action-plan', 'area-send-2023']);
  });

  it('gives the table’s problems and no document when the table cannot be read', () => {
    const { result, document } = importTable({ ...example, reportedOn: '' });
    expect(document).toBeUndefined();
    expect(result.problems.map((p) => p.message)).toEqual([
      'reportedOn: expected the date the table was reported, to keep its 29 RAG words, found nothing.',
    ]);
  });

  it('gives parsePlan’s problems with the plan when the table reads but the plan does not', () => {
    const { result, document } = importTable({ ...example, inspectionStart: '2021-11-19', inspectionEnd: '2021-11-15' });
    expect(document).toBeDefined();
    expect(result.problems.map((p) => p.at)).toEqual(['inspection.endDate']);
  });
});

describe('a Microsoft Project file', () => {
  // Seed 004's focus areas 1 and 2 as Project saves them, from core's tests.
  const xml = readFileSync(new URL('../../../packages/core/src/interchange/fixtures/torbay-project.xml', import.meta.url), 'utf8');

  it('is told from a table by its first characters', () => {
    expect([xml, '\uFEFF<Project>', 'Task Name\tStart', '<b>Task Name</b>\tStart', ''].map(isProjectXml)).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
  });

  it('is read with readProjectXml, progress dated the file’s status date unless the form gives one', () => {
    const { result, notes } = importTable({ ...example, reportedOn: '', table: xml });
    expect(result.problems).toEqual([]);
    expect(result.ok && result.value.actions.map((a) => [a.ref, a.durationDays, a.updates.map((u) => [u.date, u.status])])).toEqual([
      ['1A', 35, [['2022-05-22', 'started']]],
      ['1A.6', 253, [['2022-05-22', 'started']]],
      ['2A', 13, [['2022-05-22', 'green']]],
      ['2A.1', 57, [['2022-05-22', 'started']]],
      ['2A.5', 123, [['2022-05-22', 'started']]],
      ['2C', 383, [['2022-05-22', 'started']]],
    ]);
    expect(notes[0]).toBe("Progress is taken as reported on the file's status date, 22 May 2022.");
    const given = importTable({ ...example, reportedOn: '2022-05-31', table: xml });
    expect(given.result.ok && given.result.value.actions[0]?.updates[0]?.date).toBe('2022-05-31');
  });
});

describe('closure days', () => {
  it('reads them as UK tables write dates, so durations that leave them out agree', () => {
    const table = 'Task Name\tDuration\tStart\tFinish\nTheme 1 - Winter\t\t\t\n1.1 Cover the holidays\t4 days\tMon 23/12/24\tFri 03/01/25';
    const form = { ...example, table, reportedOn: '' };
    expect(importTable(form).result.problems.map((p) => p.at)).toEqual(['rows[3].Duration']);
    const read = importTable({ ...form, closures: '27/12/2024, 30 Dec 2024\n2024-12-31' });
    expect(read.result.problems).toEqual([]);
    expect(read.document?.calendar).toEqual({
      region: 'england-and-wales',
      convention: 'weekends-and-holidays',
      closures: [
        { date: '2024-12-27', title: 'Council closed' },
        { date: '2024-12-30', title: 'Council closed' },
        { date: '2024-12-31', title: 'Council closed' },
      ],
    });
  });

  it('names a closure day that is not a real date, by its place in the list', () => {
    expect(formProblems({ ...example, closures: '27/12/2024\n31/02/2024' }).map((p) => p.message)).toEqual([
      'closures[1]: expected a date such as 27/12/2024 or 27 Dec 2024, found "31/02/2024".',
    ]);
  });
});

describe('formProblems', () => {
  it('names each field a person must fill in', () => {
    const empty: ImportForm = { ...example, title: ' ', area: '', inspectionStart: '', inspectionEnd: '2021-02-30', table: '' };
    expect(formProblems(empty).map((p) => p.message)).toEqual([
      "title: expected the plan's title, found nothing.",
      'area: expected the name of the local area, found nothing.',
      'inspectionStart: expected a real date, found nothing.',
      'inspectionEnd: expected a real date, found "2021-02-30".',
      'table: expected a project table pasted from a spreadsheet or project tool, or a project file, found nothing.',
    ]);
    expect(formProblems(example)).toEqual([]);
  });
});
