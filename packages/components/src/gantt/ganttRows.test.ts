import { analysePlan, parsePlan, type PlanInput } from '@wsoa-kit/core';
import { describe, expect, it } from 'vitest';
import { smallPlanInput } from '../fixtures/plans.js';
import { buildGanttTree, expandableKeys, visibleRows } from './ganttRows.js';

function analysisOf(changes: Partial<PlanInput>) {
  const result = parsePlan({ ...smallPlanInput, ...changes });
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return analysePlan(result.value, { asOf: '2022-05-22' });
}

const action = (id: string, workstreamId: string, parentId?: string) => ({
  id,
  ref: id,
  title: `Action ${id}`,
  workstreamId,
  ...(parentId ? { parentId } : {}),
  start: '2022-05-02',
  durationDays: 5,
});

describe('Gantt rows', () => {
  // Focus area 1 holds sub-area 1a; 1a holds action A, whose sub-action A.1 has a sub-action of its own.
  const analysis = analysisOf({
    workstreams: [
      { id: 'fa1', ref: '1', label: 'Focus Area', title: 'One', findingIds: ['w1'] },
      { id: 'fa1a', ref: '1a', label: 'Sub-area', title: 'One A', parentId: 'fa1', findingIds: ['w1'] },
      { id: 'fa2', ref: '2', label: 'Focus Area', title: 'Two', findingIds: ['w1'] },
    ],
    actions: [action('A', 'fa1a'), action('A.1', 'fa1a', 'A'), action('A.1.1', 'fa1a', 'A.1'), action('B', 'fa1'), action('C', 'fa2')],
  });
  const tree = buildGanttTree(analysis);

  it('lists child workstreams before their own actions, and sub-actions under their parents', () => {
    expect(visibleRows(tree, 'all').map((r) => [r.key, r.level, r.posInSet, r.setSize, r.parentKey ?? null, r.hasChildren])).toEqual([
      ['ws:fa1', 1, 1, 2, null, true],
      ['ws:fa1a', 2, 1, 2, 'ws:fa1', true],
      ['a:A', 3, 1, 1, 'ws:fa1a', true],
      ['a:A.1', 4, 1, 1, 'a:A', true],
      ['a:A.1.1', 5, 1, 1, 'a:A.1', false],
      ['a:B', 2, 2, 2, 'ws:fa1', false],
      ['ws:fa2', 1, 2, 2, null, true],
      ['a:C', 2, 1, 1, 'ws:fa2', false],
    ]);
    expect(expandableKeys(tree).sort()).toEqual(['a:A', 'a:A.1', 'ws:fa1', 'ws:fa1a', 'ws:fa2']);
  });

  it('leaves out the insides of collapsed rows', () => {
    const open = new Set(['ws:fa1', 'ws:fa1a', 'ws:fa2']);
    expect(visibleRows(tree, open).map((r) => [r.key, r.expanded])).toEqual([
      ['ws:fa1', true],
      ['ws:fa1a', true],
      ['a:A', false],
      ['a:B', false],
      ['ws:fa2', true],
      ['a:C', false],
    ]);
  });

  it('builds a chain of 3,000 nested sub-actions without running out of stack', () => {
    const chain = Array.from({ length: 3000 }, (_, i) => action(`S${i}`, 'ws1', i > 0 ? `S${i - 1}` : undefined));
    const rows = visibleRows(buildGanttTree(analysisOf({ actions: chain })), 'all');
    expect(rows).toHaveLength(3002);
    expect([rows[1]?.key, rows[3000]?.key, rows[3000]?.level, rows[3001]?.key]).toEqual(['a:S0', 'a:S2999', 3001, 'ws:ws2']);
  });
});
