import type { RagStatus } from '../model/primitives.js';
import type { RagSettings } from '../model/settings.js';

/** A status as analysis reports it: a scheme's status, or `unrated` when there is nothing to judge. */
export type RagStatusOrUnrated = RagStatus | 'unrated';

/** The RAG rules in force: the plan's settings with any caller overrides and the defaults filled in. */
export interface RagRules {
  /** `brag`: Blue, Red, Amber, Green; `rag`: no Blue (complete shows Green); `progress`: Not started, Started, Complete. */
  readonly scheme: 'brag' | 'rag' | 'progress';
  /** Amber when more than this many percentage points behind expected progress. */
  readonly amberWhenBehindBy: number;
  /** Red when more than this many percentage points behind expected progress. */
  readonly redWhenBehindBy: number;
  /** Red when nothing is reported this many working days after the start. */
  readonly redWhenNotStartedAfter: number;
  /** How workstreams and summary actions roll up their actions' RAG. */
  readonly rollUp: 'worst' | 'majority';
  /** Display words for each status. */
  readonly labels: Readonly<Record<RagStatusOrUnrated, string>>;
}

/** The documented defaults: Amber beyond 10 points behind, Red beyond 25, Red when not started 10 working days in. */
export const DEFAULT_RAG_RULES: RagRules = {
  scheme: 'brag',
  amberWhenBehindBy: 10,
  redWhenBehindBy: 25,
  redWhenNotStartedAfter: 10,
  rollUp: 'worst',
  labels: {
    blue: 'Blue',
    green: 'Green',
    amber: 'Amber',
    red: 'Red',
    'not-started': 'Not started',
    started: 'Started',
    complete: 'Complete',
    unrated: 'Not rated',
  },
};

/**
 * Combines the defaults, the plan's `rag` settings and a caller's overrides, later ones winning.
 *
 * @example
 * resolveRagRules(plan.rag, { amberWhenBehindBy: 5 }).redWhenBehindBy; // 25 unless the plan sets it
 */
export function resolveRagRules(...layers: ReadonlyArray<Partial<RagSettings> | Partial<RagRules> | undefined>): RagRules {
  let rules: RagRules = DEFAULT_RAG_RULES;
  for (const layer of layers) {
    if (!layer) continue;
    const defined = Object.fromEntries(Object.entries(layer).filter(([, value]) => value !== undefined));
    rules = { ...rules, ...defined, labels: { ...rules.labels, ...(layer.labels ?? {}) } };
  }
  if (rules.redWhenBehindBy < rules.amberWhenBehindBy) {
    throw new RangeError(
      `Expected redWhenBehindBy (${rules.redWhenBehindBy}) to be at least amberWhenBehindBy (${rules.amberWhenBehindBy})`,
    );
  }
  return rules;
}

/**
 * How bad a status is, for sorting and rolling up: higher is worse. Red 4, Amber 3, Green and
 * Started 2, Not started 1, Blue and Complete 0, unrated -1.
 *
 * @example
 * const statuses: RagStatus[] = ['green', 'red', 'amber'];
 * statuses.sort((a, b) => ragSeverity(b) - ragSeverity(a)); // ['red', 'amber', 'green']
 */
export function ragSeverity(status: RagStatusOrUnrated): number {
  switch (status) {
    case 'red':
      return 4;
    case 'amber':
      return 3;
    case 'green':
    case 'started':
      return 2;
    case 'not-started':
      return 1;
    case 'blue':
    case 'complete':
      return 0;
    default:
      return -1;
  }
}
