import {
  analysePlan,
  deadlineCountdown,
  findingCoverage,
  parsePlan,
  statutoryTimeline,
  writePlanCalendar,
  type ImpactMeasure,
} from '@wsoa-kit/core';
import { cleanup, render, screen, within } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FindingCoverage } from './findings/FindingCoverage.js';
import { DeadlineTimeline } from './deadlines/DeadlineTimeline.js';
import { emptyAnalysis, northbrookAnalysis, smallAnalysis, smallPlanInput, torbayAnalysis } from './fixtures/plans.js';
import { MeasureChart, niceTicks } from './measures/MeasureChart.js';
import { ProgressSummary } from './progress/ProgressSummary.js';
import { RagBadge } from './rag/RagBadge.js';
import { axeViolations } from './test/axe.js';
import { catchDownloads } from './test/downloads.js';

afterEach(cleanup);

const texts = (elements: readonly Element[]) => elements.map((e) => e.textContent);

describe('RagBadge', () => {
  it('shows the word for any scheme with a hidden shape, the status in data-rag', () => {
    const { container } = render(
      <p>
        <RagBadge status="amber" />
        <RagBadge status="not-started" />
        <RagBadge status="complete" label="Done" />
        <RagBadge status="unrated" />
        <RagBadge status="red" label="Red" note="set by hand" />
      </p>,
    );
    const badges = [...container.querySelectorAll('.wsoa-rag')];
    expect(badges.map((b) => [b.getAttribute('data-rag'), b.textContent])).toEqual([
      ['amber', 'Amber'],
      ['not-started', 'Not started'],
      ['complete', 'Done'],
      ['unrated', 'Not rated'],
      ['red', 'Red (set by hand)'],
    ]);
    expect(badges.every((b) => b.querySelector('.wsoa-rag__shape')?.getAttribute('aria-hidden') === 'true')).toBe(true);
  });
});

