import { formatDate, progressPercent, type ActionAnalysis, type WorkstreamAnalysis } from '@wsoa-kit/core';
import type { GanttRow } from './ganttRows.js';

/** Initials of a row's leads, e.g. `NM/TF/JT`, as plans print them. */
export function leadInitials(item: ActionAnalysis | WorkstreamAnalysis): string {
  return item.leads.map((lead) => lead.initials).join('/');
}

/** The row's name as the tree shows it: `2A.1 Create a joint vision…` or `Focus Area 2: Joint Commissioning`. */
export function rowTitle(row: GanttRow): string {
  const item = row.item;
  return row.kind === 'workstream' ? `${(item as WorkstreamAnalysis).label} ${item.ref}: ${item.title}` : `${item.ref} ${item.title}`;
}

/**
 * The full accessible name of a row's bar, e.g. "2A.1 Create a joint vision of commissioning,
 * lead TT, 13 Apr 2022 to 30 Jun 2022, 57 working days, 5% complete, Red: behind expected progress
 * by 44 points". Everything in it comes from core's analysis.
 */
export function barLabel(row: GanttRow): string {
  const item = row.item;
  const parts = [rowTitle(row)];
  if (item.leads.length > 0) parts.push(`${item.leads.length === 1 ? 'lead' : 'leads'} ${item.leads.map((l) => l.initials).join(', ')}`);
  const milestone = row.kind === 'action' && (item as ActionAnalysis).milestone;
  if (item.start && item.finish) {
    parts.push(milestone ? `milestone on ${formatDate(item.finish)}` : `${formatDate(item.start)} to ${formatDate(item.finish)}`);
    if (!milestone && item.durationDays !== undefined)
      parts.push(`${item.durationDays.toLocaleString('en-GB')} working day${item.durationDays === 1 ? '' : 's'}`);
  } else if (item.finish) {
    parts.push(`due by ${formatDate(item.finish)}, no start date`);
  } else {
    parts.push('no dates');
  }
  parts.push(`${progressPercent(item)} complete`);
  const critical = row.kind === 'action' && (item as ActionAnalysis).critical ? ', on the critical path' : '';
  return `${parts.join(', ')}, ${item.rag.label}: ${item.rag.headline}${critical}`;
}
