import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Profiler } from 'react';
import { analysePlan } from '@wsoa-kit/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { axeViolations } from '../test/axe.js';
import { ganttExportSize, ganttToSvg, pngScale, pngSize } from './exportGantt.js';
import {
  centralBedfordshireAnalysis,
  dueByAnalysis,
  emptyAnalysis,
  largeAnalysis,
  northbrookAnalysis,
  smallAnalysis,
  smallDeadlines,
  smallPlan,
  torbayAnalysis,
} from '../fixtures/plans.js';
import { Gantt } from './Gantt.js';
import { buildGanttTree, visibleRows } from './ganttRows.js';

afterEach(cleanup);

const grid = () => screen.getByRole('treegrid');
const rowNames = () =>
  within(grid())
    .getAllByRole('row')
    .slice(1)
    .map((row) => row.getAttribute('data-row-key'));
const focusedRowKey = () => (document.activeElement?.closest('[role="row"]') as HTMLElement | null)?.getAttribute('data-row-key');
const focusedColumn = () => document.activeElement?.getAttribute('data-column');

describe('Gantt: structure and names', () => {
  it('is a treegrid named after the plan, with a row per workstream and action', () => {
    render(<Gantt analysis={smallAnalysis} />);
    expect(grid().getAttribute('aria-label')).toBe('Small improvement plan');
    expect(grid().getAttribute('aria-rowcount')).toBe('8');
    expect(rowNames()).toEqual(['ws:ws1', 'a:2A', 'a:2A.1', 'a:2A.2', 'a:2B', 'ws:ws2', 'a:3A']);
    const subAction = grid().querySelector('[data-row-key="a:2A.1"]') as HTMLElement;
    expect([subAction.getAttribute('aria-level'), subAction.getAttribute('aria-posinset'), subAction.getAttribute('aria-setsize')]).toEqual(
      ['3', '1', '2'],
    );
    expect(grid().querySelector('[data-row-key="a:2A"]')?.getAttribute('aria-expanded')).toBe('true');
  });

  it('names the headers shown short in full for screen readers', () => {
    render(<Gantt analysis={smallAnalysis} />);
    const header = (name: string) => within(grid()).getByRole('columnheader', { name });
    for (const name of ['Ref', 'Action', 'Leads', 'Start', 'Finish', 'RAG']) expect(header(name).textContent).toBe(name);
    expect(header('Working days').querySelector('[aria-hidden="true"]')?.textContent).toBe('Days');
    expect(header('Percent complete').querySelector('[aria-hidden="true"]')?.textContent).toBe('Done');
    expect(within(grid()).queryByRole('columnheader', { name: 'Days' })).toBeNull();
  });

  it('gives every bar a full accessible name, RAG in words', () => {
    render(<Gantt analysis={smallAnalysis} />);
    expect(screen.getAllByRole('img').map((img) => img.getAttribute('aria-label'))).toEqual([
      'Focus Area 2: Joint Commissioning, lead NM, 13 Apr 2022 to 29 Jul 2022, 73 working days, 22% complete, Red: worst of its actions is Red',
      '2A Establish a Joint Commissioning Group, leads HP, TT, 13 Apr 2022 to 30 Jun 2022, 52 working days, 22% complete, Red: worst of its actions is Red',
      '2A.1 Create a joint vision of commissioning, lead TT, 13 Apr 2022 to 30 Jun 2022, 52 working days, 5% complete, Red: behind expected progress by 43 points',
      '2A.2 Agree terms of reference, lead HP, 13 Apr 2022 to 29 Apr 2022, 11 working days, 100% complete, Blue: complete',
      '2B Joint commissioning strategy signed off, milestone on 29 Jul 2022, 0% complete, Green: not yet due, on the critical path',
      'Focus Area 3: SEND Strategy, 3 May 2022 to 29 Jun 2022, 40 working days, 0% complete, Red: worst of its actions is Red',
      '3A Refresh the SEND strategy, 3 May 2022 to 29 Jun 2022, 40 working days, 0% complete, Red: not started when due',
    ]);
  });

  it("gives an action's reported percentage to a tenth, as its reason does, and a roll-up's to the whole", () => {
    const plan = { ...smallPlan, actions: smallPlan.actions.map((a) => (a.id === '2A.1' ? { ...a, percentComplete: 12.5 } : a)) };
    const analysis = analysePlan(plan, { asOf: '2022-05-22' });
    render(<Gantt analysis={analysis} />);
    const name = (key: string) => grid().querySelector(`[data-row-key="${key}"] [role="img"]`)?.getAttribute('aria-label');
    // 2A rolls up 2A.1 (52 working days at 12.5%) and 2A.2 (11 at 100%): 1,750 / 63 = 27.8%.
    expect(name('a:2A.1')).toMatch(/, 52 working days, 12\.5% complete, Red: behind expected progress by 36 points$/);
    expect(name('a:2A')).toMatch(/, 52 working days, 28% complete, Red: worst of its actions is Red$/);
    expect(analysis.actionsById.get('2A.1')?.rag.reasons[0]).toMatch(/; reported 12\.5%: 35\.6 points behind, /);
    // The Done column, seventh of the default columns.
    const done = (key: string) =>
      within(grid().querySelector(`[data-row-key="${key}"]`) as HTMLElement).getAllByRole('gridcell')[6]?.textContent;
    expect([done('a:2A.1'), done('a:2A')]).toEqual(['12.5%', '28%']);
  });

  it('shows RAG as a word in its own column as well as by colour and pattern', () => {
    render(<Gantt analysis={smallAnalysis} />);
    const row = grid().querySelector('[data-row-key="a:2A.1"]') as HTMLElement;
    expect(row.getAttribute('data-rag')).toBe('red');
    expect(
      within(row)
        .getAllByRole('gridcell')
        .map((cell) => cell.textContent),
    ).toEqual(['2A.1', 'Create a joint vision of commissioning', 'TT', '13 Apr 2022', '30 Jun 2022', '52', '5%', 'Red', '']);
  });

  it('keeps initials short and the full names available', () => {
    render(<Gantt analysis={smallAnalysis} />);
    const abbr = grid().querySelector('[data-row-key="a:2A"] abbr') as HTMLElement;
    expect([abbr.textContent, abbr.getAttribute('title')]).toEqual(['HP/TT', 'HP: Hana Patel; TT: Tom Tran']);
  });

  it('renders plan text as text', () => {
    const hostile = { ...smallAnalysis, plan: { ...smallAnalysis.plan, title: '<img src=x onerror=alert(1)>' } };
    const { container } = render(<Gantt analysis={hostile} />);
    expect(grid().getAttribute('aria-label')).toBe('<img src=x onerror=alert(1)>');
    expect(container.querySelector('img')).toBeNull();
  });
});

