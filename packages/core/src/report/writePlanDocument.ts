import { FINDING_KIND_NAMES, findingCoverage } from '../analysis/findingCoverage.js';
import type { ActionAnalysis, PlanAnalysis, RagResult, WorkstreamAnalysis } from '../analysis/types.js';
import { addCalendarDays, type IsoDate } from '../calendar/isoDate.js';
import { formatDate } from '../calendar/formatDate.js';
import {
  DOCX_TEXT_WIDTH,
  writeDocx,
  type DocxBlock,
  type DocxCell,
  type DocxParagraph,
  type DocxSpec,
  type DocxRun,
  type DocxTable,
  type HeadingLevel,
} from '../interchange/writeDocx.js';
import { ODT_MEDIA_TYPE, writeOdt } from '../interchange/writeOdt.js';
import { assessMeasure, formatMeasureValue } from '../measures/assessMeasure.js';
import { listWords, plural } from '../measures/counting.js';
import type { Board, Cadence, Meeting } from '../model/board.js';
import type { FollowUp, Framework, Inspection, InspectionOutcome } from '../model/inspection.js';
import type { Person } from '../model/person.js';
import type { PlanKind } from '../model/plan.js';
import type { RagStatusOrUnrated } from '../rag/ragRules.js';
import { feedbackRegister } from './feedbackRegister.js';
import { changeLines, COMPARISON_STATUS_WORDS, comparePlans, type PlanComparison } from './comparePlans.js';
import { riskRegister } from './riskRegister.js';
import { statutoryTimeline, type StatutoryDeadline } from './statutoryTimeline.js';
import { summariseEngagement } from './summariseEngagement.js';
import { summarisePeriod, type PeriodSummary, type RagChange } from './summarisePeriod.js';
import { workstreamName } from './workstreamName.js';
import { progressPercent } from '../analysis/progressFigure.js';

/** What to put in the published plan beyond what the analysis holds. */
export interface WritePlanDocumentOptions {
  /** Adds the period's progress sentence, as a board report gives it ("27 actions were due to have started in April 2022, …"). */
  readonly period?: { readonly from: IsoDate; readonly to: IsoDate };
  /**
   * The deadlines to list; by default `statutoryTimeline` of the plan's inspection, counted in
   * England and Wales working days as the regulations count them (not in the plan's own calendar).
   */
  readonly deadlines?: readonly StatutoryDeadline[];
  /** Adds the risk register (`riskRegister`, worst live risks first). Off by default: a register is usually the board's, not the public's. */
  readonly risks?: boolean;
  /** `docx` (the default) for a Word document, `odt` for an OpenDocument text document holding the same. */
  readonly format?: DocumentFormat;
  /**
   * An earlier version of the plan, analysed as of its own date (last month's published plan): adds
   * a section saying what changed since (`comparePlans`), with each action added, removed or changed.
   */
  readonly changesSince?: PlanAnalysis;
}

/** The text document formats the kit writes: Word's, and OpenDocument's (the UK government's standard for sharing documents). */
export type DocumentFormat = 'docx' | 'odt';

/** The media type of a Word document, as `writePlanDocument` writes. */
export const PLAN_DOCUMENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Each text document format's media type, for a download or an upload. */
export const DOCUMENT_MEDIA_TYPES: Readonly<Record<DocumentFormat, string>> = {
  docx: PLAN_DOCUMENT_TYPE,
  odt: ODT_MEDIA_TYPE,
};

/** Each kind of plan as the area names it on the cover. */
export const PLAN_KIND_NAMES: Readonly<Record<PlanKind, string>> = {
  wsoa: 'Written Statement of Action',
  'accelerated-progress-plan': 'Accelerated Progress Plan',
  'priority-action-plan': 'Priority action plan',
  'improvement-plan': 'Improvement plan',
};

const FOLLOW_UP_NAMES: Readonly<Record<FollowUp['kind'], string>> = {
  revisit: 'Revisit',
  'monitoring-inspection': 'Monitoring inspection',
  'full-inspection': 'Full inspection',
  'dfe-nhse-review': 'Review by the DfE and NHS England',
  'engagement-meeting': 'Engagement meeting',
};

const CADENCE_WORDS: Readonly<Record<Cadence, string>> = {
  weekly: 'every week',
  fortnightly: 'every two weeks',
  monthly: 'every month',
  'bi-monthly': 'every two months',
  quarterly: 'every quarter',
  termly: 'every term',
  'ad-hoc': 'when it is needed',
};

