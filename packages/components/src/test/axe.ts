import axe from 'axe-core';

/**
 * Runs axe over a rendered container and returns its violations as short readable lines, so a
 * failing test prints what is wrong. jsdom cannot compute colour contrast: that rule is checked in
 * the real browser instead.
 */
export async function axeViolations(container: Element): Promise<string[]> {
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}
