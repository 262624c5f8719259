import type { Plan } from '../model/plan.js';
import type { Risk } from '../model/risk.js';
import { workstreamName } from './workstreamName.js';

/** A band of risk scores: every score from `from` up to the next band's `from`. */
export interface RiskBand {
  readonly name: string;
  /** The lowest score (likelihood × impact, 1 to 25) in the band. */
  readonly from: number;
}

/**
 * The bands of the NHS's 5 × 5 risk matrix (National Patient Safety Agency, "A risk matrix for risk
 * managers", 2008), which many councils' and NHS partners' registers share: 1-3 low, 4-6 moderate,
 * 8-12 high and 15-25 extreme. A council with other bands passes its own to `riskRegister`.
 */
export const NHS_RISK_BANDS: readonly RiskBand[] = [
  { name: 'Low', from: 1 },
  { name: 'Moderate', from: 4 },
  { name: 'High', from: 8 },
  { name: 'Extreme', from: 15 },
];

/** Each risk status in words. */
export const RISK_STATUS_WORDS: Readonly<Record<Risk['status'], string>> = {
  escalated: 'Escalated',
  open: 'Open',
  closed: 'Closed',
};

/** One row of the register. */
export interface RiskEntry {
  readonly id: string;
  readonly title: string;
  readonly likelihood: number;
  readonly impact: number;
  /** Likelihood × impact. */
  readonly score: number;
  /** The name of the score's band. */
  readonly band: string;
  /** "12, High: likelihood 3 × impact 4". */
  readonly scoreText: string;
  readonly status: Risk['status'];
  readonly statusLabel: string;
  readonly mitigation: string;
  /** The owner's name and role ("Jo Bell, Head of SEND"), when the plan names one. */
  readonly owner?: string;
  /** "Priority 1: Timeliness of EHC plans", for each workstream the risk bears on. */
  readonly workstreams: readonly string[];
}

/** The plan's risks, worst first, with counts for the top of a register. */
export interface RiskRegister {
  /** Live risks (escalated or open) before closed ones; then highest score first, escalated before open, then plan order. */
  readonly entries: readonly RiskEntry[];
  /** Risks per status. */
  readonly counts: Readonly<Record<Risk['status'], number>>;
  /** Risks not closed, per band, in the bands' order (every band listed, even at 0). */
  readonly liveByBand: readonly { readonly band: string; readonly count: number }[];
  /** A sentence for the top of the register. */
  readonly sentence: string;
}

const STATUS_ORDER: Record<Risk['status'], number> = { escalated: 0, open: 1, closed: 2 };
const isClosed = (entry: RiskEntry) => (entry.status === 'closed' ? 1 : 0);

/**
 * The plan's risk register as a board paper or a published plan shows it: each risk's score
 * (likelihood × impact) and band, its owner, mitigation and workstreams, sorted so the worst live
 * risks come first. Bands default to {@link NHS_RISK_BANDS}.
 *
 * @throws RangeError when the bands do not start at 1 and rise in whole scores to at most 25, each
 * with a name of its own: a mistake in the calling code, named with the band at fault.
 *
 * @example
 * const register = riskRegister(plan);
 * register.entries[0]?.scoreText; // '16, Extreme: likelihood 4 × impact 4' (Northbrook's sample plan)
 * register.sentence; // '3 risks: 1 escalated, 2 open, 0 closed. Live risks: 0 low, 0 moderate, 1 high, 2 extreme.'
 */
export function riskRegister(
  plan: Pick<Plan, 'risks' | 'people' | 'workstreams'>,
  options: { readonly bands?: readonly RiskBand[] } = {},
): RiskRegister {
  const bands = options.bands ?? NHS_RISK_BANDS;
  checkBands(bands);
  const people = new Map(plan.people.map((p) => [p.id, p]));
  const workstreams = new Map(plan.workstreams.map((ws) => [ws.id, ws]));
  const counts: Record<Risk['status'], number> = { escalated: 0, open: 0, closed: 0 };
  const live = new Map(bands.map((b) => [b.name, 0]));
  const entries = plan.risks.map((risk): RiskEntry => {
    const score = risk.likelihood * risk.impact;
    const band = bandOf(score, bands);
    counts[risk.status]++;
    if (risk.status !== 'closed') live.set(band, (live.get(band) ?? 0) + 1);
    const owner = risk.ownerId === undefined ? undefined : people.get(risk.ownerId);
    return {
      id: risk.id,
      title: risk.title,
      likelihood: risk.likelihood,
      impact: risk.impact,
      score,
      band,
      scoreText: `${score}, ${band}: likelihood ${risk.likelihood} × impact ${risk.impact}`,
      status: risk.status,
      statusLabel: RISK_STATUS_WORDS[risk.status],
      mitigation: risk.mitigation,
      ...(owner ? { owner: [owner.name ?? owner.initials, owner.role].filter((part) => part !== undefined).join(', ') } : {}),
      workstreams: risk.workstreamIds.flatMap((id) => {
        const ws = workstreams.get(id);
        return ws ? [workstreamName(ws)] : [];
      }),
    };
  });
  // Array.prototype.sort is stable, so risks that tie keep the plan's order.
  entries.sort((a, b) => isClosed(a) - isClosed(b) || b.score - a.score || STATUS_ORDER[a.status] - STATUS_ORDER[b.status]);
  const liveByBand = bands.map((b) => ({ band: b.name, count: live.get(b.name) ?? 0 }));
  return { entries, counts, liveByBand, sentence: registerSentence(entries.length, counts, liveByBand) };
}

function checkBands(bands: readonly RiskBand[]): void {
  const first = bands[0];
  if (first === undefined || first.from !== 1)
    throw new RangeError(
      `riskRegister: expected bands starting from a score of 1, found ${first === undefined ? 'no bands' : `a first band from ${first.from}`}`,
    );
  for (let i = 1; i < bands.length; i++) {
    const band = bands[i] as RiskBand;
    const before = bands[i - 1] as RiskBand;
    if (bands.findIndex((b) => b.name === band.name) !== i)
      throw new RangeError(`riskRegister: expected each band to have a name of its own; found "${band.name}" twice`);
    if (!(band.from > before.from) || !Number.isInteger(band.from) || band.from > 25)
      throw new RangeError(
        `riskRegister: expected each band to start at a whole score above the one before it, up to 25; found "${band.name}" from ${band.from} after "${before.name}" from ${before.from}`,
      );
  }
}

function bandOf(score: number, bands: readonly RiskBand[]): string {
  let name = (bands[0] as RiskBand).name;
  for (const band of bands) if (score >= band.from) name = band.name;
  return name;
}

function registerSentence(
  total: number,
  counts: Readonly<Record<Risk['status'], number>>,
  liveByBand: readonly { readonly band: string; readonly count: number }[],
): string {
  if (total === 0) return 'No risks recorded.';
  const parts = [
    `${total} ${total === 1 ? 'risk' : 'risks'}: ${counts.escalated} escalated, ${counts.open} open, ${counts.closed} closed.`,
  ];
  if (counts.escalated + counts.open > 0)
    parts.push(`Live risks: ${liveByBand.map((b) => `${b.count} ${b.band.toLowerCase()}`).join(', ')}.`);
  return parts.join(' ');
}
