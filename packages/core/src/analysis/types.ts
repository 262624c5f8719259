import type { WorkingDayCalendar } from '../calendar/createCalendar.js';
import type { IsoDate } from '../calendar/isoDate.js';
import type { Action, RagOverride } from '../model/action.js';
import type { LeadRole } from '../model/person.js';
import type { Plan } from '../model/plan.js';
import type { RagStatus } from '../model/primitives.js';
import type { ProgressVerdict } from '../rag/assessProgress.js';
import type { RagRules, RagStatusOrUnrated } from '../rag/ragRules.js';
import type { ScheduleProblem } from '../schedule/scheduleProblem.js';

/** A lead with the person's details looked up, so views can show initials and the full name. */
export interface ResolvedLead {
  readonly personId: string;
  readonly initials: string;
  /** The full name, where the plan gives one; many published plans give initials only. */
  readonly name?: string;
  readonly role: LeadRole;
  readonly jobTitle?: string;
}

/** A RAG status with everything a reader needs to trust it. */
export interface RagResult {
  /** The status shown: the override when there is one, else the computed one. */
  readonly status: RagStatusOrUnrated;
  /** The display word for `status` in the plan's scheme ("Amber", "Started"…). */
  readonly label: string;
  /** What the rules computed, kept beside any override. */
  readonly computed: RagStatusOrUnrated;
  readonly computedLabel: string;
  /** Which branch of the rule decided (for actions; roll-ups say `roll-up`). */
  readonly verdict: ProgressVerdict | 'roll-up';
  /** Plain-English reasons with dates and numbers; an override's reason comes first. */
  readonly reasons: readonly string[];
  /** A short phrase for labels and accessible names: "behind expected progress by 44 points", "on track". */
  readonly headline: string;
  /** How bad `status` is, for sorting: red 4 … blue 0, unrated -1. */
  readonly severity: number;
  readonly override?: RagOverride & { readonly label: string; readonly byName?: string };
  readonly expectedPercent?: number;
  readonly behindBy?: number;
}

/** Start and finish slippage against the baseline, in working days (positive means later). */
export interface Slippage {
  readonly baselineStart: IsoDate;
  readonly baselineFinish: IsoDate;
  readonly startDays: number;
  readonly finishDays: number;
}

/** Dates as they come out of scheduling, with where they came from. */
export interface ScheduledDates {
  readonly start?: IsoDate;
  readonly finish?: IsoDate;
  /** Working days from start to finish inclusive (0 for a milestone). */
  readonly durationDays?: number;
}

/** One action after analysis. */
export interface ActionAnalysis extends ScheduledDates {
  readonly id: string;
  readonly ref: string;
  readonly title: string;
  readonly workstreamId: string;
  readonly parentId?: string;
  /** Direct child actions, in plan order; non-empty makes this a summary action. */
  readonly childIds: readonly string[];
  readonly isSummary: boolean;
  /** Nesting depth under its workstream: 0 for a top-level action. */
  readonly depth: number;
  readonly milestone: boolean;
  readonly leads: readonly ResolvedLead[];
  /** The percentage as of the analysis date (rolled up for a summary). */
  readonly percentComplete: number;
  /** Latest progress return on or before the as-of date. */
  readonly lastUpdate?: Action['updates'][number];
  readonly lateStart?: IsoDate;
  readonly lateFinish?: IsoDate;
  /** Total float in working days; undefined when the action could not be scheduled or is in a cycle. */
  readonly totalFloat?: number;
  readonly critical: boolean;
  readonly slippage?: Slippage;
  readonly rag: RagResult;
  /** Scheduling problems that name this action. */
  readonly problems: readonly ScheduleProblem[];
  /** Whether its dates were moved by auto-scheduling. */
  readonly rescheduled: boolean;
  /** Whether it is overdue: past its finish and not complete. */
  readonly overdue: boolean;
  /** The plan's own record. */
  readonly source: Action;
}

/** One workstream after analysis. */
export interface WorkstreamAnalysis extends ScheduledDates {
  readonly id: string;
  readonly ref: string;
  readonly label: string;
  readonly title: string;
  readonly parentId?: string;
  readonly childWorkstreamIds: readonly string[];
  /** Actions directly in this workstream with no parent action, in plan order. */
  readonly topLevelActionIds: readonly string[];
  /** Every action in this workstream and its child workstreams. */
  readonly actionCount: number;
  readonly findingIds: readonly string[];
  readonly leads: readonly ResolvedLead[];
  /** Weighted by working-day duration across its actions. */
  readonly percentComplete: number;
  /** The window the council published for it, when it differs from the roll-up. */
  readonly entered?: ScheduledDates;
  readonly critical: boolean;
  readonly rag: RagResult;
  readonly ragCounts: Readonly<Record<RagStatusOrUnrated, number>>;
  readonly overdueCount: number;
}

/** Plan-wide figures. */
export interface PlanSummary {
  readonly actionCount: number;
  readonly leafActionCount: number;
  readonly milestoneCount: number;
  readonly completeCount: number;
  readonly overdueCount: number;
  readonly criticalCount: number;
  readonly percentComplete: number;
  readonly ragCounts: Readonly<Record<RagStatusOrUnrated, number>>;
}

/** Everything the views need, for one plan as of one date. */
export interface PlanAnalysis {
  readonly asOf: IsoDate;
  readonly plan: Plan;
  readonly calendar: WorkingDayCalendar;
  readonly rules: RagRules;
  readonly autoSchedule: boolean;
  readonly start?: IsoDate;
  readonly finish?: IsoDate;
  readonly actions: readonly ActionAnalysis[];
  readonly workstreams: readonly WorkstreamAnalysis[];
  readonly actionsById: ReadonlyMap<string, ActionAnalysis>;
  readonly workstreamsById: ReadonlyMap<string, WorkstreamAnalysis>;
  /** One chain of critical actions, by id, from a start to the plan's finish. */
  readonly criticalPath: readonly string[];
  readonly problems: readonly ScheduleProblem[];
  readonly summary: PlanSummary;
  /** The plan's overall RAG, rolled up from its workstreams. */
  readonly rag: RagResult;
}

export type { RagStatus };
