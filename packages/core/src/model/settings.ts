import { z } from 'zod';
import { IsoDateSchema, RagStatusSchema, TextSchema } from './primitives.js';

/** The UK regions with their own bank holidays, named as in the public feed. */
export const RegionSchema = z.enum(['england-and-wales', 'scotland', 'northern-ireland']);
export type Region = z.infer<typeof RegionSchema>;

/**
 * `weekends-only`: Saturday and Sunday are the only non-working days, as project-plan exports
 * count (seed 004). `weekends-and-holidays`: bank holidays and the council's closure days too, as
 * the statutory 70-working-day deadline counts.
 */
export const WorkingDayConventionSchema = z.enum(['weekends-only', 'weekends-and-holidays']);
export type WorkingDayConvention = z.infer<typeof WorkingDayConventionSchema>;

/** A day the council is closed beyond the bank holidays (e.g. the days between Christmas and New Year). */
export const ClosureDaySchema = z.strictObject({
  date: IsoDateSchema,
  title: TextSchema,
});
export type ClosureDay = z.infer<typeof ClosureDaySchema>;

/**
 * How the plan counts working days.
 *
 * @example
 * CalendarSettingsSchema.parse({ region: 'england-and-wales', convention: 'weekends-only' });
 */
export const CalendarSettingsSchema = z.strictObject({
  region: RegionSchema.default('england-and-wales'),
  convention: WorkingDayConventionSchema.default('weekends-and-holidays'),
  closures: z.array(ClosureDaySchema).default([]),
});
export type CalendarSettings = z.infer<typeof CalendarSettingsSchema>;

/**
 * The plan's RAG rules. Thresholds are in percentage points behind expected progress; no council
 * publishes numbers, so these are configuration with stated defaults.
 *
 * @example
 * RagSettingsSchema.parse({ scheme: 'brag', amberWhenBehindBy: 10, redWhenBehindBy: 25 });
 */
export const RagSettingsSchema = z.strictObject({
  scheme: z.enum(['brag', 'rag', 'progress']).default('brag'),
  amberWhenBehindBy: z.number().min(0).max(100).default(10),
  redWhenBehindBy: z.number().min(0).max(100).default(25),
  /** Red when no progress is reported this many working days after the start. */
  redWhenNotStartedAfter: z.int().min(0).default(10),
  /** How a workstream's RAG follows from its actions': the worst of them, or the most common. */
  rollUp: z.enum(['worst', 'majority']).default('worst'),
  /** The council's own words for each status, e.g. `{ "blue": "Complete", "amber": "At risk" }`. */
  labels: z.partialRecord(RagStatusSchema, TextSchema).optional(),
});
export type RagSettings = z.infer<typeof RagSettingsSchema>;