describe('Gantt: keyboard', () => {
  it('has one tab stop and moves focus with the arrow keys, Home, End and Page keys', async () => {
    const user = userEvent.setup();
    render(
      <>
        <button type="button">before</button>
        <Gantt analysis={torbayAnalysis} height={400} />
      </>,
    );
    expect(grid().querySelectorAll('[tabindex="0"]')).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'before' }));
    await user.tab();
    // The toolbar's buttons come first, then the grid's single stop.
    for (let i = 0; i < 8; i++) await user.tab();
    expect([focusedRowKey(), focusedColumn()]).toEqual(['ws:fa1', '0']);
    await user.keyboard('{ArrowDown}');
    expect(focusedRowKey()).toBe('a:1A');
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(focusedColumn()).toBe('2');
    await user.keyboard('{End}');
    expect(focusedColumn()).toBe('8');
    await user.keyboard('{Home}');
    expect(focusedColumn()).toBe('0');
    await user.keyboard('{PageDown}');
    expect(focusedRowKey()).toBe('a:3A');
    await user.keyboard('{PageUp}');
    expect(focusedRowKey()).toBe('a:1A');
    await user.keyboard('{Control>}{End}{/Control}');
    expect(focusedRowKey()).toBe('ws:fa18');
    await user.keyboard('{Control>}{Home}{/Control}');
    expect(focusedRowKey()).toBe('ws:fa1');
    expect(grid().querySelectorAll('[tabindex="0"]')).toHaveLength(1);
    await user.tab();
    expect(document.activeElement?.closest('[role="treegrid"]')).toBeNull();
  });

  it('collapses with Left, expands with Right, toggles with Enter, and goes to the parent from a child', async () => {
    const user = userEvent.setup();
    render(<Gantt analysis={smallAnalysis} />);
    const first = grid().querySelector('[data-row-key="a:2A.1"] [data-column="0"]') as HTMLElement;
    act(() => first.focus());
    await user.keyboard('{ArrowLeft}');
    expect(focusedRowKey()).toBe('a:2A');
    await user.keyboard('{ArrowLeft}');
    expect(grid().querySelector('[data-row-key="a:2A"]')?.getAttribute('aria-expanded')).toBe('false');
    expect(rowNames()).toEqual(['ws:ws1', 'a:2A', 'a:2B', 'ws:ws2', 'a:3A']);
    expect(focusedRowKey()).toBe('a:2A');
    await user.keyboard('{ArrowRight}');
    expect(rowNames()).toEqual(['ws:ws1', 'a:2A', 'a:2A.1', 'a:2A.2', 'a:2B', 'ws:ws2', 'a:3A']);
    await user.keyboard('{ArrowUp}{Enter}');
    expect(rowNames()).toEqual(['ws:ws1', 'ws:ws2', 'a:3A']);
    expect(focusedRowKey()).toBe('ws:ws1');
    await user.keyboard('{Enter}');
    expect(rowNames()).toHaveLength(7);
  });

  it('reports expand state to a controlling parent', async () => {
    const onExpandedChange = vi.fn();
    const user = userEvent.setup();
    render(<Gantt analysis={smallAnalysis} onExpandedChange={onExpandedChange} />);
    act(() => (grid().querySelector('[data-row-key="ws:ws2"] [data-column="0"]') as HTMLElement).focus());
    await user.keyboard('{ArrowLeft}');
    expect([...(onExpandedChange.mock.calls[0]?.[0] as Set<string>)]).toEqual(['ws:ws1', 'a:2A']);
  });

  it('points the focused cell at the details of its row', async () => {
    const user = userEvent.setup();
    render(<Gantt analysis={smallAnalysis} />);
    act(() => (grid().querySelector('[data-row-key="a:2A.1"] [data-column="8"]') as HTMLElement).focus());
    await user.keyboard('{ArrowDown}{ArrowUp}');
    const described = document.getElementById(document.activeElement?.getAttribute('aria-describedby') ?? '');
    expect(described?.textContent).toContain(
      'Red: Expected 48.1% complete by 22 May 2022 (25 of 52 working days elapsed); reported 5%: 43.1 points behind, more than the 25 allowed before Red',
    );
    expect(described?.textContent).toContain('LeadTom Tran (TT)');
    expect(described?.textContent).toContain('Against baseline11 working days later than its baseline finish of 15 Jun 2022');
    expect(screen.getByRole('heading', { name: '2A.1 Create a joint vision of commissioning' })).toBeTruthy();
  });
});

