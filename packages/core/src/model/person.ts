import { z } from 'zod';
import { IdSchema, SafeUrlSchema, TextSchema } from './primitives.js';

/**
 * Someone who leads, owns or reports on work. Plans print leads as initials (`NM`, `DHd`), so the
 * initials are kept exactly as published, with the full name beside them where the plan gives it.
 * Many published plans give initials only: leave `name` out rather than inventing one, and views
 * show the initials alone.
 *
 * @example
 * PersonSchema.parse({ id: 'rw', initials: 'RW', name: 'Rachael Williams', role: 'Divisional Director' });
 * PersonSchema.parse({ id: 'nm', initials: 'NM' }); // initials only, as the Torbay table prints them
 */
export const PersonSchema = z.strictObject({
  id: IdSchema,
  initials: z.string().regex(/^\S{1,12}$/, { error: 'expected initials: 1 to 12 characters, no spaces' }),
  name: TextSchema.optional(),
  role: TextSchema.optional(),
  organisation: TextSchema.optional(),
  contact: SafeUrlSchema.optional(),
});
export type Person = z.infer<typeof PersonSchema>;

/** `lead-officer` does the work; `accountable-officer` answers for it (the `LO/AO` column). */
export const LeadRoleSchema = z.enum(['lead-officer', 'accountable-officer', 'support']);
export type LeadRole = z.infer<typeof LeadRoleSchema>;

/** A person named as a lead of a workstream or action, with the role they hold there. */
export const LeadSchema = z.strictObject({
  personId: IdSchema,
  role: LeadRoleSchema.default('lead-officer'),
});
export type Lead = z.infer<typeof LeadSchema>;
