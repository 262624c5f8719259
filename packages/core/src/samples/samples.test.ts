import { describe, expect, it } from 'vitest';
import { countWorkingDays } from '../calendar/countWorkingDays.js';
import { createCalendar } from '../calendar/createCalendar.js';
import { parsePlan } from '../model/parsePlan.js';
import type { Plan } from '../model/plan.js';
import { samplePlans } from './index.js';

function parsed(name: keyof typeof samplePlans): Plan {
  const result = parsePlan(samplePlans[name]);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result.value;
}

describe('sample plans', () => {
  it.each(Object.keys(samplePlans) as (keyof typeof samplePlans)[])('%s parses with no problems and says it is sample data', (name) => {
    const result = parsePlan(samplePlans[name]);
    expect(result.problems).toEqual([]);
    expect(result.ok && result.value.sampleData).toMatch(/^(Sample data|Fictional sample)\./);
  });

  it('has the shapes the seeds describe', () => {
    const bcp = parsed('bcp');
    const beds = parsed('centralBedfordshire');
    const northbrook = parsed('northbrook');
    expect([bcp.findings.length, bcp.workstreams.length, bcp.risks.length]).toEqual([8, 8, 7]);
    expect(bcp.boards.map((b) => b.name)).toContain('SEND Improvement Board');
    expect(bcp.engagements.map((e) => e.method)).toEqual([
      'working-group',
      'parent-group',
      'virtual-event',
      'one-to-one',
      'survey',
      'workshop',
    ]);
    expect([beds.findings.length, beds.workstreams.length]).toEqual([6, 4]);
    expect(beds.workstreams.map((w) => [w.label, w.findingIds, w.outcomes.length])).toEqual([
      ['Theme', ['w1', 'w2'], 4],
      ['Theme', ['w3', 'w4'], 3],
      ['Theme', ['w5'], 3],
      ['Theme', ['w6'], 3],
    ]);
    expect([northbrook.inspection.framework, northbrook.inspection.outcome, northbrook.kind]).toEqual([
      'area-send-2023',
      'systemic-failings',
      'priority-action-plan',
    ]);
  });
});

describe('Torbay sample (seed 004)', () => {
  const torbay = parsed('torbay');
  const calendar = createCalendar(torbay.calendar);
  const rows = [
    ...torbay.workstreams.map((w) => ({ row: `Focus Area ${w.ref}`, start: w.start, finish: w.finish, duration: w.durationDays })),
    ...torbay.actions.map((a) => ({ row: a.ref, start: a.start, finish: a.finish, duration: a.durationDays })),
  ];

  it('holds all 18 focus areas and 29 action rows of the table', () => {
    expect(torbay.workstreams).toHaveLength(18);
    expect(torbay.actions).toHaveLength(29);
    expect(rows.every((r) => r.start && r.finish && r.duration !== undefined)).toBe(true);
  });

  it.each(rows)('$row: counting weekdays from $start to $finish gives $duration days', ({ start, finish, duration }) => {
    expect(countWorkingDays(start as string, finish as string, calendar)).toBe(duration);
  });

  it('counts the published examples exactly: 261, 35, 13 and 523 days', () => {
    expect(countWorkingDays('2022-04-13', '2023-04-12', calendar)).toBe(261); // Focus Area 1
    expect(countWorkingDays('2022-04-13', '2022-05-31', calendar)).toBe(35); // 1A
    expect(countWorkingDays('2022-04-13', '2022-04-29', calendar)).toBe(13); // 2A
    expect(countWorkingDays('2022-04-01', '2024-04-02', calendar)).toBe(523); // Focus Area 2
  });

  it('keeps the reported progress and RAG words of 22 May 2022', () => {
    const byRef = new Map(torbay.actions.map((a) => [a.ref, a]));
    expect(byRef.get('2A')?.updates).toEqual([{ date: '2022-05-22', percentComplete: 100, status: 'green' }]);
    expect(byRef.get('10B')?.updates).toEqual([{ date: '2022-05-22', percentComplete: 0, status: 'red' }]);
    expect(byRef.get('10E')?.percentComplete).toBe(90);
    expect(byRef.get('15A.2')?.crossReferences).toEqual([{ ref: '16E' }, { ref: '9A', actionId: '9A' }]);
    expect(torbay.actions.filter((a) => a.updates[0]?.status === 'started')).toHaveLength(26);
  });
});
