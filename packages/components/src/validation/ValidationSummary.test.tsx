import { render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from '@testing-library/react';
import { axeViolations } from '../test/axe.js';
import { validationFixtures } from './fixtures.js';
import { ValidationSummary } from './ValidationSummary.js';

afterEach(cleanup);

describe('ValidationSummary', () => {
  it('says a valid plan has no problems, in a region named by its heading', () => {
    render(<ValidationSummary {...validationFixtures.valid} />);
    const region = screen.getByRole('region', { name: 'Torbay Written Statement of Action 2022: no problems found' });
    expect(within(region).getByText('Every field has the expected form and every reference resolves.')).toBeTruthy();
    expect(region.getAttribute('data-state')).toBe('valid');
  });

  it('says what no problems means for something other than a plan, when told', () => {
    render(
      <ValidationSummary
        subject="The case list"
        problems={[]}
        headingLevel={3}
        validMessage="Every row names a request and its dates are in order."
      />,
    );
    const region = screen.getByRole('region', { name: 'The case list: no problems found' });
    expect(region.querySelector('p')?.textContent).toBe('Every row names a request and its dates are in order.');
  });

  it('lists every problem with its path, what was expected and what was found, as an alert', () => {
    render(<ValidationSummary {...validationFixtures.invalid} />);
    const alert = screen.getByRole('alert', { name: 'Uploaded plan: 2 problems found' });
    expect(
      within(alert)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'actions[0].percentComplete: expected a percentage from 0 to 100, found 120.',
      'actions[0].start: expected a real date written yyyy-MM-dd, e.g. 2022-04-13, found "13/04/22".',
    ]);
  });

  it('renders text from a plan as text, never as markup', () => {
    const { container } = render(<ValidationSummary {...validationFixtures.hostileText} headingLevel={3} />);
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe('<img src=x onerror=alert(1)>: 1 problem found');
    expect(container.querySelector('img, script')).toBeNull();
  });

  it.each(Object.entries(validationFixtures))('has no axe violations: %s', async (_name, fixture) => {
    const { container } = render(<ValidationSummary {...fixture} />);
    expect(await axeViolations(container)).toEqual([]);
  });
});