const FRAMEWORK_NAMES: Readonly<Record<Framework, string>> = {
  'local-area-2016': 'the local area SEND inspection framework (2016)',
  'area-send-2023': 'the area SEND inspection framework (2023)',
};

const OUTCOME_WORDS: Readonly<Record<InspectionOutcome, string>> = {
  'typically-positive': 'typically positive experiences and outcomes for children and young people with SEND (outcome 1 of 3)',
  inconsistent: 'inconsistent experiences and outcomes for children and young people with SEND (outcome 2 of 3)',
  'systemic-failings': 'widespread and/or systemic failings leading to significant concerns (outcome 3 of 3)',
};

/** Light tints behind a RAG word (the word is always there: never colour alone), dark text on each above 12:1. */
const RAG_FILLS: Partial<Record<RagStatusOrUnrated, string>> = {
  red: 'F6D7D2',
  amber: 'FCE8C3',
  green: 'D5EBDD',
  blue: 'D6E6F5',
  complete: 'D6E6F5',
  started: 'D5EBDD',
};

/** Most severe first, as a board reads counts. */
const RAG_ORDER: readonly RagStatusOrUnrated[] = ['red', 'amber', 'green', 'blue', 'not-started', 'started', 'complete', 'unrated'];

/**
 * The plan as a Word document (`.docx`) to publish or send to a board: what councils now build by
 * pasting project-plan exports into Word. In order:
 *
 * - the title, the kind of plan, the area and the date progress is as of;
 * - the inspection, its report, and the deadlines that follow it, each with its basis;
 * - what the inspection found, and which workstreams answer each finding;
 * - progress: counts, each RAG by word, and the period's sentence when `period` is given;
 * - with `changesSince`, what changed since that earlier version: actions added, removed or changed;
 * - each workstream under a heading (nested workstreams a level deeper), with the findings it
 *   addresses, its leads, dates, RAG, outcomes, and a table of its actions and sub-actions: dates,
 *   working days, percent complete, RAG by word and why, what will be different for families,
 *   success criteria and evidence, and the latest update with its mitigation;
 * - impact measures against their trajectory; "You said, we did" (only entries that may be published);
 *   engagement; with `risks`, the risk register; the boards that check progress, with their next
 *   meetings, and the visits and reviews recorded; and who the initials stand for.
 *
 * It is made to pass Word's accessibility checker: real heading styles, a header row that repeats
 * on each page, alt text on every table, the title and language (en-GB) set, RAG never by colour
 * alone, links only to `http(s)` and `mailto` addresses. Text from the plan is always text. A4
 * landscape; the same analysis gives the same bytes. With `format: 'odt'` it is the same document
 * as OpenDocument text (`.odt`), for LibreOffice Writer and other OpenDocument tools.
 *
 * @example
 * const bytes = writePlanDocument(analysis, { period: { from: '2022-04-01', to: '2022-04-30' } });
 * // To save as a .docx file, or to send:
 * const file = new Blob([bytes], { type: PLAN_DOCUMENT_TYPE });
 */
