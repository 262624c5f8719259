import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../../tools/chromium.mjs';
import { pageOverflow, smallTargets } from '../../../tools/reflow.mjs';

// Every story of the built Storybook, in real Chromium: it renders, logs no errors, axe (colour
// contrast included) finds nothing, and it fits a 320 px screen.
const root = new URL('..', import.meta.url).pathname;
const index = JSON.parse(readFileSync(new URL('../storybook-static/index.json', import.meta.url), 'utf8')) as {
  entries: Record<string, { id: string; type: string; title: string; name: string }>;
};
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');

let server: PreviewServer;
let browser: Browser;
let base: string;

beforeAll(async () => {
  server = await preview({ root, build: { outDir: 'storybook-static' }, preview: { port: 0, host: '127.0.0.1', strictPort: false } });
  base = server.resolvedUrls?.local[0] ?? '';
  if (!base) throw new Error('vite preview did not report a URL');
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => server?.httpServer.close(() => resolve()));
});

describe('stories in Chromium', () => {
  it('finds the stories', () => {
    expect(stories.map((s) => s.id)).toContain('plan-gantt--torbay');
  });

  it.each(stories.map((s) => [s.id, s] as const))(
    '%s renders with no console errors and no axe violations, and fits 320 px with full-size targets',
    async (_id, story) => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`${base}iframe.html?id=${story.id}&viewMode=story`);
      await page.locator('#storybook-root > *').first().waitFor();
      const results = await new AxeBuilder({ page }).include('#storybook-root').analyze();
      // At 320 px (1280 px zoomed to 400%) nothing may need sideways scrolling of the page (WCAG 1.4.10
      // Reflow): wide tables and the Gantt's timeline scroll inside their own regions instead.
      await page.setViewportSize({ width: 320, height: 800 });
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      const overflow = await pageOverflow(page, '#storybook-root');
      // Checkboxes and radio buttons keep WCAG 2.2's minimum target, 24 by 24 CSS pixels, however their labels wrap.
      const small = await smallTargets(page, '#storybook-root');
      await context.close();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      expect(errors).toEqual([]);
      expect(overflow).toEqual({ width: 320, wide: [] });
      expect(small).toEqual([]);
    },
  );
});

describe('Gantt in Chromium', () => {
  it('keeps the task list in view while the timeline scrolls sideways', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${base}iframe.html?id=plan-gantt--torbay&viewMode=story`);
    await page.locator('.wsoa-gantt__viewport').waitFor();
    const place = () =>
      page.evaluate(() => {
        const viewport = document.querySelector('.wsoa-gantt__viewport') as HTMLElement;
        const ref = document.querySelector('[role="row"][data-row-key] [role="gridcell"]') as HTMLElement;
        return {
          scrollLeft: viewport.scrollLeft,
          offset: Math.round(ref.getBoundingClientRect().left - viewport.getBoundingClientRect().left),
          text: ref.textContent,
        };
      });
    const opened = await place();
    await page.evaluate(() => {
      (document.querySelector('.wsoa-gantt__viewport') as HTMLElement).scrollLeft += 500;
    });
    await page.waitForTimeout(100);
    const scrolled = await place();
    await context.close();
    // Opened scrolled to the as-of date, yet the first ref cell sits at the viewport's left edge.
    expect(opened.scrollLeft).toBeGreaterThan(0);
    expect(opened.offset).toBe(1);
    expect(scrolled.scrollLeft).toBe(opened.scrollLeft + 500);
    expect(scrolled.offset).toBe(1);
    expect(scrolled.text).toBe(opened.text);
  });
});

describe('Gantt in Chromium: cells', () => {
  it('ends a RAG badge too long for its cell with the cell’s ellipsis, not a word cut in half', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${base}iframe.html?id=plan-gantt--critical-path-and-baselines&viewMode=story`);
    await page.locator('.wsoa-gantt__viewport').waitFor();
    const overridden = await page.evaluate(() => {
      const note = document.querySelector('.wsoa-gantt__cell .wsoa-rag__note') as HTMLElement;
      const badge = note.parentElement as HTMLElement;
      const cell = badge.parentElement as HTMLElement;
      return {
        text: cell.textContent,
        overflows: cell.scrollWidth > cell.clientWidth,
        cellOverflow: getComputedStyle(cell).textOverflow,
        // Text overflow only cuts short inline text; an inline-flex or inline-block badge is one box, clipped.
        badgeDisplay: getComputedStyle(badge).display,
      };
    });
    await context.close();
    expect(overridden).toEqual({ text: 'Red (set by hand)', overflows: true, cellOverflow: 'ellipsis', badgeDisplay: 'inline' });
  });
});

