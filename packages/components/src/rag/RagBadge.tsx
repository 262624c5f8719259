import { DEFAULT_RAG_RULES, type RagResult, type RagStatusOrUnrated } from '@wsoa-kit/core';
import type { ReactElement } from 'react';

/** Props for {@link RagBadge}. */
export interface RagBadgeProps {
  /** The status, in any scheme: `red`, `amber`, `green`, `blue`, `not-started`, `started`, `complete` or `unrated`. */
  readonly status: RagStatusOrUnrated;
  /** The word to show; defaults to the built-in word for the status ("Amber", "Not started"). Pass `rag.label` to use the plan's own words. */
  readonly label?: string;
  /** Extra words for screen readers and the tooltip-free reader alike, shown after the label in smaller text (e.g. "set by hand"). */
  readonly note?: string;
}

/**
 * A RAG status as a word plus a shape, never colour alone: Red is a triangle, Amber a diamond,
 * Green and Started a circle, Blue and Complete a square, Not started an empty circle and Not rated
 * a dash. The colour comes from `--wsoa-rag-…` custom properties through `data-rag`.
 *
 * @example
 * <RagBadge status={action.rag.status} label={action.rag.label} />
 */
export function RagBadge({ status, label, note }: RagBadgeProps): ReactElement {
  return (
    <span className="wsoa-rag" data-rag={status}>
      <span className="wsoa-rag__shape" aria-hidden="true" />
      <span className="wsoa-rag__label">{label ?? DEFAULT_RAG_RULES.labels[status]}</span>
      {note ? <span className="wsoa-rag__note"> ({note})</span> : null}
    </span>
  );
}

/** A badge for a RAG result from core, noting a manual override. */
export function RagResultBadge({ rag }: { readonly rag: RagResult }): ReactElement {
  return <RagBadge status={rag.status} label={rag.label} note={rag.override ? 'set by hand' : undefined} />;
}
