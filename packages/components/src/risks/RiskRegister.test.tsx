import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { bcpAnalysis, emptyAnalysis, northbrookAnalysis } from '../fixtures/plans.js';
import { axeViolations } from '../test/axe.js';
import { RiskRegister } from './RiskRegister.js';

afterEach(cleanup);

const cells = (row: HTMLElement) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent);

describe('RiskRegister', () => {
  it('lists the risks worst first, each band in words beside its colour, under a sentence that counts them', () => {
    render(<RiskRegister analysis={northbrookAnalysis} />);
    const region = screen.getByRole('region', { name: 'Risks to delivering the plan' });
    expect(within(region).getByText(/^3 risks/).textContent).toBe(
      '3 risks: 1 escalated, 2 open, 0 closed. Live risks: 0 low, 0 moderate, 1 high, 2 extreme.',
    );
    const table = screen.getByRole('table', { name: 'Risks, worst live risk first' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map(cells)).toEqual([
      [
        'Educational psychologist vacancies delay assessmentsPriority PA1: Timely, high-quality EHC plans',
        '16 Extremelikelihood 4 × impact 4',
        'Open',
        'James Bell, Head of SEND',
        'Market supplement agreed; locum cover for six months.',
      ],
      [
        'Neurodevelopmental provider capacityPriority PA2: Shorter waits for neurodevelopmental assessment and therapy',
        '15 Extremelikelihood 3 × impact 5',
        'Escalated',
        'Priya Kaur, Designated Clinical Officer',
        'Second provider framework; waiting-well offer.',
      ],
      [
        'High needs block deficit limits new inclusion postsPriority PA3: Fewer suspensions and exclusions',
        '9 Highlikelihood 3 × impact 3',
        'Open',
        "Amira Hussain, Director of Children's Services",
        'Posts funded from the improvement grant for two years.',
      ],
    ]);
    expect([...table.querySelectorAll('.wsoa-risks__band')].map((b) => b.getAttribute('data-band-step'))).toEqual(['3', '3', '2']);
    expect([...table.querySelectorAll('.wsoa-risks__swatch')].every((s) => s.getAttribute('aria-hidden') === 'true')).toBe(true);
  });

  it("names and colours a council's own bands", () => {
    const { container } = render(
      <RiskRegister
        analysis={northbrookAnalysis}
        bands={[
          { name: 'Green', from: 1 },
          { name: 'Amber', from: 10 },
          { name: 'Red', from: 16 },
        ]}
      />,
    );
    expect([...container.querySelectorAll('.wsoa-risks__band')].map((b) => [b.textContent, b.getAttribute('data-band-step')])).toEqual([
      ['16 Red', '3'],
      ['15 Amber', '2'],
      ['9 Green', '0'],
    ]);
  });

  it('says when there are no risks, with no empty table', () => {
    render(<RiskRegister analysis={emptyAnalysis} headingLevel={3} />);
    expect(screen.getByRole('heading', { level: 3, name: 'Risks to delivering the plan' })).toBeTruthy();
    expect(screen.getByText('No risks recorded.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it.each([
    ['BCP', <RiskRegister analysis={bcpAnalysis} />],
    ['no risks, high contrast', <RiskRegister analysis={emptyAnalysis} theme="high-contrast" />],
  ])('has no axe violations: %s', async (_, element) => {
    const { container } = render(element);
    expect(await axeViolations(container)).toEqual([]);
  });
});
