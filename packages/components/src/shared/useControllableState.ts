import { useCallback, useRef, useState } from 'react';
import { useBrowserLayoutEffect } from './useBrowserLayoutEffect.js';

/**
 * One way to be controlled or uncontrolled, used by every component: pass `value` to control the
 * state, or `defaultValue` to let the component hold it; `onChange` is called either way.
 *
 * @example
 * const [zoom, setZoom] = useControllableState(props.zoom, props.defaultZoom ?? 'week', props.onZoomChange);
 */
export function useControllableState<T>(value: T | undefined, defaultValue: T, onChange?: (next: T) => void): [T, (next: T) => void] {
  const [inner, setInner] = useState(defaultValue);
  const controlled = value !== undefined;
  const current = controlled ? value : inner;
  // The latest handler, kept once a render is committed: a render React throws away must not
  // leave its handler behind for the next event.
  const onChangeRef = useRef(onChange);
  useBrowserLayoutEffect(() => {
    onChangeRef.current = onChange;
  });
  const set = useCallback(
    (next: T) => {
      if (!controlled) setInner(next);
      onChangeRef.current?.(next);
    },
    [controlled],
  );
  return [current, set];
}
