import { useId, type ReactElement, type ReactNode } from 'react';

/**
 * A table that scrolls sideways inside its own focusable region, named by its caption, when it is
 * wider than its place (WCAG 1.4.10: the page itself never scrolls sideways). Keyboard users reach
 * the region with Tab and scroll it with the arrow keys.
 *
 * @example
 * <ScrollTable caption="Activities"><thead>…</thead><tbody>…</tbody></ScrollTable>
 */
export function ScrollTable(props: {
  readonly caption: ReactNode;
  readonly captionClassName?: string;
  readonly className?: string;
  /**
   * Stack each body row as a card of labelled lines where the region has less than 40rem of room
   * (see "Tables that stack" in styles.css). The table then says `role="table"` and is named by its
   * caption explicitly, as WebKit drops a table's semantics once its display changes; the caller's
   * row groups, rows and cells must say their roles too, and each body cell its `data-label`
   * (or `data-stack="key"` or `"title"` for the cells of the card's first line, or `"long"` for
   * long text labelled above).
   */
  readonly stack?: boolean;
  readonly children: ReactNode;
}): ReactElement {
  const id = useId();
  return (
    <div className="wsoa-scroll" role="region" aria-labelledby={`${id}-caption`} tabIndex={0} data-stack={props.stack ? '' : undefined}>
      <table
        className={props.className ?? 'wsoa-table'}
        role={props.stack ? 'table' : undefined}
        aria-labelledby={props.stack ? `${id}-caption` : undefined}
      >
        <caption id={`${id}-caption`} className={props.captionClassName}>
          {props.caption}
        </caption>
        {props.children}
      </table>
    </div>
  );
}

/**
 * The header row of a table that stacks (`ScrollTable`'s `stack`): one column header per name, each
 * saying its role. Body cells label their lines with the same names.
 *
 * @example
 * <ColumnHeaders columns={['Risk', 'Score', 'Status']} />
 */
export function ColumnHeaders({ columns }: { readonly columns: readonly string[] }): ReactElement {
  return (
    <thead role="rowgroup">
      <tr role="row">
        {columns.map((column) => (
          <th key={column} scope="col" role="columnheader">
            {column}
          </th>
        ))}
      </tr>
    </thead>
  );
}
