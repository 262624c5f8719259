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
   * Say `role="table"` and name the table by its caption explicitly, for a table whose CSS may
   * change its `display` (WebKit then drops the implicit table semantics). Its rows and cells must
   * say their roles too.
   */
  readonly explicitRoles?: boolean;
  readonly children: ReactNode;
}): ReactElement {
  const id = useId();
  return (
    <div className="wsoa-scroll" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
      <table
        className={props.className ?? 'wsoa-table'}
        role={props.explicitRoles ? 'table' : undefined}
        aria-labelledby={props.explicitRoles ? `${id}-caption` : undefined}
      >
        <caption id={`${id}-caption`} className={props.captionClassName}>
          {props.caption}
        </caption>
        {props.children}
      </table>
    </div>
  );
}
