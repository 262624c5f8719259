import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import {
  analysePlan,
  ehcMeasureActual,
  ehcTimeliness,
  ehcTimelinessSeries,
  readEhcRequests,
  readEhcReviews,
  readProjectTable,
  readProjectXml,
  readWordTables,
  readWorkbook,
  reviewMeasureActual,
  reviewTimeliness,
  parsePlan,
  splitPeriod,
  writePlanDocument,
  writeReturnsWorkbook,
} from '@wsoa-kit/core';
import { samplePlans } from '@wsoa-kit/core/samples';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { docx, para, table as wordTable } from '../../../packages/core/src/interchange/fixtures/docx.js';
import { unzip, workbook, zip } from '../../../packages/core/src/interchange/fixtures/xlsx.js';
import { launchChromium } from '../../../tools/chromium.mjs';
import { exampleCaseList, exampleReviewList } from '../src/ehcExample.js';
import { pageOverflow, smallTargets } from '../../../tools/reflow.mjs';

// Serves the built demo (turbo builds it before this test) and checks it in real Chromium.
let server: PreviewServer;
let browser: Browser;
let base: string;
const opened: BrowserContext[] = [];

beforeAll(async () => {
  server = await preview({ root: new URL('..', import.meta.url).pathname, preview: { port: 0, host: '127.0.0.1', strictPort: false } });
  base = server.resolvedUrls?.local[0] ?? '';
  if (!base) throw new Error('vite preview did not report a URL');
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => server?.httpServer.close(() => resolve()));
});

