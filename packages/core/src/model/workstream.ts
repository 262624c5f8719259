import { z } from 'zod';
import { LeadSchema } from './person.js';
import { IdSchema, IsoDateSchema, TextSchema, WorkingDaysSchema } from './primitives.js';

/**
 * An outcome a workstream aims for ("EHC Plans are high quality"), optionally measured by impact
 * measures.
 */
export const OutcomeSchema = z.strictObject({
  id: IdSchema,
  number: z.int().min(1).optional(),
  text: TextSchema,
  measureIds: z.array(IdSchema).default([]),
});
export type Outcome = z.infer<typeof OutcomeSchema>;

/**
 * A strand of the plan. Councils call it a workstream, theme, pillar or focus area: `label` keeps
 * the council's word. A workstream may address several findings and a finding may be addressed by
 * several workstreams (Central Bedfordshire's theme 1 covers weaknesses 1 and 2).
 *
 * `start`, `finish` and `durationDays` hold the window as the council published it (seed 004's
 * focus area rows); analysis also rolls one up from the actions.
 *
 * @example
 * WorkstreamSchema.parse({
 *   id: 'fa1',
 *   ref: '1',
 *   label: 'Focus Area',
 *   title: 'JSNA',
 *   findingIds: ['w2'],
 * });
 */
export const WorkstreamSchema = z.strictObject({
  id: IdSchema,
  ref: TextSchema,
  label: TextSchema.default('Workstream'),
  title: TextSchema,
  description: TextSchema.optional(),
  findingIds: z.array(IdSchema).default([]),
  leads: z.array(LeadSchema).default([]),
  parentId: IdSchema.optional(),
  outcomes: z.array(OutcomeSchema).default([]),
  boardId: IdSchema.optional(),
  start: IsoDateSchema.optional(),
  finish: IsoDateSchema.optional(),
  durationDays: WorkingDaysSchema.optional(),
});
export type Workstream = z.infer<typeof WorkstreamSchema>;
