import { z } from 'zod';
import { IdSchema, IsoDateSchema, TextSchema } from './primitives.js';

export const CadenceSchema = z.enum(['weekly', 'fortnightly', 'monthly', 'bi-monthly', 'quarterly', 'termly', 'ad-hoc']);
export type Cadence = z.infer<typeof CadenceSchema>;

/** A dated meeting of a board, with what it was for ("signs off the WSoA"). */
export const MeetingSchema = z.strictObject({
  date: IsoDateSchema,
  note: TextSchema.optional(),
});
export type Meeting = z.infer<typeof MeetingSchema>;

/**
 * The board that oversees the plan (SEND Improvement Board, SEND Partnership Board…).
 *
 * @example
 * BoardSchema.parse({ id: 'sib', name: 'SEND Improvement Board', cadence: 'monthly', meetings: [{ date: '2021-12-02' }] });
 */
export const BoardSchema = z.strictObject({
  id: IdSchema,
  name: TextSchema,
  cadence: CadenceSchema,
  chair: TextSchema.optional(),
  membership: z.array(TextSchema).default([]),
  meetings: z.array(MeetingSchema).default([]),
});
export type Board = z.infer<typeof BoardSchema>;