export function writePlanDocument(analysis: PlanAnalysis, options: WritePlanDocumentOptions = {}): Uint8Array {
  const { plan, asOf } = analysis;
  // The law counts England's working days, whatever calendar the plan's own dates use (Torbay's counts weekends only).
  const deadlines = options.deadlines ?? statutoryTimeline(plan.inspection, undefined, { planKind: plan.kind });
  const body: DocxBlock[] = [
    { style: 'Title', runs: [plan.title] },
    text(`${PLAN_KIND_NAMES[plan.kind]} for ${plan.area.name}. Progress as of ${formatDate(asOf, 'long')}.`),
  ];
  if (plan.area.partners.length > 0) body.push(text(`Written by ${listWords(plan.area.partners.map((p) => p.name))}.`));
  if (plan.sampleData) body.push({ runs: [{ bold: 'Sample data: ' }, plan.sampleData] });
  for (const doc of plan.documents) body.push({ runs: [{ link: doc.url, text: doc.title }] });

  body.push(heading(1, 'The inspection'), ...inspectionParagraphs(plan.inspection));
  if (deadlines.length > 0) body.push(heading(2, 'Deadlines'), deadlineTable(deadlines));

  const coverage = findingCoverage(analysis, { showStrengths: true });
  const concerns = coverage.filter((row) => row.finding.kind !== 'strength');
  const strengths = coverage.filter((row) => row.finding.kind === 'strength');
  if (coverage.length > 0) body.push(heading(1, 'What the inspection found'));
  if (concerns.length > 0) {
    body.push(
      table({
        caption: 'What the inspection found',
        description: 'Each area the inspection asked the area to improve, and the workstreams of this plan that answer it.',
        header: ['Finding', 'What the inspection found', 'Where this plan answers it'],
        weights: [2, 6, 4],
        rows: concerns.map((row) => [
          cellOf(row.name),
          cellOf(row.finding.text),
          cellOf(row.unaddressed ? 'No workstream answers this yet.' : row.workstreams.map(workstreamName).join('\n')),
        ]),
      }),
    );
  }
  if (strengths.length > 0) body.push(heading(2, 'Strengths'), ...strengths.map((row) => text(`${row.name}: ${row.finding.text}`)));

  body.push(heading(1, `Progress as of ${formatDate(asOf, 'long')}`), ...progressParagraphs(analysis));
  if (options.period) body.push(...periodBlocks(analysis, summarisePeriod(analysis, options.period)));
  if (options.changesSince) body.push(...changeBlocks(comparePlans(options.changesSince, analysis)));

  if (analysis.workstreams.length > 0) {
    body.push(heading(1, 'What we will do'), text(workingDaysSentence(analysis)));
    const placed = new Set<string>();
    const place = (ws: WorkstreamAnalysis, depth: number) => {
      if (placed.has(ws.id)) return;
      placed.add(ws.id);
      body.push(...workstreamBlocks(analysis, ws, depth));
      for (const id of ws.childWorkstreamIds) {
        const child = analysis.workstreamsById.get(id);
        if (child) place(child, depth + 1);
      }
    };
    for (const ws of analysis.workstreams) if (ws.parentId === undefined || !analysis.workstreamsById.has(ws.parentId)) place(ws, 0);
    // A loop of parents (which parsePlan refuses) still gets every workstream written.
    for (const ws of analysis.workstreams) place(ws, 0);
  }

  if (plan.measures.length > 0) body.push(heading(1, 'How we will know it has made a difference'), measureTable(analysis));

  const register = feedbackRegister(plan, { asOf, calendar: analysis.calendar });
  if (plan.feedback.length > 0) {
    body.push(heading(1, 'You said, we did'), text(register.sentence));
    if (register.entries.length > 0) {
      body.push(
        table({
          caption: 'You said, we did',
          description: 'Comments from families and young people, anonymised, with what the area did in response.',
          header: ['You said', 'We did', 'Where it stands', 'Received', 'Answered'],
          weights: [5, 5, 2, 1.5, 1.5],
          rows: register.entries.map((entry) => [
            {
              paragraphs: [
                para(entry.youSaid),
                ...[entry.workstream, entry.action].flatMap((link) => (link ? [para(`About ${link.text}`)] : [])),
              ],
            },
            cellOf(entry.weDid ?? 'No response yet.'),
            cellOf(entry.statusLabel),
            cellOf(formatDate(entry.receivedOn)),
            cellOf(entry.respondedOn ? formatDate(entry.respondedOn) : ''),
          ]),
        }),
      );
    }
  }

  if (plan.engagements.length > 0) {
    const engagement = summariseEngagement(plan, { to: asOf });
    body.push(
      heading(1, 'Engagement and co-production'),
      text(engagement.sentence),
      ...engagement.byGroup.map((group) => text(group.sentence)),
    );
  }

  if (options.risks) {
    const register = riskRegister(plan);
    body.push(heading(1, 'Risks'), text(register.sentence));
    if (register.entries.length > 0) {
      body.push(
        table({
          caption: 'Risks',
          description:
            'Each risk to the plan, live risks first and the highest score first, with its owner, mitigation and the workstreams it bears on.',
          header: ['Risk', 'Score', 'Owner', 'Mitigation', 'Workstreams', 'Status'],
          weights: [4, 2.5, 2.5, 4, 3, 1.5],
          rows: register.entries.map((entry) => [
            cellOf(entry.title),
            cellOf(entry.scoreText),
            cellOf(entry.owner ?? ''),
            cellOf(entry.mitigation),
            cellOf(entry.workstreams.join('\n')),
            cellOf(entry.statusLabel),
          ]),
        }),
      );
    }
  }

  if (plan.boards.length > 0 || plan.inspection.followUps.length > 0) {
    body.push(heading(1, 'How progress is checked'));
    for (const board of plan.boards) body.push(...boardBlocks(board, asOf));
    if (plan.inspection.followUps.length > 0) {
      body.push(
        heading(2, 'Visits and reviews'),
        table({
          caption: 'Visits and reviews',
          description: 'Inspections, reviews and meetings with the Department for Education and NHS England that check the plan.',
          header: ['Visit or review', 'When', 'Note'],
          weights: [3, 3, 8],
          rows: [...plan.inspection.followUps]
            .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
            .map((visit) => [
              cellOf(FOLLOW_UP_NAMES[visit.kind]),
              cellOf(visit.endDate ? `${formatDate(visit.date)} to ${formatDate(visit.endDate)}` : formatDate(visit.date)),
              cellOf(visit.note ?? ''),
            ]),
        }),
      );
    }
  }

  if (plan.people.length > 0) {
    // Only the columns some person fills: many published plans give leads as initials alone.
    const columns = (
      [
        ['Initials', 1.5, (p) => cellOf(p.initials)],
        ['Name', 3.5, (p) => cellOf(p.name ?? '')],
        ['Role', 4, (p) => cellOf(p.role ?? '')],
        ['Organisation', 3, (p) => cellOf(p.organisation ?? '')],
        ['Contact', 3, (p) => linkCell(p.contact)],
      ] as const satisfies readonly (readonly [string, number, (person: Person) => DocxCell])[]
    ).filter(([, , cell], i) => i === 0 || plan.people.some((person) => cell(person).paragraphs.length > 0));
    const about = listWords(columns.slice(1).map(([name]) => name.toLowerCase()));
    body.push(
      heading(1, 'Who leads the work'),
      table({
        caption: 'Who leads the work',
        description: `The initials used in this plan${about ? `, with each person’s ${about} where the plan gives them` : ''}.`,
        header: columns.map(([name]) => name),
        weights: columns.map(([, weight]) => weight),
        rows: plan.people.map((person) => columns.map(([, , cell]) => cell(person))),
      }),
    );
  }

  const spec: DocxSpec = {
    title: plan.title,
    body: withContents(body),
    author: plan.area.name,
    language: 'en-GB',
    footer: `${plan.title}, progress as of ${formatDate(asOf)}`,
  };
  return options.format === 'odt' ? writeOdt(spec) : writeDocx(spec);
}

