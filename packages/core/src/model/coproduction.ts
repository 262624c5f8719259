import { z } from 'zod';
import { IdSchema, IsoDateSchema, TextSchema } from './primitives.js';

/** The seven steps of the ladder of participation, lowest first. */
export const LadderStepSchema = z.enum(['coercion', 'educating', 'informing', 'consultation', 'engagement', 'co-design', 'co-production']);
export type LadderStep = z.infer<typeof LadderStepSchema>;

/** The Four Cornerstones of co-production. */
export const CornerstoneSchema = z.enum(['welcome-and-care', 'value-and-include', 'communicate', 'work-in-partnership']);
export type Cornerstone = z.infer<typeof CornerstoneSchema>;

export const EngagementMethodSchema = z.enum([
  'parent-group',
  'virtual-event',
  'in-person-event',
  'one-to-one',
  'survey',
  'workshop',
  'working-group',
  'newsletter',
  'other',
]);
export const AudienceSchema = z.enum([
  'parents-carers',
  'children-young-people',
  'practitioners',
  'schools',
  'partners',
  'voluntary-sector',
]);

/**
 * A co-production or engagement activity, judged on its reach.
 *
 * @example
 * EngagementSchema.parse({
 *   id: 'e1',
 *   date: '2021-10-18',
 *   title: 'Co-producing draft actions',
 *   method: 'workshop',
 *   audiences: ['parents-carers'],
 *   ladderStep: 'co-production',
 *   reached: 100,
 * });
 */
export const EngagementSchema = z.strictObject({
  id: IdSchema,
  date: IsoDateSchema,
  endDate: IsoDateSchema.optional(),
  title: TextSchema,
  method: EngagementMethodSchema,
  audiences: z.array(AudienceSchema).min(1, { error: 'expected at least one audience' }),
  ladderStep: LadderStepSchema,
  cornerstones: z.array(CornerstoneSchema).default([]),
  reached: z.int({ error: 'expected a whole number of people' }).min(0).optional(),
  /** How many of the people reached were in each of the area's groups, where the activity counted them. */
  reachedGroups: z
    .array(
      z.strictObject({
        groupId: IdSchema,
        count: z.int({ error: 'expected a whole number of people' }).min(0),
      }),
    )
    .optional(),
  summary: TextSchema.optional(),
  workstreamIds: z.array(IdSchema).default([]),
});
export type Engagement = z.infer<typeof EngagementSchema>;

/**
 * One entry of the "You said, we did" register (reg 56 asks for comments and the area's response
 * to be published, anonymised).
 *
 * @example
 * FeedbackSchema.parse({
 *   id: 'f1',
 *   youSaid: 'The Local Offer is hard to search.',
 *   weDid: 'We rebuilt its search with parents testing each change.',
 *   status: 'done',
 *   receivedOn: '2022-01-10',
 *   respondedOn: '2022-06-01',
 *   anonymised: true,
 * });
 */
export const FeedbackSchema = z.strictObject({
  id: IdSchema,
  youSaid: TextSchema,
  weDid: TextSchema.optional(),
  status: z.enum(['received', 'in-progress', 'done', 'not-taken-forward']),
  receivedOn: IsoDateSchema,
  respondedOn: IsoDateSchema.optional(),
  publishedOn: IsoDateSchema.optional(),
  anonymised: z.boolean(),
  workstreamId: IdSchema.optional(),
  actionId: IdSchema.optional(),
});
export type Feedback = z.infer<typeof FeedbackSchema>;