describe('Gantt: actions due by a date, with no start', () => {
  it('draws a bracket closing on the due day, named in full, and names the due date in the cells and details', () => {
    render(<Gantt analysis={dueByAnalysis} />);
    const due = [...grid().querySelectorAll('.wsoa-gantt__due')].map((el) => [
      el.getAttribute('role'),
      el.getAttribute('data-rag'),
      el.getAttribute('aria-label'),
    ]);
    expect(due).toEqual([
      [
        'img',
        'unrated',
        '1.1 Create a joint vision, due by 30 Jun 2022, no start date, 20% complete, Not rated: no start to judge progress by',
      ],
      ['img', 'red', '1.2 Set up the commissioning group, due by 13 May 2022, no start date, 60% complete, Red: past its finish date'],
      ['img', 'blue', '1.3 Agree terms of reference, due by 29 Apr 2022, no start date, 100% complete, Blue: complete'],
    ]);
    // Each bracket's right edge is the end of its due day, where a bar finishing that day would end.
    const bracket = grid().querySelector('[data-row-key="a:vision"] .wsoa-gantt__due') as HTMLElement;
    const bar = grid().querySelector('[data-row-key="a:strategy"] .wsoa-gantt__bar') as HTMLElement;
    // 1.4 runs 3 May to 29 Jul (88 days to the end of its last); 1.1 is due 30 Jun (59 days from 3 May to its end).
    const bracketEnd = Number.parseFloat(bracket.style.left) + 14 - Number.parseFloat(bar.style.left);
    expect(bracketEnd / Number.parseFloat(bar.style.width)).toBeCloseTo(59 / 88, 6);
    const row = grid().querySelector('[data-row-key="a:vision"]') as HTMLElement;
    expect(
      within(row)
        .getAllByRole('gridcell')
        .slice(3, 6)
        .map((cell) => cell.textContent),
    ).toEqual(['—', '30 Jun 2022', '—']);
    act(() => (row.querySelector('[data-column="0"]') as HTMLElement).focus());
    const described = document.getElementById(document.activeElement?.getAttribute('aria-describedby') ?? '');
    expect(described?.textContent).toContain('DatesDue by 30 Jun 2022, no start date yet');
    expect(described?.textContent).toContain('Due by 30 Jun 2022; with no start, progress is not judged before then');
  });

  it('draws the bracket in the SVG export too, with its name as a title', () => {
    // 19090 is 8 Apr 2022; 13 May 2022 is day 19125, so its bracket closes at the end of that day.
    const svg = ganttToSvg({
      title: dueByAnalysis.plan.title,
      rows: visibleRows(buildGanttTree(dueByAnalysis), 'all'),
      axis: { zoom: 'week', startDay: 19090, endDay: 19210, groups: [], units: [] },
      pxPerDay: 4,
      asOfDay: 19134,
      markers: [],
      showBaselines: false,
      showCritical: false,
    });
    // Row 3 of the SVG (y 104): the bracket's right edge at 420 + (19125 + 1 - 19090) × 4 = 564.
    expect(svg).toContain(
      '<path d="M552,110 h12 v14 h-12" fill="none" stroke="#d4351c" stroke-width="3"><title>1.2 Set up the commissioning group, due by 13 May 2022, no start date, 60% complete, Red: past its finish date</title></path>',
    );
  });
});

describe('Gantt: a plan that gives leads as initials only', () => {
  it('shows the initials with no empty tooltip, and names the accountable officers by initials in the details', () => {
    render(<Gantt analysis={torbayAnalysis} />);
    const cell = grid().querySelector('[data-row-key="a:2A.1"] [data-column="2"]') as HTMLElement;
    expect([cell.textContent, cell.querySelector('abbr')]).toEqual(['TT', null]);
    act(() => (grid().querySelector('[data-row-key="ws:fa1"] [data-column="0"]') as HTMLElement).focus());
    const described = document.getElementById(document.activeElement?.getAttribute('aria-describedby') ?? '');
    expect(described?.textContent).toContain('LeadsLS (accountable officer); NM (accountable officer)');
  });
});

