import {
  actionChangeTags,
  changeLines,
  COMPARISON_STATUS_WORDS,
  comparePlans,
  type ActionChangeTag,
  type ActionComparison,
  type PlanAnalysis,
} from '@wsoa-kit/core';
import { useId, useMemo, useState, type ReactElement } from 'react';
import { Heading, type HeadingLevel } from '../shared/Heading.js';
import { ColumnHeaders, ScrollTable } from '../shared/ScrollTable.js';

/** Which changed actions {@link PlanChanges} shows. */
export type PlanChangesFilter =
  'all' | 'added' | 'removed' | 'changed' | 'later' | 'earlier' | 'baseline' | 'worse' | 'better' | 'completed';

/** Props for {@link PlanChanges}. */
export interface PlanChangesProps {
  /** The earlier version, analysed as of its own date. */
  readonly before: PlanAnalysis;
  /** The later version, analysed as of its own date. */
  readonly after: PlanAnalysis;
  /** Default "Changes to the plan". */
  readonly title?: string;
  /** Heading level of the title. Default 2. */
  readonly headingLevel?: HeadingLevel;
  /** Actions drawn at first, and how many more each "Show more" draws. Default 50. */
  readonly pageSize?: number;
  /** The filter it opens with. Default `all`. */
  readonly defaultFilter?: PlanChangesFilter;
  readonly theme?: 'default' | 'high-contrast';
}

/** Each filter's words, and the actions it keeps: by status, or by a kind of change core names. */
const FILTERS: readonly {
  readonly value: PlanChangesFilter;
  readonly words: string;
  readonly status?: ActionComparison['status'];
  readonly tag?: ActionChangeTag;
}[] = [
  { value: 'all', words: 'All changes' },
  { value: 'added', words: 'Added', status: 'added' },
  { value: 'removed', words: 'Removed', status: 'removed' },
  { value: 'changed', words: 'Changed', status: 'changed' },
  { value: 'later', words: 'Finish moved later', tag: 'finish-later' },
  { value: 'earlier', words: 'Finish moved earlier', tag: 'finish-earlier' },
  { value: 'baseline', words: 'Baseline changed', tag: 'baseline' },
  { value: 'worse', words: 'RAG worse', tag: 'rag-worse' },
  { value: 'better', words: 'RAG better', tag: 'rag-better' },
  { value: 'completed', words: 'Completed', tag: 'completed' },
];

/** The actions a filter keeps. */
function kept(
  tagged: readonly { readonly action: ActionComparison; readonly tags: ReadonlySet<ActionChangeTag> }[],
  filter: (typeof FILTERS)[number],
): ActionComparison[] {
  return tagged
    .filter(
      ({ action, tags }) =>
        (filter.status === undefined || action.status === filter.status) && (filter.tag === undefined || tags.has(filter.tag)),
    )
    .map(({ action }) => action);
}

/**
 * What changed between two versions of a plan (core's `comparePlans`), for a board paper or a page
 * of changes for families: sentences that count the changes, then each action added, removed or
 * changed, with every change in words, any workstream added, removed or renamed, and each impact
 * measure with a new figure (better or worse, by its own direction), target or status. A "Show"
 * list picks the actions whose finish moved, whose RAG got worse, and so on.
 *
 * @example
 * <PlanChanges before={analysePlan(lastMonth, { asOf: '2022-04-29' })} after={analysePlan(thisMonth, { asOf: '2022-05-31' })} />
 */
