import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { readProjectTable } from '../interchange/readProjectTable.js';
import { writeProjectTable } from '../interchange/writeProjectTable.js';
import { writePlanDocument } from '../report/writePlanDocument.js';
import { analysePlan } from './analysePlan.js';
import { progressFigure, progressPercent } from './progressFigure.js';
import { planOf } from './testPlans.js';

// K1 (12.5%, 5 days) and K2 (0%, 10 days) roll up into P: 62.5 / 15 = 4.1666…%, and with R (45.04%,
// 5 days) into the workstream: (62.5 + 225.2) / 20 = 14.385%.
const analysis = analysePlan(
  planOf([
    { id: 'P', ref: '1.1' },
    { id: 'K1', ref: '1.1.1', parentId: 'P', start: '2022-05-02', durationDays: 5, percentComplete: 12.5 },
    { id: 'K2', ref: '1.1.2', parentId: 'P', start: '2022-05-09', durationDays: 10, percentComplete: 0 },
    { id: 'R', ref: '1.2', start: '2022-05-02', durationDays: 5, percentComplete: 45.04 },
  ]),
  { asOf: '2022-05-06' },
);
const action = (id: string) => analysis.actionsById.get(id)!;

describe('progressFigure and progressPercent', () => {
  it("give an action's reported figure to a tenth, as its reason does, and a roll-up's to the whole", () => {
    expect([action('K1'), action('K2'), action('R'), action('P'), analysis.workstreams[0]!].map((item) => item.percentComplete)).toEqual([
      12.5,
      0,
      45.04,
      62.5 / 15,
      (62.5 + 225.2) / 20,
    ]);
    expect([action('K1'), action('K2'), action('R'), action('P'), analysis.workstreams[0]!].map(progressFigure)).toEqual([
      12.5, 0, 45, 4, 14,
    ]);
    expect([action('K1'), action('R'), action('P'), analysis.workstreams[0]!].map(progressPercent)).toEqual(['12.5%', '45%', '4%', '14%']);
    expect(action('K1').rag.reasons).toEqual([
      'Expected 100% complete by 6 May 2022 (5 of 5 working days elapsed); reported 12.5%: 87.5 points behind, more than the 25 allowed before Red',
    ]);
  });

  it('keep the figure in the project table and the published document as reported, beside the reason that gives it', async () => {
    const rows = writeProjectTable(analysis)
      .trim()
      .split('\n')
      .map((line) => line.split('\t'));
    const [name, percent] = ['Task Name', '% Work Complete'].map((header) => rows[0]!.indexOf(header));
    expect(rows.map((cells) => [cells[name!], cells[percent!]])).toEqual([
      ['Task Name', '% Work Complete'],
      ['Focus Area 1 - Joint commissioning', '14%'],
      ['1.1 Action P', '4%'],
      ['1.1.1 Action K1', '12.5%'],
      ['1.1.2 Action K2', '0%'],
      ['1.2 Action R', '45%'],
    ]);
    // Read back, the action keeps its figure.
    const read = readProjectTable(writeProjectTable(analysis), { reportedOn: '2022-05-06' });
    expect(read.ok && read.value.actions.map((a) => [a.ref, a.percentComplete])).toEqual([
      ['1.1', 4],
      ['1.1.1', 12.5],
      ['1.1.2', 0],
      ['1.2', 45],
    ]);
    const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(writePlanDocument(analysis)) });
    const k1 = /<tr><td><p>1\.1\.1<\/p><\/td>.*?<\/tr>/.exec(html)?.[0] ?? '';
    expect(k1).toContain('<td><p>12.5%</p></td>');
    expect(k1).toContain('reported 12.5%: 87.5 points behind');
  });
});
