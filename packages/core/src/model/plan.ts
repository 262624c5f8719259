import { z } from 'zod';
import { ActionSchema, EvidenceSchema } from './action.js';
import { BoardSchema } from './board.js';
import { EngagementSchema, FeedbackSchema } from './coproduction.js';
import { FindingSchema } from './finding.js';
import { ImpactMeasureSchema } from './impactMeasure.js';
import { InspectionSchema } from './inspection.js';
import { PersonSchema } from './person.js';
import { IdSchema, PercentSchema, TextSchema } from './primitives.js';
import { RiskSchema } from './risk.js';
import { CalendarSettingsSchema, RagSettingsSchema } from './settings.js';
import { WorkstreamSchema } from './workstream.js';

/** The version of the plan format this package reads and writes. */
export const PLAN_FORMAT_VERSION = 1;

/**
 * `wsoa`: Written Statement of Action (2016 framework); `accelerated-progress-plan`: after a revisit
 * finds insufficient progress; `priority-action-plan`: 2023 framework, outcome 3;
 * `improvement-plan`: the area's strategic or improvement plan.
 */
export const PlanKindSchema = z.enum(['wsoa', 'accelerated-progress-plan', 'priority-action-plan', 'improvement-plan']);
export type PlanKind = z.infer<typeof PlanKindSchema>;

export const PartnerSchema = z.strictObject({
  name: TextSchema,
  kind: z.enum(['local-authority', 'ccg', 'icb', 'nhs-provider', 'parent-carer-forum', 'voluntary-sector', 'other']),
});
export type Partner = z.infer<typeof PartnerSchema>;

/**
 * A group of families whose voice engagement should reach in proportion, with its share of those
 * the area serves: "Families from ethnic minority groups", 24% of children and young people with an
 * EHC plan. Engagement activities count how many of the people they reached were in it.
 *
 * @example
 * AreaGroupSchema.parse({ id: 'g-ethnic', name: 'Families from ethnic minority groups', percent: 24, of: 'children and young people with an EHC plan', source: 'SEN2, January 2024' });
 */
export const AreaGroupSchema = z.strictObject({
  id: IdSchema,
  name: TextSchema,
  /** The group's share of `of`, in the area. */
  percent: PercentSchema,
  /** Who the share is of: "children and young people with an EHC plan". */
  of: TextSchema,
  source: TextSchema.optional(),
});
export type AreaGroup = z.infer<typeof AreaGroupSchema>;

/** The local area: the council and its partners, and the groups its engagement should reach. */
export const AreaSchema = z.strictObject({
  name: TextSchema,
  partners: z.array(PartnerSchema).default([]),
  groups: z.array(AreaGroupSchema).optional(),
});
export type Area = z.infer<typeof AreaSchema>;

/**
 * A whole improvement plan: the inspection it answers, its findings, workstreams and actions, the
 * people and boards around it, its measures, co-production records and risks. Use `parsePlan` to
 * read one: it also checks that references resolve and dates make sense.
 *
 * @example
 * const result = parsePlan(json);
 * if (result.ok) console.log(result.value.title);
 */
export const PlanSchema = z.strictObject({
  formatVersion: z.literal(PLAN_FORMAT_VERSION, { error: `expected formatVersion ${PLAN_FORMAT_VERSION}` }),
  id: IdSchema,
  title: TextSchema,
  kind: PlanKindSchema,
  area: AreaSchema,
  /** Set on invented or partly invented plans (the bundled samples) so no one mistakes them for a council's own. */
  sampleData: TextSchema.optional(),
  /** The published plan, inspection letter and other key documents. */
  documents: z.array(EvidenceSchema).default([]),
  inspection: InspectionSchema,
  findings: z.array(FindingSchema).default([]),
  workstreams: z.array(WorkstreamSchema).default([]),
  actions: z.array(ActionSchema).default([]),
  people: z.array(PersonSchema).default([]),
  boards: z.array(BoardSchema).default([]),
  measures: z.array(ImpactMeasureSchema).default([]),
  engagements: z.array(EngagementSchema).default([]),
  feedback: z.array(FeedbackSchema).default([]),
  risks: z.array(RiskSchema).default([]),
  calendar: CalendarSettingsSchema.default({
    region: 'england-and-wales',
    convention: 'weekends-and-holidays',
    closures: [],
  }),
  rag: RagSettingsSchema.optional(),
});
export type Plan = z.infer<typeof PlanSchema>;
/** A plan as written in a file: defaults not yet filled in. */
export type PlanInput = z.input<typeof PlanSchema>;
