import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { analysePlan } from '../analysis/analysePlan.js';
import type { PlanAnalysis } from '../analysis/types.js';
import { themedTorbay } from '../interchange/fixtures/themed.js';
import { unzip } from '../interchange/fixtures/xlsx.js';
import { children, readXml, type XmlElement } from '../interchange/readXml.js';
import { DOCX_TEXT_WIDTH, writeDocx } from '../interchange/writeDocx.js';
import { validPlan } from '../model/fixtures.js';
import { parsePlan } from '../model/parsePlan.js';
import type { Plan, PlanInput } from '../model/plan.js';
import { samplePlans } from '../samples/index.js';
import { writePlanDocument } from './writePlanDocument.js';

function parsed(input: PlanInput): Plan {
  const result = parsePlan(input);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result.value;
}

const torbay = analysePlan(parsed(samplePlans.torbay), { asOf: '2022-05-22' });
const northbrook = analysePlan(parsed(samplePlans.northbrook), { asOf: '2024-11-22' });

function xml(text: string | undefined): XmlElement {
  const read = readXml(text ?? '');
  if (!read.ok) throw new Error(JSON.stringify(read.fault));
  return read.root;
}

/** Every element of a name under an element, in document order. */
function all(element: XmlElement, name: string): XmlElement[] {
  return element.children.flatMap((c) => [...(c.name === name ? [c] : []), ...all(c, name)]);
}

/**
 * The document as mammoth reads it (an independent reader of Word files), as an HTML tree of
 * blocks. The contents list's entries are taken out into `contents` (each link's target and text),
 * so finding a section by its heading's text finds the section, not its entry in the list.
 */
async function html(bytes: Uint8Array): Promise<{ root: XmlElement; messages: unknown[]; contents: [string, string][]; raw: string }> {
  const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { styleMap: ["p[style-name='Title'] => p.title:fresh"] });
  const contents: [string, string][] = [];
  const blocks = result.value.replace(/<p><a href="#([^"]+)">([^<]*)<\/a><\/p>/g, (_, target: string, words: string) => {
    contents.push([target, words]);
    return '';
  });
  // Bold and links are unwrapped, so a paragraph's text reads in order (the tree keeps an element's own text apart).
  const inline = blocks.replace(/<\/?(?:strong|a)\b[^>]*>/g, '').replace(/<br \/>/g, '\n');
  return { root: xml(`<body>${inline}</body>`), messages: result.messages, contents, raw: result.value };
}

/** All the text under an element: a cell's paragraphs and any line break as new lines. */
function textOf(element: XmlElement): string {
  const separator = element.name === 'td' || element.name === 'th' ? '\n' : '';
  const inner = element.children.map((child) => (child.name === 'br' ? '\n' : textOf(child))).join(separator);
  return `${element.text}${inner}`.trim();
}

const headings = (root: XmlElement) => root.children.filter((c) => /^h[1-6]$/.test(c.name)).map((h) => `${h.name} ${textOf(h)}`);

/** A table's rows as the text of their cells. */
const rowsOf = (table: XmlElement) => all(table, 'tr').map((tr) => tr.children.map(textOf));

/** The table that follows the heading or paragraph with the given text (its `nth` occurrence, from 0). */
function tableAfter(root: XmlElement, text: string, nth = 0): XmlElement {
  const at = root.children.map((c, i) => (c.name !== 'table' && textOf(c) === text ? i : -1)).filter((i) => i >= 0)[nth] ?? -1;
  const table = root.children.slice(at + 1).find((c) => c.name === 'table');
  if (at < 0 || !table) throw new Error(`no table after ${text}`);
  return table;
}