describe('Windows high contrast (forced colours) in Chromium', () => {
  // In forced colours the browser replaces author colours with the user's few system colours. RAG
  // shapes, Gantt bars and their progress would then vanish or merge, so the theme redraws them in
  // the system's text colour (CanvasText), which the user chose to stand out against the background.
  it.each(['light', 'dark'] as const)('draws RAG shapes, Gantt bars and progress in the text colour on a %s scheme', async (scheme) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, forcedColors: 'active', colorScheme: scheme });
    const page = await context.newPage();
    await page.goto(`${base}iframe.html?id=plan-gantt--small-plan&viewMode=story`);
    await page.locator('.wsoa-gantt__viewport').waitFor();
    const drawn = await page.evaluate(() => {
      const probe = document.createElement('span');
      probe.style.color = 'CanvasText';
      probe.style.backgroundColor = 'Canvas';
      document.body.append(probe);
      const text = getComputedStyle(probe).color;
      const canvas = getComputedStyle(probe).backgroundColor;
      probe.remove();
      const style = (selector: string) => getComputedStyle(document.querySelector(selector) as Element);
      const bar = style('[data-row-key="a:2A.1"] .wsoa-gantt__bar');
      return {
        textAndCanvasDiffer: text !== canvas,
        shape: style('.wsoa-rag__shape').backgroundColor === text,
        barBorder: [bar.borderTopWidth, bar.borderTopColor === text, bar.backgroundColor === canvas],
        progress: style('[data-row-key="a:2A.1"] .wsoa-gantt__progress').backgroundColor === text,
      };
    });
    await context.close();
    expect(drawn).toEqual({ textAndCanvasDiffer: true, shape: true, barBorder: ['2px', true, true], progress: true });
  });
});

describe('RAG shapes in Chromium: never colour alone', () => {
  // Every RAG shape must stand out from what is behind it: a badge's from the page, and the shape in
  // each segment of a workstream's bar from the segment's status colour, in forced colours too.
  const stories = [
    ['every badge', 'status-ragbadge--every-scheme-and-status', '.wsoa-rag'],
    ['every segment of RAG by workstream', 'plan-progresssummary--torbay-april-2022', '.wsoa-ragbars__segment'],
  ] as const;
  const modes = [
    ['the default colours', {}],
    ['forced colours on a light scheme', { forcedColors: 'active', colorScheme: 'light' }],
    ['forced colours on a dark scheme', { forcedColors: 'active', colorScheme: 'dark' }],
  ] as const;
  it.each(stories.flatMap(([what, id, selector]) => modes.map(([mode, options]) => [what, mode, id, selector, options] as const)))(
    'draws a visible shape for %s in %s',
    async (_what, _mode, id, selector, options) => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
      const page = await context.newPage();
      await page.goto(`${base}iframe.html?id=${id}&viewMode=story`);
      await page.locator(selector).first().waitFor();
      const shapes = await page.evaluate((selector) => {
        // WCAG's contrast ratio of two computed colours.
        const luminance = (colour: string) => {
          const [r, g, b] = (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map((part) => {
            const c = Number(part) / 255;
            return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
          }) as [number, number, number];
          return 0.2126 * r + 0.7152 * g + 0.0722 * b;
        };
        const contrast = (a: string, b: string) => {
          const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
          return (high + 0.05) / (low + 0.05);
        };
        return [...document.querySelectorAll(selector)].map((item) => {
          const shape = item.querySelector(':scope > .wsoa-rag__shape') as HTMLElement;
          // What is behind the shape: the nearest background that is not transparent.
          let behind = 'rgb(255, 255, 255)';
          for (let at: Element | null = shape.parentElement; at; at = at.parentElement) {
            const colour = getComputedStyle(at).backgroundColor;
            if (colour !== 'rgba(0, 0, 0, 0)') {
              behind = colour;
              break;
            }
          }
          const drawn = getComputedStyle(shape);
          const fill = drawn.backgroundColor === 'rgba(0, 0, 0, 0)' ? 1 : contrast(drawn.backgroundColor, behind);
          const ring = drawn.borderTopWidth === '0px' ? 1 : contrast(drawn.borderTopColor, behind);
          // Non-text contrast (WCAG 1.4.11): at least 3:1 for the fill or the ring.
          return { rag: (item as HTMLElement).dataset.rag, visible: shape.getBoundingClientRect().width > 4 && Math.max(fill, ring) >= 3 };
        });
      }, selector);
      await context.close();
      expect(new Set(shapes.map((shape) => shape.rag)).size).toBeGreaterThanOrEqual(4);
      expect(shapes.filter((shape) => !shape.visible)).toEqual([]);
    },
  );
});