/**
 * The body with a contents list before its first section: each section and the headings one level
 * under it, as links to bookmarks on them, so a reader can jump from the list in Word or a PDF made
 * from it. (Word's own table of contents is a field that Word asks to update on opening; links work
 * in every reader.)
 */
function withContents(body: readonly DocxBlock[]): DocxBlock[] {
  const entries: DocxParagraph[] = [];
  const marked = body.map((block): DocxBlock => {
    if ('table' in block || (block.style !== 'Heading1' && block.style !== 'Heading2')) return block;
    const bookmark = `_Toc${entries.length + 1}`;
    const words = block.runs.map((run) => (typeof run === 'string' ? run : 'bold' in run ? run.bold : run.text)).join('');
    entries.push({ runs: [{ anchor: bookmark, text: words }], ...(block.style === 'Heading2' ? { indent: 567 } : {}) });
    return { ...block, bookmark };
  });
  const first = marked.findIndex((block) => !('table' in block) && block.style === 'Heading1');
  if (first < 0) return marked;
  return [...marked.slice(0, first), heading(1, 'Contents'), ...entries, ...marked.slice(first)];
}

/** A board: how often it meets, who chairs and sits on it, its next meetings and when it last met. */
function boardBlocks(board: Board, asOf: IsoDate): DocxBlock[] {
  const blocks: DocxBlock[] = [
    heading(2, board.name),
    text(`It meets ${CADENCE_WORDS[board.cadence]}${board.chair ? `, chaired by ${board.chair}` : ''}.`),
  ];
  if (board.membership.length > 0) blocks.push({ runs: [{ bold: 'Members: ' }, `${listWords(board.membership)}.`] });
  const meetings = [...board.meetings].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const held = meetings.filter((m) => m.date <= asOf);
  const next = meetings.filter((m) => m.date > asOf);
  const when = (m: Meeting) => `${formatDate(m.date)}${m.note ? ` (${m.note})` : ''}`;
  if (next.length > 0)
    blocks.push({ runs: [{ bold: next.length === 1 ? 'Next meeting: ' : 'Next meetings: ' }, `${next.map(when).join('; ')}.`] });
  const last = held.at(-1);
  const first = held[0];
  if (last && first) {
    const since = held.length === 1 ? '' : `; ${held.length} meetings since ${formatDate(first.date)}`;
    blocks.push({ runs: [{ bold: 'Last met: ' }, `${when(last)}${since}.`] });
  }
  return blocks;
}

