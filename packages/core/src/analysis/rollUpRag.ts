import type { RagRules, RagStatusOrUnrated } from '../rag/ragRules.js';
import { ragSeverity } from '../rag/ragRules.js';
import type { RagResult } from './types.js';

/** A rated item to roll up, named by its ref in the reasons. */
export interface RatedItem {
  readonly ref: string;
  readonly rag: RagResult;
}

/**
 * Rolls the RAG of actions up to a workstream or summary action. `worst` takes the most severe
 * status; `majority` the most common (ties go to the more severe). Unrated items are left out.
 *
 * @example
 * rollUpRag([{ ref: '2A', rag: green }, { ref: '2A.1', rag: red }], rules).reasons;
 * // ['Worst of 2 rated actions: 2A.1 is Red']
 */
export function rollUpRag(items: readonly RatedItem[], rules: RagRules, noun: 'action' | 'workstream' = 'action'): RagResult {
  // One pass: counts per status, and the refs of the worst ones for the reason. (An indexed loop and
  // a plain record: this runs once per workstream and summary, 10,000 times in a large plan.)
  const counts: Partial<Record<RagStatusOrUnrated, number>> = {};
  let rated = 0;
  let worst: RagStatusOrUnrated = 'unrated';
  let worstRefs: string[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as RatedItem;
    const status = item.rag.status;
    if (status === 'unrated') continue;
    rated++;
    counts[status] = (counts[status] ?? 0) + 1;
    const severity = ragSeverity(status);
    if (severity > ragSeverity(worst)) {
      worst = status;
      worstRefs = [item.ref];
    } else if (status === worst) worstRefs.push(item.ref);
  }
  if (rated === 0) {
    return {
      status: 'unrated',
      label: rules.labels.unrated,
      computed: 'unrated',
      computedLabel: rules.labels.unrated,
      verdict: 'roll-up',
      reasons: [items.length === 0 ? `No ${noun}s to roll up` : `None of its ${noun}s can be rated yet`],
      headline: items.length === 0 ? `no ${noun}s` : 'not rated yet',
      severity: -1,
    };
  }
  // Reasons are joined from parts (not template literals) so each is kept as one flat string, and
  // headlines are shared: a plan of 100,000 actions has 10,000 workstreams to explain.
  const counted = [rated, ' rated ', noun, rated === 1 ? '' : 's'].join('');
  let status: RagStatusOrUnrated;
  let reason: string;
  if (rules.rollUp === 'majority') {
    const entries = Object.entries(counts) as [RagStatusOrUnrated, number][];
    status = entries.sort((a, b) => b[1] - a[1] || ragSeverity(b[0]) - ragSeverity(a[0]))[0]?.[0] as RagStatusOrUnrated;
    reason = ['Most common of ', counted, ': ', counts[status], ' ', rules.labels[status]].join('');
  } else {
    status = worst;
    const named =
      worstRefs.length <= 3 ? worstRefs.join(', ') : [worstRefs.slice(0, 3).join(', '), ' and ', worstRefs.length - 3, ' more'].join('');
    reason = ['Worst of ', counted, ': ', named, worstRefs.length === 1 ? ' is ' : ' are ', rules.labels[status]].join('');
  }
  return {
    status,
    label: rules.labels[status],
    computed: status,
    computedLabel: rules.labels[status],
    verdict: 'roll-up',
    reasons: [reason],
    headline: rollUpHeadline(rules, noun, status),
    severity: ragSeverity(status),
  };
}

// One headline per rules, noun and status, shared by every workstream and summary that rolls up to it.
const headlines = new WeakMap<RagRules, Record<'action' | 'workstream', Partial<Record<RagStatusOrUnrated, string>>>>();
function rollUpHeadline(rules: RagRules, noun: 'action' | 'workstream', status: RagStatusOrUnrated): string {
  let byNoun = headlines.get(rules);
  if (byNoun === undefined) headlines.set(rules, (byNoun = { action: {}, workstream: {} }));
  return (byNoun[noun][status] ??=
    rules.rollUp === 'majority' ? `most of its ${noun}s are ${rules.labels[status]}` : `worst of its ${noun}s is ${rules.labels[status]}`);
}