describe('Gantt in Chromium: scrolling', () => {
  it('scrolls on the compositor thread on a screen of ordinary pixel density, so wheel scrolling does not wait for new rows', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    // Each step has its own time limit, so a run that stalls names the step that stalled (one CI run, on a
    // heavily loaded machine, hung here until the test's own 60 s ran out).
    const step = <T>(name: string, work: Promise<T>, ms = 15_000): Promise<T> =>
      Promise.race([
        work,
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${name} took over ${ms / 1000} s`)), ms).unref()),
      ]);
    await step('opening the story', page.goto(`${base}iframe.html?id=plan-gantt--ten-thousand-rows&viewMode=story`));
    await step('drawing the chart', page.locator('.wsoa-gantt__viewport').waitFor());
    const cdp = await step('opening a DevTools session', context.newCDPSession(page));
    await step('DOM.enable', cdp.send('DOM.enable'));
    const { root } = await step('DOM.getDocument', cdp.send('DOM.getDocument', { depth: 0 }));
    const { nodeId } = await step(
      'DOM.querySelector',
      cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: '.wsoa-gantt__viewport' }),
    );
    const { node } = await step('DOM.describeNode', cdp.send('DOM.describeNode', { nodeId }));
    // Chromium sends the layer tree after drawing a frame; scrolling a row's height asks for one.
    // Its first trees may come before the chart's layers are settled, so look at the newest, a few times.
    let layers: Array<{ layerId: string; backendNodeId?: number }> = [];
    cdp.on('LayerTree.layerTreeDidChange', (event) => {
      if (event.layers) layers = event.layers;
    });
    await step('LayerTree.enable', cdp.send('LayerTree.enable'));
    const reasons: string[] = [];
    for (let attempt = 0; attempt < 10 && reasons.length === 0; attempt++) {
      await step(
        `scrolling a row, attempt ${attempt + 1}`,
        page.evaluate(
          () =>
            new Promise((resolve) => {
              (document.querySelector('.wsoa-gantt__viewport') as HTMLElement).scrollTop += 36;
              requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 50)));
            }),
        ),
      );
      for (const layer of layers) {
        if (layer.backendNodeId !== node.backendNodeId) continue;
        const { compositingReasonIds } = await step(
          'LayerTree.compositingReasons',
          cdp.send('LayerTree.compositingReasons', { layerId: layer.layerId }),
        );
        reasons.push(...compositingReasonIds);
      }
    }
    await context.close();
    expect(reasons).toContain('OverflowScrolling');
  });
});

describe('Gantt in Chromium: keyboard', () => {
  it('scrolls a bar that starts off to the side into view, clear of the pinned list, when the keyboard reaches it', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${base}iframe.html?id=plan-gantt--small-plan&viewMode=story`);
    await page.locator('.wsoa-gantt__viewport').waitFor();
    // Where 3A's bar starts, against the visible timeline: right of the pinned list, left of the viewport's edge.
    const place = () =>
      page.evaluate(() => {
        const viewport = document.querySelector('.wsoa-gantt__viewport') as HTMLElement;
        const listEdge = (document.querySelector('[data-row-key="a:3A"] .wsoa-gantt__list') as HTMLElement).getBoundingClientRect().right;
        const start = (document.querySelector('[data-row-key="a:3A"] [role="img"]') as HTMLElement).getBoundingClientRect().left;
        return {
          startInView: start >= listEdge && start < viewport.getBoundingClientRect().right,
          fromListEdge: Math.round(start - listEdge),
          focused: document.activeElement?.getAttribute('data-column'),
        };
      });
    await page.locator('[data-row-key="a:3A"] [role="gridcell"]').first().click();
    const before = await place();
    await page.keyboard.press('End');
    const after = await place();
    await context.close();
    // The chart opens at 22 May 2022; 3A starts on 3 May, behind the list.
    expect(before).toMatchObject({ startInView: false, focused: '0' });
    expect(after).toEqual({ startInView: true, fromListEdge: 40, focused: '8' });
  });
});

