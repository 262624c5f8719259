import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { bcpAnalysis, brokenLinksAnalysis, dueByAnalysis, torbayAnalysis } from '../fixtures/plans.js';
import { axeViolations } from '../test/axe.js';
import { ScheduleChecks } from './ScheduleChecks.js';

afterEach(cleanup);

const items = (list: HTMLElement) =>
  within(list)
    .getAllByRole('listitem')
    .map((item) => item.textContent);

describe('ScheduleChecks', () => {
  it("lists BCP's broken link as an error under a heading that counts it, though the plan parses", () => {
    render(<ScheduleChecks analysis={bcpAnalysis} />);
    const region = screen.getByRole('region', { name: 'Schedule checks' });
    expect([...region.querySelectorAll('p')].map((p) => p.textContent)).toEqual([
      '1 error and no warnings in the schedule, with dates as entered.',
      'An error means the schedule cannot be trusted there; a warning is worth a look.',
    ]);
    expect(
      within(region)
        .getAllByRole('heading')
        .map((h) => [h.tagName, h.textContent]),
    ).toEqual([
      ['H2', 'Schedule checks'],
      ['H3', 'Errors (1)'],
    ]);
    expect(items(within(region).getByRole('list', { name: 'Errors (1)' }))).toEqual([
      '6.1 starts 10 Jan 2022 but cannot start before 4.1 starts on 17 Jan 2022 (start-to-start with a lag of 5 working days)',
    ]);
    expect(within(region).queryByRole('button')).toBeNull();
    expect(region.getAttribute('data-state')).toBe('errors');
  });

  it('says what no problems means, with no empty lists', () => {
    render(<ScheduleChecks analysis={torbayAnalysis} headingLevel={3} />);
    const region = screen.getByRole('region', { name: 'Schedule checks' });
    expect(screen.getByRole('heading', { level: 3, name: 'Schedule checks' })).toBeTruthy();
    expect([...region.querySelectorAll('p')].map((p) => p.textContent)).toEqual([
      'No problems found in the schedule: every action can be placed in time, and every link between actions holds.',
    ]);
    expect(within(region).queryByRole('list')).toBeNull();
    expect(region.getAttribute('data-state')).toBe('none');
  });

  it('lists warnings alone under their own heading', () => {
    render(<ScheduleChecks analysis={dueByAnalysis} headingLevel={4} />);
    const region = screen.getByRole('region', { name: 'Schedule checks' });
    expect(
      within(region)
        .getAllByRole('heading')
        .map((h) => [h.tagName, h.textContent]),
    ).toEqual([
      ['H4', 'Schedule checks'],
      ['H5', 'Warnings (3)'],
    ]);
    expect(items(within(region).getByRole('list', { name: 'Warnings (3)' }))).toEqual([
      '1.1 gives only a finish, so it is due by 30 Jun 2022: give it a start or a duration to place it in time',
      '1.2 gives only a finish, so it is due by 13 May 2022: give it a start or a duration to place it in time',
      '1.3 gives only a finish, so it is due by 29 Apr 2022: give it a start or a duration to place it in time',
    ]);
    expect(region.getAttribute('data-state')).toBe('warnings');
  });

  it('shows the first problems of a long list and a button for the rest, which shows them and hides them again', async () => {
    const user = userEvent.setup();
    render(<ScheduleChecks analysis={brokenLinksAnalysis} />);
    const region = screen.getByRole('region', { name: 'Schedule checks' });
    expect(region.querySelector('p')?.textContent).toBe('27 errors and 1 warning in the schedule, with dates as entered.');
    const errors = within(region).getByRole('list', { name: 'Errors (27)' });
    expect(items(errors)).toHaveLength(20);
    expect(items(errors)[0]).toBe('1.2 starts 3 May 2022 but depends on 1.1 finishing first, on 16 May 2022 (finish-to-start)');
    // Only the errors overflow: the one warning has no button.
    const [more] = within(region).getAllByRole('button');
    expect(within(region).getAllByRole('button')).toHaveLength(1);
    expect([more?.textContent, more?.getAttribute('aria-expanded'), more?.getAttribute('aria-controls')]).toEqual([
      'Show all 27 errors',
      'false',
      errors.id,
    ]);
    await user.click(more as HTMLElement);
    expect(items(errors)).toHaveLength(27);
    expect(items(errors).at(-1)).toBe('3.10 starts 11 May 2022 but depends on 3.9 finishing first, on 23 May 2022 (finish-to-start)');
    expect([more?.textContent, more?.getAttribute('aria-expanded'), document.activeElement]).toEqual([
      'Show the first 20 errors only',
      'true',
      more,
    ]);
    await user.keyboard('{Enter}');
    expect(items(errors)).toHaveLength(20);
    expect(items(within(region).getByRole('list', { name: 'Warnings (1)' }))).toEqual([
      '3.11 says 6 working days, but 2 May 2022 to 6 May 2022 is 4; the dates are used',
    ]);
  });

  it('takes a limit of its own', () => {
    render(<ScheduleChecks analysis={brokenLinksAnalysis} limit={1} />);
    expect(items(screen.getByRole('list', { name: 'Errors (27)' }))).toHaveLength(1);
    expect(screen.getByRole('button').textContent).toBe('Show all 27 errors');
  });

  it.each([
    ['BCP', <ScheduleChecks analysis={bcpAnalysis} />],
    ['a long list, high contrast', <ScheduleChecks analysis={brokenLinksAnalysis} theme="high-contrast" />],
    ['no problems', <ScheduleChecks analysis={torbayAnalysis} />],
  ])('has no axe violations: %s', async (_, element) => {
    const { container } = render(element);
    expect(await axeViolations(container)).toEqual([]);
  });
});