function inspectionParagraphs(inspection: Inspection): DocxParagraph[] {
  const by = listWords(inspection.inspectorates.map((name) => (name === 'ofsted' ? 'Ofsted' : 'the CQC')));
  const paragraphs = [
    text(
      `${by.charAt(0).toUpperCase()}${by.slice(1)} inspected the local area from ${formatDate(inspection.startDate, 'long')} to ${formatDate(inspection.endDate, 'long')}, under ${FRAMEWORK_NAMES[inspection.framework]}.`,
    ),
  ];
  const report = [
    inspection.reportReceived ? `received on ${formatDate(inspection.reportReceived, 'long')}` : '',
    inspection.reportPublished ? `published on ${formatDate(inspection.reportPublished, 'long')}` : '',
  ].filter(Boolean);
  if (report.length > 0) paragraphs.push(text(`The report was ${report.join(' and ')}.`));
  if (inspection.outcome) paragraphs.push(text(`The inspection found ${OUTCOME_WORDS[inspection.outcome]}.`));
  if (inspection.planAccepted) {
    const judged = inspection.framework === 'local-area-2016' ? 'judged fit for purpose' : 'accepted';
    paragraphs.push(text(`The plan was ${judged} on ${formatDate(inspection.planAccepted, 'long')}.`));
  }
  if (inspection.reportUrl) paragraphs.push({ runs: [{ link: inspection.reportUrl, text: 'Read the inspection report' }] });
  return paragraphs;
}

function deadlineTable(deadlines: readonly StatutoryDeadline[]): DocxBlock {
  return table({
    caption: 'Deadlines',
    description: 'Each deadline that follows the inspection, its date, what it rests on and whether it is set in law.',
    header: ['Deadline', 'Date', 'Basis', 'How it is worked out', 'Set in law?'],
    weights: [3, 2.5, 3.5, 5, 2],
    rows: deadlines.map((d) => [
      cellOf(d.title),
      cellOf(d.window ? `${formatDate(d.window.from)} to ${formatDate(d.window.to)}` : formatDate(d.date)),
      cellOf(d.basis),
      d.caveat ? { paragraphs: [para(d.rule), para(d.caveat)] } : cellOf(d.rule),
      cellOf(d.status === 'confirmed' ? 'Yes' : 'No: an expected date the area can change'),
    ]),
  });
}

/** The period's board-report sentence and rounding rule, what was due to finish, and each action whose RAG changed. */
function periodBlocks(analysis: PlanAnalysis, summary: PeriodSummary): DocxBlock[] {
  const { dueToFinish: due, periodText } = summary;
  const refs = (ids: readonly string[]) => ids.map((id) => analysis.actionsById.get(id)?.ref ?? id);
  const blocks: DocxBlock[] = [text(`${summary.sentence} ${summary.roundingRule}`)];
  if (due.actionIds.length > 0) {
    const overdue =
      due.overdueIds.length > 0
        ? `, and ${due.overdueIds.length} ${due.overdueIds.length === 1 ? 'is' : 'are'} overdue (${listWords(refs(due.overdueIds))})`
        : '';
    blocks.push(
      text(
        `${count(due.actionIds.length, 'action')} ${due.actionIds.length === 1 ? 'was' : 'were'} due to finish ${periodText}; ${due.finishedIds.length} ${due.finishedIds.length === 1 ? 'has' : 'have'} finished${overdue}.`,
      ),
    );
  }
  const since = formatDate(addCalendarDays(summary.from, -1));
  if (summary.ragChanges.length === 0) blocks.push(text(`No action’s RAG has changed since ${since}.`));
  else {
    blocks.push(
      heading(2, `RAG changes since ${since}`),
      table({
        caption: `RAG changes since ${since}`,
        description: `Each action whose RAG on ${formatDate(analysis.asOf)} differs from its RAG on ${since}, the worst changes first.`,
        header: ['Ref', 'Action', 'Was', 'Now', 'Change'],
        weights: [1, 7, 2, 2, 2],
        rows: summary.ragChanges.map((change) => [
          cellOf(change.ref),
          cellOf(change.title),
          { paragraphs: [para(change.fromLabel), para(change.fromHeadline)], fill: RAG_FILLS[change.from] },
          { paragraphs: [para(change.toLabel), para(change.toHeadline)], fill: RAG_FILLS[change.to] },
          cellOf(CHANGE_WORDS[change.direction]),
        ]),
      }),
    );
  }
  return blocks;
}