describe('writePlanDocument', () => {
  it('gives Torbay’s plan its sections in order, each workstream under its own heading', async () => {
    const { root, messages } = await html(writePlanDocument(torbay, { period: { from: '2022-04-01', to: '2022-04-30' } }));
    expect(messages).toEqual([]);
    expect(root.children[0]).toMatchObject({ name: 'p', attributes: { class: 'title' } });
    expect(textOf(root.children[0] as XmlElement)).toBe('Torbay Written Statement of Action 2022');
    expect(textOf(root.children[1] as XmlElement)).toBe('Written Statement of Action for Torbay. Progress as of 22 May 2022.');
    const h = headings(root);
    expect(h.filter((line) => line.startsWith('h1'))).toEqual([
      'h1 Contents',
      'h1 The inspection',
      'h1 What the inspection found',
      'h1 Progress as of 22 May 2022',
      'h1 What we will do',
      'h1 How progress is checked',
      'h1 Who leads the work',
    ]);
    expect(h.filter((line) => line.startsWith('h2'))).toEqual([
      'h2 Deadlines',
      'h2 RAG changes since 31 Mar 2022',
      ...torbay.workstreams.map((ws) => `h2 ${ws.label} ${ws.ref}: ${ws.title}`),
      'h2 SEND Board',
      'h2 School Forum',
    ]);
    // 70 working days from 10 January 2022 skip Good Friday and Easter Monday, though Torbay's own calendar counts weekends only.
    expect(rowsOf(tableAfter(root, 'Deadlines')).map((row) => row.slice(0, 2))).toEqual([
      ['Deadline', 'Date'],
      ['Written Statement of Action due', '20 Apr 2022'],
      ['Revisit expected', '14 May 2023 to 14 Sep 2023'],
    ]);
    const texts = root.children.filter((c) => c.name === 'p').map(textOf);
    expect(texts).toContain('29 actions: 1 complete and 1 overdue. 6% complete overall, weighted by working days.');
    expect(texts).toContain('Actions by RAG: Red 17, Amber 3, Green 8, Blue 1.');
    expect(texts).toContain(
      '29 actions were due to have started in April 2022, of which 29 have been reported. 28 have been started (97%). Percentages are rounded to the nearest whole number, halves up.',
    );
    expect(texts).toContain('1 action was due to finish in April 2022; 1 has finished.');
    // Every action was Green at the end of March, as none was due to start until 13 April; by 22 May,
    // 20 were behind and 2A was done. Each RAG cell gives the word, then why.
    const changes = rowsOf(tableAfter(root, 'RAG changes since 31 Mar 2022'));
    expect(changes[0]).toEqual(['Ref', 'Action', 'Was', 'Now', 'Change']);
    const word = (cell: string | undefined) => cell?.split('\n')[0];
    expect(new Set(changes.slice(1).map((row) => row[2]))).toEqual(new Set(['Green\nnot yet due']));
    expect([changes[1], changes.at(-1)].map((row) => row?.[3])).toEqual(['Red\nbehind expected progress by 75 points', 'Blue\ncomplete']);
    expect(changes.slice(1).map((row) => [row[0], word(row[2]), word(row[3]), row[4]])).toEqual([
      ...[
        '1A',
        '2A.1',
        '2A.5',
        '3A',
        '4A',
        '5A',
        '6A.2',
        '7C',
        '8A',
        '8B.1',
        '9A',
        '10A',
        '10B',
        '10D',
        '10E',
        '14C',
        '15A.2',
        '15C',
        '16B',
        '17B',
      ].map((ref) => [ref, 'Green', ['2A.5', '4A', '7C'].includes(ref) ? 'Amber' : 'Red', 'Worse']),
      ['2A', 'Green', 'Blue', 'Better'],
    ]);
    expect(changes[1]?.[1]).toBe('Create a JSNA Data Group');
  });

  it('names the actions due to finish in the period that are overdue', async () => {
    const { root } = await html(writePlanDocument(torbay, { period: { from: '2022-05-01', to: '2022-05-22' } }));
    expect(root.children.map(textOf)).toContain(
      '1 action was due to finish between 1 May 2022 and 22 May 2022; 0 have finished, and 1 is overdue (10E).',
    );
  });

  it('says so when no RAG changed since the period began', async () => {
    // A period that starts the day after the as-of date compares the analysis with itself.
    const { root } = await html(writePlanDocument(torbay, { period: { from: '2022-05-23', to: '2022-05-31' } }));
    const texts = root.children.map(textOf);
    expect(texts).toContain('No action’s RAG has changed since 22 May 2022.');
    expect(headings(root).filter((line) => line.startsWith('h2 RAG'))).toEqual([]);
  });

  it('opens with a contents list linking to each section and the headings one level under it', async () => {
    const bytes = writePlanDocument(torbay);
    const { root, contents, raw } = await html(bytes);
    const sections = headings(root)
      .filter((line) => /^h[12] /.test(line) && line !== 'h1 Contents')
      .map((line) => line.slice(3));
    expect(contents.map(([, words]) => words)).toEqual(sections);
    expect(contents.slice(0, 3)).toEqual([
      ['_Toc1', 'The inspection'],
      ['_Toc2', 'Deadlines'],
      ['_Toc3', 'What the inspection found'],
    ]);
    // Each link's target is a bookmark on the heading it names.
    const targets = [...raw.matchAll(/<h[12]><a id="([^"]+)"><\/a>([^<]*)<\/h[12]>/g)].map((m) => [m[1], m[2]]);
    expect(targets).toEqual(contents);
    const document = xml((await unzip(bytes))['word/document.xml']);
    const ids = all(document, 'bookmarkStart').map((b) => b.attributes['w:id']);
    expect(new Set(ids).size).toBe(contents.length);
    expect(all(document, 'bookmarkEnd').map((b) => b.attributes['w:id'])).toEqual(ids);
  });

  it('writes each action of a workstream as a row with its dates, working days, progress, RAG word and reasons', async () => {
    const { root } = await html(writePlanDocument(torbay));
    const rows = rowsOf(tableAfter(root, 'RAG: Red, worst of its actions is Red.'));
    expect(rows).toEqual([
      ['Ref', 'Action', 'Lead', 'Start', 'Finish', 'Working days', '% complete', 'RAG', 'Why, and the latest update'],
      [
        '1A',
        'Create a JSNA Data Group',
        'JC/BB',
        '13 Apr 2022',
        '31 May 2022',
        '35',
        '5%',
        'Red',
        'Expected 80% complete by 22 May 2022 (28 of 35 working days elapsed); reported 5%: 75 points behind, more than the 25 allowed before Red',
      ],
      [
        '1A.6',
        'Ensure monthly updates to the JSNA',
        'MG/JC/BB',
        '13 Apr 2022',
        '31 Mar 2023',
        '253',
        '5%',
        'Green',
        'Expected 11.1% complete by 22 May 2022 (28 of 253 working days elapsed); reported 5%: 6.1 points behind, within the 10 allowed',
      ],
    ]);
    // Every action once, in one of the workstreams' tables; the header is read as a header.
    const actionTables = root.children.filter((c) => c.name === 'table' && textOf(all(c, 'th')[0] as XmlElement) === 'Ref');
    expect(actionTables).toHaveLength(torbay.workstreams.filter((ws) => ws.actionCount > 0).length);
    expect(
      actionTables.flatMap((t) => all(t, 'tbody').flatMap((b) => all(b, 'tr'))).map((tr) => textOf(tr.children[0] as XmlElement)),
    ).toEqual(torbay.workstreams.flatMap((ws) => torbay.actions.filter((a) => a.workstreamId === ws.id).map((a) => a.ref)));
  });

  it('says what the working days leave out, naming the council’s closure days', async () => {
    const sentence = async (analysis: PlanAnalysis) => {
      const { root } = await html(writePlanDocument(analysis));
      const at = root.children.findIndex((c) => c.name === 'h1' && textOf(c) === 'What we will do');
      return textOf(root.children[at + 1] as XmlElement);
    };
    expect(await sentence(torbay)).toBe(
      'Working days here leave out weekends only, as the plan’s project tool counts them, so bank holidays count as working days.',
    );
    expect(await sentence(northbrook)).toBe(
      'Working days here leave out weekends and bank holidays in England and Wales, and 3 days the council is closed: 27 Dec 2024, 30 Dec 2024 and 31 Dec 2024.',
    );
    const bcp = analysePlan(parsed(samplePlans.bcp), { asOf: '2022-03-03' });
    expect(await sentence(bcp)).toBe('Working days here leave out weekends and bank holidays in England and Wales.');
  });

  it('lists who leads with only the columns the plan fills', async () => {
    const { root } = await html(writePlanDocument(torbay));
    const leads = rowsOf(tableAfter(root, 'Who leads the work'));
    // Torbay's table gives leads as initials; only RW is named, and no one has a contact.
    expect(leads[0]).toEqual(['Initials', 'Name', 'Role', 'Organisation']);
    expect(leads.filter((row) => row[1] !== '').slice(1)).toEqual([
      ['RW', 'Rachael Williams', 'Divisional Director Education, Learning and Skills', 'Torbay Council'],
    ]);
    expect(leads).toHaveLength(1 + torbay.plan.people.length);
    const initialsOnly = parsed({
      ...samplePlans.torbay,
      people: samplePlans.torbay.people?.map(({ id, initials }) => ({ id, initials })),
    });
    const { root: bare } = await html(writePlanDocument(analysePlan(initialsOnly, { asOf: '2022-05-22' })));
    expect(rowsOf(tableAfter(bare, 'Who leads the work'))[0]).toEqual(['Initials']);
  });

  it('says which workstream answers each finding, and which finding none does', async () => {
    const { root } = await html(writePlanDocument(northbrook));
    expect(rowsOf(tableAfter(root, 'What the inspection found'))).toEqual([
      ['Finding', 'What the inspection found', 'Where this plan answers it'],
      ['Area for priority action 1', expect.any(String), 'Priority PA1: Timely, high-quality EHC plans'],
      ['Area for priority action 2', expect.any(String), 'Priority PA2: Shorter waits for neurodevelopmental assessment and therapy'],
      ['Area for priority action 3', expect.any(String), 'Priority PA3: Fewer suspensions and exclusions'],
      [
        'Area for improvement 1',
        'Leaders should improve how they gather and use the views of children and young people with SEND to shape services.',
        'Improvement area AFI: Voice, Local Offer and preparation for adulthood',
      ],
      [
        'Area for improvement 2',
        'Leaders should ensure the Local Offer is up to date and easy for families to use.',
        'Improvement area AFI: Voice, Local Offer and preparation for adulthood',
      ],
      ['Area for improvement 3', 'Leaders should strengthen preparation for adulthood from year 9.', 'No workstream answers this yet.'],
    ]);
    const texts = root.children.map(textOf);
    expect(texts).toContain('Strength 1: Early years settings identify needs quickly and work well with families.');
    expect(texts).toContain('The inspection found widespread and/or systemic failings leading to significant concerns (outcome 3 of 3).');
  });

  it('publishes measures, the “You said, we did” entries that may be published, engagement and leads', async () => {
    const { root } = await html(writePlanDocument(northbrook));
    expect(headings(root).filter((line) => line.startsWith('h1'))).toEqual([
      'h1 Contents',
      'h1 The inspection',
      'h1 What the inspection found',
      'h1 Progress as of 22 November 2024',
      'h1 What we will do',
      'h1 How we will know it has made a difference',
      'h1 You said, we did',
      'h1 Engagement and co-production',
      'h1 How progress is checked',
      'h1 Who leads the work',
    ]);
    const measures = rowsOf(tableAfter(root, 'How we will know it has made a difference'));
    expect(measures[0]).toEqual(['Measure', 'Baseline', 'Target', 'Latest', 'Where it stands', 'Why']);
    expect(measures[1]).toEqual([
      'New EHC plans issued within 20 weeks (excluding exceptions)\nSource: Monthly SEN2 return',
      '18% (31 Mar 2024)',
      '70% (30 Sep 2025)',
      '31% (30 Sep 2024)',
      'Behind trajectory',
      'Latest actual 31% on 30 Sep 2024, short of the 35% planned by then (higher is better)',
    ]);
    expect(measures).toHaveLength(1 + northbrook.plan.measures.length);

    // Newest first, each with the workstream or action it is about.
    const register = rowsOf(tableAfter(root, 'You said, we did'));
    expect(register.map((row) => row.slice(0, 3))).toEqual([
      ['You said', 'We did', 'Where it stands'],
      ['Could the board meet in the evening so working parents can attend?', 'No response yet.', 'Received'],
      [
        'The Local Offer search does not find the services we know exist.\nAbout Action I.2: Rebuild the Local Offer search with parents testing each change',
        'Parents are testing the rebuilt search before each release.',
        'In progress',
      ],
      [
        'Nobody told us where our EHC assessment had got to.\nAbout Priority PA1: Timely, high-quality EHC plans',
        'Families now get a text at each step of the assessment, and a named coordinator.',
        'Done',
      ],
    ]);

    const engagement = root.children.findIndex((c) => textOf(c) === 'Engagement and co-production');
    expect(root.children.slice(engagement + 1, engagement + 4).map(textOf)).toEqual([
      '3 activities reached 403 people; 1 was co-design or co-production.',
      "Families from ethnic minority groups (24% of children and young people with an EHC plan): 82 of the 403 people counted in 3 activities (20.3%), 3.7 points below the area's share.",
      "Young people aged 16 to 25 (31% of children and young people with an EHC plan): 88 of the 312 people counted in 1 activity (28.2%), 2.8 points below the area's share.",
    ]);

    const leads = rowsOf(tableAfter(root, 'Who leads the work'));
    expect(leads[0]).toEqual(['Initials', 'Name', 'Role', 'Organisation']);
    expect(leads[1]).toEqual(['AH', 'Amira Hussain', "Director of Children's Services", 'Northbrook Council']);
  });

  it('says what changed since an earlier version only when given one', async () => {
    // Torbay's plan as of 30 April 2022, its finish for 2A.1 then 15 June, against the plan as of 22 May.
    const earlier = parsed({
      ...samplePlans.torbay,
      actions: samplePlans.torbay.actions?.map((a) => (a.id === '2A.1' ? { ...a, finish: '2022-06-15', durationDays: undefined } : a)),
    } as PlanInput);
    const { root } = await html(writePlanDocument(torbay, { changesSince: analysePlan(earlier, { asOf: '2022-04-30' }) }));
    const h1 = headings(root).filter((line) => line.startsWith('h1'));
    expect(h1.slice(2, 5)).toEqual(['h1 What the inspection found', 'h1 Progress as of 22 May 2022', 'h1 Changes since 30 April 2022']);
    const at = root.children.findIndex((c) => textOf(c) === 'Changes since 30 April 2022');
    expect(root.children.slice(at + 1, at + 6).map((c) => textOf(c))).toEqual([
      'Between the plan as of 30 Apr 2022 and the plan as of 22 May 2022: 28 actions changed and 1 unchanged.',
      'Finish dates moved: 1 later (by 11 working days).',
      'RAG better for 12 actions.',
      '1 action completed.',
      'The plan’s finish did not move: 29 Sep 2023.',
    ]);
    const rows = rowsOf(tableAfter(root, 'Changes since 30 April 2022'));
    expect(rows[0]).toEqual(['Ref', 'Action', 'Change', 'What changed']);
    expect(rows.find((row) => row[0] === '2A.1')).toEqual([
      '2A.1',
      'Create a joint vision of commissioning',
      'Changed',
      // Red on both dates, so its RAG did not change.
      'Finish moved from 15 Jun 2022 to 30 Jun 2022, 11 working days later.\nProgress: 0% to 5% complete.',
    ]);
    expect(rows).toHaveLength(29);
    const { root: without } = await html(writePlanDocument(torbay));
    expect(headings(without).some((line) => line.startsWith('h1 Changes'))).toBe(false);
  });

  it('lists the impact measures with a new figure since the earlier version', async () => {
    const august = analysePlan(parsed(samplePlans.northbrook), { asOf: '2024-08-31' });
    const { root } = await html(writePlanDocument(northbrook, { changesSince: august }));
    expect(root.children.map(textOf)).toContain('2 impact measures have a new figure: 2 better.');
    expect(rowsOf(tableAfter(root, 'Changes since 31 August 2024', 0))[0]).toEqual(['Ref', 'Action', 'Change', 'What changed']);
    const at = root.children.findIndex((c) => textOf(c) === 'Changes since 31 August 2024');
    const measures = root.children.slice(at).filter((c) => c.name === 'table')[1]!;
    expect(rowsOf(measures)).toEqual([
      ['Measure', 'Change', 'What changed'],
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

  it('adds the risk register only when asked', async () => {
    const { root } = await html(writePlanDocument(northbrook, { risks: true }));
    expect(
      headings(root)
        .filter((line) => line.startsWith('h1'))
        .slice(-3),
    ).toEqual(['h1 Risks', 'h1 How progress is checked', 'h1 Who leads the work']);
    const at = root.children.findIndex((c) => textOf(c) === 'Risks');
    expect(textOf(root.children[at + 1] as XmlElement)).toBe(
      '3 risks: 1 escalated, 2 open, 0 closed. Live risks: 0 low, 0 moderate, 1 high, 2 extreme.',
    );
    const rows = rowsOf(tableAfter(root, 'Risks'));
    expect(rows[0]).toEqual(['Risk', 'Score', 'Owner', 'Mitigation', 'Workstreams', 'Status']);
    expect(rows[1]).toEqual([
      'Educational psychologist vacancies delay assessments',
      '16, Extreme: likelihood 4 × impact 4',
      'James Bell, Head of SEND',
      'Market supplement agreed; locum cover for six months.',
      'Priority PA1: Timely, high-quality EHC plans',
      'Open',
    ]);
    expect(rows.slice(1).map((row) => row[0])).toEqual([
      'Educational psychologist vacancies delay assessments',
      'Neurodevelopmental provider capacity',
      'High needs block deficit limits new inclusion posts',
    ]);
    const { root: without } = await html(writePlanDocument(northbrook));
    expect(without.children.map(textOf)).not.toContain('Risks');
  });

  it('says how often each board meets, when it meets next and last met, and lists the visits and reviews', async () => {
    const { root } = await html(writePlanDocument(northbrook));
    const at = root.children.findIndex((c) => textOf(c) === 'SEND Partnership Improvement Board');
    expect(root.children.slice(at + 1, at + 4).map(textOf)).toEqual([
      'It meets every month, chaired by Independent chair.',
      'Next meetings: 29 Nov 2024; 20 Dec 2024.',
      'Last met: 25 Oct 2024; 6 meetings since 26 Apr 2024.',
    ]);
    expect(rowsOf(tableAfter(root, 'Visits and reviews'))).toEqual([
      ['Visit or review', 'When', 'Note'],
      ['Engagement meeting', '15 Oct 2024', ''],
      ['Monitoring inspection', '1 Sep 2025', 'Expected about 18 months after the report (date invented)'],
    ]);
    const texts = root.children.map(textOf);
    expect(texts.filter((line) => line.startsWith('Reports to: '))).toEqual(
      northbrook.workstreams.map(() => 'Reports to: SEND Partnership Improvement Board.'),
    );
  });

  it('names a board’s members, a meeting’s purpose, and a visit over several days', async () => {
    const { root } = await html(writePlanDocument(analysePlan(parsed(samplePlans.bcp), { asOf: '2022-03-03' })));
    const board = samplePlans.bcp.boards?.[0];
    const at = root.children.findIndex((c) => textOf(c) === 'SEND Improvement Board');
    expect(root.children.slice(at + 1, at + 5).map(textOf)).toEqual([
      'It meets every month, chaired by An LGA Advisor.',
      `Members: ${board?.membership?.slice(0, -1).join(', ')} and ${board?.membership?.at(-1)}.`,
      'Last met: 3 Mar 2022; 5 meetings since 4 Nov 2021.',
      'SEND Leadership Board',
    ]);
    const cabinet = root.children.findIndex((c) => textOf(c) === 'Cabinet');
    expect(root.children.slice(cabinet + 1, cabinet + 3).map(textOf)).toEqual([
      'It meets every month.',
      'Last met: 24 Nov 2021 (Endorses the partnership approach; delegates sign-off to the Portfolio Holder).',
    ]);
    expect(rowsOf(tableAfter(root, 'Visits and reviews'))[1]).toEqual([
      'Revisit',
      '6 Mar 2023 to 10 Mar 2023',
      'Revisit about 18 months after the WSoA (date invented)',
    ]);
  });

  it('shows an overridden RAG by word, with who set it and what was computed, and a milestone by its date', async () => {
    const { root } = await html(writePlanDocument(northbrook));
    const rows = headings(root)
      .filter((line) => line.startsWith('h2 Priority'))
      .flatMap((line) => rowsOf(tableAfter(root, line.slice(3))));
    const row = (ref: string) => rows.find((cells) => cells[0] === ref);
    expect(row('2.2')?.[7]).toBe('Red');
    expect(row('2.2')?.[8]?.split('\n')).toEqual([
      'Set to Red by Amira Hussain on 4 Nov 2024: Provider withdrew from the contract in October; re-procurement needed.',
      'Computed Red: Expected 73.8% complete by 22 Nov 2024 (124 of 168 working days elapsed); reported 30%: 43.8 points behind, more than the 25 allowed before Red',
    ]);
    expect(row('1.M')?.slice(3, 6)).toEqual(['', '31 Mar 2025', 'Milestone']);
  });

  it('gives an action its success criteria, evidence, and the latest return’s mitigation and impact', async () => {
    const bytes = writePlanDocument(northbrook);
    const { root } = await html(bytes);
    const rows = rowsOf(tableAfter(root, 'RAG: Red, worst of its actions is Red.'));
    const row = (ref: string) => rows.find((cells) => cells[0] === ref);
    expect(row('1.1')?.[1]?.split('\n')).toEqual([
      'Clear the backlog of EHC needs assessments over 20 weeks',
      'What will be different: Families stop waiting months past the legal deadline for a decision and a plan.',
      'Success looks like: No assessment older than 20 weeks without a recorded exception',
    ]);
    expect(row('1.1')?.[8]?.split('\n').slice(-3)).toEqual([
      'Update 31 Oct 2024: 31 cases left; finish moved to 31 October.',
      'Mitigation: Two agency educational psychologists booked until March; weekly case review with the service manager.',
      'Impact if not mitigated: Families wait beyond the 20 weeks the law allows for a final plan.',
    ]);
    expect(row('1.3')?.[1]?.split('\n').at(-1)).toBe('Evidence: Quality assurance framework (draft)');
    const files = await unzip(bytes);
    expect(
      all(xml(files['word/_rels/document.xml.rels']), 'Relationship')
        .map((r) => r.attributes.Target)
        .filter((target) => target?.startsWith('https://')),
    ).toEqual(['https://example.org/northbrook/send/qa-framework']);

    const pa2 = rowsOf(tableAfter(root, 'RAG: Red, worst of its actions is Red.', 1));
    expect(
      pa2
        .find((cells) => cells[0] === '2.1')?.[8]
        ?.split('\n')
        .at(-1),
    ).toBe('Impact sustained: yes, as of 15 Nov 2024');
  });

  it('puts nested workstreams a heading level below their parent', async () => {
    const { root } = await html(writePlanDocument(analysePlan(parsed(themedTorbay), { asOf: '2022-05-22' })));
    expect(headings(root).filter((line) => /^h[234] (Strand|Focus Area [1-4]:)/.test(line))).toEqual([
      'h2 Strand A: Knowing our children',
      'h3 Focus Area 1: JSNA',
      'h3 Focus Area 2: Joint Commissioning',
      'h3 Strand A.3: Sharing what we know',
      'h2 Focus Area 3: SEND Strategy',
      'h2 Focus Area 4: Self-evaluation for the effectiveness of the SEND Strategy',
    ]);
    // Deeper than Heading 4, as Word's headings go on to 9, so the outline can be read back.
    const deeper = {
      ...themedTorbay,
      workstreams: themedTorbay.workstreams?.map((w) =>
        w.id === 'fa3' ? { ...w, parentId: 'sa-3' } : w.id === 'fa4' ? { ...w, parentId: 'fa3' } : w,
      ),
    };
    const nested = await html(writePlanDocument(analysePlan(parsed(deeper), { asOf: '2022-05-22' })));
    expect(headings(nested.root).filter((line) => /^h[2-6] (Strand|Focus Area [1-4]:)/.test(line))).toEqual([
      'h2 Strand A: Knowing our children',
      'h3 Focus Area 1: JSNA',
      'h3 Focus Area 2: Joint Commissioning',
      'h3 Strand A.3: Sharing what we know',
      'h4 Focus Area 3: SEND Strategy',
      'h5 Focus Area 4: Self-evaluation for the effectiveness of the SEND Strategy',
    ]);
  });

  it('is built for Word’s accessibility checker: title, language, heading outline, table headers and alt text, A4 landscape', async () => {
    const files = await unzip(writePlanDocument(northbrook));
    const core = xml(files['docProps/core.xml']);
    expect(core.children.map((c) => [c.name, c.text])).toEqual([
      ['title', 'Northbrook Priority Action Plan 2024-2026'],
      ['creator', 'Northbrook (fictional)'],
      ['language', 'en-GB'],
    ]);
    const styles = xml(files['word/styles.xml']);
    expect(all(styles, 'lang')[0]?.attributes).toMatchObject({ 'w:val': 'en-GB' });
    expect(
      all(styles, 'style')
        .filter((s) => all(s, 'outlineLvl').length > 0)
        .map((s) => [s.attributes['w:styleId'], all(s, 'outlineLvl')[0]?.attributes['w:val']]),
    ).toEqual([
      ['Heading1', '0'],
      ['Heading2', '1'],
      ['Heading3', '2'],
      ['Heading4', '3'],
      ['Heading5', '4'],
      ['Heading6', '5'],
      ['Heading7', '6'],
      ['Heading8', '7'],
      ['Heading9', '8'],
    ]);

    const document = xml(files['word/document.xml']);
    const tables = all(document, 'tbl');
    expect(tables.map((t) => all(t, 'tblCaption')[0]?.attributes['w:val'])).toEqual([
      'Deadlines',
      'What the inspection found',
      ...northbrook.workstreams.map((ws) => `Actions: ${ws.label} ${ws.ref}: ${ws.title}`),
      'Impact measures',
      'You said, we did',
      'Visits and reviews',
      'Who leads the work',
    ]);
    for (const table of tables) {
      const caption = all(table, 'tblCaption')[0]?.attributes['w:val'] ?? '';
      const description = all(table, 'tblDescription')[0]?.attributes['w:val'] ?? '';
      expect(caption.length, caption).toBeGreaterThan(0);
      expect(description.length, caption).toBeGreaterThan(caption.length);
      const rows = children(table, 'tr');
      // Only the first row is a header row, which Word repeats on each page.
      expect(rows.map((tr) => all(tr, 'tblHeader').length)).toEqual(rows.map((_, i) => (i === 0 ? 1 : 0)));
      const grid = all(table, 'gridCol').map((col) => Number(col.attributes['w:w']));
      expect(grid.reduce((sum, w) => sum + w, 0)).toBe(DOCX_TEXT_WIDTH);
      expect(rows.every((tr) => children(tr, 'tc').length === grid.length)).toBe(true);
    }
    expect(all(document, 'pgSz')[0]?.attributes).toEqual({ 'w:w': '16838', 'w:h': '11906', 'w:orient': 'landscape' });
  });

  it('numbers every page in a footer that names the plan and its date', async () => {
    const files = await unzip(writePlanDocument(northbrook));
    const document = xml(files['word/document.xml']);
    const reference = all(document, 'footerReference')[0]?.attributes;
    const rel = all(xml(files['word/_rels/document.xml.rels']), 'Relationship').find((r) => r.attributes.Id === reference?.['r:id']);
    expect([reference?.['w:type'], rel?.attributes.Target, rel?.attributes.Type?.endsWith('/footer')]).toEqual([
      'default',
      'footer1.xml',
      true,
    ]);
    expect(files['[Content_Types].xml']).toContain(
      '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>',
    );
    const foot = xml(files['word/footer1.xml']);
    expect(
      all(foot, 'p')[0]?.children.map((c) => (c.name === 'fldSimple' ? `{${c.attributes['w:instr']?.trim()}}` : all(c, 't')[0]?.text)),
    ).toEqual(['Northbrook Priority Action Plan 2024-2026, progress as of 22 Nov 2024 · Page ', '{PAGE}', ' of ', '{NUMPAGES}']);
  });

  it('tints a RAG cell only where its word is written in it', async () => {
    const document = xml((await unzip(writePlanDocument(northbrook)))['word/document.xml']);
    const fills: Record<string, string[]> = {};
    for (const tc of all(document, 'tc')) {
      const word = all(tc, 't')[0]?.text ?? '';
      const fill = all(tc, 'shd')[0]?.attributes['w:fill'];
      if (fill) fills[word] = [...new Set([...(fills[word] ?? []), fill])];
      else expect(['Red', 'Amber', 'Green', 'Blue', 'Behind trajectory']).not.toContain(word);
    }
    expect(fills).toEqual({
      Red: ['F6D7D2'],
      Amber: ['FCE8C3'],
      Green: ['D5EBDD'],
      Blue: ['D6E6F5'],
      'Behind trajectory': ['FCE8C3'],
    });
  });

  it('publishes no comment that is not anonymised', async () => {
    const input = samplePlans.northbrook;
    const plan = parsed({ ...input, feedback: input.feedback?.map((f) => (f.id === 'f3' ? { ...f, anonymised: false } : f)) });
    const { root } = await html(writePlanDocument(analysePlan(plan, { asOf: '2024-11-22' })));
    const register = rowsOf(tableAfter(root, 'You said, we did'));
    expect(register.map((row) => row[0]?.split('\n')[0])).toEqual([
      'You said',
      'The Local Offer search does not find the services we know exist.',
      'Nobody told us where our EHC assessment had got to.',
    ]);
    expect(root.children.map(textOf).join('\n')).not.toContain('Could the board meet');
  });

  it('links the plan’s documents and report as external links', async () => {
    const files = await unzip(writePlanDocument(torbay));
    const rels = all(xml(files['word/_rels/document.xml.rels']), 'Relationship').filter((r) => r.attributes.Type?.endsWith('/hyperlink'));
    expect(rels.map((r) => [r.attributes.Target, r.attributes.TargetMode])).toEqual([
      ...torbay.plan.documents.map((doc) => [doc.url, 'External']),
      ...(torbay.plan.inspection.reportUrl ? [[torbay.plan.inspection.reportUrl, 'External']] : []),
    ]);
  });

  it('writes text from a plan as text: markup, formulas, line breaks and characters Word cannot hold', async () => {
    const input = validPlan();
    const plan = parsed({
      ...input,
      title: '<b>Our plan</b> & =SUM(A1)',
      actions: [
        {
          id: 'a1',
          ref: '1.1',
          title: 'First line\nsecond line \u0007 done',
          workstreamId: input.workstreams?.[0]?.id as string,
          start: '2022-04-13',
          finish: '2022-05-31',
        },
      ],
    });
    const bytes = writePlanDocument(analysePlan(plan, { asOf: '2022-05-01' }));
    const { root } = await html(bytes);
    expect(textOf(root.children[0] as XmlElement)).toBe('<b>Our plan</b> & =SUM(A1)');
    expect(all(root, 'b')).toEqual([]);
    const row = rowsOf(all(root, 'table').find((t) => textOf(all(t, 'th')[0] as XmlElement) === 'Ref') as XmlElement)[1];
    expect(row?.slice(0, 2)).toEqual(['1.1', 'First line\nsecond line \uFFFD done']);
    expect(xml((await unzip(bytes))['docProps/core.xml']).children[0]?.text).toBe('<b>Our plan</b> & =SUM(A1)');
  });

  it('lists the review of an Accelerated Progress Plan among its deadlines', async () => {
    const input = validPlan();
    const plan = parsed({
      ...input,
      kind: 'accelerated-progress-plan',
      inspection: { ...input.inspection, followUps: [{ kind: 'revisit', date: '2023-09-11', endDate: '2023-09-15' }] },
    });
    const { root } = await html(writePlanDocument(analysePlan(plan, { asOf: '2023-10-02' })));
    expect(textOf(root.children[1] as XmlElement)).toBe('Accelerated Progress Plan for Testshire. Progress as of 2 October 2023.');
    expect(rowsOf(tableAfter(root, 'Deadlines')).map((row) => row.slice(0, 2))).toEqual([
      ['Deadline', 'Date'],
      ['Written Statement of Action due', '7 Jun 2022'],
      ['Revisit expected', '22 Jun 2023 to 22 Oct 2023'],
      ['Accelerated Progress Plan reviewed', '15 Mar 2024'],
    ]);
  });

  it('gives a deadline counted past the bank holidays it knows its caveat, under how it was worked out', async () => {
    const input = validPlan();
    const plan = parsed({ ...input, inspection: { ...input.inspection, reportReceived: '2030-11-01', reportPublished: '2030-11-15' } });
    const { root } = await html(writePlanDocument(analysePlan(plan, { asOf: '2030-11-20' })));
    const [header, wsoa] = rowsOf(tableAfter(root, 'Deadlines'));
    expect([header?.[3], wsoa?.[0], wsoa?.[1], wsoa?.[3]]).toEqual([
      'How it is worked out',
      'Written Statement of Action due',
      '11 Feb 2031',
      '70 working days after the report was received on 1 Nov 2030; the next working day is day 1 and bank holidays are not counted\nThe calendar knows bank holidays only for 2015 to 2030, so a bank holiday after 31 Dec 2030 was counted as a working day and this date may be too early. Merge the current bank holidays feed into the calendar to count them.',
    ]);
  });

  it('writes a plan with nothing in it yet: no findings, workstreams, actions or people', async () => {
    const { findings: _f, workstreams: _w, actions: _a, people: _p, ...bare } = validPlan();
    const bytes = writePlanDocument(analysePlan(parsed(bare), { asOf: '2022-03-01' }), {
      period: { from: '2022-02-01', to: '2022-02-28' },
    });
    const { root, messages, contents } = await html(bytes);
    expect(messages).toEqual([]);
    expect(headings(root)).toEqual(['h1 Contents', 'h1 The inspection', 'h2 Deadlines', 'h1 Progress as of 1 March 2022']);
    expect(contents.map(([, words]) => words)).toEqual(['The inspection', 'Deadlines', 'Progress as of 1 March 2022']);
    const texts = root.children.map(textOf);
    expect(texts).toContain('0 actions: 0 complete and 0 overdue. 0% complete overall, weighted by working days.');
    expect(texts).toContain('No action’s RAG has changed since 31 Jan 2022.');
  });

  it('writes a link only to a web or email address', async () => {
    const bytes = writeDocx({
      title: 'Links',
      language: 'en-GB',
      body: [
        { runs: [{ link: 'javascript:alert(1)', text: 'Run' }] },
        { runs: [{ link: 'https://example.org/plan', text: 'Plan' }] },
        { runs: [{ link: 'mailto:send@example.org', text: 'Email' }] },
        { runs: [{ link: 'https://example.org/plan', text: 'Plan again' }] },
      ],
    });
    const files = await unzip(bytes);
    const rels = all(xml(files['word/_rels/document.xml.rels']), 'Relationship').slice(1);
    expect(rels.map((r) => [r.attributes.Id, r.attributes.Target])).toEqual([
      ['rIdLink1', 'https://example.org/plan'],
      ['rIdLink2', 'mailto:send@example.org'],
    ]);
    const paragraphs = all(xml(files['word/document.xml']), 'p');
    expect(paragraphs.map((p) => [all(p, 'hyperlink')[0]?.attributes['r:id'] ?? null, all(p, 't')[0]?.text])).toEqual([
      [null, 'Run'],
      ['rIdLink1', 'Plan'],
      ['rIdLink2', 'Email'],
      ['rIdLink1', 'Plan again'],
    ]);
  });

  it('leaves out the deadlines when given none, and gives the same bytes for the same analysis', async () => {
    const headingsOf = async (analysis: PlanAnalysis, options = {}) =>
      all(xml((await unzip(writePlanDocument(analysis, options)))['word/document.xml']), 'p')
        .filter((p) => all(p, 'pStyle')[0]?.attributes['w:val'] === 'Heading2')
        .map((p) =>
          all(p, 't')
            .map((t) => t.text)
            .join(''),
        )
        .slice(0, 1);
    expect(await headingsOf(torbay)).toEqual(['Deadlines']);
    expect(await headingsOf(torbay, { deadlines: [] })).toEqual(['Focus Area 1: JSNA']);
    expect(writePlanDocument(northbrook)).toEqual(writePlanDocument(northbrook));
  });
});
