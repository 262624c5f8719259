import { useEffect, useLayoutEffect } from 'react';

/**
 * `useLayoutEffect` in a browser; `useEffect` where there is no DOM. On a server neither runs, but
 * React 18's server renderer prints a warning for every `useLayoutEffect` it meets, and councils
 * render these views on servers that still run React 18.
 *
 * @example
 * useBrowserLayoutEffect(() => {
 *   viewportRef.current?.scrollTo({ left: openingLeft });
 * }, [openingLeft]);
 */
export const useBrowserLayoutEffect: typeof useLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;