/** What changed since an earlier version: its sentences, then a table of actions and one of workstreams. */
function changeBlocks(comparison: PlanComparison): DocxBlock[] {
  const since = formatDate(comparison.before.asOf, 'long');
  const blocks: DocxBlock[] = [heading(1, `Changes since ${since}`), ...comparison.sentences.map(text)];
  const changeCell = (item: Parameters<typeof changeLines>[0]): DocxCell => ({ paragraphs: changeLines(item).map((words) => para(words)) });
  if (comparison.actions.length > 0) {
    blocks.push(
      table({
        caption: `Actions added, removed or changed since ${since}`,
        description: `Each action added to the plan, removed from it or changed since the version of ${since}, with every change.`,
        header: ['Ref', 'Action', 'Change', 'What changed'],
        weights: [1, 4, 1.5, 7.5],
        rows: comparison.actions.map((action) => [
          cellOf(action.ref),
          cellOf(action.title),
          cellOf(COMPARISON_STATUS_WORDS[action.status]),
          changeCell(action),
        ]),
      }),
    );
  }
  if (comparison.workstreams.length > 0) {
    blocks.push(
      table({
        caption: `Workstreams added, removed or changed since ${since}`,
        description: `Each workstream added, removed, renamed or given other leads since the version of ${since}.`,
        header: ['Workstream', 'Change', 'What changed'],
        weights: [4, 1.5, 8.5],
        rows: comparison.workstreams.map((ws) => [cellOf(ws.name), cellOf(COMPARISON_STATUS_WORDS[ws.status]), changeCell(ws)]),
      }),
    );
  }
  if (comparison.measures.length > 0) {
    blocks.push(
      table({
        caption: `Impact measures added, removed or changed since ${since}`,
        description: `Each impact measure added, removed, or with a new figure, target, baseline or status since the version of ${since}.`,
        header: ['Measure', 'Change', 'What changed'],
        weights: [4, 1.5, 8.5],
        rows: comparison.measures.map((m) => [cellOf(m.title), cellOf(COMPARISON_STATUS_WORDS[m.status]), changeCell(m)]),
      }),
    );
  }
  return blocks;
}

const CHANGE_WORDS: Readonly<Record<RagChange['direction'], string>> = { worse: 'Worse', better: 'Better', changed: 'Changed' };

function progressParagraphs(analysis: PlanAnalysis): DocxParagraph[] {
  const { summary, rules, rag } = analysis;
  const counts = RAG_ORDER.filter((status) => summary.ragCounts[status] > 0).map(
    (status) => `${rules.labels[status]} ${summary.ragCounts[status]}`,
  );
  const paragraphs = [
    text(
      `${count(summary.actionCount, 'action')}: ${summary.completeCount} complete and ${summary.overdueCount} overdue. ${Math.round(summary.percentComplete)}% complete overall, weighted by working days.`,
    ),
  ];
  if (counts.length > 0) paragraphs.push(text(`Actions by RAG: ${counts.join(', ')}.`));
  if (rag.status !== 'unrated') paragraphs.push({ runs: [{ bold: 'Overall RAG: ' }, `${rag.label}, ${rag.headline}.`] });
  return paragraphs;
}

const REGION_NAMES = { 'england-and-wales': 'England and Wales', scotland: 'Scotland', 'northern-ireland': 'Northern Ireland' } as const;