describe('Gantt: what a family reading the plan looks for', () => {
  const focusRow = (key: string) => act(() => (grid().querySelector(`[data-row-key="${key}"] [data-column="0"]`) as HTMLElement).focus());
  const details = (title: string) => within(screen.getByRole('region', { name: title }));
  const headings = (title: string) =>
    details(title)
      .getAllByRole('heading', { level: 4 })
      .map((h) => h.textContent);

  it("shows the difference for families, the success criteria and the latest update as of the chart's date", async () => {
    const { container } = render(<Gantt analysis={northbrookAnalysis} />);
    focusRow('a:pa1-1');
    const title = '1.1 Clear the backlog of EHC needs assessments over 20 weeks';
    expect(headings(title)).toEqual([
      'What will be different for children and families',
      'Success criteria',
      'Latest update, 31 Oct 2024, from James Bell',
    ]);
    expect(details(title).getByText('Families stop waiting months past the legal deadline for a decision and a plan.').tagName).toBe('P');
    expect(
      details(title)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['No assessment older than 20 weeks without a recorded exception']);
    expect(details(title).getByText('31 cases left; finish moved to 31 October.').tagName).toBe('P');
    // The return's mitigation and the impact if not mitigated, as terms and their details.
    const returned = details(title).getByText('Mitigation').closest('dl') as HTMLElement;
    expect([...returned.querySelectorAll('dt, dd')].map((e) => `${e.tagName}: ${e.textContent}`)).toEqual([
      'DT: Mitigation',
      'DD: Two agency educational psychologists booked until March; weekly case review with the service manager.',
      'DT: Impact if not mitigated',
      'DD: Families wait beyond the 20 weeks the law allows for a final plan.',
    ]);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('says whether a completed action’s impact is sustained, as its latest return reports', () => {
    render(<Gantt analysis={northbrookAnalysis} />);
    focusRow('a:pa2-1');
    const title = '2.1 Commission additional neurodevelopmental assessment capacity';
    expect(headings(title)).toContain('Latest update, 15 Nov 2024, from Priya Kaur');
    const term = details(title).getByText('Impact sustained');
    expect([term.tagName, term.nextElementSibling?.textContent]).toEqual(['DT', 'Yes']);
  });

  it('shows the update reported by the as-of date, not a later one', () => {
    render(<Gantt analysis={analysePlan(northbrookAnalysis.plan, { asOf: '2024-09-01' })} />);
    focusRow('a:pa1-1');
    const title = '1.1 Clear the backlog of EHC needs assessments over 20 weeks';
    expect(headings(title)).toContain('Latest update, 31 Jul 2024, from James Bell');
    expect(details(title).getByText('Backlog down from 212 to 140 cases; two educational psychologist posts still vacant.')).toBeTruthy();
  });

  it('links to evidence, and names what an action depends on by its ref and title with the rule in words', () => {
    render(<Gantt analysis={northbrookAnalysis} />);
    focusRow('a:pa1-3');
    const title = '1.3 Multi-agency quality assurance of every new EHC plan, with parents on the audit panel';
    expect(details(title).getByRole('link', { name: 'Quality assurance framework (draft)' }).getAttribute('href')).toBe(
      'https://example.org/northbrook/send/qa-framework',
    );
    const described = document.getElementById(document.activeElement?.getAttribute('aria-describedby') ?? '');
    expect(described?.textContent).toContain(
      'Depends on1.2 Recruit educational psychologists and EHC coordinators to the funded establishment (start-to-start with a lag of 10 working days)',
    );
  });

  it('shows an evidence address that is not http, https or mailto as text, never as a link', () => {
    const plan = structuredClone(northbrookAnalysis.plan);
    const action = plan.actions.find((a) => a.id === 'pa1-3');
    (action as { evidence: { title: string; url: string }[] }).evidence = [{ title: 'Minutes', url: 'javascript:alert(1)' }];
    render(<Gantt analysis={analysePlan(plan, { asOf: '2024-11-22' })} />);
    focusRow('a:pa1-3');
    const title = '1.3 Multi-agency quality assurance of every new EHC plan, with parents on the audit panel';
    expect(details(title).queryByRole('link')).toBeNull();
    expect(details(title).getByText(/^Minutes \(/).textContent).toBe(
      'Minutes (its address is not shown: a link must start http://, https:// or mailto:)',
    );
  });

  it("shows a workstream's outcomes with the measures that track them", () => {
    render(<Gantt analysis={centralBedfordshireAnalysis} />);
    focusRow('ws:t4');
    const title = 'Theme 4: Local Offer';
    expect(headings(title)).toEqual(['Outcomes we are aiming for']);
    expect(
      details(title)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      '1. The Local Offer is co-produced as a partnership between the local authority, health, private and voluntary organisations, parents/carers and children and young people',
      '2. The Local Offer is fit for purpose in line with the Code of Practice and local needs',
      '3. Children, young people, and families report that they can access the right information at the right time and are able to make informed choices about the services and support they receive (measured by: Local Offer visitors who found what they needed)',
    ]);
  });

  it('puts the details title at the heading level it is given, and its parts one below', () => {
    render(<Gantt analysis={northbrookAnalysis} headingLevel={4} />);
    focusRow('a:pa1-1');
    const title = '1.1 Clear the backlog of EHC needs assessments over 20 weeks';
    expect(screen.getByRole('heading', { level: 4, name: title })).toBeTruthy();
    expect(
      details(title)
        .getAllByRole('heading', { level: 5 })
        .map((h) => h.textContent),
    ).toEqual(['What will be different for children and families', 'Success criteria', 'Latest update, 31 Oct 2024, from James Bell']);
  });

  it('shows none of those headings for an action with none of them', () => {
    render(<Gantt analysis={northbrookAnalysis} />);
    focusRow('a:pa1-2');
    expect(
      screen
        .getByRole('region', { name: '1.2 Recruit educational psychologists and EHC coordinators to the funded establishment' })
        .querySelector('h4'),
    ).toBeNull();
  });
});

describe('Gantt: editing', () => {
  const setup = () => {
    const onActionChange = vi.fn();
    const before = structuredClone(smallPlan);
    render(<Gantt analysis={smallAnalysis} editable onActionChange={onActionChange} />);
    act(() => (grid().querySelector('[data-row-key="a:2A.1"] [data-column="8"]') as HTMLElement).focus());
    return { onActionChange, before };
  };

  it('moves a bar a working day with Shift+Right and a week with Shift+Ctrl+Right', async () => {
    const user = userEvent.setup();
    const { onActionChange, before } = setup();
    await user.keyboard('{Shift>}{ArrowRight}{/Shift}');
    await user.keyboard('{Shift>}{Control>}{ArrowRight}{/Control}{/Shift}');
    await user.keyboard('{Shift>}{ArrowLeft}{/Shift}');
    expect(onActionChange.mock.calls.map((c) => c[0])).toEqual([
      { actionId: '2A.1', start: '2022-04-14', finish: '2022-07-01', previous: { start: '2022-04-13', finish: '2022-06-30' } },
      { actionId: '2A.1', start: '2022-04-22', finish: '2022-07-07', previous: { start: '2022-04-13', finish: '2022-06-30' } },
      { actionId: '2A.1', start: '2022-04-12', finish: '2022-06-29', previous: { start: '2022-04-13', finish: '2022-06-30' } },
    ]);
    expect(smallPlan).toEqual(before);
    expect(screen.getByRole('status').textContent).toBe('2A.1 now 12 Apr 2022 to 29 Jun 2022');
  });

  it('says an edit again when it repeats, as when the host has not yet applied the last one', async () => {
    const user = userEvent.setup();
    const { onActionChange } = setup();
    await user.keyboard('{Shift>}{ArrowRight}{/Shift}');
    const first = screen.getByRole('status').firstElementChild;
    await user.keyboard('{Shift>}{ArrowRight}{/Shift}');
    expect(onActionChange).toHaveBeenCalledTimes(2);
    expect(screen.getByRole('status').textContent).toBe('2A.1 now 14 Apr 2022 to 1 Jul 2022');
    expect(screen.getByRole('status').firstElementChild).not.toBe(first);
  });

  it('changes the finish with Shift+Alt+arrows', async () => {
    const user = userEvent.setup();
    const { onActionChange } = setup();
    await user.keyboard('{Shift>}{Alt>}{ArrowRight}{/Alt}{/Shift}');
    expect(onActionChange).toHaveBeenCalledWith({
      actionId: '2A.1',
      start: '2022-04-13',
      finish: '2022-07-01',
      previous: { start: '2022-04-13', finish: '2022-06-30' },
    });
  });

  it('moves a bar dragged by pointer by whole days', () => {
    const { onActionChange } = setup();
    const bar = grid().querySelector('[data-row-key="a:2A.1"] .wsoa-gantt__bar') as HTMLElement;
    fireEvent.pointerDown(bar, { clientX: 100, pointerId: 1 });
    fireEvent.pointerMove(bar, { clientX: 100 + 16 * 7, pointerId: 1 });
    fireEvent.pointerUp(bar, { clientX: 100 + 16 * 7, pointerId: 1 });
    expect(onActionChange).toHaveBeenCalledWith({
      actionId: '2A.1',
      start: '2022-04-20',
      finish: '2022-07-05',
      previous: { start: '2022-04-13', finish: '2022-06-30' },
    });
  });

  it('says a bar cannot move past 31 Dec 9999, and reports no change, where the plan runs to that "no end date"', async () => {
    const onActionChange = vi.fn();
    const user = userEvent.setup();
    const plan = structuredClone(smallPlan);
    const open = plan.actions.find((a) => a.id === '2A.1') as (typeof plan.actions)[number];
    Object.assign(open, { finish: '9999-12-31', durationDays: undefined });
    render(<Gantt analysis={analysePlan(plan, { asOf: '2022-05-22' })} editable onActionChange={onActionChange} />);
    act(() => (grid().querySelector('[data-row-key="a:2A.1"] [data-column="8"]') as HTMLElement).focus());
    await user.keyboard('{Shift>}{Alt>}{ArrowRight}{/Alt}{/Shift}');
    expect(screen.getByRole('status').textContent).toBe('2A.1 cannot finish after 31 Dec 9999, the last date a plan can hold');
    await user.keyboard('{Shift>}{ArrowRight}{/Shift}');
    expect(onActionChange).not.toHaveBeenCalled();
    // Back from it is a change like any other.
    await user.keyboard('{Shift>}{Alt>}{ArrowLeft}{/Alt}{/Shift}');
    expect(onActionChange.mock.calls.map((c) => c[0])).toEqual([
      { actionId: '2A.1', start: '2022-04-13', finish: '9999-12-30', previous: { start: '2022-04-13', finish: '9999-12-31' } },
    ]);
  });

  it('does nothing on those keys when not editable', async () => {
    const onActionChange = vi.fn();
    const user = userEvent.setup();
    render(<Gantt analysis={smallAnalysis} onActionChange={onActionChange} />);
    act(() => (grid().querySelector('[data-row-key="a:2A.1"] [data-column="8"]') as HTMLElement).focus());
    await user.keyboard('{Shift>}{ArrowRight}{/Shift}');
    expect(onActionChange).not.toHaveBeenCalled();
  });
});

describe('Gantt: views, toggles and size', () => {
  it('puts the tree toggle in whichever column comes first, and insets each level there', async () => {
    const user = userEvent.setup();
    const { container } = render(<Gantt analysis={smallAnalysis} columns={['title', 'rag']} />);
    const cellOf = (key: string) => container.querySelector(`[data-row-key="${key}"] [data-column="0"]`) as HTMLElement;
    expect(cellOf('a:2A').getAttribute('data-col')).toBe('title');
    expect(cellOf('a:2A').querySelector('.wsoa-gantt__toggle')?.textContent).toBe('▾');
    expect(cellOf('a:2A.1').querySelector('.wsoa-gantt__toggle')).toBeNull();
    // Level 2 with a toggle; level 3 without one steps in further and keeps the toggle's room.
    expect(cellOf('a:2A').style.paddingInlineStart).toBe('calc(1.3rem)');
    expect(cellOf('a:2A.1').style.paddingInlineStart).toBe('calc(3.2rem)');
    expect(cellOf('a:2A.1').getAttribute('title')).toBe(cellOf('a:2A.1').textContent);
    await user.click(cellOf('a:2A').querySelector('.wsoa-gantt__toggle') as HTMLElement);
    expect(rowNames()).toEqual(['ws:ws1', 'a:2A', 'a:2B', 'ws:ws2', 'a:3A']);
  });

  it('keeps the DOM small for 10,000 actions and renders the rows scrolled to', () => {
    const analysis = largeAnalysis(10_000);
    const { container } = render(<Gantt analysis={analysis} height={600} />);
    expect(grid().getAttribute('aria-rowcount')).toBe('11001');
    expect(container.querySelectorAll('*').length).toBeLessThan(3000);
    const viewport = container.querySelector('.wsoa-gantt__viewport') as HTMLElement;
    viewport.scrollTop = 36 * 5000;
    fireEvent.scroll(viewport);
    expect(rowNames()).toContain('a:a4545');
    expect(container.querySelectorAll('*').length).toBeLessThan(3000);
  });

  it('renders nothing for a scroll that keeps the same row at the top', () => {
    const analysis = largeAnalysis(10_000);
    const keys = visibleRows(buildGanttTree(analysis), 'all').map((row) => row.key);
    let commits = 0;
    const { container } = render(
      <Profiler id="gantt" onRender={() => commits++}>
        <Gantt analysis={analysis} height={600} />
      </Profiler>,
    );
    const viewport = container.querySelector('.wsoa-gantt__viewport') as HTMLElement;
    // Rows 0-23: the top row, the 16 after it that the 544 px view can reach (600 px less the 56 px
    // header, 36 px a row), one more for a top row scrolled part-way, and 6 of overscan.
    expect(rowNames()).toEqual(keys.slice(0, 24));
    const opened = commits;
    viewport.scrollTop = 35;
    fireEvent.scroll(viewport);
    expect(commits).toBe(opened);
    // A scroll event with nothing moved (as after the chart opens at the as-of date) renders nothing either.
    fireEvent.scroll(viewport);
    expect(commits).toBe(opened);
    // Row 8 at the top: rows 2-31, with 6 of overscan above; the first row keeps the tab stop.
    viewport.scrollTop = 36 * 8;
    fireEvent.scroll(viewport);
    expect(commits).toBe(opened + 1);
    expect(rowNames()).toEqual([keys[0], ...keys.slice(2, 32)]);
  });

  it('keeps the active row in row order when it is scrolled away, so scrolling back moves no rows', () => {
    const analysis = largeAnalysis(10_000);
    const keys = visibleRows(buildGanttTree(analysis), 'all').map((row) => row.key);
    const { container } = render(<Gantt analysis={analysis} height={600} />);
    const viewport = container.querySelector('.wsoa-gantt__viewport') as HTMLElement;
    const rowIndexes = () =>
      within(grid())
        .getAllByRole('row')
        .slice(1)
        .map((row) => Number(row.getAttribute('aria-rowindex')));
    // The first row has the tab stop. Scrolled down to row 100, it stays in the DOM before the rows
    // in view (94-123), as it is in the grid, so the DOM order matches aria-rowindex.
    viewport.scrollTop = 36 * 100;
    fireEvent.scroll(viewport);
    expect(rowNames()).toEqual([keys[0], ...keys.slice(94, 124)]);
    expect(rowIndexes()).toEqual([2, ...Array.from({ length: 30 }, (_, i) => 96 + i)]);
    // Back to row 8 at the top: rows 2-31 come in after it. Only those are added to the DOM.
    const observer = new MutationObserver(() => {});
    observer.observe(grid(), { childList: true });
    viewport.scrollTop = 36 * 8;
    fireEvent.scroll(viewport);
    expect(rowNames()).toEqual([keys[0], ...keys.slice(2, 32)]);
    // Then the top: row 1 comes in between row 0 and row 2, and no row in view is moved.
    viewport.scrollTop = 0;
    fireEvent.scroll(viewport);
    const added = observer
      .takeRecords()
      .flatMap((record) => [...record.addedNodes].map((node) => (node as HTMLElement).getAttribute('data-row-key')));
    observer.disconnect();
    expect(rowNames()).toEqual(keys.slice(0, 24));
    expect(new Set(added)).toEqual(new Set([...keys.slice(2, 32), keys[1]]));
    expect(added).toHaveLength(31);
  });

  it('pins the task list and opens at the as-of date when there is room, and opens at the list when there is not', () => {
    const width = vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get');
    try {
      width.mockReturnValue(1400);
      const wide = render(<Gantt analysis={torbayAnalysis} zoom="week" />);
      expect(grid().getAttribute('data-pin-list')).toBe('true');
      // 22 May 2022 at 16 px a day from the start of the axis, less 120 px of lead-in.
      const viewport = wide.container.querySelector('.wsoa-gantt__viewport') as HTMLElement;
      expect(viewport.scrollLeft).toBeGreaterThan(0);
      // Every list cell sits inside the row's one list box; the timeline cell does not.
      const firstRow = within(grid()).getAllByRole('row')[1] as HTMLElement;
      const cells = within(firstRow).getAllByRole('gridcell');
      expect(cells.map((cell) => cell.parentElement?.className)).toEqual([...Array(8).fill('wsoa-gantt__list'), 'wsoa-gantt__row']);
      // The month at the timeline's left edge keeps its label there, so the year stays in view.
      const edgeLabel = () =>
        [...wide.container.querySelectorAll<HTMLElement>('.wsoa-gantt__tick--group')]
          .filter((label) => label.style.left === `${viewport.scrollLeft}px`)
          .map((label) => label.textContent);
      expect(edgeLabel()).toEqual(['May 2022']);
      viewport.scrollLeft += 16 * 31; // a month further on at 16 px a day
      fireEvent.scroll(viewport);
      expect(edgeLabel()).toEqual(['Jun 2022']);
      wide.unmount();

      width.mockReturnValue(400);
      const narrow = render(<Gantt analysis={torbayAnalysis} zoom="week" />);
      expect(grid().hasAttribute('data-pin-list')).toBe(false);
      expect((narrow.container.querySelector('.wsoa-gantt__viewport') as HTMLElement).scrollLeft).toBe(0);
    } finally {
      width.mockRestore();
    }
  });

  it('brings a bar off to one side into view when its timeline cell takes the focus', async () => {
    const width = vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(1400);
    try {
      const user = userEvent.setup();
      const { container } = render(<Gantt analysis={smallAnalysis} zoom="week" />);
      const viewport = container.querySelector('.wsoa-gantt__viewport') as HTMLElement;
      const left = (key: string) => parseFloat((grid().querySelector(`[data-row-key="${key}"] [role="img"]`) as HTMLElement).style.left);
      const opened = viewport.scrollLeft;
      await user.click(within(grid().querySelector('[data-row-key="a:2B"]') as HTMLElement).getAllByRole('gridcell')[0] as HTMLElement);
      expect(viewport.scrollLeft).toBe(opened);
      // The milestone on 29 Jul 2022 lies to the right of the view: it comes in 40 px from the edge.
      await user.keyboard('{End}');
      expect([focusedRowKey(), focusedColumn()]).toEqual(['a:2B', '8']);
      // (The timeline shows 1,400 px less the 892 px task list.)
      expect(left('a:2B')).toBeGreaterThan(opened + 1400 - 892);
      expect(viewport.scrollLeft).toBe(left('a:2B') - 40);
      // 2A.2 starts on 13 Apr 2022, now off to the left.
      await user.keyboard('{ArrowUp}');
      expect(focusedRowKey()).toBe('a:2A.2');
      expect(viewport.scrollLeft).toBe(Math.max(0, left('a:2A.2') - 40));
      // 2A.1 starts the same day, already in view: nothing moves; nor does it for a list cell.
      const shown = viewport.scrollLeft;
      await user.keyboard('{ArrowUp}');
      expect(focusedRowKey()).toBe('a:2A.1');
      await user.keyboard('{Home}{ArrowDown}{ArrowDown}');
      expect([focusedRowKey(), focusedColumn()]).toEqual(['a:2B', '0']);
      expect(viewport.scrollLeft).toBe(shown);
      cleanup();

      // On a narrow screen the list scrolls away, so the bar comes in 40 px from the viewport's edge.
      width.mockReturnValue(400);
      const narrow = render(<Gantt analysis={smallAnalysis} zoom="week" />);
      const narrowViewport = narrow.container.querySelector('.wsoa-gantt__viewport') as HTMLElement;
      expect(narrowViewport.scrollLeft).toBe(0);
      await user.click(within(grid().querySelector('[data-row-key="a:2A.1"]') as HTMLElement).getAllByRole('gridcell')[0] as HTMLElement);
      await user.keyboard('{End}');
      expect(narrowViewport.scrollLeft).toBe(892 + left('a:2A.1') - 40);
    } finally {
      width.mockRestore();
    }
  });

  it('renders every row while printing', () => {
    const analysis = largeAnalysis(300);
    render(<Gantt analysis={analysis} height={400} />);
    expect(rowNames().length).toBeLessThan(40);
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(rowNames()).toHaveLength(330);
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    expect(rowNames().length).toBeLessThan(40);
  });

  it('switches to an equivalent table', async () => {
    const user = userEvent.setup();
    render(<Gantt analysis={smallAnalysis} />);
    await user.click(screen.getByRole('button', { name: 'Show as table' }));
    const table = screen.getByRole('table', { name: 'Small improvement plan' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Ref', 'Action', 'Leads', 'Start', 'Finish', 'Working days', '% complete', 'RAG', 'Why']);
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((h) => h.textContent),
    ).toEqual(['Focus Area 2', '2A', '2A.1', '2A.2', '2B', 'Focus Area 3', '3A']);
    expect(screen.getByRole('button', { name: 'Show as table' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('toggles baselines and the critical path, and zooms', async () => {
    const user = userEvent.setup();
    const { container } = render(<Gantt analysis={smallAnalysis} deadlines={smallDeadlines} />);
    expect(container.querySelectorAll('.wsoa-gantt__baseline')).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Baselines' }));
    expect(container.querySelectorAll('.wsoa-gantt__baseline')).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Critical path' }));
    expect(
      [...container.querySelectorAll('.wsoa-gantt__bar[data-critical="true"], .wsoa-gantt__milestone[data-critical="true"]')].map((b) =>
        b.closest('[role="row"]')?.getAttribute('data-row-key'),
      ),
    ).toEqual(['a:2B']);
    await user.click(screen.getByRole('button', { name: 'Months' }));
    expect(within(grid()).getByRole('columnheader', { name: /Timeline, months/ })).toBeTruthy();
    expect([...container.querySelectorAll('.wsoa-gantt__marker')].map((m) => m.getAttribute('data-marker'))).toEqual([
      'as-of',
      'deadline',
      'deadline',
      'meeting',
    ]);
  });

  it('offers no week zoom for a plan too long to draw in weeks, and says why', async () => {
    const user = userEvent.setup();
    const onZoomChange = vi.fn();
    const plan = structuredClone(smallPlan);
    Object.assign(plan.actions.find((a) => a.id === '2A.1') as (typeof plan.actions)[number], {
      finish: '9999-12-31',
      durationDays: undefined,
    });
    const analysis = analysePlan(plan, { asOf: '2022-05-22' });
    // Asked for weeks, it shows months, the next zoom that fits.
    const { container } = render(<Gantt analysis={analysis} defaultZoom="week" onZoomChange={onZoomChange} />);
    const weeks = screen.getByRole('button', { name: 'Weeks' });
    expect([weeks.getAttribute('aria-disabled'), weeks.getAttribute('aria-pressed')]).toEqual(['true', 'false']);
    expect(screen.getByRole('button', { name: 'Months' }).getAttribute('aria-pressed')).toBe('true');
    expect(within(grid()).getByRole('columnheader', { name: /Timeline, months/ })).toBeTruthy();
    const note =
      'Weeks cannot be shown: this plan runs from 13 Apr 2022 to 31 Dec 9999, and a timeline that long, a week a column, would be wider than a browser can draw.';
    expect(weeks).toHaveProperty('textContent', 'Weeks');
    expect(document.getElementById(weeks.getAttribute('aria-describedby') ?? '')?.textContent).toBe(note);
    // Months: 4 pixels a day, about 11.6 million in all; weeks would be 46.6 million.
    const width = Number.parseFloat((container.querySelector('.wsoa-gantt__grid') as HTMLElement).style.width);
    expect(width).toBeGreaterThan(11_600_000);
    expect(width).toBeLessThan(11_700_000);
    // Pressed, by pointer or by keyboard, it changes nothing.
    await user.click(weeks);
    weeks.focus();
    await user.keyboard('{Enter}');
    expect(onZoomChange).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Months' }).getAttribute('aria-pressed')).toBe('true');
    await user.click(screen.getByRole('button', { name: 'Quarters' }));
    expect(onZoomChange.mock.calls).toEqual([['quarter']]);
    expect(await axeViolations(container)).toEqual([]);
    cleanup();
    // A plan of ordinary length offers every zoom and no note.
    render(<Gantt analysis={smallAnalysis} />);
    expect(screen.getByRole('button', { name: 'Weeks' }).hasAttribute('aria-disabled')).toBe(false);
    expect(document.querySelector('.wsoa-gantt__zoom-note')).toBeNull();
  });

  it("draws each chart's link arrows with its own arrowhead, so two charts in a page share no id", () => {
    const { container } = render(
      <>
        <Gantt analysis={smallAnalysis} />
        <Gantt analysis={smallAnalysis} />
      </>,
    );
    const charts = [...container.querySelectorAll('.wsoa-gantt__arrows')].map((svg) => ({
      marker: svg.querySelector('marker')?.id,
      pointsAt: [...new Set([...svg.querySelectorAll(':scope > path')].map((path) => path.getAttribute('marker-end')))],
    }));
    expect(charts).toHaveLength(2);
    for (const chart of charts) expect(chart.pointsAt).toEqual([`url(#${chart.marker})`]);
    expect(charts[0]?.marker).not.toBe(charts[1]?.marker);
  });

  it('shows an empty plan as an empty grid with its header', () => {
    render(<Gantt analysis={emptyAnalysis} />);
    expect(grid().getAttribute('aria-rowcount')).toBe('1');
    expect(rowNames()).toEqual([]);
  });
});

describe('Gantt: accessibility checks', () => {
  it.each([
    ['small plan', <Gantt key="s" analysis={smallAnalysis} deadlines={smallDeadlines} />],
    ['Torbay', <Gantt key="t" analysis={torbayAnalysis} />],
    [
      'Northbrook, critical path and baselines',
      <Gantt key="n" analysis={northbrookAnalysis} defaultShowBaselines defaultShowCriticalPath />,
    ],
    ['empty plan', <Gantt key="e" analysis={emptyAnalysis} />],
    ['editable', <Gantt key="ed" analysis={smallAnalysis} editable />],
    ['high contrast', <Gantt key="h" analysis={smallAnalysis} theme="high-contrast" />],
    ['table view', <Gantt key="tv" analysis={smallAnalysis} defaultView="table" />],
  ])('has no axe violations: %s', async (_name, element) => {
    const { container } = render(element);
    expect(await axeViolations(container)).toEqual([]);
  });
});

describe('the PNG export', () => {
  it('draws a chart at full size where browsers can, shrinks one that is a little too large, and refuses one it would shrink past reading', () => {
    expect(pngScale({ width: 5_840, height: 900 })).toBe(1);
    expect(pngScale({ width: 1_000, height: 16_777 })).toBe(1);
    // Past 16,777,216 pixels in all: shrunk to that area, down to half size and no further.
    expect(pngScale({ width: 11_680, height: 5_300 })).toBeCloseTo(Math.sqrt(16_777_216 / (11_680 * 5_300)), 12);
    expect(pngScale({ width: 2_048, height: 32_768 })).toBe(0.5);
    expect(pngScale({ width: 2_048, height: 32_769 })).toBeUndefined();
    expect(pngScale({ width: 2_000, height: 60_000 })).toBeUndefined();
    // Past 32,767 pixels a side, within the area: shrunk to that side.
    expect(pngScale({ width: 40_000, height: 100 })).toBe(32_767 / 40_000);
    expect(pngScale({ width: 65_534, height: 200 })).toBe(0.5);
    expect(pngScale({ width: 65_535, height: 200 })).toBeUndefined();
  });

  it('gives the size a PNG is drawn at, and says so where it is shrunk', () => {
    expect(pngSize({ width: 5_840, height: 900 }, 1)).toEqual({ width: 5_840, height: 900 });
    // 1,100 rows at a month a column: 62.5 million pixels, drawn at 51.8% to fit in 16.8 million.
    const size = { width: 2_024, height: 30_864 };
    const scale = pngScale(size) ?? 0;
    expect(scale).toBeCloseTo(0.5182, 4);
    const drawn = pngSize(size, scale);
    expect(drawn).toEqual({
      width: 1_048,
      height: 15_994,
      note: 'Saved the PNG at 51% of the chart’s size, 1,048 by 15,994 pixels: the chart is 2,024 by 30,864 pixels, and a browser draws an image of at most 32,767 pixels a side and 16,777,216 in all. Download the SVG for the chart at full size.',
    });
    expect(drawn.width * drawn.height).toBeLessThanOrEqual(16_777_216);
  });

  it('says why a chart too large for a PNG was not saved, and points to the SVG', async () => {
    const user = userEvent.setup();
    const analysis = largeAnalysis(2_000);
    render(<Gantt analysis={analysis} />);
    expect(screen.queryByRole('alert')).toBeNull();
    // 2,200 rows (200 focus areas and their actions), 28 pixels each, under a 48-pixel header.
    const { width, height } = ganttExportSize({
      title: '',
      rows: visibleRows(buildGanttTree(analysis), 'all'),
      axis: { zoom: 'quarter', startDay: 0, endDay: 0, groups: [], units: [] },
      pxPerDay: 1.5,
      asOfDay: 0,
      markers: [],
      showBaselines: false,
      showCritical: false,
    });
    expect([width, height]).toEqual([436, 61_664]);
    await user.click(screen.getByRole('button', { name: 'Download PNG' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /^The chart is [\d,]+ by 61,664 pixels, too large to save as a PNG: a browser draws an image of at most 32,767 pixels a side and 16,777,216 in all, and shrunk to fit, its text could not be read\. Download the SVG instead, which has no such limit\.$/,
    );
    // The SVG, downloaded next, clears it.
    const original = { createObjectURL: URL.createObjectURL, revokeObjectURL: URL.revokeObjectURL };
    const createObjectURL = vi.fn((blob: Blob) => `blob:${blob.type}`);
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    try {
      await user.click(screen.getByRole('button', { name: 'Download SVG' }));
      expect(createObjectURL.mock.calls.map(([blob]) => blob.type)).toEqual(['image/svg+xml']);
      expect(screen.queryByRole('alert')).toBeNull();
    } finally {
      Object.assign(URL, original);
      click.mockRestore();
    }
  });
});

describe('ganttToSvg', () => {
  it('draws every row with its name and escapes plan text', () => {
    const rows = visibleRows(buildGanttTree(smallAnalysis), 'all');
    const svg = ganttToSvg({
      title: 'Plan <A&B>',
      rows,
      axis: { zoom: 'week', startDay: 19090, endDay: 19210, groups: [], units: [] },
      pxPerDay: 4,
      asOfDay: 19134,
      markers: [],
      showBaselines: true,
      showCritical: true,
    });
    expect(svg).toContain('<title id="t">Plan &lt;A&amp;B&gt;</title>');
    expect(svg).toContain('<desc id="d">Gantt chart of 7 rows as of 22 May 2022</desc>');
    expect(svg.match(/<title>[^<]*<\/title>/g)?.length).toBe(7);
    expect(svg).not.toContain('<A&B>');
  });
});
