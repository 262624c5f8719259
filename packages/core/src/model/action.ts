import { z } from 'zod';
import { LeadSchema } from './person.js';
import { IdSchema, IsoDateSchema, PercentSchema, RagStatusSchema, SafeUrlSchema, TextSchema, WorkingDaysSchema } from './primitives.js';

/**
 * How a successor's dates hang on a predecessor's: finish-to-start (the usual), start-to-start,
 * finish-to-finish, start-to-finish.
 */
export const DependencyTypeSchema = z.enum(['FS', 'SS', 'FF', 'SF']);
export type DependencyType = z.infer<typeof DependencyTypeSchema>;

/** A scheduling link to a predecessor action; lag is in working days and may be negative. */
export const DependencySchema = z.strictObject({
  predecessorId: IdSchema,
  type: DependencyTypeSchema.default('FS'),
  lagDays: z.int({ error: 'expected a whole number of working days' }).default(0),
});
export type Dependency = z.infer<typeof DependencySchema>;

/**
 * A "cross ref to 16E and 9A" note: it links actions without affecting dates. `ref` keeps the text
 * as published; `actionId` points at the action when it is in this plan.
 */
export const CrossReferenceSchema = z.strictObject({
  ref: TextSchema,
  actionId: IdSchema.optional(),
});
export type CrossReference = z.infer<typeof CrossReferenceSchema>;

/** Dates agreed when the plan was signed off, kept to measure slippage against. */
export const BaselineSchema = z.strictObject({
  start: IsoDateSchema,
  finish: IsoDateSchema,
  setOn: IsoDateSchema.optional(),
});
export type Baseline = z.infer<typeof BaselineSchema>;

/** A person's decision to show a different RAG from the computed one; the reason is required. */
export const RagOverrideSchema = z.strictObject({
  status: RagStatusSchema,
  reason: TextSchema,
  byPersonId: IdSchema,
  on: IsoDateSchema,
});
export type RagOverride = z.infer<typeof RagOverrideSchema>;

/** A link to evidence of progress or completion. */
export const EvidenceSchema = z.strictObject({
  title: TextSchema,
  url: SafeUrlSchema,
});
export type Evidence = z.infer<typeof EvidenceSchema>;

/**
 * A dated progress return: what was reported for the action on that date. Board reports give an
 * action that is slipping its mitigation and the impact if it is not mitigated, and a completed one
 * whether its impact is sustained.
 *
 * @example
 * ProgressUpdateSchema.parse({
 *   date: '2024-10-31',
 *   percentComplete: 85,
 *   status: 'amber',
 *   commentary: '31 cases left; finish moved to 31 October.',
 *   mitigation: 'Two agency psychologists booked to March.',
 *   impactIfNotMitigated: 'Families wait beyond 20 weeks for a plan.',
 * });
 */
export const ProgressUpdateSchema = z.strictObject({
  date: IsoDateSchema,
  percentComplete: PercentSchema.optional(),
  status: RagStatusSchema.optional(),
  commentary: TextSchema.optional(),
  /** What is being done about slippage or a risk to the action. */
  mitigation: TextSchema.optional(),
  /** What happens to children and families, or the plan, if it is not mitigated. */
  impactIfNotMitigated: TextSchema.optional(),
  /** For a completed action: whether its impact was found sustained as of this return. */
  impactSustained: z.boolean({ error: 'expected true or false' }).optional(),
  byPersonId: IdSchema.optional(),
});
export type ProgressUpdate = z.infer<typeof ProgressUpdateSchema>;

/**
 * One action of the plan (`2A.1 Create a joint vision of commissioning`). Give any two of `start`,
 * `finish` and `durationDays` (working days, counted inclusively) and analysis completes the third.
 *
 * @example
 * ActionSchema.parse({
 *   id: '2A.1',
 *   ref: '2A.1',
 *   title: 'Create a joint vision of commissioning',
 *   workstreamId: 'fa2',
 *   leads: [{ personId: 'tt' }],
 *   start: '2022-04-13',
 *   finish: '2022-06-30',
 *   durationDays: 57,
 *   percentComplete: 5,
 * });
 */
export const ActionSchema = z.strictObject({
  id: IdSchema,
  ref: TextSchema,
  title: TextSchema,
  workstreamId: IdSchema,
  parentId: IdSchema.optional(),
  leads: z.array(LeadSchema).default([]),
  start: IsoDateSchema.optional(),
  finish: IsoDateSchema.optional(),
  durationDays: WorkingDaysSchema.optional(),
  percentComplete: PercentSchema.default(0),
  milestone: z.boolean().default(false),
  dependencies: z.array(DependencySchema).default([]),
  crossReferences: z.array(CrossReferenceSchema).default([]),
  baseline: BaselineSchema.optional(),
  ragOverride: RagOverrideSchema.optional(),
  successCriteria: z.array(TextSchema).default([]),
  /** "What will be different for children and families". */
  differenceForFamilies: TextSchema.optional(),
  evidence: z.array(EvidenceSchema).default([]),
  updates: z.array(ProgressUpdateSchema).default([]),
});
export type Action = z.infer<typeof ActionSchema>;