describe('ProgressSummary', () => {
  it('gives the board-report sentence, the figures and the rounding rule for the period', () => {
    render(<ProgressSummary analysis={torbayAnalysis} from="2022-04-01" to="2022-04-30" />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Progress in April 2022');
    expect(screen.getByText(/actions were due to have started/).textContent).toBe(
      '29 actions were due to have started in April 2022, of which 29 have been reported. 28 have been started (97%).',
    );
    expect(screen.getByText('Percentages are rounded to the nearest whole number, halves up.')).toBeTruthy();
    const figures = [...document.querySelectorAll('.wsoa-progress__figure')].map((f) => [
      f.querySelector('dt')?.textContent,
      f.querySelector('dd')?.textContent,
    ]);
    expect(figures).toEqual([
      ['Due to start', '29'],
      ['Reported on', '29'],
      ['Started', '28 (97%)'],
      ['Due to finish', '1'],
      ['Finished', '1'],
      ['Overdue', '0'],
    ]);
  });

  it('draws RAG counts per workstream as bars whose numbers are text, worst first', () => {
    render(<ProgressSummary analysis={smallAnalysis} from="2022-04-01" to="2022-04-30" headingLevel={3} />);
    expect(screen.getByRole('heading', { level: 4, name: 'RAG by workstream' })).toBeTruthy();
    const bars = within(screen.getByRole('heading', { name: 'RAG by workstream' }).nextElementSibling as HTMLElement).getAllByRole(
      'listitem',
    );
    expect(texts(bars)).toEqual([
      'Focus Area 2: Joint Commissioning1 Red1 Green1 Blue3 actions',
      'Focus Area 3: SEND Strategy1 Red1 action',
    ]);
    const segments = [...(bars[0] as HTMLElement).querySelectorAll('.wsoa-ragbars__segment')] as HTMLElement[];
    expect(segments.map((s) => [s.dataset.rag, s.style.flexGrow])).toEqual([
      ['red', '1'],
      ['green', '1'],
      ['blue', '1'],
    ]);
    // Never colour alone: each segment is a RAG badge with its status's shape, as in the key.
    expect(
      segments.map((s) => [s.classList.contains('wsoa-rag'), s.querySelector(':scope > .wsoa-rag__shape[aria-hidden="true"]') !== null]),
    ).toEqual([
      [true, true],
      [true, true],
      [true, true],
    ]);
  });

  it('says a workstream has no actions yet once, with no count of none', () => {
    render(<ProgressSummary analysis={torbayAnalysis} from="2022-04-01" to="2022-04-30" />);
    const item = screen.getByText('Focus Area 11: The Graduated Response is used effectively').closest('li') as HTMLElement;
    expect(item.textContent).toBe('Focus Area 11: The Graduated Response is used effectivelyNo actions yet');
  });

  it('lists what changed RAG since the previous period, worse first', () => {
    render(<ProgressSummary analysis={smallAnalysis} from="2022-04-01" to="2022-04-30" />);
    const list = screen.getByRole('heading', { name: 'RAG changes since the previous period' }).nextElementSibling as HTMLElement;
    expect(texts(within(list).getAllByRole('listitem'))).toEqual([
      // Each with why it was rated so then and now: neither had started by 31 March.
      '2A.1 Create a joint vision of commissioning: Green, not yet due, to Red, behind expected progress by 43 points (worse)',
      '3A Refresh the SEND strategy: Green, not yet due, to Red, not started when due (worse)',
    ]);
  });

  it('copes with a plan with no actions', async () => {
    const { container } = render(<ProgressSummary analysis={emptyAnalysis} from="2022-04-01" to="2022-04-30" />);
    expect(screen.getByText(/actions were due/).textContent).toBe('No actions were due to have started in April 2022.');
    expect(screen.getByText('No workstream has actions yet.')).toBeTruthy();
    expect(screen.getByText('No action changed RAG.')).toBeTruthy();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('has no axe violations', async () => {
    const { container } = render(<ProgressSummary analysis={torbayAnalysis} from="2022-04-01" to="2022-04-30" />);
    expect(await axeViolations(container)).toEqual([]);
  });
});

describe('FindingCoverage', () => {
  it('flags in words a finding that no workstream addresses', () => {
    render(<FindingCoverage analysis={northbrookAnalysis} />);
    expect(screen.getByText(/findings that need action/).textContent).toBe(
      '5 of 6 findings that need action are addressed by at least one workstream. Not addressed: Area for improvement 3.',
    );
    const row = screen.getByRole('rowheader', { name: 'Area for improvement 3' }).closest('tr') as HTMLElement;
    expect(row.getAttribute('data-unaddressed')).toBe('true');
    expect(within(row).getAllByRole('cell')[1]?.textContent).toBe('Not addressed by any workstream');
  });

  it('lists each finding’s workstreams with their action counts and RAG', () => {
    render(<FindingCoverage analysis={smallAnalysis} />);
    expect(screen.getByText(/findings? that need/).textContent).toBe(
      'All 1 finding that need action is addressed by at least one workstream.',
    );
    const row = screen.getByRole('rowheader', { name: 'Weakness 1' }).closest('tr') as HTMLElement;
    expect(texts(within(row).getAllByRole('listitem'))).toEqual([
      'Focus Area 2: Joint Commissioning 3 actions Red',
      'Focus Area 3: SEND Strategy 1 action Red',
    ]);
  });

  it('leaves strengths out unless asked, and never counts them as gaps', () => {
    const plan = parsePlan({
      ...smallPlanInput,
      findings: [
        { id: 's1', kind: 'strength', number: 1, text: 'Parents value the local offer.' },
        { id: 'w1', kind: 'significant-weakness', number: 1, text: 'Weak joint commissioning.' },
        { id: 'w2', kind: 'significant-weakness', number: 2, text: 'Too few specialist places.' },
      ],
    });
    if (!plan.ok) throw new Error('fixture did not parse');
    const analysis = analysePlan(plan.value, { asOf: '2022-05-22' });
    expect(findingCoverage(analysis).map((r) => [r.name, r.unaddressed])).toEqual([
      ['Weakness 1', false],
      ['Weakness 2', true],
    ]);
    expect(findingCoverage(analysis, { showStrengths: true }).map((r) => [r.name, r.unaddressed])).toEqual([
      ['Strength 1', false],
      ['Weakness 1', false],
      ['Weakness 2', true],
    ]);
    render(<FindingCoverage analysis={analysis} showStrengths />);
    const strength = screen.getByRole('rowheader', { name: 'Strength 1' }).closest('tr') as HTMLElement;
    expect(within(strength).getAllByRole('cell')[1]?.textContent).toBe('No action needed');
  });

  it('names workstreams linked to no finding', () => {
    render(<FindingCoverage analysis={torbayAnalysis} />);
    expect(screen.queryByText(/Not linked to any finding/)).toBeNull();
    const plan = parsePlan({
      ...smallPlanInput,
      workstreams: [{ id: 'ws1', ref: '2', label: 'Focus Area', title: 'Joint Commissioning' }],
      actions: [],
    });
    if (!plan.ok) throw new Error('fixture did not parse');
    cleanup();
    render(<FindingCoverage analysis={analysePlan(plan.value, { asOf: '2022-05-22' })} />);
    expect(screen.getByText(/Not linked to any finding/).textContent).toBe('Not linked to any finding: Focus Area 2: Joint Commissioning.');
    expect(screen.getByText(/findings that need/).textContent).toBe(
      '0 of 1 findings that need action are addressed by at least one workstream. Not addressed: Weakness 1.',
    );
  });

  it('has no axe violations', async () => {
    const { container } = render(<FindingCoverage analysis={northbrookAnalysis} />);
    expect(await axeViolations(container)).toEqual([]);
  });
});

describe('DeadlineTimeline', () => {
  const deadlines = statutoryTimeline(smallAnalysis.plan.inspection);

  it('downloads the deadlines, board meetings and milestones as a calendar file when given the plan', async () => {
    const { names, blobs } = catchDownloads();
    const plan = northbrookAnalysis.plan;
    const northbrookDeadlines = statutoryTimeline(plan.inspection);
    const { container, rerender } = render(<DeadlineTimeline deadlines={northbrookDeadlines} asOf="2024-11-22" />);
    expect(screen.queryByRole('button')).toBeNull();
    rerender(<DeadlineTimeline deadlines={northbrookDeadlines} asOf="2024-11-22" plan={plan} />);
    expect(screen.getByText(/deadlines, /).textContent).toBe(
      '4 deadlines, 8 board meetings and 1 milestone, for Outlook, Google or Apple Calendar.',
    );
    screen.getByRole('button', { name: 'Add these dates to your calendar (.ics file)' }).click();
    expect(names).toEqual(['northbrook-priority-action-plan-2024-2026-dates.ics']);
    expect(blobs[0]?.type).toBe('text/calendar;charset=utf-8');
    const file = await (blobs[0] as Blob).text();
    // The file as core writes it, but for the moment it was made.
    expect(file.replace(/DTSTAMP:\w+/g, 'DTSTAMP')).toBe(
      writePlanCalendar(plan, { deadlines: northbrookDeadlines }).replace(/DTSTAMP:\w+/g, 'DTSTAMP'),
    );
    expect(file.match(/BEGIN:VEVENT/g)).toHaveLength(13);
    expect(await axeViolations(container)).toEqual([]);
    vi.restoreAllMocks();
  });

  it('counts down in working days: WSoA due in 10 working days', () => {
    render(<DeadlineTimeline deadlines={deadlines} asOf="2022-05-20" />);
    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(
      items.map((li) => [li.querySelector('h3')?.textContent, li.querySelector('.wsoa-deadlines__when')?.textContent, li.dataset.state]),
    ).toEqual([
      ['Written Statement of Action due', '7 Jun 2022: due in 10 working days', 'next'],
      ['Revisit expected', 'Between 22 Jun 2023 and 22 Oct 2023: window opens in 272 working days', 'future'],
    ]);
    expect(within(items[0] as HTMLElement).getByText('Set in law')).toBeTruthy();
    expect(within(items[1] as HTMLElement).getByText('A default setting: check it against the current handbook')).toBeTruthy();
    expect(items[0]?.querySelector('time')?.getAttribute('datetime')).toBe('2022-06-07');
  });

  it('says when a date was counted past the bank holidays the calendar knows, and what to do', () => {
    const late = statutoryTimeline({ ...smallAnalysis.plan.inspection, reportReceived: '2030-11-01', reportPublished: '2030-11-15' });
    render(<DeadlineTimeline deadlines={late} asOf="2030-11-01" />);
    const item = (title: string) => screen.getByRole('heading', { name: title }).closest('li') as HTMLElement;
    const [wsoa, revisit] = [item('Written Statement of Action due'), item('Revisit expected')];
    const facts = (item: HTMLElement | undefined) =>
      [...(item?.querySelectorAll('dt') ?? [])].map((dt) => [dt.textContent, dt.nextElementSibling?.textContent]);
    expect(facts(wsoa).at(-1)).toEqual([
      'Check',
      'The calendar knows bank holidays only for 2015 to 2030, so a bank holiday after 31 Dec 2030 was counted as a working day and this date may be too early. Merge the current bank holidays feed into the calendar to count them.',
    ]);
    // The revisit window is counted in months, with no bank holidays in it.
    expect(facts(revisit).map(([term]) => term)).toEqual(['Basis', 'Worked out as', 'Rule']);
  });

  it('says due today, passed, and when a window is open or closed', () => {
    const [wsoa, revisit] = deadlines;
    if (!wsoa || !revisit) throw new Error('expected two deadlines');
    expect([
      deadlineCountdown(wsoa, '2022-06-06'),
      deadlineCountdown(wsoa, '2022-06-07'),
      deadlineCountdown(wsoa, '2022-06-08'),
      deadlineCountdown(wsoa, '2022-06-10'),
    ]).toEqual(['due in 1 working day', 'due today', 'passed 1 working day ago', 'passed 3 working days ago']);
    expect([
      deadlineCountdown(revisit, '2023-10-16'),
      deadlineCountdown(revisit, '2023-10-20'),
      deadlineCountdown(revisit, '2023-10-24'),
    ]).toEqual([
      'window open: closes in 4 working days',
      'window open: closes today',
      'window closed 2 working days ago', // the window ends on Sunday 22 Oct: Monday and Tuesday have passed
    ]);
  });

  it('lists the 2023 framework’s deadlines in date order, past ones marked passed', () => {
    // The plan's own calendar: England and Wales holidays plus three council closure days at Christmas 2024.
    const calendar = northbrookAnalysis.calendar;
    render(
      <DeadlineTimeline
        deadlines={statutoryTimeline(northbrookAnalysis.plan.inspection, calendar)}
        asOf="2024-11-22"
        calendar={calendar}
        headingLevel={3}
      />,
    );
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe('Statutory deadlines');
    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(
      items.map((li) => [
        li.querySelector('h4')?.textContent,
        li.dataset.state,
        li.querySelector('.wsoa-deadlines__countdown')?.textContent,
      ]),
    ).toEqual([
      ['Priority action plan due', 'passed', 'passed 150 working days ago'],
      ['Strategic plan updated', 'passed', 'passed 150 working days ago'],
      ['Monitoring inspection expected', 'next', 'window opens in 152 working days'],
      ['Next full inspection due by', 'future', 'due in 574 working days'],
    ]);
  });

  it('explains when there are no deadlines yet', () => {
    render(<DeadlineTimeline deadlines={[]} asOf="2024-11-22" />);
    expect(screen.getByText(/No deadlines follow/).textContent).toBe(
      'No deadlines follow from this inspection’s dates yet: add the dates the report was received and published.',
    );
  });

  it('has no axe violations', async () => {
    const { container } = render(<DeadlineTimeline deadlines={deadlines} asOf="2022-05-20" />);
    expect(await axeViolations(container)).toEqual([]);
  });
});

describe('MeasureChart', () => {
  const [issued, wait, suspensions] = northbrookAnalysis.plan.measures as [ImpactMeasure, ImpactMeasure, ImpactMeasure];

  it('says where the measure stands in words and shape, judged by core', () => {
    render(<MeasureChart measure={issued} asOf="2024-11-22" />);
    const status = document.querySelector('.wsoa-measure__status') as HTMLElement;
    expect(status.textContent).toBe(
      'Behind trajectoryLatest actual 31% on 30 Sep 2024, short of the 35% planned by then (higher is better)',
    );
    expect(status.querySelector('.wsoa-rag')?.getAttribute('data-rag')).toBe('amber');
  });

  it('puts the as-of label on the side of its line that has room', () => {
    const label = () => {
      const text = document.querySelector('.wsoa-measure__asof text') as SVGTextElement;
      const line = document.querySelector('.wsoa-measure__asof line') as SVGLineElement;
      return [text.textContent, Number(text.getAttribute('x')) - Number(line.getAttribute('x1')), text.getAttribute('text-anchor')];
    };
    // The range runs from March 2024 to September 2025.
    render(<MeasureChart measure={issued} asOf="2024-05-01" />);
    expect(label()).toEqual(['As of 1 May 2024', 4, 'start']);
    cleanup();
    render(<MeasureChart measure={issued} asOf="2025-08-01" />);
    expect(label()).toEqual(['As of 1 Aug 2025', -4, 'end']);
  });

  it('is an SVG image named and described in words', () => {
    render(<MeasureChart measure={issued} asOf="2024-11-22" />);
    const img = screen.getByRole('img');
    expect(img.tagName.toLowerCase()).toBe('svg');
    const [titleId, descId] = (img.getAttribute('aria-labelledby') ?? '').split(' ');
    expect(document.getElementById(titleId as string)?.textContent).toBe(
      'Chart: New EHC plans issued within 20 weeks (excluding exceptions)',
    );
    expect(document.getElementById(descId as string)?.textContent).toBe(
      'New EHC plans issued within 20 weeks (excluding exceptions), higher is better. Baseline 18% on 31 Mar 2024; target 70% by 30 Sep 2025. Latest actual 31% on 30 Sep 2024. Status: Behind trajectory.',
    );
    expect(
      texts([...img.querySelectorAll('.wsoa-measure__grid > g > text')].filter((t) => t.getAttribute('text-anchor') === 'end')),
    ).toEqual(['0%', '20%', '40%', '60%', '80%']);
    expect(img.querySelectorAll('.wsoa-measure__actual-point')).toHaveLength(2);
    expect(img.querySelectorAll('.wsoa-measure__milestone')).toHaveLength(2);
  });

  it('gives the same figures as a table', () => {
    render(<MeasureChart measure={wait} asOf="2024-11-22" />);
    const table = screen.getByRole('table', { name: 'Median wait for a neurodevelopmental assessment: baseline, targets and actuals' });
    expect(
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map((r) => texts([...r.children])),
    ).toEqual([
      ['31 Mar 2024', 'Baseline', '74 weeks', ''],
      ['30 Jun 2024', 'Actual', '71 weeks', ''],
      ['30 Sep 2024', 'Actual', '63 weeks', ''],
      ['31 Dec 2024', 'Milestone target', '52 weeks', ''],
      ['30 Sep 2025', 'Target', '18 weeks', ''],
    ]);
    expect(document.querySelector('.wsoa-measure__status')?.textContent).toBe(
      'Behind trajectoryLatest actual 63 weeks on 30 Sep 2024, short of the 59.36 weeks planned by then (lower is better)',
    );
  });

  it('leaves room on the left for the longest value label', () => {
    render(<MeasureChart measure={wait} asOf="2024-11-22" />);
    // The value axis's labels (the as-of label, anchored at its end here too, is not one of them).
    const labels = [...screen.getByRole('img').querySelectorAll('text[text-anchor="end"]')].filter(
      (t) => !t.closest('.wsoa-measure__asof'),
    );
    expect(labels.map((t) => [t.textContent, t.getAttribute('x')])).toEqual([
      ['0 weeks', '64'],
      ['20 weeks', '64'],
      ['40 weeks', '64'],
      ['60 weeks', '64'],
      ['80 weeks', '64'],
    ]);
  });

  it('draws a measure with no actuals as its trajectory alone', async () => {
    const { container } = render(<MeasureChart measure={suspensions} asOf="2024-11-22" />);
    expect(suspensions.actuals).toEqual([]);
    expect(container.querySelector('.wsoa-measure__actual')).toBeNull();
    expect(container.querySelector('.wsoa-rag')?.textContent).toBe('No actuals yet');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('keeps its table of figures closed at first, or open when asked', () => {
    const { container, rerender } = render(<MeasureChart measure={issued} asOf="2024-11-22" />);
    expect((container.querySelector('details') as HTMLDetailsElement).open).toBe(false);
    rerender(<MeasureChart measure={wait} asOf="2024-11-22" figuresOpen />);
    expect((container.querySelector('details') as HTMLDetailsElement).open).toBe(true);
  });

  it('renders on the server with its table in the markup', () => {
    const html = renderToString(<MeasureChart measure={issued} asOf="2024-11-22" />);
    expect(html).toMatch(
      /<div class="wsoa-scroll" role="region" aria-labelledby="([^"]+)" tabindex="0" data-stack=""><table class="wsoa-table" role="table" aria-labelledby="\1"><caption id="\1">New EHC plans issued within 20 weeks \(excluding exceptions\): baseline, targets and actuals<\/caption>/,
    );
    expect(html).toContain('role="img"');
  });

  it('has no axe violations', async () => {
    const { container } = render(<MeasureChart measure={issued} asOf="2024-11-22" />);
    expect(await axeViolations(container)).toEqual([]);
  });
});

describe('niceTicks', () => {
  it('covers the range in round steps, widened to whole steps', () => {
    expect([niceTicks(0, 70), niceTicks(0, 74), niceTicks(-3, 7), niceTicks(0, 0.9), niceTicks(5, 5)]).toEqual([
      [0, 20, 40, 60, 80],
      [0, 20, 40, 60, 80],
      [-5, 0, 5, 10],
      [0, 0.5, 1],
      [5],
    ]);
  });
});