describe('RAG table in Chromium: narrow places', () => {
  // Where the table has under 40rem of room, each action stacks as a card: its ref and title on one
  // line, then one labelled line per column, so a parent on a phone reads the RAG without scrolling
  // sideways. The labels are CSS text with empty alternative text, so screen readers hear the same
  // table at every width.
  const open = async (id: string, width: number) => {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${base}iframe.html?id=${id}&viewMode=story`);
    await page.locator('#storybook-root .wsoa-ragtable table').waitFor();
    const layout = await page.evaluate(() => {
      const region = document.querySelector('.wsoa-ragtable .wsoa-scroll') as HTMLElement;
      const table = region.querySelector('table') as HTMLElement;
      const row = table.querySelector('tbody tr[data-kind="action"]') as HTMLElement;
      // The first action's cells, grouped into the lines they sit on.
      const lines: string[][] = [];
      let top = Number.NaN;
      for (const cell of row.children as HTMLCollectionOf<HTMLElement>) {
        const cellTop = Math.round(cell.getBoundingClientRect().top);
        if (cellTop !== top) lines.push([]);
        lines.at(-1)?.push(cell.dataset.column ?? '');
        top = cellTop;
      }
      const rag = getComputedStyle(row.querySelector('[data-column="rag"]') as Element, '::before');
      const edge = region.getBoundingClientRect();
      return {
        display: getComputedStyle(table).display,
        scrollsSideways: region.scrollWidth > region.clientWidth,
        outside: [...table.querySelectorAll('th, td')].filter((cell) => {
          const box = cell.getBoundingClientRect();
          return box.left < edge.left - 1 || box.right > edge.right + 1;
        }).length,
        lines,
        ragLabel: [rag.content, rag.float],
      };
    });
    return { page, context, layout };
  };

  it('stacks each action as labelled lines on a 320 px screen, with nothing to scroll sideways', async () => {
    const { context, layout } = await open('plan-ragtable--torbay', 320);
    await context.close();
    expect(layout).toEqual({
      display: 'block',
      scrollsSideways: false,
      outside: 0,
      lines: [['ref', 'action'], ['leads'], ['days'], ['start'], ['finish'], ['percent'], ['rag'], ['reason']],
      ragLabel: ['"RAG" / ""', 'inline-start'],
    });
  });

  it('keeps the table where there is room', async () => {
    const { context, layout } = await open('plan-ragtable--torbay', 1280);
    await context.close();
    expect(layout).toEqual({
      display: 'table',
      scrollsSideways: false,
      outside: 0,
      lines: [['ref', 'action', 'leads', 'days', 'start', 'finish', 'percent', 'rag', 'reason']],
      ragLabel: ['none', 'none'],
    });
  });

  it('stacks in a narrow column of a wide page, as an embed in a sidebar would be', async () => {
    const { context, layout } = await open('plan-ragtable--narrow', 1280);
    await context.close();
    expect(layout).toMatchObject({ display: 'block', scrollsSideways: false, outside: 0 });
  });

  it.each([
    'plan-riskregister--narrow',
    'plan-findingcoverage--narrow',
    'plan-planchanges--narrow',
    'co-production-engagementtracker--narrow',
  ])('stacks every table of %s in a narrow column of a wide page, with nothing to scroll sideways', async (id) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${base}iframe.html?id=${id}&viewMode=story`);
    await page.locator('#storybook-root [data-stack] table').first().waitFor();
    const tables = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('[role="region"][data-stack]')].map((region) => ({
        display: getComputedStyle(region.querySelector('table') as Element).display,
        scrollsSideways: region.scrollWidth > region.clientWidth,
      })),
    );
    await context.close();
    const stacked = { display: 'block', scrollsSideways: false };
    expect(tables).toEqual(id === 'co-production-engagementtracker--narrow' ? [stacked, stacked] : [stacked]);
  });

  it('gives screen readers the same table stacked as wide, and axe finds nothing stacked', async () => {
    const snapshot = async (width: number) => {
      const { page, context } = await open('plan-ragtable--torbay', width);
      const tree = await page.locator('.wsoa-ragtable table').ariaSnapshot();
      const axe = width < 600 ? await new AxeBuilder({ page }).include('#storybook-root').analyze() : undefined;
      await context.close();
      return { tree, violations: axe?.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`) };
    };
    const [narrow, wide] = [await snapshot(320), await snapshot(1280)];
    expect(narrow.violations).toEqual([]);
    expect(narrow.tree).toBe(wide.tree);
    // The first action's row as a screen reader meets it: no column label read into its cells.
    expect(narrow.tree).toContain(
      ['      - rowheader "1A"', '      - cell "Create a JSNA Data Group"', '      - cell "JC/BB"', '      - cell "35"'].join('\n'),
    );
  });
});

describe('ProgressSummary in Chromium: copy for a board report', () => {
  it('puts the progress table on the clipboard as a table for Word and as tab-separated text', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(base).origin });
    const page = await context.newPage();
    await page.goto(`${base}iframe.html?id=plan-progresssummary--copy-for-a-board-report&viewMode=story`);
    await page.getByRole('button', { name: 'Copy the progress table and sentence for a board report' }).click();
    await page.getByRole('status').filter({ hasText: 'Copied' }).waitFor();
    const status = await page.getByRole('status').filter({ hasText: 'Copied' }).textContent();
    // What a paste target reads back: the HTML as a document, and the plain text.
    const copied = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      const html = await (await (item as ClipboardItem).getType('text/html')).text();
      const text = await (await (item as ClipboardItem).getType('text/plain')).text();
      const doc = new DOMParser().parseFromString(html, 'text/html');
      return {
        types: [...(item as ClipboardItem).types],
        rows: [...doc.querySelectorAll('tr')].map((tr) => [...tr.children].map((cell) => cell.textContent)),
        bold: [...doc.querySelectorAll('tbody tr')].filter((tr) => tr.querySelector('b')).length,
        sentence: doc.querySelector('p')?.textContent,
        scripts: doc.querySelectorAll('script').length,
        textLines: text.split('\n').slice(0, 3),
      };
    });
    await context.close();
    expect(status).toBe('Copied the progress table (15 rows) and the sentence on progress in June 2024. Paste them into the board report.');
    expect(copied.types.sort()).toEqual(['text/html', 'text/plain']);
    expect(copied.rows).toHaveLength(16);
    expect(copied.rows[0]).toEqual([
      'Task Name',
      'LO/AO',
      'Duration',
      'Start',
      'Finish',
      '% Work Complete',
      'RAG',
      'Commentary',
      'Mitigation',
      'Impact if not mitigated',
      'Impact sustained',
    ]);
    expect(copied.rows[2]?.slice(0, 2)).toEqual(['1.1 Clear the backlog of EHC needs assessments over 20 weeks', 'JB']);
    expect(copied.bold).toBe(4);
    expect(copied.sentence).toBe(
      '3 actions were due to have started in June 2024, of which 0 have been reported. 2 have been started (67%).',
    );
    expect(copied.scripts).toBe(0);
    expect(copied.textLines[0]).toBe(copied.rows[0]?.join('\t'));
  });
});

describe('MeasureChart in Chromium: legible at any width', () => {
  // The chart draws at its container's width, so its 12px labels stay 12px on a phone instead of
  // shrinking with a scaled drawing, and it labels only as many quarters as fit.
  it.each([
    ['plan-measurechart--higher-is-better', 320],
    ['plan-measurechart--higher-is-better', 1280],
    ['plan-measurechart--no-actuals', 320],
    ['plan-measurechart--central-bedfordshire', 375],
  ] as const)('%s at %i px: drawn at scale 1, date labels apart', async (id, width) => {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${base}iframe.html?id=${id}&viewMode=story`);
    await page.locator('.wsoa-measure__chart').waitFor();
    const drawn = await page.evaluate(() => {
      const svg = document.querySelector('.wsoa-measure__chart') as SVGSVGElement;
      const labels = [...svg.querySelectorAll('.wsoa-measure__grid g > text[text-anchor="middle"]')].map((t) => t.getBoundingClientRect());
      return {
        scale: Math.round((svg.getScreenCTM()?.a ?? 0) * 100) / 100,
        labels: labels.length,
        overlaps: labels.filter((box, i) => i > 0 && box.left < (labels[i - 1] as DOMRect).right + 4).length,
      };
    });
    await context.close();
    expect(drawn).toMatchObject({ scale: 1, overlaps: 0 });
    expect(drawn.labels).toBeGreaterThanOrEqual(2);
  });
});

