import { useCallback, useRef, useState } from 'react';

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
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  const set = useCallback(
    (next: T) => {
      if (!controlled) setInner(next);
      onChangeRef.current?.(next);
    },
    [controlled],
  );
  return [current, set];
}
