import type { Page } from 'playwright-core';

/** The page's scroll width, and what sticks out past the viewport outside a sideways-scrolling region. */
export declare function pageOverflow(page: Page, root?: string): Promise<{ width: number; wide: string[] }>;
