import type { IsoDate } from '../calendar/isoDate.js';
import type { Engagement, LadderStep } from '../model/coproduction.js';
import { formatShare, percent } from '../measures/counting.js';
import type { AreaGroup, Plan } from '../model/plan.js';
import { AUDIENCE_WORDS, CORNERSTONE_WORDS, ENGAGEMENT_METHOD_WORDS, LADDER_STEP_WORDS, LADDER_STEPS } from './coproductionWords.js';
import { workstreamName } from './workstreamName.js';

type Audience = Engagement['audiences'][number];

/** One engagement activity, with its words ready to print. */
export interface EngagementActivity {
  readonly id: string;
  readonly date: IsoDate;
  readonly endDate?: IsoDate;
  readonly title: string;
  readonly method: string;
  readonly audiences: readonly string[];
  readonly ladderStep: LadderStep;
  readonly ladderStepLabel: string;
  readonly cornerstones: readonly string[];
  readonly reached?: number;
  readonly summary?: string;
  /** "Workstream 1: Shared values", for each workstream it informed. */
  readonly workstreams: readonly string[];
}

/** How far a period's engagement reached one of the area's groups, beside the group's share in the area. */
export interface GroupReach {
  readonly id: string;
  readonly name: string;
  /** The group's share in the area, and of whom. */
  readonly areaPercent: number;
  readonly of: string;
  /** Where the area's share comes from. */
  readonly source?: string;
  /** Activities that counted how many of the people they reached were in the group. */
  readonly activities: number;
  /** People in the group those activities reached, and everyone they reached. */
  readonly counted: number;
  readonly outOf: number;
  /** The group's share of the people those activities reached, to one decimal place; absent when none counted it. */
  readonly percent?: number;
  /** That share less the area's, in percentage points (negative: fewer than the area's share). */
  readonly difference?: number;
  readonly sentence: string;
}

/** The engagement of a period in numbers: on the ladder, by audience, and where it is missing. */
export interface EngagementSummary {
  readonly from?: IsoDate;
  readonly to?: IsoDate;
  /** The period's activities, earliest first. */
  readonly activities: readonly EngagementActivity[];
  /** People reached, summed over the activities that counted them. */
  readonly reached: number;
  /** Activities that did not count who they reached. */
  readonly reachNotCounted: number;
  /** Every step of the ladder, lowest first, with how many activities stood on it. */
  readonly byLadderStep: readonly { readonly step: LadderStep; readonly label: string; readonly count: number }[];
  /**
   * Each audience reached at least once, in the format's order: its activities, the people they
   * counted, and how many of them did not count (so `reached` is then a lower bound).
   */
  readonly byAudience: readonly {
    readonly audience: Audience;
    readonly label: string;
    readonly count: number;
    readonly reached: number;
    readonly reachNotCounted: number;
  }[];
  /** Activities at co-design or co-production, the top two steps. */
  readonly coProduced: number;
  /**
   * Each of the area's groups, with how many of the people reached were in it, among the activities
   * that counted it, beside its share in the area.
   */
  readonly byGroup: readonly GroupReach[];
  /** Workstreams that no activity of the period informed. */
  readonly workstreamsWithout: readonly { readonly id: string; readonly text: string }[];
  /** A sentence for the top of a report. */
  readonly sentence: string;
}

/**
 * Sums up a plan's engagement and co-production in a period (every activity when no period is
 * given): how many activities at each step of the ladder of participation, who they reached, how
 * far they reached each of the area's groups beside its share in the area (only activities that
 * counted a group add to its figures, so one that did not is never taken as reaching none of it),
 * and which workstreams none of them informed. An activity is in the period when it starts in it.
 *
 * @example
 * summariseEngagement(plan, { from: '2021-08-01', to: '2021-12-31' }).sentence;
 * // '6 activities reached at least 102 people (4 did not count who they reached); 1 was co-design or co-production.'
 */
