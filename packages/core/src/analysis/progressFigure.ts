import { wholeOrTenth } from '../rag/formatPercent.js';
import type { ActionAnalysis, WorkstreamAnalysis } from './types.js';

/**
 * An action's or workstream's percentage complete as a view or an export gives it: an action's own
 * reported figure to a tenth, as its RAG reason writes it (12.5 stays 12.5), and a figure rolled up
 * from others (a workstream's, or a summary action's, weighted by working days) to the nearest
 * whole, as project tools show roll-ups.
 *
 * @example
 * progressFigure(analysis.workstreams[0]!); // 7, where the weighted figure is 6.67
 */
export function progressFigure(item: ActionAnalysis | WorkstreamAnalysis): number {
  const value = item.percentComplete;
  return 'isSummary' in item && !item.isSummary ? Math.round(value * 10) / 10 : Math.round(value);
}

/**
 * {@link progressFigure} written as a percentage: "12.5%", "7%".
 *
 * @example
 * progressPercent(analysis.actionsById.get('2A.1')!); // '5%'
 */
export function progressPercent(item: ActionAnalysis | WorkstreamAnalysis): string {
  return `${wholeOrTenth(progressFigure(item))}%`;
}
