import type { Workstream } from '../model/workstream.js';

/**
 * A workstream as reports and registers name it: the council's own word for it, its ref and its
 * title.
 *
 * @example
 * workstreamName({ label: 'Focus Area', ref: '2', title: 'Joint Commissioning' }); // 'Focus Area 2: Joint Commissioning'
 */
export function workstreamName(workstream: Pick<Workstream, 'label' | 'ref' | 'title'>): string {
  return `${workstream.label} ${workstream.ref}: ${workstream.title}`;
}