/** What the action tables' working days leave out, so a reader can count them, and a reader of the file can too. */
function workingDaysSentence(analysis: PlanAnalysis): string {
  const { calendar } = analysis;
  if (calendar.convention === 'weekends-only')
    return 'Working days here leave out weekends only, as the plan’s project tool counts them, so bank holidays count as working days.';
  const closures = analysis.plan.calendar.closures.filter((c) => calendar.nonWorkingDays.has(c.date));
  const bankHolidays = `weekends and bank holidays in ${REGION_NAMES[calendar.region]}`;
  if (closures.length === 0) return `Working days here leave out ${bankHolidays}.`;
  const dates = closures.map((c) => formatDate(c.date));
  const named = dates.length > 10 ? [...dates.slice(0, 10), `${dates.length - 10} more`] : dates;
  return `Working days here leave out ${bankHolidays}, and ${plural(closures.length, 'day', 'days')} the council is closed: ${listWords(named)}.`;
}

function workstreamBlocks(analysis: PlanAnalysis, ws: WorkstreamAnalysis, depth: number): DocxBlock[] {
  const source = analysis.plan.workstreams.find((w) => w.id === ws.id);
  const blocks: DocxBlock[] = [heading(Math.min(depth + 2, 9) as HeadingLevel, workstreamName(ws))];
  const findings = ws.findingIds.flatMap((id) => {
    const finding = analysis.plan.findings.find((f) => f.id === id);
    return finding ? [`${FINDING_KIND_NAMES[finding.kind]} ${finding.number}`] : [];
  });
  if (findings.length > 0) blocks.push({ runs: [{ bold: 'Answers: ' }, `${listWords(findings)}.`] });
  if (source?.description) blocks.push(text(source.description));
  if (ws.leads.length > 0) blocks.push({ runs: [{ bold: 'Leads: ' }, `${ws.leads.map(leadWords).join('; ')}.`] });
  const board = source?.boardId ? analysis.plan.boards.find((b) => b.id === source.boardId) : undefined;
  if (board) blocks.push({ runs: [{ bold: 'Reports to: ' }, `${board.name}.`] });
  const start = ws.entered?.start ?? ws.start;
  const finish = ws.entered?.finish ?? ws.finish;
  const days = ws.entered?.durationDays ?? ws.durationDays;
  if (start && finish) {
    blocks.push({
      runs: [
        { bold: 'When: ' },
        `${formatDate(start)} to ${formatDate(finish)}${days === undefined ? '' : `, ${count(days, 'working day')}`}. ${progressPercent(ws)} complete.`,
      ],
    });
  }
  if (ws.rag.status !== 'unrated') blocks.push({ runs: [{ bold: 'RAG: ' }, `${ws.rag.label}, ${ws.rag.headline}.`] });
  if (source && source.outcomes.length > 0) {
    blocks.push(
      { runs: [{ bold: 'The outcomes we are aiming for' }], keepNext: true },
      ...source.outcomes.map((outcome, i) => text(`${outcome.number ?? i + 1}. ${outcome.text}`)),
    );
  }

  const rows: DocxCell[][] = [];
  const add = (id: string) => {
    const action = analysis.actionsById.get(id);
    if (!action) return;
    rows.push(actionRow(action));
    action.childIds.forEach(add);
  };
  ws.topLevelActionIds.forEach(add);
  if (rows.length > 0) {
    blocks.push(
      table({
        caption: `Actions: ${workstreamName(ws)}`,
        description: `The ${count(rows.length, 'action')} of ${workstreamName(ws)}, with leads, dates, progress and RAG as of ${formatDate(analysis.asOf, 'long')}.`,
        header: ['Ref', 'Action', 'Lead', 'Start', 'Finish', 'Working days', '% complete', 'RAG', 'Why, and the latest update'],
        weights: [0.8, 3.6, 1, 1.2, 1.2, 1.2, 1.35, 1.1, 3.55],
        rows,
      }),
    );
  }
  return blocks;
}

