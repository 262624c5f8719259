import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../../tools/chromium.mjs';

// Serves the built demo (turbo builds it before this test) and checks it in real Chromium.
let server: PreviewServer;
let browser: Browser;
let page: Page;
const consoleErrors: string[] = [];

beforeAll(async () => {
  server = await preview({ root: new URL('..', import.meta.url).pathname, preview: { port: 0, host: '127.0.0.1', strictPort: false } });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  browser = await launchChromium();
  const context = await browser.newContext();
  page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  await page.goto(url);
  await page.getByRole('heading', { level: 1 }).waitFor();
});

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => server?.httpServer.close(() => resolve()));
});

describe('demo in Chromium', () => {
  it('lists each sample plan with its validation result', async () => {
    expect(await page.title()).toBe('wsoa-kit demo: sample SEND improvement plans');
    expect(await page.getByRole('heading', { level: 2 }).allTextContents()).toEqual([
      'Torbay Written Statement of Action 2022',
      'BCP Written Statement of Action for SEND 2021',
      'Central Bedfordshire Written Statement of Action for SEND',
      'Northbrook Priority Action Plan 2024-2026',
    ]);
    expect(await page.getByRole('heading', { level: 3 }).allTextContents()).toEqual([
      'Torbay Written Statement of Action 2022: no problems found',
      'BCP Written Statement of Action for SEND 2021: no problems found',
      'Central Bedfordshire Written Statement of Action for SEND: no problems found',
      'Northbrook Priority Action Plan 2024-2026: no problems found',
    ]);
  });

  it('shows the counts of each plan', async () => {
    const torbay = page.getByRole('article', { name: 'Torbay Written Statement of Action 2022' });
    expect(await torbay.locator('dl > div').allTextContents()).toEqual(['AreaTorbay', 'Findings18', 'Focus Areas18', 'Actions29']);
  });

  it('has no axe violations, colour contrast included', async () => {
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  it('offers a skip link as the first tab stop, visible when focused', async () => {
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    expect(await focused.textContent()).toBe('Skip to main content');
    expect(await focused.isVisible()).toBe(true);
  });

  it('logs no errors to the console', () => {
    expect(consoleErrors).toEqual([]);
  });
});
