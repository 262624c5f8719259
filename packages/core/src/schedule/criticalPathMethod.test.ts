import { describe, expect, it } from 'vitest';
import {
  criticalPathMethod,
  earliestStartAllowed,
  earliestStartAllowedAt,
  linkAt,
  linkTable,
  type TaskLink,
} from './criticalPathMethod.js';

// Four tasks in working time: A [0,5), B [5,8) after A (FS), C [0,2), D after C with SS + 1 and a 2-day lag FF to B.
const start = Float64Array.from([0, 5, 0, 1]);
const duration = Float64Array.from([5, 3, 2, 4]);
const links: TaskLink[] = [
  { from: 0, to: 1, type: 'FS', lag: 0 },
  { from: 2, to: 3, type: 'SS', lag: 1 },
  { from: 3, to: 1, type: 'FF', lag: -2 },
];

describe('criticalPathMethod', () => {
  it('gives early and late dates, float and the incoming-link index', () => {
    const cpm = criticalPathMethod(4, start, duration, links, true);
    expect([...cpm.earlyStart]).toEqual([0, 5, 0, 1]);
    expect([...cpm.earlyFinish]).toEqual([5, 8, 2, 5]);
    expect(cpm.projectFinish).toBe(8);
    // Backwards from 8: B starts by 5; D must finish by 8 (FF, lag -2 allows 10) so starts by 4;
    // C must start 1 before D's latest start (SS + 1), by 3; A must finish by B's start, so starts by 0.
    expect([...cpm.lateStart]).toEqual([0, 5, 3, 4]);
    expect([...cpm.incoming.offsets]).toEqual([0, 0, 2, 2, 3]);
    expect([...cpm.incoming.items]).toEqual([0, 2, 1]);
  });

  it('gives the same result from a link table as from link objects', () => {
    const fromObjects = criticalPathMethod(4, start, duration, links, false);
    const fromTable = criticalPathMethod(4, start, duration, linkTable(links), false);
    expect(fromTable).toEqual(fromObjects);
  });

  it('keeps every link in a table exactly, and applies its type and lag', () => {
    const table = linkTable(links);
    expect(Array.from({ length: table.length }, (_, k) => linkAt(table, k))).toEqual(links);
    for (let k = 0; k < links.length; k++) {
      const link = links[k] as TaskLink;
      expect(earliestStartAllowedAt(table, k, 10, 15, 4)).toBe(earliestStartAllowed(link.type, link.lag, 10, 15, 4));
    }
    expect(earliestStartAllowed('SF', 3, 10, 15, 4)).toBe(9);
  });
});
