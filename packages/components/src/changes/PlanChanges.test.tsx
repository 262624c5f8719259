import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { analysePlan } from '@wsoa-kit/core';
import { afterEach, describe, expect, it } from 'vitest';
import {
  largeAnalysis,
  northbrookAnalysis,
  northbrookAugustAnalysis,
  smallAnalysis,
  smallEarlierAnalysis,
  torbayAnalysis,
  torbayAprilAnalysis,
} from '../fixtures/plans.js';
import { axeViolations } from '../test/axe.js';
import { PlanChanges } from './PlanChanges.js';

afterEach(cleanup);

const cells = (row: HTMLElement) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent);
const bodyRows = (table: HTMLElement) => within(table).getAllByRole('row').slice(1);

describe('PlanChanges', () => {
  it('counts the changes, then lists each action added, changed or removed with every change in words', () => {
    render(<PlanChanges before={smallEarlierAnalysis} after={smallAnalysis} />);
    const region = screen.getByRole('region', { name: 'Changes to the plan' });
    expect([...region.querySelectorAll('.wsoa-changes__sentence')].map((p) => p.textContent)).toEqual([
      'Between the plan as of 29 Apr 2022 and the plan as of 22 May 2022: 1 action added, 1 removed, 2 changed and 2 unchanged.',
      'Finish dates moved: 1 later (by 11 working days).',
      'RAG better for 1 action.',
      '1 action completed.',
      'The plan’s finish did not move: 29 Jul 2022.',
    ]);
    const table = screen.getByRole('table', { name: 'Actions added, removed or changed' });
    expect(bodyRows(table).map(cells)).toEqual([
      [
        '2A.1 Create a joint vision of commissioning',
        'Focus Area 2: Joint Commissioning',
        'Changed',
        'Finish moved from 15 Jun 2022 to 30 Jun 2022, 11 working days later.Leads: HP (Hana Patel) taken out.Progress: 0% to 5% complete.',
      ],
      [
        '2A.2 Agree terms of reference',
        'Focus Area 2: Joint Commissioning',
        'Changed',
        'Completed: 60% to 100% complete.RAG better: Red (behind expected progress by 40 points) to Blue (complete).',
      ],
      ['3A Refresh the SEND strategy', 'Focus Area 3: SEND Strategy', 'Added', 'Added: 3 May 2022 to 29 Jun 2022.'],
      [
        '3B Survey families about the SEND strategy',
        'Focus Area 3: SEND Strategy',
        'Removed',
        'Removed from the plan (it was due to finish 30 Jun 2022, 0% complete).',
      ],
    ]);
    // Several changes are a list, so a screen reader says how many; one is plain text.
    const [first] = bodyRows(table);
    expect(within(first!).getAllByRole('listitem')).toHaveLength(3);
    expect(within(bodyRows(table)[2]!).queryByRole('list')).toBeNull();
  });

  it('shows only the actions a filter picks, and says how many', async () => {
    const user = userEvent.setup();
    render(<PlanChanges before={torbayAprilAnalysis} after={torbayAnalysis} />);
    const show = screen.getByRole('combobox', { name: 'Show' });
    expect(
      within(show)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['All changes (28)', 'Changed (28)', 'RAG better (12)', 'Completed (1)']);
    await user.selectOptions(show, 'completed');
    const table = screen.getByRole('table', { name: 'Actions: completed' });
    expect(bodyRows(table).map((row) => row.querySelector('th')!.textContent)).toEqual(['2A Establish a Joint Commissioning Group']);
    expect(screen.getByRole('status').textContent).toBe('Showing 1 action of 28: completed.');
    await user.selectOptions(show, 'better');
    expect(bodyRows(screen.getByRole('table', { name: 'Actions: rag better' }))).toHaveLength(12);
  });

  it('draws a page of actions at a time', async () => {
    const user = userEvent.setup();
    const before = largeAnalysis(120);
    // Every action a week longer.
    const plan = { ...before.plan, actions: before.plan.actions.map((a) => ({ ...a, durationDays: a.durationDays! + 5 })) };
    const after = analysePlan(plan, { asOf: before.asOf });
    render(<PlanChanges before={before} after={after} pageSize={50} />);
    const table = screen.getByRole('table', { name: 'Actions added, removed or changed' });
    expect(screen.getByText(/^Between/).textContent).toBe(
      'Between the two versions of the plan, both as of 28 Jun 2024: 120 actions changed.',
    );
    expect(bodyRows(table)).toHaveLength(50);
    await user.click(screen.getByRole('button', { name: 'Show 50 more of 70 hidden actions' }));
    expect(bodyRows(table)).toHaveLength(100);
    await user.click(screen.getByRole('button', { name: 'Show 20 more of 20 hidden actions' }));
    expect(bodyRows(table)).toHaveLength(120);
    expect(screen.queryByRole('button', { name: /^Show/ })).toBeNull();
  });

  it('lists workstreams added, removed or renamed in the plan’s own word for them', () => {
    const after = {
      ...smallAnalysis,
      workstreams: smallAnalysis.workstreams.map((w) => (w.id === 'ws2' ? { ...w, title: 'SEND and inclusion strategy' } : w)),
      workstreamsById: new Map(
        smallAnalysis.workstreams.map((w) => [w.id, w.id === 'ws2' ? { ...w, title: 'SEND and inclusion strategy' } : w]),
      ),
    };
    render(<PlanChanges before={smallAnalysis} after={after} headingLevel={3} />);
    expect(screen.getByRole('heading', { level: 3, name: 'Changes to the plan' })).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Focus areas added, removed or changed' });
    expect(bodyRows(table).map(cells)).toEqual([
      ['Focus Area 3: SEND and inclusion strategy', 'Changed', 'Title changed from “SEND Strategy” to “SEND and inclusion strategy”.'],
    ]);
  });

  it('lists impact measures with a new figure, saying which way each moved', () => {
    render(<PlanChanges before={northbrookAugustAnalysis} after={northbrookAnalysis} />);
    expect(screen.getByText(/impact measures have a new figure/).textContent).toBe('2 impact measures have a new figure: 2 better.');
    const table = screen.getByRole('table', { name: 'Impact measures added, removed or changed' });
    expect(bodyRows(table).map(cells)).toEqual([
      [
        'New EHC plans issued within 20 weeks (excluding exceptions)',
        'Changed',
        'Latest figure from 22% on 30 Jun 2024 to 31% on 30 Sep 2024: better (higher is better).',
      ],
      [
        'Median wait for a neurodevelopmental assessment',
        'Changed',
        'Latest figure from 71 weeks on 30 Jun 2024 to 63 weeks on 30 Sep 2024: better (lower is better).',
      ],
    ]);
  });

  it('says when nothing changed, with no empty table or filter', () => {
    render(<PlanChanges before={smallAnalysis} after={smallAnalysis} />);
    expect(screen.getByText('Between the two versions of the plan, both as of 22 May 2022: 5 actions unchanged.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.queryByRole('combobox')).toBeNull();
  });

  it('renders text from the plan as text', () => {
    const hostile = '<img src=x onerror="alert(1)">';
    const after = {
      ...smallAnalysis,
      actions: smallAnalysis.actions.map((a) => (a.id === '3A' ? { ...a, title: hostile } : a)),
      actionsById: new Map(smallAnalysis.actions.map((a) => [a.id, a.id === '3A' ? { ...a, title: hostile } : a])),
    };
    const { container } = render(<PlanChanges before={smallAnalysis} after={after} />);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByRole('rowheader', { name: `3A ${hostile}` })).toBeTruthy();
  });

  it.each([
    ['small plan', <PlanChanges before={smallEarlierAnalysis} after={smallAnalysis} />],
    ['Torbay, high contrast', <PlanChanges before={torbayAprilAnalysis} after={torbayAnalysis} theme="high-contrast" />],
    ['Northbrook, with measures', <PlanChanges before={northbrookAugustAnalysis} after={northbrookAnalysis} />],
  ])('has no axe violations: %s', async (_, element) => {
    const { container } = render(element);
    expect(await axeViolations(container)).toEqual([]);
  });
});
