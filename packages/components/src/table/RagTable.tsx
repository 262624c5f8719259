import {
  formatDate,
  progressPercent,
  type ActionAnalysis,
  type PlanAnalysis,
  type RagStatusOrUnrated,
  type ResolvedLead,
  type WorkstreamAnalysis,
} from '@wsoa-kit/core';
import { memo, useCallback, useId, useMemo, useRef, useState, type ReactElement, type ReactNode } from 'react';
import { RagResultBadge } from '../rag/RagBadge.js';
import { downloadBlob, fileName } from '../shared/download.js';
import { LeadInitials, LeadsKey, personLabel } from '../shared/Leads.js';
import { ScrollTable } from '../shared/ScrollTable.js';
import { useBrowserLayoutEffect } from '../shared/useBrowserLayoutEffect.js';
import { useControllableState } from '../shared/useControllableState.js';
import { returnDetails, updateWords } from '../shared/updateWords.js';
import { ragTableCsv } from './ragTableCsv.js';
import {
  actionLeads,
  DEFAULT_RAG_TABLE_COLUMNS,
  describeSort,
  firstSortDirection,
  isSortColumn,
  RAG_TABLE_COLUMN_NAMES,
  ragStatusesPresent,
  ragTableRows,
  type RagTableColumn,
  type RagTableFilters,
  type RagTableSort,
  type RagTableSortColumn,
} from './ragTableModel.js';

/** Props for {@link RagTable}. */
export interface RagTableProps {
  readonly analysis: PlanAnalysis;
  /**
   * Columns in order. Default: ref, action, leads, working days, start, finish, % complete, RAG,
   * reason. Add `update` for each action's latest progress return as of the analysis date: its date
   * and commentary, and any mitigation, impact if not mitigated and whether its impact is sustained,
   * as a board report shows them.
   */
  readonly columns?: readonly RagTableColumn[];
  /** The table's caption. Default: "<plan title>: RAG status as of <date>". */
  readonly caption?: string;
  /** The sort order, or `null` for plan order (controlled). */
  readonly sort?: RagTableSort | null;
  readonly defaultSort?: RagTableSort | null;
  readonly onSortChange?: (sort: RagTableSort | null) => void;
  /** The filters (controlled). */
  readonly filters?: RagTableFilters;
  readonly defaultFilters?: RagTableFilters;
  readonly onFiltersChange?: (filters: RagTableFilters) => void;
  /** Show the filter controls. Default true. */
  readonly showFilters?: boolean;
  /** Show each workstream's roll-up row. Default true. */
  readonly showRollUps?: boolean;
  /**
   * Actions drawn before a "Show more" button; the rest stay one click away. Default 50, which keeps
   * sorting and filtering 10,000 actions under 50 ms to paint; pass `Infinity` to draw every row
   * (for server rendering or print, where the button cannot work).
   */
  readonly pageSize?: number;
  /** `data-wsoa-theme`: `default` or `high-contrast`. */
  readonly theme?: 'default' | 'high-contrast';
}

/**
 * The RAG status table: actions grouped by workstream with roll-up rows, sortable by any column
 * (RAG by severity), filterable by workstream, lead, RAG, overdue and free text, with each change
 * announced politely to screen readers, and a CSV download of exactly what matches. Rendered on
 * the server it is a complete table with caption and header scopes.
 *
 * @example
 * <RagTable analysis={analysePlan(plan, { asOf: '2022-05-22' })} />
 */