/** Opens a page of the demo, collecting what it logs as errors. */
async function open(query: string): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  opened.push(context);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${base}${query}`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  return { page, errors };
}

/**
 * The time for a test that runs axe over a whole page of the demo: over a dashboard about 10 s alone
 * on this machine's two cores, and 45 s seen while the other packages' browser tests run beside it.
 * Tests that change one section of a page check that section instead.
 */
const WHOLE_DASHBOARD = 120_000;

/** The RAG cell's text of the RAG table's row whose name starts as given. */
async function ragOf(table: Locator, name: RegExp): Promise<string | null> {
  return table.getByRole('row', { name }).getByRole('cell').nth(6).textContent();
}

/**
 * Axe's violations on the page, or only within the element `include` selects: a test that changes
 * one section checks that section, as the per-plan tests check each whole dashboard.
 */
async function axeViolations(page: Page, include?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  const results = await (include ? builder.include(include) : builder).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

// Each test's pages close after it, so the tests after it do not share the machine with them.
afterEach(async () => {
  await Promise.all(opened.splice(0).map((context) => context.close()));
});

describe('the list of sample plans', () => {
  it('lists each sample plan with its validation result', async () => {
    const { page, errors } = await open('');
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
    expect(errors).toEqual([]);
  });

  it('counts what each plan holds under its own word for a workstream', async () => {
    const { page } = await open('');
    const facts = (name: string) => page.getByRole('article', { name }).locator('dl > div').allTextContents();
    expect(await facts('Torbay Written Statement of Action 2022')).toEqual(['AreaTorbay', 'Findings18', 'Focus Areas18', 'Actions29']);
    expect(await facts('Northbrook Priority Action Plan 2024-2026')).toEqual([
      'AreaNorthbrook (fictional)',
      'Findings7',
      'Priorities4',
      'Actions11',
    ]);
  });

  it('links to each plan’s dashboard by a name that says which plan', async () => {
    const { page } = await open('');
    const links = page.getByRole('link', { name: /^Open the dashboard/ });
    expect(await links.evaluateAll((all) => all.map((a) => [a.textContent, a.getAttribute('href')]))).toEqual([
      ['Open the dashboard for Torbay Written Statement of Action 2022', '?plan=torbay'],
      ['Open the dashboard for BCP Written Statement of Action for SEND 2021', '?plan=bcp'],
      ['Open the dashboard for Central Bedfordshire Written Statement of Action for SEND', '?plan=centralBedfordshire'],
      ['Open the dashboard for Northbrook Priority Action Plan 2024-2026', '?plan=northbrook'],
    ]);
  });

  it(
    'has no axe violations, colour contrast included',
    async () => {
      const { page } = await open('');
      expect(await axeViolations(page)).toEqual([]);
    },
    WHOLE_DASHBOARD,
  );

  it('offers a skip link as the first tab stop, visible when focused', async () => {
    const { page } = await open('');
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    expect(await focused.textContent()).toBe('Skip to main content');
    expect(await focused.isVisible()).toBe(true);
  });
});

/** The dashboard's sections after the first, whose heading names the period ("Progress in April 2022"). */
const LATER_SECTIONS = [
  'Statutory deadlines',
  'Plan on a timeline',
  'RAG status of every action',
  'What each finding is addressed by',
  'Impact measures',
  'You said, we did',
  'Engagement and co-production',
  'Tell us what you think',
  'Risks to delivering the plan',
  'Data checks',
  'Monthly returns',
  'Changes since last month',
  'The plan as files',
];

describe('a plan’s dashboard', () => {
  it('opens from the list with every view over the plan, as of the day of its board report', async () => {
    const { page, errors } = await open('');
    await page.getByRole('link', { name: 'Open the dashboard for Torbay Written Statement of Action 2022' }).click();
    await page.getByRole('heading', { level: 1, name: 'Torbay Written Statement of Action 2022' }).waitFor();
    expect(new URL(page.url()).search).toBe('?plan=torbay');
    expect(await page.title()).toBe('Torbay Written Statement of Action 2022: dashboard – wsoa-kit demo');
    expect(await page.getByRole('heading', { level: 2 }).allTextContents()).toEqual(['Progress in April 2022', ...LATER_SECTIONS]);
    // Seed 004's board sentence for April 2022, reported on 22 May 2022.
    expect(await page.getByText(/were due to have started/).textContent()).toBe(
      '29 actions were due to have started in April 2022, of which 29 have been reported. 28 have been started (97%).',
    );
    expect(await page.getByLabel('Progress as of').inputValue()).toBe('2022-05-22');
    expect(await page.getByRole('treegrid').getAttribute('aria-label')).toBe('Torbay Written Statement of Action 2022');
    expect(await page.getByRole('table', { name: 'Torbay Written Statement of Action 2022: RAG status as of 22 May 2022' }).count()).toBe(
      1,
    );
    expect(await page.getByText('This plan has no impact measures yet.').count()).toBe(1);
    expect(await page.getByText('No risks recorded.').count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('downloads the plan for Microsoft Project, as of the date picked, which reads back as the plan', async () => {
    const { page, errors } = await open('?plan=northbrook&asOf=2024-11-22');
    const files = page.getByRole('region', { name: 'The plan as files' });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      files.getByRole('button', { name: 'Download for Microsoft Project (XML)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('northbrook-priority-action-plan-2024-2026.xml');
    const back = readProjectXml(readFileSync(await download.path(), 'utf8'));
    expect(back.problems).toEqual([]);
    const plan = samplePlans.northbrook;
    expect(back.ok && [back.value.actions.map((a) => a.ref), back.value.calendar.closures?.map((c) => c.date)]).toEqual([
      plan.actions?.map((a) => a.ref),
      plan.calendar?.closures?.map((c) => c.date),
    ]);
    expect(back.notes[0]).toBe("Progress is taken as reported on the file's status date, 22 Nov 2024.");
    expect(await axeViolations(page, '#files')).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('downloads the plan to publish as a Word or OpenDocument document, the one core writes for the same day and month', async () => {
    const { page, errors } = await open('?plan=northbrook&asOf=2024-11-22');
    const files = page.getByRole('region', { name: 'The plan as files' });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      files.getByRole('button', { name: 'Download the plan to publish (Word)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('northbrook-priority-action-plan-2024-2026.docx');
    const bytes = new Uint8Array(readFileSync(await download.path()));
    const plan = parsePlan(samplePlans.northbrook);
    if (!plan.ok) throw new Error('the sample does not parse');
    const expected = writePlanDocument(analysePlan(plan.value, { asOf: '2024-11-22' }), {
      period: { from: '2024-10-01', to: '2024-10-31' },
    });
    expect(bytes).toEqual(expected);
    const parts = await unzip(bytes);
    expect(parts['docProps/core.xml']).toContain('<dc:title>Northbrook Priority Action Plan 2024-2026</dc:title>');
    expect(parts['word/document.xml']).not.toContain('>Risks<');

    // For a board pack, the risk register can go in too.
    await files.getByLabel(/^Add the risk register to the document/).check();
    const [withRisks] = await Promise.all([
      page.waitForEvent('download'),
      files.getByRole('button', { name: 'Download the plan with its risks (Word)' }).click(),
    ]);
    const riskBytes = new Uint8Array(readFileSync(await withRisks.path()));
    expect(riskBytes).toEqual(
      writePlanDocument(analysePlan(plan.value, { asOf: '2024-11-22' }), { period: { from: '2024-10-01', to: '2024-10-31' }, risks: true }),
    );
    expect((await unzip(riskBytes))['word/document.xml']).toContain('>Risks<');

    // The same, risks and all, as OpenDocument text for LibreOffice.
    const [odt] = await Promise.all([
      page.waitForEvent('download'),
      files.getByRole('button', { name: 'Download the plan with its risks (OpenDocument)' }).click(),
    ]);
    expect(odt.suggestedFilename()).toBe('northbrook-priority-action-plan-2024-2026.odt');
    expect(new Uint8Array(readFileSync(await odt.path()))).toEqual(
      writePlanDocument(analysePlan(plan.value, { asOf: '2024-11-22' }), {
        period: { from: '2024-10-01', to: '2024-10-31' },
        risks: true,
        format: 'odt',
      }),
    );
    expect(await axeViolations(page, '#files')).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('downloads the progress table as an Excel workbook and an OpenDocument spreadsheet, which read back as the plan', async () => {
    const { page, errors } = await open('?plan=torbay');
    const files = page.getByRole('region', { name: 'The plan as files' });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      files.getByRole('button', { name: 'Download the progress table (Excel)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('torbay-written-statement-of-action-2022.xlsx');
    const read = await readWorkbook(new Uint8Array(readFileSync(await download.path())));
    if (!read.ok) throw new Error('not read');
    expect(read.value.text.split('\n').slice(0, 3)).toEqual([
      // Seed 004's first rows, with dates as a spreadsheet shows real ones.
      'Task Name\tLO/AO\tDuration\tStart\tFinish\t% Work Complete\tRAG',
      'Focus Area 1 - JSNA\tLS/NM\t261 days\t13/04/2022\t12/04/2023\t5%\tRed',
      '1A Create a JSNA Data Group\tJC/BB\t35 days\t13/04/2022\t31/05/2022\t5%\tRed',
    ]);
    const back = readProjectTable(read.value.text, { reportedOn: '2022-05-22' });
    expect(back.problems).toEqual([]);
    expect(back.ok && back.value.actions.map((a) => a.ref)).toEqual(samplePlans.torbay.actions?.map((a) => a.ref));
    // The same table as an OpenDocument spreadsheet, for LibreOffice: it reads back row for row the same.
    const [odsDownload] = await Promise.all([
      page.waitForEvent('download'),
      files.getByRole('button', { name: 'Download the progress table (OpenDocument)' }).click(),
    ]);
    expect(odsDownload.suggestedFilename()).toBe('torbay-written-statement-of-action-2022.ods');
    const ods = await readWorkbook(new Uint8Array(readFileSync(await odsDownload.path())));
    expect(ods.ok && ods.value.text).toBe(read.value.text);
    expect(await axeViolations(page, '#files')).toEqual([]);
    expect(errors).toEqual([]);
  });

  it(
    'takes a month’s returns from the sheet it gives the leads, and every view judges them',
    async () => {
      const { page, errors } = await open('?plan=torbay');
      const returns = page.getByRole('region', { name: 'Monthly returns' });
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        returns.getByRole('button', { name: 'Download the returns sheet (tab-separated)' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('torbay-written-statement-of-action-2022-returns-2022-05-22.tsv');
      const sheet = readFileSync(await download.path(), 'utf8')
        .trim()
        .split('\n');
      expect(sheet[0]).toBe(
        'Ref\tAction\tLead\tStart\tFinish\tLast return\t% Complete\tRAG\tCommentary\tMitigation\tImpact if not mitigated\tImpact sustained',
      );
      // The lead for 1A reports it done; the rest of the sheet comes back as it went.
      const filled = sheet.map((line) =>
        line.startsWith('1A\t') ? [...line.split('\t').slice(0, 6), '100%', 'Complete', 'Data group set up.'].join('\t') : line,
      );
      await returns.getByLabel('Returns made on').fill('2022-06-30');
      await returns.getByLabel('Returns sheet, filled in').fill(filled.join('\n'));
      await returns.getByRole('button', { name: 'Add the returns' }).click();
      expect(await returns.getByRole('status').textContent()).toBe(
        'Added 1 return dated 30 June 2022. Progress is now shown as of 30 June 2022, and every view on this page includes it, as does the plan document below.',
      );
      expect(new URL(page.url()).search).toBe('?plan=torbay&asOf=2022-06-30');
      expect(await page.getByLabel('Progress as of').inputValue()).toBe('2022-06-30');
      const table = page.getByRole('table', { name: 'Torbay Written Statement of Action 2022: RAG status as of 30 Jun 2022' });
      expect(await ragOf(table, /^1A Create/)).toBe('Blue');
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
    },
    WHOLE_DASHBOARD,
  );

  it('gives the leads an Excel workbook, and takes it back filled in', async () => {
    const { page, errors } = await open('?plan=torbay');
    const returns = page.getByRole('region', { name: 'Monthly returns' });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      returns.getByRole('button', { name: 'Download the returns workbook (Excel)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('torbay-written-statement-of-action-2022-returns-2022-05-22.xlsx');
    // The lead for 1A types 100 into % Complete (Excel keeps 1, shown as 100%) and picks Complete.
    const files = await unzip(new Uint8Array(readFileSync(await download.path())));
    files['xl/worksheets/sheet1.xml'] = (files['xl/worksheets/sheet1.xml'] ?? '')
      .replace('<c r="G2" s="4"/>', '<c r="G2" s="4"><v>1</v></c>')
      .replace('<c r="H2" s="5"/>', '<c r="H2" s="5" t="inlineStr"><is><t>Complete</t></is></c>');
    await returns.getByLabel('Or open a file').setInputFiles({
      name: 'returns-filled.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from(zip(files)),
    });
    await page.waitForFunction(() => document.querySelector<HTMLTextAreaElement>('#returns textarea')?.value.startsWith('Ref'));
    // The workbook opens at its Returns sheet; its Guidance sheet is there to choose.
    expect(await returns.getByLabel('Sheet of returns-filled.xlsx').inputValue()).toBe('Returns');
    await returns.getByLabel('Returns made on').fill('2022-06-30');
    await returns.getByRole('button', { name: 'Add the returns' }).click();
    await returns.getByRole('status').waitFor();
    const table = page.getByRole('table', { name: 'Torbay Written Statement of Action 2022: RAG status as of 30 Jun 2022' });
    expect(await ragOf(table, /^1A Create/)).toBe('Blue');
    expect(await axeViolations(page, '#returns')).toEqual([]);
    // The returns show as changes since the end of May, against the plan as the page opened it.
    const changed = page.getByRole('region', { name: 'Changes since last month' }).getByRole('row', { name: /^1A Create/ });
    expect(await changed.getByRole('listitem').allTextContents()).toEqual([
      'Completed: 5% to 100% complete.',
      'RAG better: Red (behind expected progress by 95 points) to Blue (complete).',
    ]);
    expect(errors).toEqual([]);
  });

  it('gives the leads an OpenDocument spreadsheet, and takes one back that LibreOffice Calc saved', async () => {
    const { page, errors } = await open('?plan=torbay');
    const returns = page.getByRole('region', { name: 'Monthly returns' });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      returns.getByRole('button', { name: 'Download the returns workbook (OpenDocument)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('torbay-written-statement-of-action-2022-returns-2022-05-22.ods');
    const plan = parsePlan(samplePlans.torbay);
    if (!plan.ok) throw new Error('not parsed');
    expect(new Uint8Array(readFileSync(await download.path()))).toEqual(
      writeReturnsWorkbook(analysePlan(plan.value, { asOf: '2022-05-22' }), { format: 'ods' }),
    );
    // Such a workbook, filled in by two leads in Calc and saved there (core's fixtures/libreoffice-returns.py).
    await returns
      .getByLabel('Or open a file')
      .setInputFiles(new URL('../../../packages/core/src/interchange/fixtures/libreoffice-returns.ods', import.meta.url).pathname);
    await page.waitForFunction(() => document.querySelector<HTMLTextAreaElement>('#returns textarea')?.value.startsWith('Ref'));
    expect(await returns.getByLabel('Sheet of libreoffice-returns.ods').inputValue()).toBe('Returns');
    await returns.getByLabel('Returns made on').fill('2022-06-30');
    await returns.getByRole('button', { name: 'Add the returns' }).click();
    await returns.getByRole('status').waitFor();
    expect(await returns.getByRole('status').textContent()).toMatch(/^Added 2 returns dated 30 June 2022\./);
    const table = page.getByRole('table', { name: 'Torbay Written Statement of Action 2022: RAG status as of 30 Jun 2022' });
    expect(await ragOf(table, /^1A Create/)).toBe('Blue');
    expect(await axeViolations(page, '#returns')).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('takes the returns from a lead’s Excel workbook, and says when a file is not one', async () => {
    const { page, errors } = await open('?plan=torbay');
    const returns = page.getByRole('region', { name: 'Monthly returns' });
    const field = returns.getByLabel('Or open a file');
    // Shared strings, 100% in a percentage format, and the date the lead wrote in a date format.
    const strings = ['Ref', '% Complete', 'RAG', 'Commentary', '1A', 'Complete', 'Data group set up.'];
    const sheet =
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>' +
      '<row r="2"><c r="A2" t="s"><v>4</v></c><c r="B2" s="1"><v>1</v></c><c r="C2" t="s"><v>5</v></c><c r="D2" t="s"><v>6</v></c></row>';
    // A guidance sheet comes first, as in many councils' returns workbooks.
    const guidance = '<row r="1"><c r="A1" t="inlineStr"><is><t>Fill in one row per action.</t></is></c></row>';
    const xlsx = Buffer.from(zip(workbook({ Guidance: guidance, June: sheet }, strings)));
    const mimeType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    await field.setInputFiles({ name: 'returns-june.xlsx', mimeType, buffer: xlsx });
    const box = returns.getByLabel('Returns sheet, filled in');
    await page.waitForFunction(() => document.querySelector<HTMLTextAreaElement>('#returns textarea')?.value !== '');
    expect(await box.inputValue()).toBe('Fill in one row per action.\n');
    await returns.getByLabel('Sheet of returns-june.xlsx').selectOption('June');
    await page.waitForFunction(() => document.querySelector<HTMLTextAreaElement>('#returns textarea')?.value.startsWith('Ref'));
    expect(await box.inputValue()).toBe('Ref\t% Complete\tRAG\tCommentary\n1A\t100%\tComplete\tData group set up.\n');
    await returns.getByLabel('Returns made on').fill('2022-06-30');
    await returns.getByRole('button', { name: 'Add the returns' }).click();
    await returns.getByRole('status').waitFor();
    const table = page.getByRole('table', { name: 'Torbay Written Statement of Action 2022: RAG status as of 30 Jun 2022' });
    expect(await ragOf(table, /^1A Create/)).toBe('Blue');
    await field.setInputFiles({ name: 'returns-july.xlsx', mimeType, buffer: Buffer.from('Ref\t% Complete') });
    expect(await returns.getByRole('alert').textContent()).toBe(
      'Error: returns-july.xlsx could not be read: (root): expected an Excel workbook (.xlsx) or OpenDocument spreadsheet (.ods), which is a ZIP archive, found a file that is not a ZIP archive.',
    );
    expect(await axeViolations(page, '#returns')).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('names each row of the returns it cannot read, and adds none of them', async () => {
    const { page } = await open('?plan=torbay');
    const returns = page.getByRole('region', { name: 'Monthly returns' });
    await returns.getByLabel('Returns sheet, filled in').fill('Ref\t% Complete\n1A\t150%\n9Z\t10%');
    await returns.getByRole('button', { name: 'Add the returns' }).click();
    expect(await returns.getByRole('alert').getByRole('listitem').allTextContents()).toEqual([
      'rows[2]["% Complete"]: expected a percentage from 0% to 100%, found "150%".',
      'rows[3].Ref: expected the ref of an action in Torbay Written Statement of Action 2022, found "9Z".',
    ]);
    expect(new URL(page.url()).search).toBe('?plan=torbay');
  });

  it('says what changed since the end of last month, and against an earlier version opened from its plan document', async () => {
    const { page, errors } = await open('?plan=torbay');
    const changes = page.getByRole('region', { name: 'Changes since last month' });
    // The plan as the page opened it, as of 30 April, against the same plan as of 22 May: seed 004's May returns.
    expect(await changes.getByText(/^Between/).textContent()).toBe(
      'Between the plan as of 30 Apr 2022 and the plan as of 22 May 2022: 28 actions changed and 1 unchanged.',
    );
    expect(await changes.getByRole('combobox', { name: 'Show' }).locator('option').allTextContents()).toEqual([
      'All changes (28)',
      'Changed (28)',
      'RAG better (12)',
      'Completed (1)',
    ]);
    // An earlier version: 2A.1 was due on 15 June, 2A.5 was not yet in it, and an action since dropped was.
    const earlier = structuredClone(samplePlans.torbay) as { actions: Record<string, unknown>[] };
    earlier.actions = earlier.actions.flatMap((action) => {
      if (action.id === '2A.5') return [];
      if (action.id === '2A.1') return [{ ...action, finish: '2022-06-15', durationDays: undefined }];
      return [action];
    });
    earlier.actions.push({
      id: '2A.9',
      ref: '2A.9',
      title: 'Map joint funding streams',
      workstreamId: earlier.actions[2]!.workstreamId,
      start: '2022-04-13',
      finish: '2022-05-31',
    });
    const field = changes.getByLabel('Compare with an earlier version');
    await field.setInputFiles({ name: 'torbay-march.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(earlier)) });
    await changes.getByText('Compared with torbay-march.json, as of 30 April 2022, the end of last month.').waitFor();
    const table = changes.getByRole('table', { name: 'Actions added, removed or changed' });
    const row = (name: RegExp) => table.getByRole('row', { name });
    expect(
      await row(/^2A\.1 /)
        .getByRole('listitem')
        .first()
        .textContent(),
    ).toBe('Finish moved from 15 Jun 2022 to 30 Jun 2022, 11 working days later.');
    expect(
      await row(/^2A\.5 /)
        .getByRole('cell')
        .nth(1)
        .textContent(),
    ).toBe('Added');
    expect(
      await row(/^2A\.9 /)
        .getByRole('cell')
        .nth(2)
        .textContent(),
    ).toBe('Removed from the plan (it was due to finish 31 May 2022, 0% complete).');
    expect(await changes.getByText(/^Between/).textContent()).toBe(
      'Between the plan as of 30 Apr 2022 and the plan as of 22 May 2022: 1 action added, 1 removed, 27 changed and 1 unchanged.',
    );
    expect(await changes.getByText(/^Finish dates moved/).textContent()).toBe('Finish dates moved: 1 later (by 11 working days).');
    expect(await axeViolations(page, '#changes')).toEqual([]);

    // The plan to publish can list the same changes: the document core writes against that version.
    const files = page.getByRole('region', { name: 'The plan as files' });
    await files.getByLabel('Add what changed since 30 April 2022, as “Changes since last month” shows it').check();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      files.getByRole('button', { name: 'Download the plan to publish (Word)' }).click(),
    ]);
    const earlierPlan = parsePlan(earlier);
    const plan = parsePlan(samplePlans.torbay);
    if (!earlierPlan.ok || !plan.ok) throw new Error('a plan does not parse');
    const bytes = new Uint8Array(readFileSync(await download.path()));
    expect(bytes).toEqual(
      writePlanDocument(analysePlan(plan.value, { asOf: '2022-05-22' }), {
        period: { from: '2022-04-01', to: '2022-04-30' },
        changesSince: analysePlan(earlierPlan.value, { asOf: '2022-04-30' }),
      }),
    );
    const tables = await readWordTables(bytes);
    if (!tables.ok) throw new Error('the document does not read');
    const listed = tables.value.tables.find((t) => t.heading === 'Changes since 30 April 2022');
    expect([listed?.header, listed?.rows]).toEqual([['Ref', 'Action', 'Change', 'What changed'], 29]);

    // A file that is not a plan document says why, and keeps the comparison it had.
    await field.setInputFiles({
      name: 'notes.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"formatVersion": 1, "title": 3}'),
    });
    const alert = changes.getByRole('alert');
    expect(await alert.textContent()).toMatch(/^Error: notes\.json could not be read as a plan document:/);
    expect(await alert.getByRole('listitem').first().textContent()).toMatch(/^id: /);
    expect(await changes.getByText(/^Compared with torbay-march\.json/).count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('lists its sections in contents links that stay on the dashboard', async () => {
    const { page } = await open('?plan=torbay');
    const contents = page.getByRole('navigation', { name: 'On this page' });
    expect(await contents.getByRole('link').allTextContents()).toEqual(['Progress', ...LATER_SECTIONS]);
    await contents.getByRole('link', { name: 'Data checks' }).click();
    const url = new URL(page.url());
    expect([url.search, url.hash]).toEqual(['?plan=torbay', '#checks']);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Torbay Written Statement of Action 2022');
  });

  it('shows in its data checks what the schedule has wrong, though every field of the plan parses', async () => {
    const { page, errors } = await open('?plan=bcp');
    const checks = page.getByRole('region', { name: 'Data checks' });
    expect(await checks.getByRole('heading', { level: 3 }).allTextContents()).toEqual([
      'BCP Written Statement of Action for SEND 2021: no problems found',
      'Schedule checks',
    ]);
    const schedule = checks.getByRole('region', { name: 'Schedule checks' });
    expect(await schedule.locator('p').first().textContent()).toBe('1 error and no warnings in the schedule, with dates as entered.');
    expect(await schedule.getByRole('list', { name: 'Errors (1)' }).getByRole('listitem').allTextContents()).toEqual([
      '6.1 starts 10 Jan 2022 but cannot start before 4.1 starts on 17 Jan 2022 (start-to-start with a lag of 5 working days)',
    ]);
    expect(await axeViolations(page, '#checks')).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('judges progress at another date when one is picked, and keeps it in the address to share', async () => {
    const { page } = await open('?plan=torbay');
    await page.getByLabel('Progress as of').fill('2022-06-30');
    await page.getByRole('heading', { level: 2, name: 'Progress in May 2022' }).waitFor();
    expect(new URL(page.url()).search).toBe('?plan=torbay&asOf=2022-06-30');
    expect(await page.locator('.wsoa-gantt__legend').textContent()).toMatch(/^Legend: The solid line marks 30 Jun 2022, /);
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Progress in May 2022' }).waitFor();
    expect(await page.getByLabel('Progress as of').inputValue()).toBe('2022-06-30');
    // Back at the plan's own date, the address loses the date again.
    await page.getByLabel('Progress as of').fill('2022-05-22');
    await page.getByRole('heading', { level: 2, name: 'Progress in April 2022' }).waitFor();
    expect(new URL(page.url()).search).toBe('?plan=torbay');
  });

  it('says when the date field is not a date, and keeps showing the last date that was', async () => {
    const { page } = await open('?plan=torbay');
    const field = page.getByLabel('Progress as of');
    await field.fill('');
    expect(await page.locator('.demo__error').textContent()).toBe('Error: Enter a real date, such as 22/05/2022');
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await field.evaluate((input) => input.getAttribute('aria-describedby')?.split(' ').length)).toBe(2);
    expect(await page.getByRole('heading', { level: 2 }).first().textContent()).toBe('Progress in April 2022');
    expect(await axeViolations(page, '.demo__field[data-invalid]')).toEqual([]);
  });

  it('reports an as-of date in the address that is not a real date, and opens at the plan’s own', async () => {
    const { page } = await open('?plan=torbay&asOf=2022-02-30');
    expect(await page.locator('.demo__error').textContent()).toBe(
      'Error: The address asks for progress as of “2022-02-30”, which is not a real date, so this shows 22 May 2022',
    );
    expect(await page.getByRole('heading', { level: 2 }).first().textContent()).toBe('Progress in April 2022');
  });

  it('says so when the address names no sample plan', async () => {
    const { page } = await open('?plan=nowhere');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('There is no sample plan called “nowhere”');
    expect(await page.title()).toBe('Plan not found: wsoa-kit demo');
    expect(await page.getByRole('link', { name: 'See the sample plans' }).getAttribute('href')).toBe('?');
  });

  it.each(['torbay', 'bcp', 'centralBedfordshire', 'northbrook'])(
    'has no axe violations or console errors for %s',
    async (name) => {
      const { page, errors } = await open(`?plan=${name}`);
      await page.getByRole('treegrid').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
    },
    WHOLE_DASHBOARD,
  );

  it('publishes the register and sums up engagement as of the date picked', async () => {
    const { page } = await open('?plan=bcp');
    expect(
      await page
        .locator('#you-said')
        .getByText(/comments? published/)
        .textContent(),
    ).toBe('2 comments published; 2 have a response.');
    expect(
      await page
        .locator('#engagement')
        .getByText(/^6 activities/)
        .textContent(),
    ).toBe('6 activities reached at least 102 people (4 did not count who they reached); 1 was co-design or co-production.');
    // Before the first comment was answered (24 Nov 2021), neither response shows.
    await page.getByLabel('Progress as of').fill('2021-11-01');
    await page.getByRole('heading', { level: 2, name: 'Progress in October 2021' }).waitFor();
    expect(
      await page
        .locator('#you-said')
        .getByText(/comments? published/)
        .textContent(),
    ).toBe('2 comments published; 0 have a response.');
  });

  it('takes a comment in the feedback form, keeping it in the page and saying so', async () => {
    const { page } = await open('?plan=bcp');
    const form = page.locator('#comment');
    await form.getByRole('button', { name: 'Send your comment' }).click();
    expect(await form.getByRole('alert').getByRole('link').allTextContents()).toEqual(['Enter what you want to tell us']);
    await form.getByRole('alert').getByRole('link').click();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('youSaid');
    await form.getByRole('textbox', { name: 'What do you want to tell us?' }).fill('More evening events, please.');
    await form.getByRole('button', { name: 'Send your comment' }).click();
    await form.getByRole('status').getByText('Thank you. We have your comment.').waitFor();
    expect(await form.getByRole('heading', { name: 'Comments sent from this page' }).count()).toBe(1);
    expect(await form.getByRole('listitem').allTextContents()).toEqual(['More evening events, please.']);
    expect(await form.getByText('This demo sends comments nowhere: they stay in this page until you leave it.').count()).toBe(1);
  });

  it('draws each impact measure of a plan that has them, with its status in words', async () => {
    const { page } = await open('?plan=centralBedfordshire');
    const measures = page.locator('#measures');
    expect(await measures.getByRole('heading', { level: 3 }).allTextContents()).toEqual([
      'EHC plans audited as good or better',
      'Annual reviews completed within the statutory timeline',
      'Local Offer visitors who found what they needed',
    ]);
    expect(await measures.getByText('Latest actual 61% on 31 Mar 2021, short of the 65% planned by then (higher is better)').count()).toBe(
      1,
    );
  });
});

describe('reading a council’s own project table', () => {
  it('is linked from the list of plans', async () => {
    const { page } = await open('');
    await page.getByRole('link', { name: 'Read your own project table' }).click();
    await page.getByRole('heading', { level: 1, name: 'Read your own project table' }).waitFor();
    expect(new URL(page.url()).search).toBe('?page=import');
    expect(await page.title()).toBe('Read your own project table – wsoa-kit demo');
  });

  it('says what the form is missing, moving focus to the result', async () => {
    const { page } = await open('?page=import');
    await page.getByRole('button', { name: 'Read the table' }).click();
    const summary = page.getByRole('alert');
    expect(await summary.getByRole('heading').textContent()).toBe('The form: 5 problems found');
    expect(await summary.getByRole('listitem').allTextContents()).toEqual([
      "title: expected the plan's title, found nothing.",
      'area: expected the name of the local area, found nothing.',
      'inspectionStart: expected a real date, found nothing.',
      'inspectionEnd: expected a real date, found nothing.',
      'table: expected a project table pasted from a spreadsheet or project tool, or a project file, found nothing.',
    ]);
    await page.waitForFunction(() => document.activeElement?.textContent === 'What the table gives');
  });

  it(
    'reads Torbay’s table into a plan it can draw and download',
    async () => {
      const { page, errors } = await open('?page=import');
      await page.getByRole('button', { name: 'Fill in an example: Torbay’s table' }).click();
      expect(await page.getByLabel('Project table').inputValue()).toMatch(
        /^Task Name\tLO\/AO\tDuration\tStart\tFinish\t% Work Complete\tRAG\nFocus Area 1 - JSNA\t/,
      );
      await page.getByRole('button', { name: 'Read the table' }).click();
      const result = page.locator('section', { has: page.getByRole('heading', { name: 'What the table gives' }) });
      expect(await result.getByRole('heading', { level: 3 }).allTextContents()).toEqual([
        'Torbay Written Statement of Action 2022: no problems found',
        'What was worked out',
        'Schedule checks',
        'On a timeline',
        // The Gantt's details panel, for its first row.
        'Focus Area 1: JSNA',
        'RAG status of every action',
      ]);
      expect(await result.locator('.demo__facts > div').allTextContents()).toEqual([
        'AreaTorbay',
        'Findings0',
        'Focus Areas18',
        'Actions29',
      ]);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        result.getByRole('button', { name: 'Download the plan document (JSON)' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('torbay-written-statement-of-action-2022.json');
      const saved = JSON.parse(readFileSync(await download.path(), 'utf8')) as { title: string; actions: unknown[]; calendar: unknown };
      expect([saved.title, saved.actions.length, saved.calendar]).toEqual([
        'Torbay Written Statement of Action 2022',
        29,
        { region: 'england-and-wales', convention: 'weekends-only' },
      ]);
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
    },
    WHOLE_DASHBOARD,
  );

  it('shows a table’s comments in the RAG table’s latest update column', async () => {
    const { page } = await open('?page=import');
    await page.getByRole('button', { name: 'Fill in an example: Torbay’s table' }).click();
    await page
      .getByLabel('Project table')
      .fill(
        'Task Name\tStart\tFinish\t% Complete\tComments\nFocus Area 1 - JSNA\t\t\t\t\n1A Refresh the JSNA\tWed 13/04/22\tFri 29/04/22\t50%\tDraft with the health team.',
      );
    await page.getByRole('button', { name: 'Read the table' }).click();
    const table = page.getByRole('table', { name: /RAG status as of/ });
    expect(await table.getByRole('columnheader').last().textContent()).toBe('Latest update');
    expect(await table.getByRole('row', { name: /^1A/ }).getByRole('cell').last().textContent()).toBe(
      '22 May 2022 Draft with the health team.',
    );
  });

  it(
    'reads a plan saved from Microsoft Project as XML, opened as a file',
    async () => {
      const { page, errors } = await open('?page=import');
      await page.getByRole('button', { name: 'Fill in an example: Torbay’s table' }).click();
      await page.getByLabel('Progress reported on (optional)').fill('');
      // Seed 004's focus areas 1 and 2 as Project saves them, from core's tests.
      await page
        .getByLabel('Or open a file')
        .setInputFiles(new URL('../../../packages/core/src/interchange/fixtures/torbay-project.xml', import.meta.url).pathname);
      await expect.poll(async () => (await page.getByLabel('Project table').inputValue()).startsWith('<?xml')).toBe(true);
      await page.getByRole('button', { name: 'Read the table' }).click();
      const result = page.locator('section', { has: page.getByRole('heading', { name: 'What the table gives' }) });
      await result.getByRole('heading', { level: 3, name: 'Torbay Written Statement of Action 2022: no problems found' }).waitFor();
      expect(await result.locator('.demo__facts > div').allTextContents()).toEqual(['AreaTorbay', 'Findings0', 'Focus Areas2', 'Actions6']);
      expect(await result.getByRole('listitem').first().textContent()).toBe(
        "Progress is taken as reported on the file's status date, 22 May 2022.",
      );
      const table = page.getByRole('table', { name: /RAG status as of 22 May 2022/ });
      expect(await ragOf(table, /^2A Establish/)).toBe('Blue');
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
    },
    WHOLE_DASHBOARD,
  );

  it(
    'reads a council’s workbook with a heading across the sheet and a lead merged down its actions',
    async () => {
      const { page, errors } = await open('?page=import');
      await page.getByRole('button', { name: 'Fill in an example: Torbay’s table' }).click();
      const cell = (ref: string, value: string) => `<c r="${ref}" t="inlineStr"><is><t>${value}</t></is></c>`;
      const sheet = [
        `<row r="1">${cell('A1', 'Ref')}${cell('B1', 'Action')}${cell('C1', 'Lead')}${cell('D1', 'Start')}${cell('E1', 'Finish')}</row>`,
        `<row r="2">${cell('A2', 'Focus Area 1 - JSNA')}</row>`,
        `<row r="3">${cell('A3', '1A')}${cell('B3', 'Create a data group')}${cell('C3', 'TT')}<c r="D3" s="2"><v>44664</v></c><c r="E3" s="2"><v>44680</v></c></row>`,
        `<row r="4">${cell('A4', '1B')}${cell('B4', 'Refresh the JSNA')}<c r="D4" s="2"><v>44683</v></c><c r="E4" s="2"><v>44742</v></c></row>`,
      ].join('');
      const xlsx = Buffer.from(zip(workbook({ Plan: sheet }, [], { merged: { Plan: ['A2:E2', 'C3:C4'] } })));
      const field = page.getByLabel('Or open a file');
      await field.setInputFiles({
        name: 'plan.xlsx',
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer: xlsx,
      });
      await page.getByText(/^One run of cells is merged/).waitFor();
      expect(await page.getByText(/^One run of cells is merged/).textContent()).toBe(
        'One run of cells is merged down several rows, so each row takes the merged value: C3:C4 ("TT", rows 3 to 4).',
      );
      await page.getByRole('button', { name: 'Read the table' }).click();
      const result = page.locator('section', { has: page.getByRole('heading', { name: 'What the table gives' }) });
      await result.getByRole('heading', { level: 3, name: /: no problems found$/ }).waitFor();
      expect(await result.locator('.demo__facts > div').allTextContents()).toEqual(['AreaTorbay', 'Findings0', 'Focus Areas1', 'Actions2']);
      const table = page.getByRole('table', { name: /RAG status as of/ });
      expect(
        await table
          .getByRole('row', { name: /^1B Refresh/ })
          .getByRole('cell', { name: 'TT', exact: true })
          .count(),
      ).toBe(1);
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
    },
    WHOLE_DASHBOARD,
  );

  it(
    'reads a plan kept in Word as a table under each focus area’s heading, with a choice of the other tables',
    async () => {
      const { page, errors } = await open('?page=import');
      await page.getByRole('button', { name: 'Fill in an example: Torbay’s table' }).click();
      const header = ['Ref', 'Action', 'Lead', 'Start', 'Finish'];
      const bytes = docx(
        [
          para('Who leads the work', { style: 'Heading1' }),
          wordTable(2, [
            ['Initials', 'Name'],
            ['TT', 'Tina Taylor'],
          ]),
          para('Focus Area 1 - JSNA', { style: 'Heading2' }),
          wordTable(5, [header, ['1A', 'Create a data group', 'TT', '13/04/2022', '29/04/2022']]),
          para('Focus Area 2 - Joint Commissioning', { style: 'Heading2' }),
          wordTable(5, [header, ['2A', 'Establish a Joint Commissioning Group', 'HP/TT', '13/04/2022', '29/04/2022']]),
        ].join(''),
      );
      await page.getByLabel('Or open a file').setInputFiles({
        name: 'plan.docx',
        mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        buffer: Buffer.from(bytes),
      });
      const tables = page.getByLabel('Tables of plan.docx');
      await tables.waitFor();
      expect(await tables.locator('option').allTextContents()).toEqual([
        'Table 1: Initials | Name (1 row)',
        'Tables 2 and 3: Ref | Action | Lead | Start | Finish (2 rows)',
      ]);
      expect(await tables.inputValue()).toBe('2');
      expect(await page.getByLabel('Project table').inputValue()).toBe(
        [
          'Ref\tAction\tLead\tStart\tFinish',
          'Focus Area 1 - JSNA\t\t\t\t',
          '1A\tCreate a data group\tTT\t13/04/2022\t29/04/2022',
          'Focus Area 2 - Joint Commissioning\t\t\t\t',
          '2A\tEstablish a Joint Commissioning Group\tHP/TT\t13/04/2022\t29/04/2022',
          '',
        ].join('\n'),
      );
      expect(await page.getByText(/^Tables 2 and 3 have the same header row/).textContent()).toBe(
        'Tables 2 and 3 have the same header row, so they were read as one, with the headings among them, each as a row of its own: "Focus Area 1 - JSNA"; "Focus Area 2 - Joint Commissioning".',
      );
      await page.getByRole('button', { name: 'Read the table' }).click();
      const result = page.locator('section', { has: page.getByRole('heading', { name: 'What the table gives' }) });
      await result.getByRole('heading', { level: 3, name: /: no problems found$/ }).waitFor();
      expect(await result.locator('.demo__facts > div').allTextContents()).toEqual(['AreaTorbay', 'Findings0', 'Focus Areas2', 'Actions2']);
      expect(await axeViolations(page)).toEqual([]);
      // The choice's long options keep within a narrow screen.
      await page.setViewportSize({ width: 320, height: 800 });
      expect(await pageOverflow(page)).toEqual({ width: 320, wide: [] });

      // The other table, chosen, replaces the text.
      await tables.selectOption('1');
      await expect.poll(() => page.getByLabel('Project table').inputValue()).toBe('Initials\tName\nTT\tTina Taylor\n');
      expect(await page.getByText(/^2 other tables were not read/).textContent()).toBe(
        '2 other tables were not read: table 2 (Ref | Action | Lead | Start | Finish; 1 row); table 3 (Ref | Action | Lead | Start | Finish; 1 row). Choose one to read it instead.',
      );
      expect(errors).toEqual([]);
    },
    WHOLE_DASHBOARD,
  );

  it(
    'reads a Word plan that gives each action a "by when", and judges each against it',
    async () => {
      const { page, errors } = await open('?page=import');
      await page.getByRole('button', { name: 'Fill in an example: Torbay’s table' }).click();
      const weakness = (text?: string) => (text === undefined ? { vMerge: 'continue' as const } : { text, vMerge: 'restart' as const });
      const bytes = docx(
        wordTable(5, [
          ['Area of weakness', 'Action', 'Lead', 'By when', '% Complete'],
          [weakness('1. Joint commissioning'), '1.1 Create a joint vision', 'TT', 'April 2022', '50%'],
          [weakness(), '1.2 Agree the strategy', 'TT', 'September 2022', '0%'],
          [weakness(), '1.3 Set up the group', 'HP', 'Q1 2022/23', '100%'],
        ]),
      );
      await page.getByLabel('Or open a file').setInputFiles({
        name: 'wsoa.docx',
        mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        buffer: Buffer.from(bytes),
      });
      await expect.poll(() => page.getByLabel('Project table').inputValue()).toContain('1.3 Set up the group');
      await page.getByRole('button', { name: 'Read the table' }).click();
      const result = page.locator('section', { has: page.getByRole('heading', { name: 'What the table gives' }) });
      await result.getByRole('heading', { name: 'What was worked out' }).waitFor();
      expect(await result.getByRole('listitem').allTextContents()).toContain(
        'A month or a quarter, given as a timescale, is read as its first day for a start and its last for a finish: row 2\'s finish "April 2022" as 30 Apr 2022; row 3\'s finish "September 2022" as 30 Sep 2022; row 4\'s finish "Q1 2022/23" as 30 Jun 2022.',
      );
      // Judged as of the returns' date, 22 May 2022: past April and half done is Red; September is not yet judged.
      const brackets = await page.locator('.wsoa-gantt__due').evaluateAll((els) => els.map((el) => el.getAttribute('aria-label')));
      expect(brackets).toEqual([
        '1.1 Create a joint vision, lead TT, due by 30 Apr 2022, no start date, 50% complete, Red: past its finish date',
        '1.2 Agree the strategy, lead TT, due by 30 Sep 2022, no start date, 0% complete, Not rated: no start to judge progress by',
        '1.3 Set up the group, lead HP, due by 30 Jun 2022, no start date, 100% complete, Blue: complete',
      ]);
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
    },
    WHOLE_DASHBOARD,
  );

  it(
    'draws a plan running to 31 Dec 9999, the "no end date", and says which action a duration takes past it',
    async () => {
      const { page, errors } = await open('?page=import');
      await page.getByRole('button', { name: 'Fill in an example: Torbay’s table' }).click();
      await page
        .getByLabel('Project table')
        .fill(
          [
            'Task Name\tStart\tFinish\tDuration\t% Complete',
            'Focus Area 1 - JSNA\t\t\t\t',
            '1A Keep the JSNA current\t13/04/2022\t31/12/9999\t\t10%',
            '1B Refresh the JSNA\t13/04/2022\t\t1000000000 days\t0%',
          ].join('\n'),
        );
      await page.getByRole('button', { name: 'Read the table' }).click();
      const result = page.locator('section', { has: page.getByRole('heading', { name: 'What the table gives' }) });
      await result.getByRole('heading', { name: 'On a timeline' }).waitFor();
      const bars = await page.locator('.wsoa-gantt__bar').evaluateAll((els) => els.map((el) => el.getAttribute('aria-label')));
      // The workstream and the open-ended action run to the last date; 1B, whose duration would take
      // it past that date, has no bar, and its details say why.
      expect(bars).toEqual([
        'Focus Area 1: JSNA, 13 Apr 2022 to 31 Dec 9999, 2,081,214 working days, 10% complete, Green: worst of its actions is Green',
        '1A Keep the JSNA current, 13 Apr 2022 to 31 Dec 9999, 2,081,214 working days, 10% complete, Green: on track, on the critical path',
      ]);
      await page.locator('[data-row-key="a:1B"] [data-column="0"]').focus();
      expect(await page.locator('.wsoa-gantt__details').getByRole('listitem').allTextContents()).toEqual([
        '1B starts 13 Apr 2022 and lasts 1,000,000,000 working days, so it would finish after 31 Dec 9999, outside the dates a plan can hold: check its dates, duration and links',
      ]);
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
    },
    WHOLE_DASHBOARD,
  );

  it('says why a Word file it cannot read was not read', async () => {
    const { page } = await open('?page=import');
    await page.getByLabel('Or open a file').setInputFiles({
      name: 'plan.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: Buffer.from(docx(para('Our plan is on the council website.'))),
    });
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toBe(
      'Error: plan.docx could not be read: (root): expected a Word document with a table, found a document with no tables.',
    );
    // A Word 97-2003 file is not read as text: the reader says to save it as .docx.
    const doc = Buffer.alloc(1024);
    doc.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    await page.getByLabel('Or open a file').setInputFiles({ name: 'plan.doc', mimeType: 'application/msword', buffer: doc });
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toBe(
        'Error: plan.doc could not be read: (root): expected a Word document (.docx) or OpenDocument text document (.odt), which is a ZIP archive, found a file in the older Office format (a Word 97-2003 .doc or an Excel 97-2003 .xls): save it in the newer format (File, Save As, .docx or .xlsx) and open that.',
      );
    expect(await page.getByLabel('Project table').inputValue()).toBe('');
  });

  it('reads a tracker saved by LibreOffice Calc (.ods, and flat .fods), past the title above its header row', async () => {
    const { page, errors } = await open('?page=import');
    // The example fills in the plan's title, area and dates; the file then takes the place of its table.
    await page.getByRole('button', { name: 'Fill in an example: Torbay’s table' }).click();
    await page
      .getByLabel('Or open a file')
      .setInputFiles(new URL('../../../packages/core/src/interchange/fixtures/libreoffice-tracker.ods', import.meta.url).pathname);
    await expect
      .poll(async () => (await page.getByLabel('Project table').inputValue()).split('\n').slice(0, 6))
      .toEqual([
        'SEND Written Statement of Action: progress tracker, April 2022',
        '',
        'Ref\tAction\tLead\tStart\tFinish\t% Complete\tRAG\tCommentary',
        'Focus Area 2: Joint Commissioning',
        '2A.1\tCreate a joint vision of commissioning\tTT\t13/04/2022\t30/06/2022\t45%\tAmber\t"Vision drafted;',
        'workshops booked."',
      ]);
    // What reading it did that the text does not show, under the field: the lead merged down, the RAG shown by a fill, a comment.
    expect(await page.getByText(/^One run of cells is merged|^Cell G6 shows|^A comment on a cell/).allTextContents()).toEqual([
      'One run of cells is merged down several rows, so each row takes the merged value: C5:C7 ("TT", rows 5 to 7).',
      'Cell G6 shows a RAG by its colour alone, with no word in it: each was read as the colour it is nearest ("Red", "Amber", "Green", "Blue"). Check them, and write the word in the cell, as a colour alone is lost on a screen reader and in black and white.',
      'A comment on a cell is not part of the sheet\'s text, so it was not read: H7 ("Check with TT before the board"). Copy any that matter into the sheet.',
    ]);
    expect(await axeViolations(page, 'form')).toEqual([]);
    await page.getByRole('button', { name: 'Read the table' }).click();
    const table = page.getByRole('table', { name: /RAG status as of/ });
    const row = table.getByRole('row', { name: /^2A\.2 Agree the commissioning strategy/ });
    await row.waitFor();
    expect(await row.getByRole('cell', { name: 'TT', exact: true }).count()).toBe(1);
    // Calc's flat XML of the same tracker (.fods) gives the box the same table.
    const table6 = await page.getByLabel('Project table').inputValue();
    await page
      .getByLabel('Or open a file')
      .setInputFiles(new URL('../../../packages/core/src/interchange/fixtures/libreoffice-tracker.fods', import.meta.url).pathname);
    // Its notes are the .ods's but for the comment, which Calc's conversion left out.
    await expect
      .poll(() => page.getByText(/^One run of cells is merged|^Cell G6 shows|^A comment on a cell/).allTextContents())
      .toHaveLength(2);
    expect(await page.getByLabel('Project table').inputValue()).toBe(table6);
    expect(errors).toEqual([]);
  });

  it('reads a plan kept in LibreOffice Writer (.odt), with its list numbers, links and RAGs shown by colour', async () => {
    const { page, errors } = await open('?page=import');
    await page.getByRole('button', { name: 'Fill in an example: Torbay’s table' }).click();
    await page
      .getByLabel('Or open a file')
      .setInputFiles(new URL('../../../packages/core/src/interchange/fixtures/libreoffice-lists.odt', import.meta.url).pathname);
    await expect
      .poll(async () => (await page.getByLabel('Project table').inputValue()).split('\n').slice(0, 5))
      .toEqual([
        'Ref\tAction\tLead\tRAG',
        'Priority 1: Identification of needs\t\t\t',
        '1.1\t"Agree the plan:',
        '1. Draft it',
        '2. Agree it with the board (https://example.org/plan)"\tHead of SEND\tGreen',
      ]);
    expect(await page.getByText(/^Row 4 holds a RAG shown by the cell's colour/).count()).toBe(1);
    expect(await axeViolations(page, 'form')).toEqual([]);
    await page.getByRole('button', { name: 'Read the table' }).click();
    const table = page.getByRole('table', { name: /RAG status as of/ });
    await table.getByRole('row', { name: /^1\.2 Publish the plan/ }).waitFor();
    expect(errors).toEqual([]);
  });

  it('reads a CSV saved by Excel on Windows, or on a Mac, with its £, dashes and quotes whole, says so, and says why a PDF is not read', async () => {
    const { page, errors } = await open('?page=import');
    await page.getByRole('button', { name: 'Fill in an example: Torbay’s table' }).click();
    // Excel's "CSV (Comma delimited)" on Windows writes Windows-1252: £ is 0xA3 and – is 0x96, which UTF-8 reads as "�".
    const csv = Buffer.from(
      'Ref,Action,Lead,Start,Finish\r\nFocus Area 1 \x96 JSNA\r\n1A,Agree the \xa350k budget,TT,13/04/2022,29/04/2022\r\n',
      'latin1',
    );
    await page.getByLabel('Or open a file').setInputFiles({ name: 'plan.csv', mimeType: 'text/csv', buffer: csv });
    await expect
      .poll(() => page.getByLabel('Project table').inputValue())
      // A text box keeps its lines with "\n" alone.
      .toBe('Ref,Action,Lead,Start,Finish\nFocus Area 1 – JSNA\n1A,Agree the £50k budget,TT,13/04/2022,29/04/2022\n');
    expect(await page.getByText(/^The file is not UTF-8/).textContent()).toBe(
      'The file is not UTF-8, so it was read as Windows-1252, the encoding Excel on Windows saves "CSV (Comma delimited)" in. Check the characters beyond plain text ("–", "£") on lines 2, 3; to be sure of them, save the file as "CSV UTF-8".',
    );
    // The form, with the note under its field; the dashboard the table gives is checked by the tests above.
    expect(await axeViolations(page, 'form')).toEqual([]);
    await page.getByRole('button', { name: 'Read the table' }).click();
    const table = page.getByRole('table', { name: /RAG status as of/ });
    await table.getByRole('row', { name: /^1A Agree the £50k budget/ }).waitFor();
    // A PDF of the plan is not text: the field says so, and the table keeps what it had.
    await page
      .getByLabel('Or open a file')
      .setInputFiles({ name: 'plan.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\n%\xe2\xe3\n', 'latin1') });
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toBe(
        'Error: plan.pdf could not be read: (root): expected a text file: comma- or tab-separated values, or XML, found a PDF: copy its table into a spreadsheet and save that as a CSV.',
      );
    expect(await page.getByText(/^The file is not UTF-8/).count()).toBe(0);
    expect(await page.getByLabel('Project table').inputValue()).toContain('£50k');
    // Excel for Mac's "Comma Separated Values" writes Mac Roman: – is 0xD0 and ’ 0xD5, which Windows-1252 reads as "Ð" and "Õ".
    const mac = Buffer.from(
      'Ref,Action,Lead,Start,Finish\r\nFocus Area 1 \xd0 JSNA\r\n1A,Don\xd5t wait,TT,13/04/2022,29/04/2022\r\n',
      'latin1',
    );
    await page.getByLabel('Or open a file').setInputFiles({ name: 'plan-mac.csv', mimeType: 'text/csv', buffer: mac });
    await expect
      .poll(() => page.getByLabel('Project table').inputValue())
      .toBe('Ref,Action,Lead,Start,Finish\nFocus Area 1 – JSNA\n1A,Don’t wait,TT,13/04/2022,29/04/2022\n');
    expect(await page.getByText(/^The file is not UTF-8/).textContent()).toBe(
      'The file is not UTF-8, and read as Windows-1252 it would have 2 characters where no text puts them (as "donÕt" for "don’t"), against 0 read as Mac Roman, the encoding Excel for Mac saves "Comma Separated Values" in: so it was read as Mac Roman. Check the characters beyond plain text ("–", "’") on lines 2, 3; to be sure of them, save the file as "CSV UTF-8".',
    );
    expect(errors).toEqual([]);
  });

  it('names the row and column of each cell it cannot read', async () => {
    const { page } = await open('?page=import');
    await page.getByRole('button', { name: 'Fill in an example: Torbay’s table' }).click();
    await page.getByLabel('Project table').fill('Task Name\tStart\nFocus Area 1 - JSNA\t\n1A Create a group\tThu 13/04/22');
    await page.getByRole('button', { name: 'Read the table' }).click();
    expect(await page.getByRole('alert').getByRole('listitem').allTextContents()).toEqual([
      'rows[3].Start: expected a real date written as in the UK, like Wed 13/04/22 or 13 Apr 2022, or a month (September 2022) or a quarter (Q2 2022/23), found "Thu 13/04/22".',
    ]);
  });
});

describe('working out EHC timeliness from a case list', () => {
  it('is linked from the list of plans', async () => {
    const { page } = await open('');
    await page.getByRole('link', { name: 'Work out EHC timeliness from your case list' }).click();
    await page.getByRole('heading', { level: 1, name: 'Work out EHC timeliness from your case list' }).waitFor();
    expect(new URL(page.url()).search).toBe('?page=ehc');
    expect(await page.title()).toBe('Work out EHC timeliness from your case list – wsoa-kit demo');
  });

  it('says what the form is missing, moving focus to the result', async () => {
    const { page } = await open('?page=ehc');
    await page.getByRole('button', { name: 'Work out the figures' }).click();
    expect(await page.getByRole('alert').getByRole('listitem').allTextContents()).toEqual([
      'from: expected a real date, found nothing.',
      'to: expected a real date, found nothing.',
      'caseList: expected a case list pasted from a spreadsheet, or a file opened, found nothing.',
    ]);
    await page.waitForFunction(() => document.activeElement?.textContent === 'What the case list gives');
  });

  it(
    'works out a year of the example case list as core does, and again counting the day received as day 1',
    async () => {
      const { page, errors } = await open('?page=ehc');
      await page.getByRole('button', { name: 'Fill in an example: a made-up case list' }).click();
      expect([
        await page.getByLabel('First day of the period').inputValue(),
        await page.getByLabel('Last day of the period').inputValue(),
      ]).toEqual(['2023-04-01', '2024-03-31']);
      await page.getByRole('button', { name: 'Work out the figures' }).click();
      const result = page.locator('section', { has: page.getByRole('heading', { name: 'What the case list gives' }) });
      await result.getByRole('heading', { level: 3, name: 'From 1 April 2023 to 31 March 2024' }).waitFor();
      const read = readEhcRequests(exampleCaseList());
      if (!read.ok) throw new Error(read.problems[0]?.message);
      const year = ehcTimeliness(read.value, { from: '2023-04-01', to: '2024-03-31' });
      const sentences = (await result.locator('h3:has-text("From") ~ p').allTextContents()).slice(0, year.sentences.length);
      expect(sentences).toEqual(year.sentences);
      expect(sentences[0]).toBe(
        '60 new EHC plans were issued from 1 Apr 2023 to 31 Mar 2024; 31 of them within 20 weeks of the request (51.7%).',
      );
      // One plan had an exception: a count that small is flagged before anyone publishes it, and each quarter has one too.
      expect(await result.locator('.demo__caution').allTextContents()).toEqual([
        'Before publishing: Some of these figures count fewer than 5 (the smallest is 1). Figures this small can point to a child or family: check them before publishing, or publish a longer period.',
        'Before publishing: Every quarter has a figure that counts fewer than 5: check a quarter before publishing it on its own.',
      ]);
      expect(year.caution).toBeDefined();
      const table = result.getByRole('table', { name: 'New EHC plans issued in the period' });
      expect(
        await table
          .getByRole('row', { name: /^Share within 20 weeks/ })
          .getByRole('cell')
          .allTextContents(),
      ).toEqual(['51.7%', '52.5%']);
      expect(
        await table
          .getByRole('row', { name: /^Issued/ })
          .getByRole('cell')
          .allTextContents(),
      ).toEqual(['60', '59']);
      const [yearActual, quarterActuals] = await result.locator('pre').allTextContents();
      expect(JSON.parse(yearActual ?? '')).toEqual(ehcMeasureActual(year));
      // The first quarter issued no plan, so it has no actual.
      const quarterly = ehcTimelinessSeries(read.value, { from: '2023-04-01', to: '2024-03-31', every: 'quarter' }).map((q) =>
        ehcMeasureActual(q),
      );
      expect(quarterly[0]).toBeUndefined();
      expect(JSON.parse(quarterActuals ?? '')).toEqual(quarterly.slice(1));
      expect(await result.getByText(/^Or, for a trend/).textContent()).toBe(
        'Or, for a trend, the 3 quarters with a share, one actual each:',
      );
      const quarters = result.getByRole('table', { name: 'Quarter by quarter' });
      const series = ehcTimelinessSeries(read.value, { from: '2023-04-01', to: '2024-03-31', every: 'quarter' });
      const rows = await quarters
        .locator('tbody tr')
        .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => cell.textContent)));
      expect(rows.map((row) => row[0])).toEqual([
        '1 Apr 2023 to 30 Jun 2023',
        '1 Jul 2023 to 30 Sep 2023',
        '1 Oct 2023 to 31 Dec 2023',
        '1 Jan 2024 to 31 Mar 2024',
      ]);
      expect(rows.map((row) => row[1])).toEqual(
        series.map(({ plansExcludingExceptions: p }) =>
          p.percentWithin20Weeks === undefined
            ? 'none issued'
            : `${p.within20Weeks} of ${p.issued} (${p.percentWithin20Weeks.toFixed(1)}%)`,
        ),
      );
      // The first requests came in April 2023, so no plan was due that quarter.
      const decided = (d: { within6Weeks: number; made: number; percentWithin6Weeks?: number } | undefined) =>
        `${d?.within6Weeks} of ${d?.made} (${d?.percentWithin6Weeks?.toFixed(1)}%)`;
      expect([rows[0], rows[3]]).toEqual([
        ['1 Apr 2023 to 30 Jun 2023', 'none issued', decided(series[0]?.decisions), decided(series[0]?.decisionsExcludingExceptions)],
        ['1 Jan 2024 to 31 Mar 2024', '12 of 20 (60.0%)', '21 of 36 (58.3%)', '21 of 31 (67.7%)'],
      ]);
      // Some late decisions in the example are excused, so leaving them out raises the share.
      expect(series.map((q) => q.decisionExceptions)).toEqual([1, 3, 3, 5]);
      expect(sentences).toContain('Leaving out the 12 decisions where an exception applied, 101 of 124 were made within 6 weeks (81.5%).');
      expect(await result.locator('.demo__refs dt').allTextContents()).toEqual([
        'Past 20 weeks without a final plan (6)',
        'Final plan less than 15 days after the draft (2)',
      ]);
      expect(await axeViolations(page)).toEqual([]);

      await page.getByLabel('The day the request was received is day 1 (each limit ends a day earlier)').check();
      await page.getByRole('button', { name: 'Work out the figures' }).click();
      const strict = ehcTimeliness(read.value, { from: '2023-04-01', to: '2024-03-31', dayOne: 'received' });
      // A plan issued on the last day of its 20 weeks is a day late when the day received is day 1.
      await result
        .getByText('60 new EHC plans were issued from 1 Apr 2023 to 31 Mar 2024; 30 of them within 20 weeks of the request (50.0%).')
        .waitFor();
      expect((await result.locator('h3:has-text("From") ~ p').allTextContents()).slice(0, strict.sentences.length)).toEqual(
        strict.sentences,
      );
      expect(errors).toEqual([]);
    },
    WHOLE_DASHBOARD,
  );

  it(
    'works out a year of the example reviews as core does, quarter by quarter',
    async () => {
      const { page, errors } = await open('?page=ehc');
      await page.getByLabel('Reviews of EHC plans').check();
      expect(await page.getByRole('group', { name: 'Counting the days' }).count()).toBe(0);
      await page.getByRole('button', { name: 'Fill in an example: a made-up case list' }).click();
      await page.getByRole('button', { name: 'Work out the figures' }).click();
      const result = page.locator('section', { has: page.getByRole('heading', { name: 'What the case list gives' }) });
      await result.getByRole('heading', { level: 3, name: 'From 1 April 2023 to 31 March 2024' }).waitFor();
      const read = readEhcReviews(exampleReviewList());
      if (!read.ok) throw new Error(read.problems[0]?.message);
      const year = reviewTimeliness(read.value, { from: '2023-04-01', to: '2024-03-31' });
      const sentences = (await result.locator('h3:has-text("From") ~ p').allTextContents()).slice(0, year.sentences.length);
      expect(sentences).toEqual(year.sentences);
      expect(sentences[0]).toBe(
        '228 review meetings were held from 1 Apr 2023 to 31 Mar 2024; 198 of them within 12 months of the plan or its last review (86.8%).',
      );
      const table = result.getByRole('table', { name: 'Reviews in the period' });
      expect(await table.locator('tbody td:last-child').allTextContents()).toEqual([
        '198 of 228 (86.8%)',
        '172 of 225 (76.4%)',
        '61 of 80 (76.3%)',
        '19 of 34 (55.9%)',
      ]);
      const quarters = splitPeriod('2023-04-01', '2024-03-31', 'quarter').map((quarter) => reviewTimeliness(read.value, quarter));
      expect(await result.getByRole('table', { name: 'Quarter by quarter' }).locator('tbody td:first-of-type').allTextContents()).toEqual(
        quarters.map((q) => `${q.meetings.inTime} of ${q.meetings.count} (${q.meetings.percent?.toFixed(1)}%)`),
      );
      const [yearActual, quarterActuals] = await result.locator('pre').allTextContents();
      expect(JSON.parse(yearActual ?? '')).toEqual(reviewMeasureActual(year));
      expect(JSON.parse(quarterActuals ?? '')).toEqual(quarters.map((q) => reviewMeasureActual(q)));
      expect(await result.locator('.demo__refs dt').allTextContents()).toEqual([
        'Past 12 months without a meeting (4)',
        'Past 4 weeks from the meeting without a decision (3)',
      ]);
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
    },
    WHOLE_DASHBOARD,
  );

  it('reads a case list from an Excel workbook, date cells and text dates alike', async () => {
    const { page, errors } = await open('?page=ehc');
    const cell = (ref: string, value: string) => `<c r="${ref}" t="inlineStr"><is><t>${value}</t></is></c>`;
    const sheet = [
      `<row r="1">${cell('A1', 'Case ref')}${cell('B1', 'Request received')}${cell('C1', 'Final issued')}${cell('D1', 'Exception')}</row>`,
      // 45201 is 2 Oct 2023 as Excel counts days.
      `<row r="2">${cell('A2', 'R-1')}<c r="B2" s="2"><v>45201</v></c>${cell('C2', '19/02/2024')}</row>`,
      `<row r="3">${cell('A3', 'R-2')}${cell('B3', '02/10/2023')}${cell('C3', '20/02/2024')}</row>`,
      `<row r="4">${cell('A4', 'R-3')}${cell('B4', '01/09/2023')}${cell('C4', '01/03/2024')}${cell('D4', 'Setting closed')}</row>`,
    ].join('');
    await page.getByLabel('Or open a file').setInputFiles({
      name: 'requests.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from(zip(workbook({ Requests: sheet }, []))),
    });
    await page.waitForFunction(() => (document.querySelector('textarea') as HTMLTextAreaElement | null)?.value.startsWith('Case ref'));
    await page.getByLabel('First day of the period').fill('2024-01-01');
    await page.getByLabel('Last day of the period').fill('2024-03-31');
    await page.getByRole('button', { name: 'Work out the figures' }).click();
    const result = page.locator('section', { has: page.getByRole('heading', { name: 'What the case list gives' }) });
    await result.getByRole('heading', { level: 3, name: 'From 1 January 2024 to 31 March 2024' }).waitFor();
    expect(await result.locator('h3:has-text("From") ~ p').allTextContents()).toEqual([
      '3 new EHC plans were issued from 1 Jan 2024 to 31 Mar 2024; 1 of them within 20 weeks of the request (33.3%).',
      'Leaving out the plan where an exception applied, 1 of 2 was issued within 20 weeks (50.0%).',
      '2 took more than 20 weeks but no more than a year.',
      'On average a plan took 22.0 weeks from request to issue.',
      'No decisions whether to assess were made from 1 Jan 2024 to 31 Mar 2024.',
      // Three plans in a quarter: small enough to point to a family.
      'Before publishing: Some of these figures count fewer than 5 (the smallest is 1). Figures this small can point to a child or family: check them before publishing, or publish a longer period.',
      '50% on 31 Mar 2024: 1 of 2 plans issued within 20 weeks, leaving out 1 where an exception applied. Add it to the actuals of your plan’s measure of EHC plans issued within 20 weeks:',
      'No open request was past a limit on 31 Mar 2024, and every final plan came at least 15 days after its draft.',
    ]);
    expect(errors).toEqual([]);
  });

  it('counts a transfer review finished on 15 February as late before it, and in time by it, as the council chooses', async () => {
    const { page, errors } = await open('?page=ehc');
    await page.getByLabel('Reviews of EHC plans').check();
    await page
      .getByLabel('Case list')
      .fill(
        [
          'Case ref\tDue from\tReview meeting\tDecision date\tDecision\tAmended plan issued\tTransfer\tTransfer year',
          'R-1\t20/05/2023\t10/01/2024\t20/01/2024\tAmend\t15/02/2024\tPhase\t2024',
        ].join('\n'),
      );
    await page.getByLabel('First day of the period').fill('2024-01-01');
    await page.getByLabel('Last day of the period').fill('2024-03-31');
    const transfers = page.getByRole('table', { name: 'Reviews in the period' }).getByRole('row', { name: /^Reviews before a move/ });
    await page.getByRole('button', { name: 'Work out the figures' }).click();
    expect(await transfers.locator('td').last().textContent()).toBe('0 of 1 (0.0%)');
    await page.getByLabel(/^Finished by 15 February/).check();
    await page.getByRole('button', { name: 'Work out the figures' }).click();
    await page.getByRole('table', { name: 'Reviews in the period' }).getByText('1 of 1 (100.0%)').last().waitFor();
    expect(await transfers.locator('td').last().textContent()).toBe('1 of 1 (100.0%)');
    expect(errors).toEqual([]);
  });

  it('names the row and column of each cell it cannot read, and gives no figures', async () => {
    const { page } = await open('?page=ehc');
    await page.getByLabel('Case list').fill('Case ref\tRequest received\tFinal issued\nR-1\t02/10/2023\t30/02/2024');
    await page.getByLabel('First day of the period').fill('2024-01-01');
    await page.getByLabel('Last day of the period').fill('2024-03-31');
    await page.getByRole('button', { name: 'Work out the figures' }).click();
    expect(await page.getByRole('alert').getByRole('listitem').allTextContents()).toEqual([
      'rows[2]["Final issued"]: expected a date written day/month/year, like 08/01/2024 or 8 Jan 2024, found "30/02/2024".',
    ]);
    expect(await page.getByRole('table').count()).toBe(0);
  });

  it.each(['Requests for an EHC needs assessment', 'Reviews of EHC plans'])(
    'fits 320 CSS pixels with the figures shown: %s',
    async (kind) => {
      const context = await browser.newContext({ viewport: { width: 320, height: 800 } });
      opened.push(context);
      const page = await context.newPage();
      await page.goto(`${base}?page=ehc`);
      await page.getByLabel(kind).check();
      await page.getByRole('button', { name: 'Fill in an example: a made-up case list' }).click();
      await page.getByRole('button', { name: 'Work out the figures' }).click();
      await page.getByRole('table', { name: 'Quarter by quarter' }).waitFor();
      expect(await pageOverflow(page)).toEqual({ width: 320, wide: [] });
      expect(await smallTargets(page)).toEqual([]);
    },
  );
});

describe('at 320 CSS pixels wide (WCAG 1.4.10 Reflow)', () => {
  // Nothing may need sideways scrolling of the page; wide tables and the timeline scroll in their own regions.
  it.each(['', '?plan=torbay', '?plan=bcp', '?plan=centralBedfordshire', '?plan=northbrook', '?page=import', '?page=ehc'])(
    'fits the width: %s',
    async (query) => {
      const context = await browser.newContext({ viewport: { width: 320, height: 800 } });
      opened.push(context);
      const page = await context.newPage();
      await page.goto(`${base}${query}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      const overflow = await pageOverflow(page);
      // Checkboxes and radio buttons keep WCAG 2.2's minimum target, 24 by 24 CSS pixels, however their labels wrap.
      expect(await smallTargets(page)).toEqual([]);
      expect(overflow).toEqual({ width: 320, wide: [] });
    },
  );
});
