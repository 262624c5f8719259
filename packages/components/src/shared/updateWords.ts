import type { ProgressUpdate } from '@wsoa-kit/core';

/**
 * A progress return in words: its commentary, or else the percentage it reported.
 *
 * @example
 * updateWords({ date: '2024-10-31', percentComplete: 85 }); // '85% complete reported.'
 */
export const updateWords = (update: ProgressUpdate): string =>
  update.commentary ??
  (update.percentComplete !== undefined ? `${update.percentComplete}% complete reported.` : 'Progress reported, with no commentary.');