describe('MeasureChart in Chromium: the figures on a phone', () => {
  // The table of figures stacks like the other tables, each figure a card of its date, what it is,
  // and its value labelled, so nothing (not its caption, not a column) is cut off at the edge. It
  // sits in a <details>, whose content inherits through the browser's own slot: the cards must
  // still size their padding inside their width there.
  // Stacked, the first figure's card is its date and what it is, on one line where they fit (2 lines
  // in a 360 px column) or two (3 lines at 320 px), then its value; with room, one table row.
  const stacked = (lines: number) => ({ display: 'block', scrollsSideways: false, outside: 0, lines });
  it.each([
    ['plan-measurechart--higher-is-better', 320, stacked(3)],
    ['plan-measurechart--inside-a-host-page', 320, stacked(3)],
    ['plan-measurechart--higher-is-better', 1280, { display: 'table', scrollsSideways: false, outside: 0, lines: 1 }],
    // Open from the start, in a column 360 px wide of a wide page.
    ['plan-measurechart--narrow-with-figures', 1280, stacked(2)],
  ] as const)('%s at %i px: the figures fit their region', async (id, width, expected) => {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${base}iframe.html?id=${id}&viewMode=story`);
    const details = page.locator('.wsoa-measure__details');
    if ((await details.getAttribute('open')) === null) await page.getByText('Show the figures as a table').click();
    const layout = await page.evaluate(() => {
      const region = document.querySelector('.wsoa-measure__details [role="region"]') as HTMLElement;
      const edge = region.getBoundingClientRect();
      const row = region.querySelector('tbody tr') as HTMLElement;
      const lines = new Set(
        [...row.children].filter((cell) => cell.textContent !== '').map((cell) => Math.round(cell.getBoundingClientRect().top)),
      );
      return {
        display: getComputedStyle(region.querySelector('table') as Element).display,
        scrollsSideways: region.scrollWidth > region.clientWidth,
        outside: [...region.querySelectorAll('caption, th, td')].filter((cell) => {
          const box = cell.getBoundingClientRect();
          return box.width > 0 && (box.left < edge.left - 1 || box.right > edge.right + 1);
        }).length,
        lines: lines.size,
      };
    });
    await context.close();
    expect(layout).toEqual(expected);
  });
});

describe('DeadlineTimeline in Chromium: the calendar file', () => {
  it('downloads an iCalendar file of all-day events, CRLF lines folded within 75 bytes', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${base}iframe.html?id=plan-deadlinetimeline--with-calendar-file&viewMode=story`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Add these dates to your calendar (.ics file)' }).click(),
    ]);
    const path = await download.path();
    const file = readFileSync(path, 'utf8');
    await context.close();
    expect(download.suggestedFilename()).toBe('northbrook-priority-action-plan-2024-2026-dates.ics');
    const lines = file.split('\r\n');
    expect([lines[0], lines.at(-2), lines.at(-1)]).toEqual(['BEGIN:VCALENDAR', 'END:VCALENDAR', '']);
    expect(file.replace(/\r\n/g, '')).not.toContain('\n');
    expect(Math.max(...lines.map((line) => Buffer.byteLength(line)))).toBeLessThanOrEqual(75);
    const starts = file
      .replace(/\r\n /g, '')
      .split('\r\n')
      .filter((line) => line.startsWith('DTSTART'));
    expect(starts).toHaveLength(13);
    expect(starts.every((line) => /^DTSTART;VALUE=DATE:\d{8}$/.test(line))).toBe(true);
  });
});