export function RagTable(props: RagTableProps): ReactElement {
  const { analysis, showFilters = true, showRollUps = true, pageSize = 50 } = props;
  const columns = props.columns ?? DEFAULT_RAG_TABLE_COLUMNS;
  const caption = props.caption ?? `${analysis.plan.title}: RAG status as of ${formatDate(analysis.asOf)}`;
  const [sort, setSort] = useControllableState<RagTableSort | null>(props.sort, props.defaultSort ?? null, props.onSortChange);
  const [filters, setFilters] = useControllableState<RagTableFilters>(props.filters, props.defaultFilters ?? {}, props.onFiltersChange);
  const [announcement, setAnnouncement] = useState<'sort' | 'filter' | undefined>();
  const [limit, setLimit] = useState(pageSize);
  const ids = useId();

  const rows = useMemo(() => ragTableRows(analysis, sort ?? undefined, filters), [analysis, sort, filters]);
  const leads = useMemo(() => actionLeads(analysis), [analysis]);
  const keyLeads = useMemo(() => actionLeads(analysis, { workstreams: showRollUps }), [analysis, showRollUps]);
  const statuses = useMemo(() => ragStatusesPresent(analysis), [analysis]);
  const countText = `Showing ${rows.shown.toLocaleString('en-GB')} of ${rows.total.toLocaleString('en-GB')} action${rows.total === 1 ? '' : 's'}.`;
  const message = announcement === 'sort' ? `${describeSort(sort ?? undefined)}.` : announcement === 'filter' ? countText : '';

  const sortBy = (column: RagTableSortColumn) => {
    const direction = sort?.column === column ? (sort.direction === 'ascending' ? 'descending' : 'ascending') : firstSortDirection(column);
    setSort({ column, direction });
    setAnnouncement('sort');
    setLimit(pageSize);
  };
  const filterBy = (change: Partial<RagTableFilters>) => {
    const next: Record<string, unknown> = { ...filters, ...change };
    for (const key of Object.keys(next)) if (next[key] === undefined || next[key] === '' || next[key] === false) delete next[key];
    setFilters(next as RagTableFilters);
    setAnnouncement('filter');
    setLimit(pageSize);
  };

  // A stable handler for the memoised filter form, reading the latest filters through a ref,
  // which is updated once a render is committed.
  const filterByRef = useRef(filterBy);
  useBrowserLayoutEffect(() => {
    filterByRef.current = filterBy;
  });
  const onFilterChange = useCallback((change: Partial<RagTableFilters>) => filterByRef.current(change), []);

  // Draw at most `limit` actions, group by group.
  const drawn: (typeof rows.groups)[number][] = [];
  let budget = limit;
  for (const group of rows.groups) {
    const actions = group.actions.slice(0, Math.max(0, budget));
    budget -= actions.length;
    drawn.push({ ...group, actions });
  }
  const hidden = rows.shown - Math.min(rows.shown, limit);
  const planOrder = !sort;

  return (
    <div data-wsoa="" data-wsoa-theme={props.theme ?? 'default'} className="wsoa-ragtable">
      {showFilters ? (
        <FilterControls idPrefix={ids} analysis={analysis} leads={leads} statuses={statuses} filters={filters} onChange={onFilterChange} />
      ) : null}
      <p className="wsoa-ragtable__count">{countText}</p>
      <p role="status" className="wsoa-visually-hidden">
        {message}
      </p>
      <ScrollTable caption={caption} stack>
        <thead role="rowgroup">
          <tr role="row">
            {columns.map((column) => {
              const sorted = sort?.column === column ? sort.direction : undefined;
              return (
                <th key={column} scope="col" role="columnheader" aria-sort={sorted} data-column={column}>
                  {!isSortColumn(column) ? (
                    RAG_TABLE_COLUMN_NAMES[column]
                  ) : (
                    <button type="button" className="wsoa-ragtable__sort" onClick={() => sortBy(column)}>
                      {RAG_TABLE_COLUMN_NAMES[column]}
                      <span className="wsoa-ragtable__arrow" aria-hidden="true">
                        {sorted === 'ascending' ? '▲' : sorted === 'descending' ? '▼' : '↕'}
                      </span>
                    </button>
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        {drawn
          .filter((group) => group.actions.length > 0)
          .map((group) => (
            <tbody key={group.workstream.id} role="rowgroup" data-workstream={group.workstream.id}>
              {showRollUps ? <RollUpRow workstream={group.workstream} columns={columns} /> : null}
              {group.actions.map((action) => (
                <ActionRow key={action.id} action={action} columns={columns} indent={planOrder} />
              ))}
            </tbody>
          ))}
        {rows.shown === 0 ? (
          <tbody role="rowgroup">
            <tr role="row">
              <td role="cell" colSpan={columns.length}>
                {rows.total === 0 ? 'This plan has no actions yet.' : 'No actions match these filters.'}
              </td>
            </tr>
          </tbody>
        ) : null}
      </ScrollTable>
      <div className="wsoa-ragtable__actions">
        {hidden > 0 ? (
          <button type="button" className="wsoa-button wsoa-button--secondary" onClick={() => setLimit(limit + pageSize)}>
            {`Show ${Math.min(pageSize, hidden).toLocaleString('en-GB')} more of ${hidden.toLocaleString('en-GB')} hidden actions`}
          </button>
        ) : null}
        <button
          type="button"
          className="wsoa-button"
          disabled={rows.shown === 0}
          onClick={() =>
            downloadBlob(
              fileName(caption, 'csv', 'rag-status'),
              new Blob([ragTableCsv(rows, columns, { rollUps: showRollUps })], { type: 'text/csv;charset=utf-8' }),
            )
          }
        >
          {`Download CSV (${rows.shown.toLocaleString('en-GB')} action${rows.shown === 1 ? '' : 's'})`}
        </button>
      </div>
      {columns.includes('leads') ? <LeadsKey leads={keyLeads} /> : null}
    </div>
  );
}

interface FilterControlsProps {
  readonly idPrefix: string;
  readonly analysis: PlanAnalysis;
  readonly leads: readonly ResolvedLead[];
  readonly statuses: readonly { status: RagStatusOrUnrated; label: string }[];
  readonly filters: RagTableFilters;
  readonly onChange: (change: Partial<RagTableFilters>) => void;
}

/** The filter form. Memoised: sorting or paging does not redraw its (possibly thousand) options. */
const FilterControls = memo(function FilterControls(props: FilterControlsProps): ReactElement {
  const { idPrefix, analysis, leads, statuses, filters, onChange } = props;
  return (
    <fieldset className="wsoa-ragtable__filters">
      <legend>Filter actions</legend>
      <div className="wsoa-field">
        <label htmlFor={`${idPrefix}-ws`}>Workstream</label>
        <select
          id={`${idPrefix}-ws`}
          value={filters.workstreamId ?? ''}
          onChange={(e) => onChange({ workstreamId: e.target.value || undefined })}
        >
          <option value="">All workstreams</option>
          {analysis.workstreams
            .filter((ws) => ws.topLevelActionIds.length > 0)
            .map((ws) => (
              <option key={ws.id} value={ws.id}>{`${ws.label} ${ws.ref}: ${ws.title}`}</option>
            ))}
        </select>
      </div>
      <div className="wsoa-field">
        <label htmlFor={`${idPrefix}-lead`}>Lead</label>
        <select id={`${idPrefix}-lead`} value={filters.leadId ?? ''} onChange={(e) => onChange({ leadId: e.target.value || undefined })}>
          <option value="">All leads</option>
          {leads.map((lead) => (
            <option key={lead.personId} value={lead.personId}>
              {personLabel(lead)}
            </option>
          ))}
        </select>
      </div>
      <div className="wsoa-field">
        <label htmlFor={`${idPrefix}-rag`}>RAG</label>
        <select
          id={`${idPrefix}-rag`}
          value={filters.rag ?? ''}
          onChange={(e) => onChange({ rag: (e.target.value || undefined) as RagStatusOrUnrated | undefined })}
        >
          <option value="">Any RAG</option>
          {statuses.map((s) => (
            <option key={s.status} value={s.status}>
              {s.label}
            </option>
          ))}
        </select>
      </div>
      <div className="wsoa-field wsoa-field--check">
        <input
          id={`${idPrefix}-overdue`}
          type="checkbox"
          checked={filters.overdueOnly ?? false}
          onChange={(e) => onChange({ overdueOnly: e.target.checked })}
        />
        <label htmlFor={`${idPrefix}-overdue`}>Overdue only</label>
      </div>
      <div className="wsoa-field">
        <label htmlFor={`${idPrefix}-text`}>Search</label>
        <input id={`${idPrefix}-text`} type="search" value={filters.text ?? ''} onChange={(e) => onChange({ text: e.target.value })} />
      </div>
      <button
        type="button"
        className="wsoa-button wsoa-button--secondary"
        onClick={() => onChange({ workstreamId: undefined, leadId: undefined, rag: undefined, overdueOnly: undefined, text: undefined })}
      >
        Clear filters
      </button>
    </fieldset>
  );
});

const RollUpRow = memo(function RollUpRow({
  workstream,
  columns,
}: {
  readonly workstream: WorkstreamAnalysis;
  readonly columns: readonly RagTableColumn[];
}): ReactElement {
  return (
    <tr role="row" className="wsoa-ragtable__rollup" data-kind="workstream" data-rag={workstream.rag.status}>
      {columns.map((column, i) => {
        const content =
          column === 'ref' ? (
            `${workstream.label} ${workstream.ref}`
          ) : column === 'action' ? (
            <>
              {workstream.title}
              <span className="wsoa-ragtable__sub">{`Roll-up of ${workstream.actionCount} action${workstream.actionCount === 1 ? '' : 's'}`}</span>
            </>
          ) : (
            cellContent(column, workstream)
          );
        return i === 0 ? (
          <th key={column} scope="rowgroup" role="rowheader" {...cellData(column)}>
            {content}
          </th>
        ) : (
          <td key={column} role="cell" {...cellData(column)}>
            {content}
          </td>
        );
      })}
    </tr>
  );
});

const ActionRow = memo(function ActionRow(props: {
  readonly action: ActionAnalysis;
  readonly columns: readonly RagTableColumn[];
  readonly indent: boolean;
}): ReactElement {
  const { action, columns, indent } = props;
  return (
    <tr
      role="row"
      data-kind={action.isSummary ? 'summary' : 'action'}
      data-rag={action.rag.status}
      data-overdue={action.overdue ? 'true' : undefined}
    >
      {columns.map((column, i) =>
        i === 0 ? (
          <th
            key={column}
            scope="row"
            role="rowheader"
            {...cellData(column)}
            style={indent && action.depth > 0 ? { paddingInlineStart: `${0.5 + action.depth}rem` } : undefined}
          >
            {cellContent(column, action)}
          </th>
        ) : (
          <td key={column} role="cell" {...cellData(column)}>
            {cellContent(column, action)}
          </td>
        ),
      )}
    </tr>
  );
});

const STACK: Partial<Record<RagTableColumn, 'key' | 'title' | 'long'>> = { ref: 'key', action: 'title', reason: 'long', update: 'long' };

/** A body cell's column, and how it shows where rows stack as cards (see `ScrollTable`'s `stack`). */
const cellData = (column: RagTableColumn) => ({
  'data-column': column,
  'data-label': RAG_TABLE_COLUMN_NAMES[column],
  'data-stack': STACK[column],
});

function cellContent(column: RagTableColumn, item: ActionAnalysis | WorkstreamAnalysis): ReactNode {
  switch (column) {
    case 'ref':
      return item.ref;
    case 'action':
      return item.title;
    case 'leads':
      return <LeadInitials leads={item.leads} />;
    case 'days':
      return item.durationDays ?? '—';
    case 'start':
      return item.start ? formatDate(item.start) : '—';
    case 'finish':
      return (
        <>
          {item.finish ? formatDate(item.finish) : '—'}
          {'overdue' in item && item.overdue ? <strong className="wsoa-tag">Overdue</strong> : null}
        </>
      );
    case 'percent':
      return progressPercent(item);
    case 'rag':
      return <RagResultBadge rag={item.rag} />;
    case 'reason':
      return item.rag.reasons.length > 1 ? (
        <ul className="wsoa-ragtable__reasons">
          {item.rag.reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      ) : (
        (item.rag.reasons[0] ?? '')
      );
    case 'update': {
      const update = 'lastUpdate' in item ? item.lastUpdate : undefined;
      return update ? (
        <>
          <span className="wsoa-ragtable__update-date">{formatDate(update.date)}</span> {updateWords(update)}
          {returnDetails(update).map((detail) => (
            <span key={detail.label} className="wsoa-ragtable__return">
              <strong>{`${detail.label}:`}</strong> {detail.text}
            </span>
          ))}
        </>
      ) : (
        ''
      );
    }
  }
}