export function PlanChanges(props: PlanChangesProps): ReactElement {
  const { before, after } = props;
  const ids = useId();
  const pageSize = Math.max(1, props.pageSize ?? 50);
  const comparison = useMemo(() => comparePlans(before, after), [before, after]);
  const [filter, setFilter] = useState<PlanChangesFilter>(props.defaultFilter ?? 'all');
  const [limit, setLimit] = useState(pageSize);
  const tagged = useMemo(() => comparison.actions.map((action) => ({ action, tags: actionChangeTags(action) })), [comparison]);
  const counts = useMemo(() => new Map(FILTERS.map((f) => [f.value, kept(tagged, f).length])), [tagged]);
  const chosen = FILTERS.find((f) => f.value === filter) ?? FILTERS[0]!;
  const shown = useMemo(() => kept(tagged, chosen), [tagged, chosen]);
  const hidden = shown.length - Math.min(shown.length, limit);
  const level = props.headingLevel ?? 2;
  return (
    <section data-wsoa="" data-wsoa-theme={props.theme ?? 'default'} className="wsoa-changes" aria-labelledby={`${ids}-title`}>
      <Heading level={level} id={`${ids}-title`}>
        {props.title ?? 'Changes to the plan'}
      </Heading>
      {comparison.sentences.map((sentence) => (
        <p key={sentence} className="wsoa-changes__sentence">
          {sentence}
        </p>
      ))}
      {comparison.actions.length > 0 ? (
        <>
          <div className="wsoa-field wsoa-changes__filter">
            <label htmlFor={`${ids}-filter`}>Show</label>
            <select
              id={`${ids}-filter`}
              value={chosen.value}
              onChange={(event) => {
                setFilter(event.currentTarget.value as PlanChangesFilter);
                setLimit(pageSize);
              }}
            >
              {FILTERS.filter((f) => f.value === 'all' || f.value === chosen.value || counts.get(f.value)! > 0).map((f) => (
                <option key={f.value} value={f.value}>{`${f.words} (${counts.get(f.value)!.toLocaleString('en-GB')})`}</option>
              ))}
            </select>
          </div>
          <p role="status" className="wsoa-visually-hidden">
            {chosen.value === 'all'
              ? ''
              : `Showing ${actionsText(shown.length)} of ${comparison.actions.length.toLocaleString('en-GB')}: ${chosen.words.toLowerCase()}.`}
          </p>
          <ActionsTable
            actions={shown.slice(0, limit)}
            caption={chosen.value === 'all' ? 'Actions added, removed or changed' : `Actions: ${chosen.words.toLowerCase()}`}
          />
          {hidden > 0 ? (
            <button type="button" className="wsoa-button wsoa-button--secondary" onClick={() => setLimit(limit + pageSize)}>
              {`Show ${Math.min(pageSize, hidden).toLocaleString('en-GB')} more of ${hidden.toLocaleString('en-GB')} hidden actions`}
            </button>
          ) : null}
        </>
      ) : null}
      {comparison.workstreams.length > 0 ? (
        <OtherChangesTable caption={`${workstreamNoun(after)} added, removed or changed`} nameHeader="Name" rows={comparison.workstreams} />
      ) : null}
      {comparison.measures.length > 0 ? (
        <OtherChangesTable
          caption="Impact measures added, removed or changed"
          nameHeader="Measure"
          rows={comparison.measures.map((m) => ({ ...m, name: m.title }))}
        />
      ) : null}
    </section>
  );
}

function ActionsTable({ actions, caption }: { readonly actions: readonly ActionComparison[]; readonly caption: string }): ReactElement {
  return (
    <ScrollTable caption={caption} stack>
      <ColumnHeaders columns={['Action', 'Workstream', 'Change', 'What changed']} />
      <tbody role="rowgroup">
        {actions.length === 0 ? (
          <tr role="row">
            <td role="cell" colSpan={4}>
              No actions.
            </td>
          </tr>
        ) : null}
        {actions.map((action) => (
          <tr key={action.id} role="row" data-status={action.status}>
            <th scope="row" role="rowheader" data-stack="title">
              {`${action.ref} ${action.title}`}
            </th>
            <td role="cell" data-label="Workstream">
              {action.workstream}
            </td>
            <td role="cell" data-label="Change">
              <span className="wsoa-changes__status">{COMPARISON_STATUS_WORDS[action.status]}</span>
            </td>
            <td role="cell" data-label="What changed" data-stack="long">
              <ChangeList texts={changeLines(action)} />
            </td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}

/** A change to something other than an action: a workstream or an impact measure. */
interface OtherChange {
  readonly id: string;
  readonly name: string;
  readonly status: ActionComparison['status'];
  readonly changes: readonly { readonly text: string }[];
  readonly text: string;
}

/** Workstreams or measures added, removed or changed: each by name, the kind of change, and every change in words. */
function OtherChangesTable({
  caption,
  nameHeader,
  rows,
}: {
  readonly caption: string;
  readonly nameHeader: string;
  readonly rows: readonly OtherChange[];
}): ReactElement {
  return (
    <ScrollTable caption={caption} stack>
      <ColumnHeaders columns={[nameHeader, 'Change', 'What changed']} />
      <tbody role="rowgroup">
        {rows.map((row) => (
          <tr key={row.id} role="row" data-status={row.status}>
            <th scope="row" role="rowheader" data-stack="title">
              {row.name}
            </th>
            <td role="cell" data-label="Change">
              <span className="wsoa-changes__status">{COMPARISON_STATUS_WORDS[row.status]}</span>
            </td>
            <td role="cell" data-label="What changed" data-stack="long">
              <ChangeList texts={changeLines(row)} />
            </td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}

/** One change as a line of text; several as a list, so a screen reader says how many. */
function ChangeList({ texts }: { readonly texts: readonly string[] }): ReactElement {
  if (texts.length === 1) return <>{texts[0]}</>;
  return (
    <ul className="wsoa-changes__list">
      {texts.map((text, i) => (
        <li key={i}>{text}</li>
      ))}
    </ul>
  );
}

/** The plan's own word for its workstreams, as a caption starts: "Focus areas". */
const workstreamNoun = (after: PlanAnalysis) => {
  const label = after.workstreams[0]?.label;
  return label ? `${label.charAt(0).toUpperCase()}${label.slice(1).toLowerCase()}s` : 'Workstreams';
};

const actionsText = (n: number) => `${n.toLocaleString('en-GB')} action${n === 1 ? '' : 's'}`;
