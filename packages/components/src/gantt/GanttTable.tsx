import { formatDate, progressPercent } from '@wsoa-kit/core';
import type { ReactElement } from 'react';
import { ColumnHeaders, ScrollTable } from '../shared/ScrollTable.js';
import type { GanttRow } from './ganttRows.js';
import { leadInitials } from './ganttText.js';

const COLUMNS = ['Ref', 'Action', 'Leads', 'Start', 'Finish', 'Working days', '% complete', 'RAG', 'Why'] as const;

/**
 * The chart's data as a plain table: the equivalent for people who prefer or need one. Where it is
 * narrow, each row stacks as a card of labelled lines (see `ScrollTable`'s `stack`).
 */
export function GanttTable({ rows, caption }: { readonly rows: readonly GanttRow[]; readonly caption: string }): ReactElement {
  const cell = (column: (typeof COLUMNS)[number], text: string | number, long = false) => (
    <td role="cell" data-label={column} data-stack={column === 'Action' ? 'title' : long ? 'long' : undefined}>
      {text}
    </td>
  );
  return (
    <ScrollTable caption={caption} stack>
      <ColumnHeaders columns={COLUMNS} />
      <tbody role="rowgroup">
        {rows.map((row) => {
          const item = row.item;
          return (
            <tr key={row.key} role="row" data-kind={row.kind} data-rag={item.rag.status}>
              <th scope="row" role="rowheader" data-stack="key" style={{ paddingInlineStart: `${(row.level - 1) * 0.9 + 0.5}rem` }}>
                {row.kind === 'workstream' && 'label' in item ? `${item.label} ${item.ref}` : item.ref}
              </th>
              {cell('Action', item.title)}
              {cell('Leads', leadInitials(item))}
              {cell('Start', item.start ? formatDate(item.start) : '—')}
              {cell('Finish', item.finish ? formatDate(item.finish) : '—')}
              {cell('Working days', item.durationDays ?? '—')}
              {cell('% complete', progressPercent(item))}
              {cell('RAG', item.rag.label)}
              {cell('Why', item.rag.reasons.join(' '), true)}
            </tr>
          );
        })}
      </tbody>
    </ScrollTable>
  );
}
