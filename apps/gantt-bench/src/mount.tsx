import { useLayoutEffect, type ReactElement, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { finishAfterTwoFrames } from './synthetic.js';

/** Calls `onMount` once React has put its children into the DOM (a parent's layout effect runs after its children's). */
function Mounted({ onMount, children }: { onMount: () => void; children: ReactNode }): ReactNode {
  useLayoutEffect(() => onMount(), [onMount]);
  return children;
}

/**
 * Renders a React page into `#root` and records the time from `started` to two animation frames
 * after React's first commit. `render` only schedules the work: React renders in a later task, and
 * after a long script the browser runs an animation frame first, so frames counted from this call
 * would start before the chart is in the page.
 */
export function renderAndTime(element: ReactElement, started: number): void {
  createRoot(document.getElementById('root') as HTMLElement).render(
    <Mounted onMount={() => finishAfterTwoFrames(started)}>{element}</Mounted>,
  );
}
