import { projectTableRows, writeProjectTable, type PeriodSummary, type PlanAnalysis } from '@wsoa-kit/core';
import { escapeMarkup } from '../shared/markup.js';

/** A board report's progress section, in the two forms a clipboard carries. */
export interface BoardReport {
  /** The progress table, workstream rows in bold, then the period's sentence: pastes into Word or an email. */
  readonly html: string;
  /** The table tab-separated, then the sentence: pastes into Excel or a plain text box. */
  readonly text: string;
  /** Rows of the table, the header left out. */
  readonly rows: number;
}

/**
 * Text from a plan as HTML text: every markup character escaped, line breaks kept.
 *
 * @example
 * htmlText('<b>Met</b> & agreed\nNext: June'); // '&lt;b&gt;Met&lt;/b&gt; &amp; agreed<br>Next: June'
 */
export const htmlText = (text: string): string => escapeMarkup(text).replace(/\r?\n/g, '<br>');

/**
 * The progress section of a board report, as seed 004 lays it out: core's progress table
 * (`projectTableRows`, each action with its latest return), then the period's sentence ("27 actions
 * were due to have started in April 2022, …"). Text from the plan is escaped, never markup.
 *
 * @example
 * boardReport(analysis, summarisePeriod(analysis, { from: '2022-04-01', to: '2022-04-30' })).rows; // 47
 */
export function boardReport(analysis: PlanAnalysis, summary: PeriodSummary): BoardReport {
  const [header, ...body] = projectTableRows(analysis);
  const cell = (tag: 'th' | 'td', text: string, bold: boolean) =>
    `<${tag} style="border:1px solid #000;padding:2px 4px;text-align:left;vertical-align:top">${bold ? `<b>${htmlText(text)}</b>` : htmlText(text)}</${tag}>`;
  const html = [
    '<table style="border-collapse:collapse">',
    `<thead><tr>${(header?.cells ?? []).map((text) => cell('th', text, false)).join('')}</tr></thead>`,
    '<tbody>',
    ...body.map((row) => `<tr>${row.cells.map((text) => cell('td', text, row.kind === 'workstream')).join('')}</tr>`),
    '</tbody>',
    '</table>',
    `<p>${htmlText(summary.sentence)}</p>`,
  ].join('\n');
  return { html, text: `${writeProjectTable(analysis)}\n${summary.sentence}\n`, rows: body.length };
}
