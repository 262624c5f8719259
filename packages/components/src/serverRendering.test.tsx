// @vitest-environment node
import { statutoryTimeline } from '@wsoa-kit/core';
import { JSDOM } from 'jsdom';
import type { ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { EngagementTracker } from './coproduction/EngagementTracker.js';
import { FeedbackForm } from './coproduction/FeedbackForm.js';
import { YouSaidWeDid } from './coproduction/YouSaidWeDid.js';
import { DeadlineTimeline } from './deadlines/DeadlineTimeline.js';
import { PlanChanges } from './changes/PlanChanges.js';
import { FindingCoverage } from './findings/FindingCoverage.js';
import {
  bcpAnalysis,
  coproductionAnalysis,
  northbrookAnalysis,
  smallAnalysis,
  smallEarlierAnalysis,
  torbayAnalysis,
} from './fixtures/plans.js';
import { Gantt } from './gantt/Gantt.js';
import { MeasureChart } from './measures/MeasureChart.js';
import { ProgressSummary } from './progress/ProgressSummary.js';
import { RagBadge } from './rag/RagBadge.js';
import { RiskRegister } from './risks/RiskRegister.js';
import { RagTable } from './table/RagTable.js';
import { ScheduleChecks } from './validation/ScheduleChecks.js';
import { ValidationSummary } from './validation/ValidationSummary.js';

// A server has no DOM: this file runs in Node, as a council's server-rendered site does, with
// whichever React the run uses (19 in this package, 18.3 in apps/react-18).
let consoleCalls: MockInstance[] = [];
beforeEach(() => {
  consoleCalls = (['error', 'warn', 'log'] as const).map((method) => vi.spyOn(console, method).mockImplementation(() => undefined));
});
afterEach(() => vi.restoreAllMocks());

/** The body of the HTML a server sends, parsed apart from the test's own (absent) DOM. */
const served = (element: ReactElement) => new JSDOM(renderToString(element)).window.document.body;
const saidByReact = () => consoleCalls.flatMap((spy) => spy.mock.calls);

const measure = northbrookAnalysis.plan.measures[0];
const views: readonly [string, ReactElement, string][] = [
  ['Gantt', <Gantt analysis={smallAnalysis} />, 'aria-label="Small improvement plan"'],
  ['RagTable', <RagTable analysis={torbayAnalysis} />, '2A.1'],
  ['ProgressSummary', <ProgressSummary analysis={torbayAnalysis} from="2022-04-01" to="2022-04-30" />, 'Progress in April 2022'],
  ['FindingCoverage', <FindingCoverage analysis={northbrookAnalysis} />, 'Area for improvement 3'],
  [
    'DeadlineTimeline',
    <DeadlineTimeline deadlines={statutoryTimeline(smallAnalysis.plan.inspection)} asOf="2022-05-20" />,
    'due in 10 working days',
  ],
  ['MeasureChart', <MeasureChart measure={measure!} asOf="2024-11-22" />, measure!.title],
  ['YouSaidWeDid', <YouSaidWeDid analysis={coproductionAnalysis} />, 'You said, we did'],
  ['EngagementTracker', <EngagementTracker analysis={bcpAnalysis} />, 'ladder'],
  ['FeedbackForm', <FeedbackForm plan={torbayAnalysis.plan} onSubmit={() => undefined} />, 'Tell us what you think'],
  ['ValidationSummary', <ValidationSummary subject="The plan" problems={[]} />, 'no problems'],
  ['RagBadge', <RagBadge status="amber" />, 'Amber'],
  ['RiskRegister', <RiskRegister analysis={northbrookAnalysis} />, '16 Extreme'],
  ['ScheduleChecks', <ScheduleChecks analysis={bcpAnalysis} />, 'Errors (1)'],
  ['PlanChanges', <PlanChanges before={smallEarlierAnalysis} after={smallAnalysis} />, '11 working days later'],
];

describe('server rendering, with no DOM', () => {
  it.each(views)('renders %s to HTML with its text, and React says nothing', (_, element, text) => {
    const html = renderToString(element);
    expect(html).toContain(text);
    expect(saidByReact()).toEqual([]);
  });

  it('sends the structure a screen reader needs before any script runs', () => {
    expect(served(<ProgressSummary analysis={torbayAnalysis} from="2022-04-01" to="2022-04-30" />).querySelector('h2')?.textContent).toBe(
      'Progress in April 2022',
    );
    expect(served(<FindingCoverage analysis={northbrookAnalysis} />).querySelector('tr[data-unaddressed="true"] th')?.textContent).toBe(
      'Area for improvement 3',
    );
    const deadlines = statutoryTimeline(smallAnalysis.plan.inspection);
    expect(
      served(<DeadlineTimeline deadlines={deadlines} asOf="2022-05-20" />).querySelector('.wsoa-deadlines__countdown')?.textContent,
    ).toBe('due in 10 working days');
    const gantt = served(<Gantt analysis={smallAnalysis} />);
    expect(gantt.querySelector('[role="treegrid"]')?.getAttribute('aria-label')).toBe('Small improvement plan');
    expect(gantt.querySelector('[data-row-key="a:2A.1"] [role="img"]')?.getAttribute('aria-label')).toBe(
      '2A.1 Create a joint vision of commissioning, lead TT, 13 Apr 2022 to 30 Jun 2022, 52 working days, 5% complete, Red: behind expected progress by 43 points',
    );
    expect(saidByReact()).toEqual([]);
  });
});