function actionRow(action: ActionAnalysis): DocxCell[] {
  const { differenceForFamilies, successCriteria, evidence } = action.source;
  const indent = action.depth * 284;
  const labelled = (label: string, ...runs: DocxRun[]): DocxParagraph => ({ runs: [{ bold: `${label}: ` }, ...runs], indent });
  const update = action.lastUpdate;
  const why: DocxParagraph[] = action.rag.reasons.map((line) => para(line));
  if (update?.commentary) why.push(labelled(`Update ${formatDate(update.date)}`, update.commentary));
  if (update?.mitigation) why.push(labelled('Mitigation', update.mitigation));
  if (update?.impactIfNotMitigated) why.push(labelled('Impact if not mitigated', update.impactIfNotMitigated));
  if (update?.impactSustained !== undefined)
    why.push(labelled('Impact sustained', `${update.impactSustained ? 'yes' : 'no'}, as of ${formatDate(update.date)}`));
  return [
    cellOf(action.ref),
    {
      paragraphs: [
        { runs: [action.title], indent },
        ...(differenceForFamilies ? [labelled('What will be different', differenceForFamilies)] : []),
        ...(successCriteria.length > 0 ? [labelled('Success looks like', successCriteria.join('; '))] : []),
        ...evidence.map((item) => labelled('Evidence', { link: item.url, text: item.title })),
      ],
    },
    cellOf(action.leads.map((lead) => lead.initials).join('/')),
    cellOf(action.start && !action.milestone ? formatDate(action.start) : ''),
    cellOf(action.finish ? formatDate(action.finish) : ''),
    cellOf(action.milestone ? 'Milestone' : action.durationDays === undefined ? '' : String(action.durationDays)),
    cellOf(progressPercent(action)),
    ragCell(action.rag),
    { paragraphs: why },
  ];
}

function measureTable(analysis: PlanAnalysis): DocxBlock {
  const at = (value: number, unit: string, date: IsoDate) => `${formatMeasureValue(value, unit)} (${formatDate(date)})`;
  return table({
    caption: 'Impact measures',
    description: `Each measure of impact: where it started, its target, the latest figure and whether it is on track as of ${formatDate(analysis.asOf, 'long')}.`,
    header: ['Measure', 'Baseline', 'Target', 'Latest', 'Where it stands', 'Why'],
    weights: [4, 2, 2, 2, 2, 4],
    rows: analysis.plan.measures.map((measure) => {
      const assessment = assessMeasure(measure, analysis.asOf);
      const { latest } = assessment;
      return [
        { paragraphs: [para(measure.title), ...(measure.source ? [para(`Source: ${measure.source}`)] : [])] },
        cellOf(at(measure.baseline.value, measure.unit, measure.baseline.date)),
        cellOf(at(measure.target.value, measure.unit, measure.target.date)),
        cellOf(latest ? at(latest.value, measure.unit, latest.date) : 'None yet'),
        { paragraphs: [para(assessment.label)], fill: RAG_FILLS[assessment.rag] },
        { paragraphs: assessment.reasons.map((line) => para(line)) },
      ];
    }),
  });
}

/** A link whose text is its address, less any `mailto:`. */
function linkCell(url: string | undefined): DocxCell {
  return url ? { paragraphs: [{ runs: [{ link: url, text: url.replace(/^mailto:/i, '') }] }] } : cellOf('');
}

function ragCell(rag: RagResult): DocxCell {
  if (rag.status === 'unrated') return cellOf('');
  // An override's reasons, first in the next column, say who set it and what the rule computed.
  return { paragraphs: [para(rag.label)], fill: RAG_FILLS[rag.status] };
}

function leadWords(lead: WorkstreamAnalysis['leads'][number]): string {
  const about = [lead.name, lead.jobTitle].filter(Boolean).join(', ');
  return about ? `${lead.initials} (${about})` : lead.initials;
}

interface TableSpec extends Omit<DocxTable, 'widths'> {
  /** Each column's share of the page's width. */
  readonly weights: readonly number[];
}

/** A table as wide as the page, its columns in the shares given. */
function table(spec: TableSpec): DocxBlock {
  const total = spec.weights.reduce((sum, w) => sum + w, 0);
  const widths = spec.weights.map((w) => Math.floor((w / total) * DOCX_TEXT_WIDTH));
  widths[widths.length - 1] = DOCX_TEXT_WIDTH - widths.slice(0, -1).reduce((sum, w) => sum + w, 0);
  const { weights: _weights, ...rest } = spec;
  return { table: { ...rest, widths } };
}

const heading = (level: HeadingLevel, words: string): DocxParagraph => ({ style: `Heading${level}`, runs: [words] });
const text = (words: string): DocxParagraph => ({ runs: [words] });
const para = (...runs: DocxRun[]): DocxParagraph => ({ runs });
const cellOf = (words: string): DocxCell => ({ paragraphs: words === '' ? [] : [para(words)] });
const count = (n: number, noun: string) => plural(n, noun, `${noun}s`);
