import { formatDate } from '@wsoa-kit/core';
import type { ReactElement } from 'react';
import { ScrollTable } from '../shared/ScrollTable.js';
import type { GanttRow } from './ganttRows.js';
import { leadInitials } from './ganttText.js';

/** The chart's data as a plain table: the equivalent for people who prefer or need one. */
export function GanttTable({ rows, caption }: { readonly rows: readonly GanttRow[]; readonly caption: string }): ReactElement {
  return (
    <ScrollTable caption={caption}>
      <thead>
        <tr>
          <th scope="col">Ref</th>
          <th scope="col">Action</th>
          <th scope="col">Leads</th>
          <th scope="col">Start</th>
          <th scope="col">Finish</th>
          <th scope="col">Working days</th>
          <th scope="col">% complete</th>
          <th scope="col">RAG</th>
          <th scope="col">Why</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const item = row.item;
          return (
            <tr key={row.key} data-kind={row.kind} data-rag={item.rag.status}>
              <th scope="row" style={{ paddingInlineStart: `${(row.level - 1) * 0.9 + 0.5}rem` }}>
                {row.kind === 'workstream' && 'label' in item ? `${item.label} ${item.ref}` : item.ref}
              </th>
              <td>{item.title}</td>
              <td>{leadInitials(item)}</td>
              <td>{item.start ? formatDate(item.start) : '—'}</td>
              <td>{item.finish ? formatDate(item.finish) : '—'}</td>
              <td>{item.durationDays ?? '—'}</td>
              <td>{`${Math.round(item.percentComplete)}%`}</td>
              <td>{item.rag.label}</td>
              <td>{item.rag.reasons.join(' ')}</td>
            </tr>
          );
        })}
      </tbody>
    </ScrollTable>
  );
}
