import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { bcpAnalysis, coproductionAnalysis, northbrookAnalysis, torbayAnalysis } from '../fixtures/plans.js';
import { axeViolations } from '../test/axe.js';
import { EngagementTracker } from './EngagementTracker.js';

afterEach(cleanup);

const rows = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.children].map((cell) => cell.textContent));

describe('EngagementTracker', () => {
  it('counts activities on each step of the ladder, top step first, in words as well as bars', () => {
    render(<EngagementTracker analysis={bcpAnalysis} />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Engagement and co-production');
    expect(screen.getByText(/^Up to/).textContent).toBe('Up to 3 Mar 2022.');
    expect(screen.getByText(/^6 activities/).textContent).toBe(
      '6 activities reached at least 102 people (4 did not count who they reached); 1 was co-design or co-production.',
    );
    const ladder = screen.getByRole('list');
    expect(
      within(ladder)
        .getAllByRole('listitem')
        .map((step) => step.textContent),
    ).toEqual([
      'Co-production1 activity',
      'Co-design0 activities',
      'Engagement1 activity',
      'Consultation3 activities',
      'Informing1 activity',
      'Educating0 activities',
      'Coercion0 activities',
    ]);
    expect(ladder.hasAttribute('reversed')).toBe(true);
    // The bars are drawing only: the most common step fills its bar.
    expect(
      [...ladder.querySelectorAll<HTMLElement>('.wsoa-ladder__fill')].map((fill) => [
        fill.closest('[aria-hidden="true"]') !== null,
        fill.style.width,
      ]),
    ).toEqual([
      [true, '33.33333333333333%'],
      [true, '0%'],
      [true, '33.33333333333333%'],
      [true, '100%'],
      [true, '33.33333333333333%'],
      [true, '0%'],
      [true, '0%'],
    ]);
  });

  it('tabulates who took part and every activity, saying where reach was not counted', () => {
    render(<EngagementTracker analysis={bcpAnalysis} />);
    const [who, activities] = screen.getAllByRole('table') as [HTMLElement, HTMLElement];
    expect(rows(who)).toEqual([
      // Three of the five parents' activities did not count who came; the survey did not count at all.
      ['Parents and carers', '5', 'At least 102'],
      ['Children and young people', '1', 'Not counted'],
      ['Practitioners', '1', '100'],
      ['Schools', '1', '100'],
      ['Partners', '1', '100'],
    ]);
    expect(rows(activities).map((row) => [row[0], row[2], row[4], row[5]])).toEqual([
      ['9 Aug 2021', 'Working group', 'Informing', '2'],
      ['20 Sep 2021', 'Parent group', 'Consultation', 'Not counted'],
      ['1 Oct 2021 to 29 Oct 2021', 'Survey', 'Consultation', 'Not counted'],
      ['5 Oct 2021', 'Online event', 'Engagement', 'Not counted'],
      ['11 Oct 2021', 'One-to-one', 'Consultation', 'Not counted'],
      ['18 Oct 2021 to 22 Oct 2021', 'Workshop', 'Co-production', '100'],
    ]);
    expect(within(activities).getByRole('rowheader', { name: /^Co-production workgroup meeting/ }).textContent).toBe(
      'Co-production workgroup meeting: first look at the WSoA headingsParent Carers Together representatives were shown the proposed headings; the working template could not be shared yet.',
    );
  });

  it('shows how far the activities reached each of the area’s groups, beside its share in the area', () => {
    render(<EngagementTracker analysis={northbrookAnalysis} from="2024-06-01" />);
    const table = screen.getByRole('table', { name: 'How far the activities reached each group, beside its share in the area' });
    expect(rows(table)).toEqual([
      [
        'Families from ethnic minority groups',
        '73 of 339 counted in 2 activities',
        '21.5%',
        '24% of children and young people with an EHC planSource: SEN2 return, January 2024 (fictional)',
        '2.5 points below',
      ],
      [
        'Young people aged 16 to 25',
        '88 of 312 counted in 1 activity',
        '28.2%',
        '31% of children and young people with an EHC planSource: SEN2 return, January 2024 (fictional)',
        '2.8 points below',
      ],
    ]);
    cleanup();
    // From September only the coffee morning, which did not count young people over 16.
    render(<EngagementTracker analysis={northbrookAnalysis} from="2024-09-01" />);
    expect(rows(screen.getByRole('table', { name: /beside its share in the area$/ }))[1]).toEqual([
      'Young people aged 16 to 25',
      'Not counted',
      'Not counted',
      '31% of children and young people with an EHC planSource: SEN2 return, January 2024 (fictional)',
      'Not counted',
    ]);
  });

  it('leaves the groups out for an area that names none', () => {
    render(<EngagementTracker analysis={bcpAnalysis} />);
    expect(screen.queryByRole('heading', { name: 'Reach beside the area' })).toBeNull();
  });

  it('names the workstreams no activity of the period informed', () => {
    render(<EngagementTracker analysis={bcpAnalysis} from="2021-09-01" to="2021-10-17" headingLevel={3} />);
    expect(screen.getByText(/^No activity/).textContent).toBe(
      'No activity in this period informed: Workstream 4: Sustainable services; Workstream 5: Graduated response; Workstream 7: Joint commissioning; Workstream 8: Inclusion and exclusions.',
    );
    expect(screen.getByText(/^1 Sep 2021/).textContent).toBe('1 Sep 2021 to 17 Oct 2021.');
    expect(screen.getAllByRole('heading', { level: 4 }).map((h) => h.textContent)).toEqual([
      'On the ladder of participation',
      'Who took part',
      'Activities',
    ]);
  });

  it('leaves out activities after the as-of date', () => {
    render(<EngagementTracker analysis={coproductionAnalysis} />);
    expect(screen.getByText(/^2 activities/).textContent).toBe(
      '2 activities reached at least 24 people (1 did not count who they reached); 1 was co-design or co-production.',
    );
    expect(screen.queryByText('Survey of families on annual reviews')).toBeNull();
  });

  it('says so when no engagement is recorded, with no empty tables', () => {
    render(<EngagementTracker analysis={torbayAnalysis} />);
    expect(screen.getByText('No engagement activities recorded.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.queryByRole('list')).toBeNull();
    expect(screen.queryByText(/^No activity/)).toBeNull();
  });

  it('has no axe violations', async () => {
    const { container } = render(<EngagementTracker analysis={bcpAnalysis} from="2021-09-01" to="2021-10-17" />);
    expect(await axeViolations(container)).toEqual([]);
  });
});
