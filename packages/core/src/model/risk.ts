import { z } from 'zod';
import { IdSchema, ScoreSchema, TextSchema } from './primitives.js';

/**
 * A risk to delivering the plan, scored likelihood × impact (1-5 each).
 *
 * @example
 * RiskSchema.parse({ id: 'r1', title: 'Plan not judged fit for purpose', likelihood: 2, impact: 5, mitigation: 'DfE/NHSE advisers review drafts', status: 'open' });
 */
export const RiskSchema = z.strictObject({
  id: IdSchema,
  title: TextSchema,
  likelihood: ScoreSchema,
  impact: ScoreSchema,
  ownerId: IdSchema.optional(),
  mitigation: TextSchema,
  status: z.enum(['open', 'closed', 'escalated']),
  workstreamIds: z.array(IdSchema).default([]),
});
export type Risk = z.infer<typeof RiskSchema>;
