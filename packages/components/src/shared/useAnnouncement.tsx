import { useCallback, useMemo, useState, type ReactElement } from 'react';

/**
 * A message for a live region that is said again when it repeats: each `announce` puts the text
 * in a new element, so a screen reader hears the second "Copied …" as it heard the first, where
 * setting the same text again would change nothing in the page and be silent.
 *
 * @example
 * const [message, announce] = useAnnouncement();
 * // in a handler: announce('Copied the progress table.');
 * // in the markup: <p role="status">{message}</p>
 */
export function useAnnouncement(): readonly [message: ReactElement | null, announce: (text: string) => void] {
  const [said, setSaid] = useState({ text: '', times: 0 });
  const announce = useCallback((text: string) => setSaid((before) => ({ text, times: before.times + 1 })), []);
  // The same element until the next announcement, so a view that redraws often (the Gantt as it
  // scrolls) gives React nothing new to compare.
  const message = useMemo(() => (said.text === '' ? null : <span key={said.times}>{said.text}</span>), [said]);
  return [message, announce];
}
