import { z } from 'zod';
import { IdSchema, IsoDateSchema, TextSchema } from './primitives.js';

/** A value of a measure at a date: a baseline, a target, a milestone target or an actual. */
export const DatedValueSchema = z.strictObject({
  date: IsoDateSchema,
  value: z.number({ error: 'expected a number' }).refine(Number.isFinite, { error: 'expected a finite number' }),
  note: TextSchema.optional(),
});
export type DatedValue = z.infer<typeof DatedValueSchema>;

/**
 * A KPI that shows whether the plan makes a difference, e.g. "EHC plans issued within 20 weeks".
 * `betterWhen` says which direction is an improvement.
 *
 * @example
 * ImpactMeasureSchema.parse({
 *   id: 'ehc-20wk',
 *   title: 'New EHC plans issued within 20 weeks',
 *   unit: '%',
 *   betterWhen: 'higher',
 *   baseline: { date: '2021-09-30', value: 31 },
 *   target: { date: '2023-03-31', value: 60 },
 * });
 */
export const ImpactMeasureSchema = z.strictObject({
  id: IdSchema,
  title: TextSchema,
  unit: TextSchema,
  betterWhen: z.enum(['higher', 'lower']),
  baseline: DatedValueSchema,
  target: DatedValueSchema,
  milestones: z.array(DatedValueSchema).default([]),
  actuals: z.array(DatedValueSchema).default([]),
  source: TextSchema.optional(),
  workstreamIds: z.array(IdSchema).default([]),
});
export type ImpactMeasure = z.infer<typeof ImpactMeasureSchema>;
