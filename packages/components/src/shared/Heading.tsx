import type { ReactElement, ReactNode } from 'react';

/** Heading levels a component may be placed under: it cannot know the host page's outline. */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/** A heading at a chosen level, so a widget fits whatever outline the host page has. */
export function Heading(props: {
  readonly level: HeadingLevel;
  readonly id?: string;
  readonly className?: string;
  readonly children: ReactNode;
}): ReactElement {
  const Tag = `h${props.level}` as const;
  return (
    <Tag id={props.id} className={props.className}>
      {props.children}
    </Tag>
  );
}

/** One level below, capped at 6. */
export const subLevel = (level: HeadingLevel): HeadingLevel => Math.min(6, level + 1) as HeadingLevel;
