import type { Page } from 'playwright-core';

/** The page's scroll width, and what sticks out past the viewport outside a sideways-scrolling region. */
export declare function pageOverflow(page: Page, root?: string): Promise<{ width: number; wide: string[] }>;

/** Checkboxes and radio buttons smaller than 24 by 24 CSS pixels (WCAG 2.2, 2.5.8), as "id: width×height". */
export declare function smallTargets(page: Page, root?: string): Promise<string[]>;
