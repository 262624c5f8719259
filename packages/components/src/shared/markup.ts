const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text from a plan made safe to write into HTML or SVG markup: every markup character escaped, so
 * it always reads as text.
 *
 * @example
 * escapeMarkup(`Plan <A&B> "Tom's"`); // 'Plan &lt;A&amp;B&gt; &quot;Tom&#39;s&quot;'
 */
export const escapeMarkup = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c] as string);
