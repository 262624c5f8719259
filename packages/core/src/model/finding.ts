import { z } from 'zod';
import { IdSchema, TextSchema } from './primitives.js';

/**
 * `strength` and `significant-weakness` are the 2016 framework's findings; `area-for-priority-action`
 * and `area-for-improvement` the 2023 framework's (strengths appear in both).
 */
export const FindingKindSchema = z.enum(['strength', 'significant-weakness', 'area-for-priority-action', 'area-for-improvement']);
export type FindingKind = z.infer<typeof FindingKindSchema>;

export const ServiceSchema = z.enum(['education', 'health', 'care']);
export type Service = z.infer<typeof ServiceSchema>;

/**
 * One finding of the inspection letter, numbered as the letter numbers it.
 *
 * @example
 * FindingSchema.parse({
 *   id: 'w1',
 *   kind: 'significant-weakness',
 *   number: 1,
 *   text: 'Poor co-production practice at a strategic and operational level.',
 *   services: ['education', 'health', 'care'],
 * });
 */
export const FindingSchema = z.strictObject({
  id: IdSchema,
  kind: FindingKindSchema,
  number: z.int({ error: 'expected a whole number' }).min(1, { error: 'expected a number from 1 up' }),
  text: TextSchema,
  services: z.array(ServiceSchema).default([]),
});
export type Finding = z.infer<typeof FindingSchema>;
