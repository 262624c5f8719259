import { cleanup, render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { EngagementTracker } from '../coproduction/EngagementTracker.js';
import { FindingCoverage } from '../findings/FindingCoverage.js';
import { Gantt } from '../gantt/Gantt.js';
import { MeasureChart } from '../measures/MeasureChart.js';
import { bcpAnalysis, northbrookAnalysis, smallAnalysis } from '../fixtures/plans.js';
import { RiskRegister } from '../risks/RiskRegister.js';
import { RagTable } from '../table/RagTable.js';

afterEach(cleanup);

/** A column header's name as read, without the hidden sort arrow. */
const headerName = (th: Element) => {
  const copy = th.cloneNode(true) as Element;
  for (const hidden of copy.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
  return copy.textContent;
};

/**
 * What the stacked layout of each table that stacks would show: for every table, the cells that
 * are not said in the markup's roles, the body cells whose label is not their column's header, and
 * the first body row as [role, data-stack, data-label] per cell.
 */
function stackedTables(ui: ReactElement) {
  const { container } = render(ui);
  return [...container.querySelectorAll('[role="region"][data-stack] > table')].map((table) => {
    const headers = [...table.querySelectorAll('thead th')].map(headerName);
    const rows = [...table.querySelectorAll('tbody tr')].filter((row) => row.children.length === headers.length);
    return {
      role: table.getAttribute('role'),
      namedByCaption: table.getAttribute('aria-labelledby') === table.querySelector('caption')?.id,
      withoutRole: [...table.querySelectorAll('thead, tbody, tr, th, td')].filter((e) => !e.hasAttribute('role')).length,
      mislabelled: rows.flatMap((row) =>
        [...row.children]
          .map((cell, i) => [cell.getAttribute('data-stack'), cell.getAttribute('data-label'), headers[i]] as const)
          .filter(([stack, label, header]) => (stack === 'key' || stack === 'title' ? false : label !== header)),
      ),
      firstRow: [...(rows[0]?.children ?? [])].map((cell) => [
        cell.getAttribute('role'),
        cell.getAttribute('data-stack'),
        cell.getAttribute('data-label'),
      ]),
    };
  });
}

/** What every table that stacks must be: a named table whose every part says its role, each line labelled by its column. */
const sound = { role: 'table', namedByCaption: true, withoutRole: 0, mislabelled: [] };

describe('tables that stack where narrow', () => {
  it('RagTable: says its roles, labels each line with its column, keys the card with ref and title', () => {
    expect(stackedTables(<RagTable analysis={smallAnalysis} columns={['ref', 'action', 'rag', 'reason']} />)).toEqual([
      {
        ...sound,
        firstRow: [
          ['rowheader', 'key', 'Ref'],
          ['cell', 'title', 'Action'],
          ['cell', null, 'RAG'],
          ['cell', 'long', 'Reason for RAG'],
        ],
      },
    ]);
  });

  it('FindingCoverage: the finding titles its card, the text and workstreams are labelled above', () => {
    expect(stackedTables(<FindingCoverage analysis={northbrookAnalysis} />)).toEqual([
      {
        ...sound,
        firstRow: [
          ['rowheader', 'title', null],
          ['cell', 'long', 'What the inspectors found'],
          ['cell', 'long', 'Addressed by'],
        ],
      },
    ]);
  });

  it('RiskRegister: the risk titles its card, the mitigation is labelled above', () => {
    expect(stackedTables(<RiskRegister analysis={northbrookAnalysis} />)).toEqual([
      {
        ...sound,
        firstRow: [
          ['rowheader', 'title', null],
          ['cell', null, 'Score'],
          ['cell', null, 'Status'],
          ['cell', null, 'Owner'],
          ['cell', 'long', 'Mitigation'],
        ],
      },
    ]);
  });

  it('EngagementTracker: both tables; an activity’s date comes first, labelled, then its title', () => {
    const tables = stackedTables(<EngagementTracker analysis={bcpAnalysis} />);
    expect(tables.map(({ firstRow, ...rest }) => [rest, firstRow.length])).toEqual([
      [sound, 3],
      [sound, 7],
    ]);
    expect(tables[1]?.firstRow.slice(0, 2)).toEqual([
      ['cell', null, 'Date'],
      ['rowheader', 'title', null],
    ]);
    expect(tables[1]?.firstRow.at(-1)).toEqual(['cell', 'long', 'Informed']);
  });

  it('MeasureChart’s figures: the date keys the card, what the figure is titles it, the note is labelled above', () => {
    const [measure] = northbrookAnalysis.plan.measures;
    if (!measure) throw new Error('The Northbrook sample has impact measures');
    expect(stackedTables(<MeasureChart measure={measure} asOf="2024-11-22" />)).toEqual([
      {
        ...sound,
        firstRow: [
          ['rowheader', 'key', null],
          ['cell', 'title', null],
          ['cell', null, 'Value'],
          ['cell', 'long', 'Note'],
        ],
      },
    ]);
  });

  it('Gantt’s table view: the ref keys its card, the action titles it, the reason for the RAG is labelled above', () => {
    expect(stackedTables(<Gantt analysis={smallAnalysis} defaultView="table" />)).toEqual([
      {
        ...sound,
        firstRow: [
          ['rowheader', 'key', null],
          ['cell', 'title', 'Action'],
          ['cell', null, 'Leads'],
          ['cell', null, 'Start'],
          ['cell', null, 'Finish'],
          ['cell', null, 'Working days'],
          ['cell', null, '% complete'],
          ['cell', null, 'RAG'],
          ['cell', 'long', 'Why'],
        ],
      },
    ]);
  });
});
