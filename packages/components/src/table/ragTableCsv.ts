import { formatDate, progressFigure, type ActionAnalysis, type IsoDate, type WorkstreamAnalysis } from '@wsoa-kit/core';
import { returnDetails, updateWords } from '../shared/updateWords.js';
import { RAG_TABLE_COLUMN_NAMES, type RagTableColumn, type RagTableRows } from './ragTableModel.js';

/** A date as Excel in the UK reads one (`13/04/2022`), or nothing. */
const spreadsheetDate = (date: IsoDate | undefined): string => (date ? formatDate(date, 'numeric') : '');

/**
 * One CSV field: quoted when it holds a comma, quote, line break or edge space; and, for text,
 * prefixed with an apostrophe when it starts like a spreadsheet formula (=, +, -, @, tab or return)
 * so a plan's text can never run as a formula when the file is opened.
 */
export function csvField(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

function cell(column: RagTableColumn, item: ActionAnalysis | WorkstreamAnalysis): string | number {
  switch (column) {
    case 'ref':
      return item.ref;
    case 'action':
      return item.title;
    case 'leads':
      return item.leads.map((l) => (l.name === undefined ? l.initials : `${l.initials} (${l.name})`)).join('; ');
    case 'days':
      return item.durationDays ?? '';
    case 'start':
      return spreadsheetDate(item.start);
    case 'finish':
      return spreadsheetDate(item.finish);
    case 'percent':
      return progressFigure(item);
    case 'rag':
      return item.rag.label;
    case 'reason':
      return item.rag.reasons.join('; ');
    case 'update': {
      const update = 'lastUpdate' in item ? item.lastUpdate : undefined;
      return update
        ? [`${spreadsheetDate(update.date)}: ${updateWords(update)}`, ...returnDetails(update).map((d) => `${d.label}: ${d.text}`)].join(
            '\n',
          )
        : '';
    }
  }
}

/**
 * The rows a RAG table shows, as CSV that opens cleanly in Excel: UTF-8 with a byte-order mark,
 * CRLF line ends, dates as dd/MM/yyyy, percentages as numbers (an action's as reported, to a
 * tenth; a roll-up's to the nearest whole). Each workstream's roll-up row comes before its
 * actions; the first two columns say which workstream and what kind of row.
 *
 * @example
 * ragTableCsv(ragTableRows(analysis), ['ref', 'action', 'rag']).split('\r\n')[0];
 * // '\uFEFFWorkstream,Row,Ref,Action,RAG'
 */
export function ragTableCsv(rows: RagTableRows, columns: readonly RagTableColumn[], options: { rollUps?: boolean } = {}): string {
  const rollUps = options.rollUps ?? true;
  const header = ['Workstream', 'Row', ...columns.map((c) => (c === 'percent' ? 'Percent complete' : RAG_TABLE_COLUMN_NAMES[c]))];
  const lines = [header.map(csvField).join(',')];
  for (const group of rows.groups) {
    const ws = group.workstream;
    const name = `${ws.label} ${ws.ref}: ${ws.title}`;
    if (rollUps) lines.push([name, 'Workstream roll-up', ...columns.map((c) => cell(c, ws))].map(csvField).join(','));
    for (const action of group.actions) {
      lines.push([name, action.isSummary ? 'Summary action' : 'Action', ...columns.map((c) => cell(c, action))].map(csvField).join(','));
    }
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
