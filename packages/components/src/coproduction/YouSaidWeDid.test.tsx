import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bcpAnalysis, coproductionAnalysis, torbayAnalysis } from '../fixtures/plans.js';
import { axeViolations } from '../test/axe.js';
import { YouSaidWeDid } from './YouSaidWeDid.js';

afterEach(cleanup);

/** Each entry as a reader meets it: heading, what it is about, both sides, and the timing. */
const entries = () =>
  screen
    .getAllByRole('listitem')
    .map((item) => [
      within(item).getByRole('heading').textContent,
      item.querySelector('.wsoa-feedback__about')?.textContent,
      [...item.querySelectorAll('dd')].map((dd) => dd.textContent),
      item.querySelector('.wsoa-feedback__timing')?.textContent,
    ]);

describe('YouSaidWeDid', () => {
  it('publishes each comment beside the response, newest first, with how long the answer took', () => {
    render(<YouSaidWeDid analysis={bcpAnalysis} />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('You said, we did');
    expect(screen.getByText(/comments published/).textContent).toBe('2 comments published; 2 have a response.');
    expect(entries()).toEqual([
      [
        'Comment of 20 Sep 2021: In progress',
        'About Workstream 1: Culture and partnership; Action 1.1: Agree the shared values (Trust, Empathy, Belonging, Communication, Respect) with families and staff',
        [
          'Families want to feel the services are on their side and working with them.',
          'Shared values of trust, empathy, belonging, communication and respect are the first action of workstream 1.',
        ],
        'Answered 10 Jan 2022, 77 working days after it was received.',
      ],
      [
        'Comment of 9 Aug 2021: Done',
        'About Workstream 3: Co-production',
        [
          'We were told the plan must be co-produced from start to finish, but the working template was not shared with parent representatives.',
          'The draft actions were shared with families and delivery colleagues before the workstream groups reviewed them, and partners kept control of writing the plan.',
        ],
        'Answered 24 Nov 2021, 76 working days after it was received.',
      ],
    ]);
  });

  it('never shows a comment not yet anonymised, says how many are held back, and shows no response before its date', () => {
    render(<YouSaidWeDid analysis={coproductionAnalysis} headingLevel={3} />);
    expect(screen.getByText(/comments published/).textContent).toBe(
      '3 comments published; 2 have a response. 1 more is not shown until it is anonymised.',
    );
    expect(screen.queryByText('My son’s plan took 30 weeks.')).toBeNull();
    expect(entries()).toEqual([
      // Its response is dated 1 June 2022, after the as-of date of 22 May.
      [
        'Comment of 9 May 2022: Received',
        'About Focus Area 3: SEND Strategy',
        ['The SEND strategy needs a version young people can read.', 'We have not responded yet.'],
        'Waiting 9 working days for a response.',
      ],
      [
        'Comment of 4 Apr 2022: Not taken forward',
        undefined,
        [
          'Please hold meetings after school hours.',
          'Meetings stay in the day, because staff cover ends at 4pm; we will record them for you.',
        ],
        'Answered 20 Apr 2022, 10 working days after it was received.',
      ],
      [
        'Comment of 1 Mar 2022: Done',
        'About Focus Area 2: Joint Commissioning; Action 2A: Establish a Joint Commissioning Group',
        [
          'We could not find out who leads joint commissioning.',
          'Each action now names its lead, and the leads are listed with their jobs.',
        ],
        'Answered 29 Mar 2022, 20 working days after it was received.',
      ],
    ]);
    expect(screen.getAllByRole('heading', { level: 4 })).toHaveLength(3);
  });

  it('filters by status, announcing how many are shown, and reports the choice', async () => {
    const user = userEvent.setup();
    const onStatusChange = vi.fn();
    render(<YouSaidWeDid analysis={coproductionAnalysis} onStatusChange={onStatusChange} />);
    const show = screen.getByRole('combobox', { name: 'Show' });
    expect(
      within(show)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['All comments (3)', 'Received (1)', 'Done (1)', 'Not taken forward (1)']);
    expect(screen.getByRole('status').textContent).toBe('');
    await user.selectOptions(show, 'done');
    expect(onStatusChange).toHaveBeenCalledWith('done');
    expect(entries().map((entry) => entry[0])).toEqual(['Comment of 1 Mar 2022: Done']);
    expect(screen.getByRole('status').textContent).toBe('Showing 1 of 3 comments.');
  });

  it('says so when there is nothing to publish, with no empty list or filter', () => {
    render(<YouSaidWeDid analysis={torbayAnalysis} />);
    expect(screen.getByText('No comments published yet.')).toBeTruthy();
    expect(screen.queryByRole('list')).toBeNull();
    expect(screen.queryByRole('combobox')).toBeNull();
  });

  it('renders a comment’s text as text, never as markup', () => {
    const hostile = {
      ...bcpAnalysis,
      plan: {
        ...bcpAnalysis.plan,
        feedback: [
          { ...(bcpAnalysis.plan.feedback[0] as (typeof bcpAnalysis.plan.feedback)[number]), youSaid: '<img src=x onerror=alert(1)>' },
        ],
      },
    };
    const html = renderToString(<YouSaidWeDid analysis={hostile} />);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<img');
  });

  it('has no axe violations', async () => {
    const { container } = render(<YouSaidWeDid analysis={coproductionAnalysis} />);
    expect(await axeViolations(container)).toEqual([]);
  });
});
