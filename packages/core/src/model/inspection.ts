import { z } from 'zod';
import { InspectionDateSchema, SafeUrlSchema, TextSchema } from './primitives.js';

/** `local-area-2016`: the 2016-2022 local area SEND inspection; `area-send-2023`: the 2023 framework. */
export const FrameworkSchema = z.enum(['local-area-2016', 'area-send-2023']);
export type Framework = z.infer<typeof FrameworkSchema>;

/**
 * The three outcomes of the 2023 framework: typically positive experiences and outcomes;
 * inconsistent; widespread and/or systemic failings.
 */
export const InspectionOutcomeSchema = z.enum(['typically-positive', 'inconsistent', 'systemic-failings']);
export type InspectionOutcome = z.infer<typeof InspectionOutcomeSchema>;

/** A follow-up visit after the inspection: 2016 revisit, 2023 monitoring inspection, DfE/NHSE review. */
export const FollowUpSchema = z.strictObject({
  kind: z.enum(['revisit', 'monitoring-inspection', 'full-inspection', 'dfe-nhse-review', 'engagement-meeting']),
  date: InspectionDateSchema,
  endDate: InspectionDateSchema.optional(),
  note: TextSchema.optional(),
});
export type FollowUp = z.infer<typeof FollowUpSchema>;

/**
 * The area SEND inspection the plan answers.
 *
 * @example
 * InspectionSchema.parse({
 *   framework: 'local-area-2016',
 *   inspectorates: ['ofsted', 'cqc'],
 *   startDate: '2019-11-18',
 *   endDate: '2019-11-22',
 * });
 */
export const InspectionSchema = z.strictObject({
  framework: FrameworkSchema,
  inspectorates: z.array(z.enum(['ofsted', 'cqc'])).min(1, { error: 'expected at least one inspectorate' }),
  startDate: InspectionDateSchema,
  endDate: InspectionDateSchema,
  /** When the area received the final report or letter: the 2016 WSoA clock starts here. */
  reportReceived: InspectionDateSchema.optional(),
  reportPublished: InspectionDateSchema.optional(),
  /** 2023 framework only. */
  outcome: InspectionOutcomeSchema.optional(),
  /** When the plan was judged fit for purpose (2016) or accepted. */
  planAccepted: InspectionDateSchema.optional(),
  followUps: z.array(FollowUpSchema).default([]),
  reportUrl: SafeUrlSchema.optional(),
});
export type Inspection = z.infer<typeof InspectionSchema>;
