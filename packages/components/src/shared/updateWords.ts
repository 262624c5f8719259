import { formatPercent, type ProgressUpdate } from '@wsoa-kit/core';

/**
 * A progress return in words: its commentary, or else the percentage it reported, to a tenth.
 *
 * @example
 * updateWords({ date: '2024-10-31', percentComplete: 85 }); // '85% complete reported.'
 * updateWords({ date: '2024-10-31', percentComplete: 100 / 3 }); // '33.3% complete reported.'
 */
export const updateWords = (update: ProgressUpdate): string =>
  update.commentary ??
  (update.percentComplete !== undefined
    ? `${formatPercent(update.percentComplete)} complete reported.`
    : 'Progress reported, with no commentary.');

/**
 * What a progress return says beyond its commentary, labelled as board reports label it: the
 * mitigation, the impact if not mitigated, and whether a completed action's impact is sustained.
 *
 * @example
 * returnDetails({ date: '2024-11-15', mitigation: 'Agency staff booked' }); // [{ label: 'Mitigation', text: 'Agency staff booked' }]
 * returnDetails({ date: '2024-11-15', impactSustained: false }); // [{ label: 'Impact sustained', text: 'No' }]
 */
export function returnDetails(update: ProgressUpdate): { readonly label: string; readonly text: string }[] {
  return [
    ...(update.mitigation === undefined ? [] : [{ label: 'Mitigation', text: update.mitigation }]),
    ...(update.impactIfNotMitigated === undefined ? [] : [{ label: 'Impact if not mitigated', text: update.impactIfNotMitigated }]),
    ...(update.impactSustained === undefined ? [] : [{ label: 'Impact sustained', text: update.impactSustained ? 'Yes' : 'No' }]),
  ];
}
