// What makes a page scroll sideways, for reflow checks at 320 CSS pixels (WCAG 1.4.10).

/**
 * The page's scroll width and the first few elements under `root` that stick out past the
 * viewport, leaving out those inside a region made to scroll sideways (a labelled
 * `role="region"`, or the Gantt's viewport), for a test to compare with `{ width, wide: [] }`.
 * A table that stacks where narrow (`data-stack`) must not need its region's scrolling at all, so
 * what sticks out past its region counts too. Every closed `<details>` is opened while measuring,
 * and closed again after, so what a disclosure hides is checked as well.
 */
export async function pageOverflow(page, root = 'body') {
  return page.evaluate((selector) => {
    const closed = [...document.querySelectorAll(`${selector} details:not([open])`)];
    for (const details of closed) details.open = true;
    const wide = [...document.querySelectorAll(`${selector} *`)]
      .filter((e) => {
        const right = e.getBoundingClientRect().right;
        const stack = e.closest('[role="region"][data-stack]');
        if (stack) return right > stack.getBoundingClientRect().right + 1;
        return right > innerWidth + 1 && !e.closest('[role="region"], .wsoa-gantt__viewport');
      })
      .slice(0, 3)
      .map((e) => `${e.tagName.toLowerCase()}.${e.className}`);
    const width = document.documentElement.scrollWidth;
    for (const details of closed) details.open = false;
    return { width, wide };
  }, root);
}

/**
 * Checkboxes and radio buttons under `root` smaller than WCAG 2.2's minimum target, 24 by 24 CSS
 * pixels (2.5.8): a label that wraps must not squeeze its box. Each as "id: width×height"; those
 * not drawn (no width) are left out.
 */
export async function smallTargets(page, root = 'body') {
  return page.locator(`${root} input[type="checkbox"], ${root} input[type="radio"]`).evaluateAll((inputs) =>
    inputs.flatMap((input) => {
      const { width, height } = input.getBoundingClientRect();
      return width > 0 && (width < 24 || height < 24) ? [`${input.id || input.getAttribute('name')}: ${width}×${height}`] : [];
    }),
  );
}
