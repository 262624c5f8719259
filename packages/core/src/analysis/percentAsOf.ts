import type { IsoDate } from '../calendar/isoDate.js';
import type { Action } from '../model/action.js';

/**
 * An action's percentage complete as it stood at the end of a date. With no progress returns,
 * `percentComplete` is all there is. Otherwise it is the latest return dated on or before the
 * date (0 before the first); on or after the latest return, the action's own `percentComplete`
 * (its current figure).
 *
 * @example
 * percentAsOf({ percentComplete: 60, updates: [{ date: '2024-07-31', percentComplete: 40 }] }, '2024-06-30'); // 0
 */
export function percentAsOf(action: Pick<Action, 'percentComplete' | 'updates'>, date: IsoDate): number {
  if (action.updates.length === 0) return action.percentComplete;
  const withPercent = action.updates.filter((update) => update.percentComplete !== undefined);
  if (withPercent.length === 0) return action.percentComplete;
  let latest: (typeof withPercent)[number] | undefined;
  for (const update of withPercent) if (update.date <= date && (!latest || update.date >= latest.date)) latest = update;
  const last = withPercent.reduce((a, b) => (b.date >= a.date ? b : a));
  if (latest === last) return action.percentComplete;
  return latest?.percentComplete ?? 0;
}

/** The latest progress return dated on or before a date. */
export function lastUpdateAsOf(action: Pick<Action, 'updates'>, date: IsoDate): Action['updates'][number] | undefined {
  let latest: Action['updates'][number] | undefined;
  const updates = action.updates;
  for (let i = 0; i < updates.length; i++) {
    const update = updates[i] as Action['updates'][number];
    if (update.date <= date && (!latest || update.date >= latest.date)) latest = update;
  }
  return latest;
}
