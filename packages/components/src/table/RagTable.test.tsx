import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { axeViolations } from '../test/axe.js';
import { catchDownloads } from '../test/downloads.js';
import { analysePlan } from '@wsoa-kit/core';
import {
  emptyAnalysis,
  largeAnalysis,
  northbrookAnalysis,
  ragStatesAnalysis,
  smallAnalysis,
  smallPlan,
  torbayAnalysis,
} from '../fixtures/plans.js';
import { RagTable } from './RagTable.js';
import { csvField, ragTableCsv } from './ragTableCsv.js';
import { ragTableRows } from './ragTableModel.js';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** The row header of every body row, in order: what a screen reader hears first on each row. */
const rowHeaders = () =>
  within(screen.getByRole('table'))
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent);
/** Only the action rows' refs. */
const actionRefs = () =>
  [...screen.getByRole('table').querySelectorAll('tbody tr[data-kind="action"], tbody tr[data-kind="summary"]')].map(
    (row) => row.querySelector('th')?.textContent,
  );
const status = () => screen.getByRole('status').textContent;
const header = (name: string) => screen.getByRole('columnheader', { name: new RegExp(`^${name}`) });

describe('RagTable: structure', () => {
  it('groups actions under their workstream’s roll-up row, in plan order', () => {
    render(<RagTable analysis={smallAnalysis} />);
    expect(screen.getByRole('table', { name: 'Small improvement plan: RAG status as of 22 May 2022' })).toBeTruthy();
    expect(rowHeaders()).toEqual(['Focus Area 2', '2A', '2A.1', '2A.2', '2B', 'Focus Area 3', '3A']);
    expect(
      within(screen.getByRole('table'))
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Ref↕', 'Action↕', 'Leads↕', 'Working days↕', 'Start↕', 'Finish↕', '% complete↕', 'RAG↕', 'Reason for RAG']);
    const rollUp = screen.getByRole('rowheader', { name: 'Focus Area 2' }).closest('tr') as HTMLElement;
    expect(
      within(rollUp)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual([
      'Joint CommissioningRoll-up of 3 actions',
      'NM (Nina Mistry)',
      '73',
      '13 Apr 2022',
      '29 Jul 2022',
      '22%',
      'Red',
      'Worst of 3 rated actions: 2A.1 is Red',
    ]);
  });

  it('shows RAG as a word and a shape, with the state in a data attribute', () => {
    render(<RagTable analysis={smallAnalysis} />);
    const row = screen.getByRole('rowheader', { name: '2A.1' }).closest('tr') as HTMLElement;
    expect(row.getAttribute('data-rag')).toBe('red');
    const badge = row.querySelector('.wsoa-rag') as HTMLElement;
    expect([
      badge.getAttribute('data-rag'),
      badge.textContent,
      badge.querySelector('.wsoa-rag__shape')?.getAttribute('aria-hidden'),
    ]).toEqual(['red', 'Red', 'true']);
  });

  it('keeps leads as initials, with every full name in the text and in a key under the table', () => {
    render(<RagTable analysis={smallAnalysis} />);
    const row = screen.getByRole('rowheader', { name: '2A' }).closest('tr') as HTMLElement;
    const leads = within(row).getAllByRole('cell')[1] as HTMLElement;
    expect(leads.textContent).toBe('HP (Hana Patel)/TT (Tom Tran)');
    expect([...leads.querySelectorAll('abbr')].map((a) => [a.textContent, a.title])).toEqual([
      ['HP', 'Hana Patel, lead officer'],
      ['TT', 'Tom Tran, lead officer'],
    ]);
    const key = screen.getByText('Who the initials stand for').nextElementSibling as HTMLElement;
    expect([...key.querySelectorAll('div')].map((d) => d.textContent)).toEqual([
      'HPHana Patel',
      'NMNina Mistry, Director of Children’s Services',
      'TTTom Tran, Commissioning Manager',
    ]);
  });

  it('shows initials alone where the plan gives no names, and says so once in the key', () => {
    render(<RagTable analysis={torbayAnalysis} />);
    const row = screen.getByRole('rowheader', { name: '2A.1' }).closest('tr') as HTMLElement;
    const leads = within(row).getAllByRole('cell')[1] as HTMLElement;
    expect([leads.textContent, [...leads.querySelectorAll('abbr')].map((a) => [a.textContent, a.title])]).toEqual([
      'TT',
      [['TT', 'lead officer']],
    ]);
    const key = screen.getByText('Who the initials stand for').parentElement as HTMLElement;
    expect([...key.querySelectorAll('dl > div')].map((d) => d.textContent)).toEqual([
      'RWRachael Williams, Divisional Director Education, Learning and Skills',
    ]);
    expect(key.querySelector('.wsoa-leads-key__initials-only')?.textContent).toBe(
      'The plan gives initials only for AC, BB, BM, BT, DA, DHd, HP, HS, JC, JG, JT, JW, KS, LS, MG, NM, RS, SE, SG, SO, SW, TF, TT.',
    );
    const lead = screen.getByRole('combobox', { name: 'Lead' });
    expect(
      within(lead)
        .getAllByRole('option')
        .map((option) => option.textContent)
        .slice(0, 3),
    ).toEqual(['All leads', 'AC', 'BB']);
    expect(within(lead).getByRole('option', { name: 'Rachael Williams (RW)' })).toBeTruthy();
  });

  it('marks overdue actions in words and says so for a manual override', () => {
    render(<RagTable analysis={ragStatesAnalysis} />);
    const overdue = screen.getByRole('rowheader', { name: '1.5' }).closest('tr') as HTMLElement;
    expect(within(overdue).getAllByRole('cell')[4]?.textContent).toBe('13 May 2022Overdue');
    const overridden = screen.getByRole('rowheader', { name: '1.8' }).closest('tr') as HTMLElement;
    expect(within(overridden).getAllByRole('cell')[6]?.textContent).toBe('Amber (set by hand)');
    expect(
      within(overridden)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Set to Amber by Nina Mistry on 16 May 2022: New lead in post; recovery plan agreed',
      'Computed Red: Expected 54.2% complete by 22 May 2022 (32 of 59 working days elapsed); reported 5%: 49.2 points behind, more than the 25 allowed before Red',
    ]);
  });

  it('says when a plan has no actions', () => {
    render(<RagTable analysis={emptyAnalysis} />);
    expect(screen.getByRole('cell').textContent).toBe('This plan has no actions yet.');
    expect((screen.getByRole('button', { name: 'Download CSV (0 actions)' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('has no axe violations, filtered or not', async () => {
    const { container } = render(<RagTable analysis={ragStatesAnalysis} />);
    expect(await axeViolations(container)).toEqual([]);
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search' }), 'nothing matches this');
    expect(await axeViolations(container)).toEqual([]);
  });
});

describe('RagTable: sorting', () => {
  it('sorts by a header button, sets aria-sort on that column only and announces the order', async () => {
    const user = userEvent.setup();
    render(<RagTable analysis={smallAnalysis} />);
    expect(status()).toBe('');
    await user.click(screen.getByRole('button', { name: 'Finish' }));
    expect(header('Finish').getAttribute('aria-sort')).toBe('ascending');
    expect(
      within(screen.getByRole('table'))
        .getAllByRole('columnheader')
        .filter((th) => th.hasAttribute('aria-sort')),
    ).toHaveLength(1);
    expect(status()).toBe('Sorted by Finish, earliest first.');
    expect(actionRefs()).toEqual(['2A.2', '2A', '2A.1', '2B', '3A']);
    await user.click(screen.getByRole('button', { name: 'Finish' }));
    expect(header('Finish').getAttribute('aria-sort')).toBe('descending');
    expect(status()).toBe('Sorted by Finish, latest first.');
    expect(actionRefs()).toEqual(['2B', '2A', '2A.1', '2A.2', '3A']);
  });

  it('sorts RAG by severity, worst first on the first click, with unrated last both ways', async () => {
    const user = userEvent.setup();
    render(<RagTable analysis={ragStatesAnalysis} />);
    await user.click(screen.getByRole('button', { name: 'RAG' }));
    expect(header('RAG').getAttribute('aria-sort')).toBe('descending');
    expect(status()).toBe('Sorted by RAG, most severe first.');
    expect(actionRefs()).toEqual(['1.4', '1.5', '1.6', '1.3', '1.8', '1.2', '1.7', '1.10', '1.1', '1.9']);
    await user.click(screen.getByRole('button', { name: 'RAG' }));
    expect(status()).toBe('Sorted by RAG, least severe first.');
    expect(actionRefs()).toEqual(['1.1', '1.2', '1.7', '1.10', '1.3', '1.8', '1.4', '1.5', '1.6', '1.9']);
  });

  it('sorts refs as numbers within them, so 1.10 follows 1.9', async () => {
    const user = userEvent.setup();
    render(<RagTable analysis={ragStatesAnalysis} />);
    await user.click(screen.getByRole('button', { name: 'Ref' }));
    await user.click(screen.getByRole('button', { name: 'Ref' }));
    expect(status()).toBe('Sorted by Ref, in reverse ref order.');
    expect(actionRefs()).toEqual(['1.10', '1.9', '1.8', '1.7', '1.6', '1.5', '1.4', '1.3', '1.2', '1.1']);
  });

  it('can be controlled', async () => {
    const onSortChange = vi.fn();
    render(<RagTable analysis={smallAnalysis} sort={{ column: 'percent', direction: 'descending' }} onSortChange={onSortChange} />);
    expect(actionRefs()).toEqual(['2A.2', '2A', '2A.1', '2B', '3A']);
    await userEvent.click(screen.getByRole('button', { name: 'Working days' }));
    expect(onSortChange).toHaveBeenCalledWith({ column: 'days', direction: 'ascending' });
    expect(actionRefs()).toEqual(['2A.2', '2A', '2A.1', '2B', '3A']);
  });
});

describe('RagTable: filters', () => {
  it('filters by RAG and announces how many actions are shown', async () => {
    const user = userEvent.setup();
    render(<RagTable analysis={ragStatesAnalysis} />);
    expect(screen.getByRole('combobox', { name: 'RAG' }).textContent).toBe('Any RAGRedAmberGreenBlueNot rated');
    await user.selectOptions(screen.getByRole('combobox', { name: 'RAG' }), 'Red');
    expect(actionRefs()).toEqual(['1.4', '1.5', '1.6']);
    expect(status()).toBe('Showing 3 of 10 actions.');
  });

  it('filters overdue only, by lead, by workstream and by free text across reasons', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<RagTable analysis={ragStatesAnalysis} />);
    await user.click(screen.getByRole('checkbox', { name: 'Overdue only' }));
    expect(actionRefs()).toEqual(['1.5']);
    await user.click(screen.getByRole('checkbox', { name: 'Overdue only' }));
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'RECOVERY plan');
    expect(actionRefs()).toEqual(['1.8']);
    unmount();

    render(<RagTable analysis={smallAnalysis} />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Lead' }), 'Tom Tran (TT)');
    expect(actionRefs()).toEqual(['2A', '2A.1']);
    expect(rowHeaders()).toEqual(['Focus Area 2', '2A', '2A.1']);
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Workstream' }), 'Focus Area 3: SEND Strategy');
    expect(rowHeaders()).toEqual(['Focus Area 3', '3A']);
    expect(status()).toBe('Showing 1 of 5 actions.');
  });

  it('says when nothing matches', async () => {
    render(<RagTable analysis={smallAnalysis} />);
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search' }), 'zebra');
    expect(screen.getByRole('cell').textContent).toBe('No actions match these filters.');
    expect(status()).toBe('Showing 0 of 5 actions.');
  });
});

describe('RagTable: large plans', () => {
  it('draws 50 actions at a time and says how many more there are', async () => {
    const analysis = largeAnalysis(1_000);
    render(<RagTable analysis={analysis} />);
    expect(actionRefs()).toHaveLength(50);
    expect(screen.getByText('Showing 1,000 of 1,000 actions.')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Show 50 more of 950 hidden actions' }));
    expect(actionRefs()).toHaveLength(100);
    expect(screen.getByRole('button', { name: 'Download CSV (1,000 actions)' })).toBeTruthy();
  });

  it('draws every row when asked, as server rendering needs', () => {
    render(<RagTable analysis={largeAnalysis(120)} pageSize={Infinity} />);
    expect(actionRefs()).toHaveLength(120);
    expect(screen.queryByRole('button', { name: /^Show \d+ more/ })).toBeNull();
  });
});

describe('RagTable: latest update', () => {
  it("shows each action's latest progress return as of the analysis date, unsorted, on request", async () => {
    const { container } = render(<RagTable analysis={northbrookAnalysis} columns={['ref', 'rag', 'update']} />);
    const table = screen.getByRole('table');
    const header = within(table).getByRole('columnheader', { name: 'Latest update' });
    expect(header.querySelector('button')).toBeNull();
    const cellOf = (ref: string) => within(table).getByRole('rowheader', { name: ref }).closest('tr')?.lastElementChild as HTMLElement;
    // The return's date and commentary, then each further part on its own line under its label.
    const parts = (ref: string) => {
      const cell = cellOf(ref).cloneNode(true) as HTMLElement;
      const details = [...cell.querySelectorAll('.wsoa-ragtable__return')].map((line) => {
        line.remove();
        return line.textContent;
      });
      return [cell.textContent, ...details];
    };
    expect(parts('1.1')).toEqual([
      '31 Oct 2024 31 cases left; finish moved to 31 October.',
      'Mitigation: Two agency educational psychologists booked until March; weekly case review with the service manager.',
      'Impact if not mitigated: Families wait beyond the 20 weeks the law allows for a final plan.',
    ]);
    expect(parts('2.1')).toEqual([
      '15 Nov 2024 Checked six weeks on: the new clinics see about 40 children a month and waits are still falling.',
      'Impact sustained: Yes',
    ]);
    expect(parts('1.2')).toEqual(['']);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('exports it to CSV with the date as a spreadsheet reads it, and leaves it out by default', () => {
    const rows = ragTableRows(northbrookAnalysis, undefined, { text: '1.1' });
    expect(ragTableCsv(rows, ['ref', 'update'], { rollUps: false }).split('\r\n')).toEqual([
      '\uFEFFWorkstream,Row,Ref,Latest update',
      '"Priority PA1: Timely, high-quality EHC plans",Action,1.1,"31/10/2024: 31 cases left; finish moved to 31 October.\nMitigation: Two agency educational psychologists booked until March; weekly case review with the service manager.\nImpact if not mitigated: Families wait beyond the 20 weeks the law allows for a final plan."',
      '',
    ]);
    render(<RagTable analysis={northbrookAnalysis} />);
    expect(screen.queryByRole('columnheader', { name: 'Latest update' })).toBeNull();
  });
});

describe('RagTable: CSV', () => {
  it('exports what is shown as Excel-ready CSV: BOM, CRLF, dd/MM/yyyy dates', () => {
    const rows = ragTableRows(smallAnalysis, { column: 'finish', direction: 'ascending' }, { leadId: 'tt' });
    expect(ragTableCsv(rows, ['ref', 'action', 'leads', 'start', 'finish', 'percent', 'rag'])).toBe(
      '\uFEFFWorkstream,Row,Ref,Action,Leads,Start,Finish,Percent complete,RAG\r\n' +
        'Focus Area 2: Joint Commissioning,Workstream roll-up,2,Joint Commissioning,NM (Nina Mistry),13/04/2022,29/07/2022,22,Red\r\n' +
        'Focus Area 2: Joint Commissioning,Summary action,2A,Establish a Joint Commissioning Group,HP (Hana Patel); TT (Tom Tran),13/04/2022,30/06/2022,22,Red\r\n' +
        'Focus Area 2: Joint Commissioning,Action,2A.1,Create a joint vision of commissioning,TT (Tom Tran),13/04/2022,30/06/2022,5,Red\r\n',
    );
  });

  it("keeps an action's reported percentage to a tenth in the table and the CSV, and a roll-up's to the whole", () => {
    const plan = { ...smallPlan, actions: smallPlan.actions.map((a) => (a.id === '2A.1' ? { ...a, percentComplete: 12.5 } : a)) };
    const analysis = analysePlan(plan, { asOf: '2022-05-22' });
    const rows = ragTableRows(analysis, undefined, { leadId: 'tt' });
    expect(ragTableCsv(rows, ['ref', 'percent'], { rollUps: false }).split('\r\n')).toEqual([
      '\uFEFFWorkstream,Row,Ref,Percent complete',
      'Focus Area 2: Joint Commissioning,Summary action,2A,28',
      'Focus Area 2: Joint Commissioning,Action,2A.1,12.5',
      '',
    ]);
    render(<RagTable analysis={analysis} />);
    const cell = (ref: string) =>
      screen
        .getAllByRole('row')
        .find((row) => row.querySelector('th')?.textContent === ref)
        ?.querySelector('[data-label="% complete"]')?.textContent;
    expect([cell('2A'), cell('2A.1')]).toEqual(['28%', '12.5%']);
  });

  it('quotes commas, quotes and line breaks, and never lets text start a formula', () => {
    expect([
      csvField('a, b'),
      csvField('say "hi"'),
      csvField('two\nlines'),
      csvField('=HYPERLINK("x")'),
      csvField('-5 days'),
      csvField(-5),
    ]).toEqual(['"a, b"', '"say ""hi"""', '"two\nlines"', '"\'=HYPERLINK(""x"")"', "'-5 days", '-5']);
  });

  it('downloads the filtered rows from the button', async () => {
    const { names, blobs } = catchDownloads();
    const user = userEvent.setup();
    render(<RagTable analysis={ragStatesAnalysis} columns={['ref', 'rag']} />);
    await user.click(screen.getByRole('checkbox', { name: 'Overdue only' }));
    await user.click(screen.getByRole('button', { name: 'Download CSV (1 action)' }));
    expect(blobs[0]?.type).toBe('text/csv;charset=utf-8');
    expect(names).toEqual(['every-rag-state-rag-status-as-of-22-may-2022.csv']);
    const bytes = new Uint8Array(await (blobs[0] as Blob).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toBe(
      '\uFEFFWorkstream,Row,Ref,RAG\r\nTheme 1: Every state,Workstream roll-up,1,Red\r\nTheme 1: Every state,Action,1.5,Red\r\n',
    );
  });
});

describe('RagTable: server rendering', () => {
  it('renders a complete table with caption and header scopes before any script runs', () => {
    const html = renderToString(<RagTable analysis={smallAnalysis} columns={['ref', 'action', 'rag']} showFilters={false} />);
    const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
    const table = doc.querySelector('table') as HTMLTableElement;
    expect(table.caption?.textContent).toBe('Small improvement plan: RAG status as of 22 May 2022');
    expect([...table.tHead!.querySelectorAll('th')].map((th) => [th.getAttribute('scope'), th.textContent])).toEqual([
      ['col', 'Ref↕'],
      ['col', 'Action↕'],
      ['col', 'RAG↕'],
    ]);
    expect(
      [...table.tBodies].map((tbody) =>
        [...tbody.rows].map((row) => [...row.cells].map((c) => `${c.getAttribute('scope') ?? 'td'}:${c.textContent}`)),
      ),
    ).toEqual([
      [
        ['rowgroup:Focus Area 2', 'td:Joint CommissioningRoll-up of 3 actions', 'td:Red'],
        ['row:2A', 'td:Establish a Joint Commissioning Group', 'td:Red'],
        ['row:2A.1', 'td:Create a joint vision of commissioning', 'td:Red'],
        ['row:2A.2', 'td:Agree terms of reference', 'td:Blue'],
        ['row:2B', 'td:Joint commissioning strategy signed off', 'td:Green'],
      ],
      [
        ['rowgroup:Focus Area 3', 'td:SEND StrategyRoll-up of 1 action', 'td:Red'],
        ['row:3A', 'td:Refresh the SEND strategy', 'td:Red'],
      ],
    ]);
  });
});
