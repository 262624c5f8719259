import { analysePlan, summarisePeriod, writeProjectTable } from '@wsoa-kit/core';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { northbrookAnalysis, torbayAnalysis } from '../fixtures/plans.js';
import { axeViolations } from '../test/axe.js';
import { catchDownloads } from '../test/downloads.js';
import { boardReport, htmlText } from './boardReport.js';
import { ProgressSummary } from './ProgressSummary.js';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const april = summarisePeriod(torbayAnalysis, { from: '2022-04-01', to: '2022-04-30' });
const sentence = '29 actions were due to have started in April 2022, of which 29 have been reported. 28 have been started (97%).';

describe('boardReport', () => {
  it('gives seed 004’s progress table, workstream rows in bold, then the period’s sentence', () => {
    const report = boardReport(torbayAnalysis, april);
    const rows = torbayAnalysis.workstreams.length + torbayAnalysis.actions.length;
    expect(report.rows).toBe(rows);
    const lines = report.html.split('\n');
    const th = (text: string) => `<th style="border:1px solid #000;padding:2px 4px;text-align:left;vertical-align:top">${text}</th>`;
    const td = (text: string) => `<td style="border:1px solid #000;padding:2px 4px;text-align:left;vertical-align:top">${text}</td>`;
    expect(lines.slice(0, 5)).toEqual([
      '<table style="border-collapse:collapse">',
      `<thead><tr>${['Task Name', 'LO/AO', 'Duration', 'Start', 'Finish', '% Work Complete', 'RAG'].map(th).join('')}</tr></thead>`,
      '<tbody>',
      `<tr>${['Focus Area 1 - JSNA', 'LS/NM', '261 days', 'Wed 13/04/22', 'Wed 12/04/23', '5%', 'Red'].map((t) => td(`<b>${t}</b>`)).join('')}</tr>`,
      `<tr>${['1A Create a JSNA Data Group', 'JC/BB', '35 days', 'Wed 13/04/22', 'Tue 31/05/22', '5%', 'Red'].map(td).join('')}</tr>`,
    ]);
    expect(lines.slice(-3)).toEqual(['</tbody>', '</table>', `<p>${sentence}</p>`]);
    expect(lines.filter((line) => line.startsWith('<tr>'))).toHaveLength(rows);
    expect(report.text).toBe(`${writeProjectTable(torbayAnalysis)}\n${sentence}\n`);
  });

  it('writes text from the plan as text, never markup, keeping its line breaks', () => {
    expect(htmlText(`<img src=x onerror="alert(1)"> & 'Tom's'\nNext`)).toBe(
      '&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &#39;Tom&#39;s&#39;<br>Next',
    );
    const plan = torbayAnalysis.plan;
    const hostile = analysePlan(
      { ...plan, actions: plan.actions.map((a, i) => (i === 0 ? { ...a, title: '<script>alert(1)</script>' } : a)) },
      { asOf: torbayAnalysis.asOf },
    );
    const html = boardReport(hostile, summarisePeriod(hostile, { from: '2022-04-01', to: '2022-04-30' })).html;
    expect(html).not.toContain('<script>');
    expect(html).toContain('1A &lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('carries each action’s latest return in its own columns', () => {
    const report = boardReport(northbrookAnalysis, summarisePeriod(northbrookAnalysis, { from: '2024-11-01', to: '2024-11-30' }));
    expect(report.html.split('\n')[1]).toContain(
      '<th style="border:1px solid #000;padding:2px 4px;text-align:left;vertical-align:top">Mitigation</th>',
    );
    expect(report.html).toContain('Two agency educational psychologists booked until March; weekly case review with the service manager.');
  });
});

describe('ProgressSummary: copy for a board report', () => {
  const button = () => screen.getByRole('button', { name: 'Copy the progress table and sentence for a board report' });

  it('shows no copy button unless asked, as pages for the public need none', () => {
    render(<ProgressSummary analysis={torbayAnalysis} from="2022-04-01" to="2022-04-30" />);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('copies the table for Word and tab-separated text for Excel, and says so politely', async () => {
    const written: { types: string[]; html: string; text: string }[] = [];
    class FakeClipboardItem {
      constructor(readonly items: Record<string, Blob>) {}
    }
    vi.stubGlobal('ClipboardItem', FakeClipboardItem);
    const write = vi.fn(async (items: FakeClipboardItem[]) => {
      for (const item of items)
        written.push({
          types: Object.keys(item.items),
          html: await (item.items['text/html'] as Blob).text(),
          text: await (item.items['text/plain'] as Blob).text(),
        });
    });
    const user = userEvent.setup();
    // After user-event's setup, which puts a clipboard of its own in place.
    Object.defineProperty(navigator, 'clipboard', { value: { write }, configurable: true });
    const { container } = render(<ProgressSummary analysis={torbayAnalysis} from="2022-04-01" to="2022-04-30" copyForBoard />);
    expect(screen.getByRole('status').textContent).toBe('');
    await user.click(button());
    const report = boardReport(torbayAnalysis, april);
    expect(written).toEqual([{ types: ['text/html', 'text/plain'], html: report.html, text: report.text }]);
    const copied = `Copied the progress table (${report.rows} rows) and the sentence on progress in April 2022. Paste them into the board report.`;
    expect(screen.getByRole('status').textContent).toBe(copied);
    // Copying again says so again: the same words in a new element, which a screen reader announces.
    const first = screen.getByRole('status').firstElementChild;
    await user.click(button());
    expect(written).toHaveLength(2);
    expect(screen.getByRole('status').textContent).toBe(copied);
    expect(screen.getByRole('status').firstElementChild).not.toBe(first);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('downloads the section as a web page where the browser will not let the page copy', async () => {
    vi.stubGlobal('ClipboardItem', class {});
    const user = userEvent.setup();
    // After user-event's setup, which puts a clipboard of its own in place.
    Object.defineProperty(navigator, 'clipboard', {
      value: { write: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')) },
      configurable: true,
    });
    const { names, blobs } = catchDownloads();
    render(<ProgressSummary analysis={torbayAnalysis} from="2022-04-01" to="2022-04-30" copyForBoard />);
    await user.click(button());
    expect(names).toEqual(['torbay-written-statement-of-action-2022-progress-for-the-board.html']);
    const page = await (blobs[0] as Blob).text();
    expect(page.split('\n').slice(0, 4)).toEqual([
      '<!doctype html>',
      '<html lang="en-GB">',
      '<meta charset="utf-8">',
      '<title>Torbay Written Statement of Action 2022: progress for the board</title>',
    ]);
    expect(page).toContain(boardReport(torbayAnalysis, april).html);
    expect(screen.getByRole('status').textContent).toBe(
      `This browser did not let the page copy, so the progress table (${boardReport(torbayAnalysis, april).rows} rows) and the sentence on progress in April 2022 were downloaded as a web page to copy from.`,
    );
  });
});
