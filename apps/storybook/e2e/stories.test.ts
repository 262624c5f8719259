import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../../tools/chromium.mjs';

// Every story of the built Storybook, in real Chromium: it renders, logs no errors, and axe
// (colour contrast included) finds nothing.
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

  it.each(stories.map((s) => [s.id, s] as const))('%s renders with no console errors and no axe violations', async (_id, story) => {
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
    await context.close();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