export function summariseEngagement(
  plan: Pick<Plan, 'engagements' | 'workstreams'> & { readonly area?: Pick<Plan['area'], 'groups'> },
  options: { readonly from?: IsoDate; readonly to?: IsoDate } = {},
): EngagementSummary {
  const { from, to } = options;
  const workstreams = new Map(plan.workstreams.map((ws) => [ws.id, workstreamName(ws)]));
  const inPeriod = plan.engagements
    .filter((e) => (from === undefined || e.date >= from) && (to === undefined || e.date <= to))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const steps = new Map<LadderStep, number>(LADDER_STEPS.map((step) => [step, 0]));
  const audiences = new Map<Audience, { count: number; reached: number; reachNotCounted: number }>();
  const informed = new Set<string>();
  let reached = 0;
  let reachNotCounted = 0;
  for (const e of inPeriod) {
    steps.set(e.ladderStep, (steps.get(e.ladderStep) ?? 0) + 1);
    if (e.reached === undefined) reachNotCounted++;
    else reached += e.reached;
    for (const audience of e.audiences) {
      const tally = audiences.get(audience) ?? { count: 0, reached: 0, reachNotCounted: 0 };
      tally.count++;
      if (e.reached === undefined) tally.reachNotCounted++;
      else tally.reached += e.reached;
      audiences.set(audience, tally);
    }
    for (const id of e.workstreamIds) informed.add(id);
  }
  const coProduced = (steps.get('co-design') ?? 0) + (steps.get('co-production') ?? 0);
  return {
    ...(from !== undefined ? { from } : {}),
    ...(to !== undefined ? { to } : {}),
    activities: inPeriod.map((e) => ({
      id: e.id,
      date: e.date,
      ...(e.endDate !== undefined ? { endDate: e.endDate } : {}),
      title: e.title,
      method: ENGAGEMENT_METHOD_WORDS[e.method],
      audiences: e.audiences.map((a) => AUDIENCE_WORDS[a]),
      ladderStep: e.ladderStep,
      ladderStepLabel: LADDER_STEP_WORDS[e.ladderStep],
      cornerstones: e.cornerstones.map((c) => CORNERSTONE_WORDS[c]),
      ...(e.reached !== undefined ? { reached: e.reached } : {}),
      ...(e.summary !== undefined ? { summary: e.summary } : {}),
      workstreams: e.workstreamIds.map((id) => workstreams.get(id) ?? id),
    })),
    reached,
    reachNotCounted,
    byLadderStep: LADDER_STEPS.map((step) => ({ step, label: LADDER_STEP_WORDS[step], count: steps.get(step) ?? 0 })),
    byAudience: (Object.keys(AUDIENCE_WORDS) as Audience[])
      .filter((audience) => audiences.has(audience))
      .map((audience) => ({
        audience,
        label: AUDIENCE_WORDS[audience],
        ...(audiences.get(audience) as { count: number; reached: number; reachNotCounted: number }),
      })),
    coProduced,
    byGroup: (plan.area?.groups ?? []).map((group) => groupReach(group, inPeriod)),
    workstreamsWithout: plan.workstreams
      .filter((ws) => !informed.has(ws.id))
      .map((ws) => ({ id: ws.id, text: workstreams.get(ws.id) as string })),
    sentence: engagementSentence(inPeriod.length, reached, reachNotCounted, coProduced),
  };
}

function engagementSentence(count: number, reached: number, notCounted: number, coProduced: number): string {
  if (count === 0) return 'No engagement activities recorded.';
  const activities = `${count} ${count === 1 ? 'activity' : 'activities'}`;
  const reach =
    notCounted === count
      ? `${activities}; none counted who ${count === 1 ? 'it' : 'they'} reached`
      : notCounted > 0
        ? `${activities} reached at least ${reached} ${reached === 1 ? 'person' : 'people'} (${notCounted} did not count who they reached)`
        : `${activities} reached ${reached} ${reached === 1 ? 'person' : 'people'}`;
  return `${reach}; ${coProduced} ${coProduced === 1 ? 'was' : 'were'} co-design or co-production.`;
}

function groupReach(group: AreaGroup, engagements: readonly Engagement[]): GroupReach {
  let activities = 0;
  let counted = 0;
  let outOf = 0;
  for (const e of engagements) {
    const count = e.reachedGroups?.find((g) => g.groupId === group.id)?.count;
    if (count === undefined || e.reached === undefined) continue;
    activities++;
    counted += count;
    outOf += e.reached;
  }
  const base = {
    id: group.id,
    name: group.name,
    areaPercent: group.percent,
    of: group.of,
    ...(group.source !== undefined ? { source: group.source } : {}),
    activities,
    counted,
    outOf,
  };
  const name = `${group.name} (${formatAreaPercent(group.percent)}% of ${group.of})`;
  if (activities === 0 || outOf === 0) return { ...base, sentence: `${name}: no activity counted how many of them it reached.` };
  const share = percent(counted, outOf);
  const difference = Math.round((share - group.percent) * 10) / 10;
  const gap =
    difference === 0
      ? "the same as the area's share"
      : `${Math.abs(difference).toLocaleString('en-GB')} points ${difference < 0 ? 'below' : 'above'} the area's share`;
  return {
    ...base,
    percent: share,
    difference,
    sentence: `${name}: ${counted} of the ${outOf} people counted in ${activities === 1 ? '1 activity' : `${activities} activities`} (${formatShare(share)}), ${gap}.`,
  };
}

const formatAreaPercent = (value: number) => value.toLocaleString('en-GB', { maximumFractionDigits: 1 });