describe('Gantt in Chromium: the chart as a PNG', () => {
  it('saves the chart at the size of its SVG, says where it shrank a large one to draw it, and why one too large was not saved', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${base}iframe.html?id=plan-gantt--torbay&viewMode=story`);
    const save = async (name: string) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
      return { name: download.suggestedFilename(), bytes: readFileSync(await download.path()) };
    };
    const svg = await save('Download SVG');
    const png = await save('Download PNG');
    const size = /<svg [^>]*width="(\d+)" height="(\d+)"/.exec(svg.bytes.toString('utf8'));
    // A PNG's signature, then its IHDR chunk: width and height as 32-bit big-endian numbers.
    expect([png.name, png.bytes.subarray(1, 4).toString('latin1'), png.bytes.subarray(12, 16).toString('latin1')]).toEqual([
      'torbay-written-statement-of-action-2022.png',
      'PNG',
      'IHDR',
    ]);
    expect([png.bytes.readUInt32BE(16), png.bytes.readUInt32BE(20)]).toEqual([Number(size?.[1]), Number(size?.[2])]);
    expect(await page.getByRole('alert').count()).toBe(0);

    // 1,100 rows at a month a column are 2,024 by 30,864 pixels: saved at half size, saying so.
    await page.goto(`${base}iframe.html?id=plan-gantt--a-thousand-rows&viewMode=story`);
    const large = await save('Download PNG');
    const note =
      'Saved the PNG at 51% of the chart’s size, 1,048 by 15,994 pixels: the chart is 2,024 by 30,864 pixels, and a browser draws an image of at most 32,767 pixels a side and 16,777,216 in all. Download the SVG for the chart at full size.';
    expect([large.bytes.readUInt32BE(16), large.bytes.readUInt32BE(20)]).toEqual([1_048, 15_994]);
    await page.getByRole('status').filter({ hasText: note }).waitFor();
    expect([await page.getByText(note).count(), await page.getByRole('alert').count()]).toEqual([2, 0]);

    // 11,000 rows at a month a column are 2,024 by 308,064 pixels: no PNG, and a note saying why.
    await page.goto(`${base}iframe.html?id=plan-gantt--ten-thousand-rows&viewMode=story`);
    const downloads: string[] = [];
    page.on('download', (download) => downloads.push(download.suggestedFilename()));
    await page.getByRole('button', { name: 'Download PNG' }).click();
    const alert = await page.getByRole('alert').textContent();
    await context.close();
    expect(alert).toBe(
      'The chart is 2,024 by 308,064 pixels, too large to save as a PNG: a browser draws an image of at most 32,767 pixels a side and 16,777,216 in all, and shrunk to fit, its text could not be read. Download the SVG instead, which has no such limit.',
    );
    expect(downloads).toEqual([]);
    // Three stories, one of 10,000 actions analysed in the page: more than the usual minute under load.
  }, 120_000);
});

describe('widgets inside a host page’s theme', () => {
  // The "Inside a host page" stories put a widget under element styles of the kind council themes
  // ship (tables as blocks, uppercase buttons, purple headings, icon-sized SVGs): none may leak in.
  const computed = async (id: string, selector: string, properties: readonly string[]) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${base}iframe.html?id=${id}&viewMode=story`);
    await page.locator('#storybook-root [data-wsoa]').first().waitFor();
    const values = await page.evaluate(
      ([sel, props]) => {
        const element = document.querySelector(sel as string) as Element;
        const style = getComputedStyle(element);
        return (props as string[]).map((p) => style.getPropertyValue(p));
      },
      [selector, properties] as const,
    );
    await context.close();
    return values;
  };

  it('keeps the RAG table a table with plain headers and buttons', async () => {
    expect(await computed('plan-ragtable--inside-a-host-page', '[data-wsoa] table', ['display', 'border-top-style'])).toEqual([
      'table',
      'none',
    ]);
    expect(await computed('plan-ragtable--inside-a-host-page', '[data-wsoa] th[scope="col"]', ['text-transform', 'text-align'])).toEqual([
      'none',
      'left',
    ]);
    expect(await computed('plan-ragtable--inside-a-host-page', '.wsoa-ragtable__sort', ['text-transform', 'color'])).toEqual([
      'none',
      'rgb(29, 112, 184)',
    ]);
  });

  it('keeps headings and lists of the progress summary in the theme', async () => {
    expect(await computed('plan-progresssummary--inside-a-host-page', '[data-wsoa] h2', ['color', 'text-transform'])).toEqual([
      'rgb(11, 12, 12)',
      'none',
    ]);
    expect(await computed('plan-progresssummary--inside-a-host-page', '.wsoa-ragbars', ['list-style-type', 'margin-left'])).toEqual([
      'none',
      '0px',
    ]);
  });

  it('keeps the measure chart full width, not icon-sized', async () => {
    const [width] = await computed('plan-measurechart--inside-a-host-page', '.wsoa-measure__chart', ['width']);
    expect(Number.parseFloat(width ?? '0')).toBeGreaterThan(500);
  });
});
