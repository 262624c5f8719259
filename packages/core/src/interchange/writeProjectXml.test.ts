import { describe, expect, it } from 'vitest';
import { analysePlan } from '../analysis/analysePlan.js';
import { validPlan } from '../model/fixtures.js';
import { parsePlan } from '../model/parsePlan.js';
import type { Plan, PlanInput } from '../model/plan.js';
import { samplePlans } from '../samples/index.js';
import { themedTorbay } from './fixtures/themed.js';
import { readProjectXml } from './readProjectXml.js';
import { readXml, type XmlElement } from './readXml.js';
import { writeProjectXml } from './writeProjectXml.js';

function parsed(input: PlanInput): Plan {
  const result = parsePlan(input);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result.value;
}

/** The written file's tree, and one element's children as [name, text] for those that hold text. */
function tree(xml: string): XmlElement {
  const read = readXml(xml);
  if (!read.ok) throw new Error(JSON.stringify(read.fault));
  return read.root;
}
const texts = (element: XmlElement | undefined) =>
  (element?.children ?? []).filter((c) => c.children.length === 0).map((c) => [c.name, c.text]);
const childNamed = (element: XmlElement | undefined, name: string) => element?.children.find((c) => c.name === name);

const torbay = parsed(samplePlans.torbay);
const bcp = parsed(samplePlans.bcp);
const northbrook = parsed(samplePlans.northbrook);

describe('writeProjectXml', () => {
  it('writes each workstream as a summary task and its actions under it, as Project saves them', () => {
    const project = tree(writeProjectXml(analysePlan(torbay, { asOf: '2022-05-22' })));
    const tasks = childNamed(project, 'Tasks')?.children ?? [];
    expect(tasks).toHaveLength(1 + torbay.workstreams.length + torbay.actions.length);
    expect(texts(tasks[1])).toEqual([
      ['UID', '1'],
      ['ID', '1'],
      ['Name', 'Focus Area 1 - JSNA'],
      ['WBS', '1'],
      ['OutlineNumber', '1'],
      ['OutlineLevel', '1'],
      ['Start', '2022-04-13T08:00:00'],
      ['Finish', '2023-04-12T17:00:00'],
      ['Duration', 'PT2088H0M0S'],
      ['DurationFormat', '7'],
      ['Milestone', '0'],
      ['Summary', '1'],
      ['PercentComplete', '5'],
    ]);
    expect(texts(tasks[2])).toEqual([
      ['UID', '2'],
      ['ID', '2'],
      ['Name', '1A Create a JSNA Data Group'],
      ['WBS', '1.1'],
      ['OutlineNumber', '1.1'],
      ['OutlineLevel', '2'],
      ['Start', '2022-04-13T08:00:00'],
      ['Finish', '2022-05-31T17:00:00'],
      ['Duration', 'PT280H0M0S'],
      ['DurationFormat', '7'],
      ['Milestone', '0'],
      ['Summary', '0'],
      ['PercentComplete', '5'],
      ['ConstraintType', '4'],
      ['ConstraintDate', '2022-04-13T08:00:00'],
    ]);
    // The analysis's RAG in the custom field named RAG; the status date is the analysis date.
    expect(childNamed(tasks[2], 'ExtendedAttribute')?.children.map((c) => c.text)).toEqual(['188743731', 'Red']);
    expect(texts(project).filter(([name]) => ['StatusDate', 'MinutesPerDay', 'CalendarUID'].includes(name as string))).toEqual([
      ['CalendarUID', '1'],
      ['MinutesPerDay', '480'],
      ['StatusDate', '2022-05-22T17:00:00'],
    ]);
    // Weekends only, as Torbay's durations count: no day off beyond the weekend.
    expect(childNamed(childNamed(childNamed(project, 'Calendars'), 'Calendar'), 'Exceptions')).toBeUndefined();
  });

  it('reads back as the plan it was written from: Torbay', () => {
    const back = readProjectXml(writeProjectXml(analysePlan(torbay, { asOf: '2022-05-22' })));
    expect(back.problems).toEqual([]);
    if (!back.ok) return;
    const fields = ({ id, ref, title, workstreamId, leads, start, finish, durationDays, percentComplete }: Record<string, unknown>) => ({
      id,
      ref,
      title,
      workstreamId,
      leads,
      start,
      finish,
      durationDays,
      percentComplete,
    });
    expect(back.value.actions.map(fields)).toEqual(torbay.actions.map(fields));
    expect(back.value.workstreams.map(({ id, ref, label, title, leads }) => [id, ref, label, title, leads])).toEqual(
      torbay.workstreams.map(({ id, ref, label, title, leads }) => [id, ref, label, title, leads]),
    );
    expect(back.value.calendar).toEqual({ region: 'england-and-wales', convention: 'weekends-only' });
    // Each dated action starts no earlier than its start: the dates read back keep that, so no note names it.
    expect(back.notes.filter((note) => note.includes('constraint'))).toEqual([]);
    expect(writeProjectXml(analysePlan(torbay, { asOf: '2022-05-22' })).match(/<ConstraintType>4<\/ConstraintType>/g)?.length).toBe(
      torbay.actions.length,
    );
  });

  it('writes a workstream within another under it, and reads the nesting back', () => {
    const themed = parsed(themedTorbay);
    const xml = writeProjectXml(analysePlan(themed, { asOf: '2022-05-22' }));
    const tasks = childNamed(tree(xml), 'Tasks')?.children ?? [];
    const outline = (name: RegExp) =>
      tasks
        .filter((t) => name.test(childNamed(t, 'Name')?.text ?? ''))
        .map((t) => [childNamed(t, 'Name')?.text, childNamed(t, 'OutlineNumber')?.text, childNamed(t, 'OutlineLevel')?.text]);
    expect(outline(/^(Strand|Focus Area [123] |1A |2A )/)).toEqual([
      ['Strand A - Knowing our children', '1', '1'],
      ['Focus Area 1 - JSNA', '1.1', '2'],
      ['1A Create a JSNA Data Group', '1.1.1', '3'],
      ['Focus Area 2 - Joint Commissioning', '1.2', '2'],
      ['2A Establish a Joint Commissioning Group', '1.2.1', '3'],
      ['Strand A.3 - Sharing what we know', '1.3', '2'],
      ['Focus Area 3 - SEND Strategy', '2', '1'],
    ]);
    const back = readProjectXml(xml);
    expect(back.problems).toEqual([]);
    if (!back.ok) return;
    expect(back.value.workstreams.map((w) => [w.id, w.label, w.ref, w.parentId])).toEqual(
      themed.workstreams.map((w) => [w.id, w.label, w.ref, w.parentId]),
    );
    expect(back.value.actions.map((a) => [a.id, a.workstreamId, a.parentId])).toEqual(
      themed.actions.map((a) => [a.id, a.workstreamId, a.parentId]),
    );
  });

  it('keeps links with their type and lag, baselines, and leads’ names and initials: BCP', () => {
    const back = readProjectXml(writeProjectXml(analysePlan(bcp, { asOf: '2022-09-30' })));
    expect(back.problems).toEqual([]);
    if (!back.ok) return;
    const refOf = new Map(bcp.actions.map((a) => [a.id, a.ref]));
    const links = (
      actions: readonly { ref: string; dependencies?: readonly { predecessorId: string; type?: string; lagDays?: number }[] }[],
      ref: (id: string) => string,
    ) => actions.flatMap((a) => (a.dependencies ?? []).map((d) => [a.ref, ref(d.predecessorId), d.type, d.lagDays]));
    expect(links(back.value.actions, (id) => id)).toEqual(links(bcp.actions, (id) => refOf.get(id) as string));
    expect(links(back.value.actions, (id) => id)).toHaveLength(6);
    // A project file keeps a baseline's dates, not the day it was set.
    expect(back.value.actions.map((a) => [a.ref, a.baseline])).toEqual(
      bcp.actions.map((a) => [a.ref, a.baseline && { start: a.baseline.start, finish: a.baseline.finish }]),
    );
    expect(bcp.actions.filter((a) => a.baseline?.setOn !== undefined)).toHaveLength(14);
    const people = (list: readonly { initials: string; name?: string }[]) => list.map(({ initials, name }) => [initials, name]).sort();
    const leading = new Set([...bcp.actions, ...bcp.workstreams].flatMap((x) => x.leads.map((l) => l.personId)));
    expect(people(back.value.people)).toEqual(people(bcp.people.filter((p) => leading.has(p.id))));
    expect(back.value.calendar).toEqual({ region: 'england-and-wales', convention: 'weekends-and-holidays' });
  });

  it('keeps closure days by name, milestones and the latest returns: Northbrook', () => {
    const analysis = analysePlan(northbrook, { asOf: '2024-11-22' });
    const xml = writeProjectXml(analysis);
    const back = readProjectXml(xml);
    expect(back.problems).toEqual([]);
    if (!back.ok) return;
    expect(back.value.calendar).toEqual(northbrook.calendar);
    expect(back.value.actions.filter((a) => a.milestone).map((a) => a.ref)).toEqual(
      northbrook.actions.filter((a) => a.milestone).map((a) => a.ref),
    );
    const returned = analysis.actions
      .filter((a) => a.lastUpdate?.commentary !== undefined)
      .map((a) => [
        a.ref,
        a.lastUpdate?.commentary,
        a.lastUpdate?.mitigation,
        a.lastUpdate?.impactIfNotMitigated,
        a.lastUpdate?.impactSustained,
      ]);
    expect(returned.length).toBeGreaterThan(0);
    expect(
      back.value.actions
        .filter((a) => a.updates?.[0]?.commentary !== undefined)
        .map((a) => [
          a.ref,
          a.updates?.[0]?.commentary,
          a.updates?.[0]?.mitigation,
          a.updates?.[0]?.impactIfNotMitigated,
          a.updates?.[0]?.impactSustained,
        ]),
    ).toEqual(returned);
    const fields = childNamed(tree(xml), 'ExtendedAttributes')?.children.map((f) => childNamed(f, 'Alias')?.text);
    expect(fields).toEqual(['RAG', 'Commentary', 'Mitigation', 'Impact if not mitigated', 'Impact sustained']);
  });

  it('keeps sub-actions under their parent, and escapes text so none of it becomes markup', () => {
    const input = validPlan();
    const workstreamId = input.workstreams?.[0]?.id as string;
    const title = 'Parent <script>alert("x")</script> & co';
    const plan = parsed({
      ...input,
      actions: [
        { id: 'p', ref: '1A', title, workstreamId },
        { id: 'c1', ref: '1A.1', title: 'First child', workstreamId, parentId: 'p', start: '2022-04-13', durationDays: 5 },
        { id: 'c2', ref: '1A.2', title: 'Second child', workstreamId, parentId: 'p', start: '2022-04-25', durationDays: 5 },
      ],
    });
    const xml = writeProjectXml(analysePlan(plan, { asOf: '2022-05-22' }));
    expect(xml).toContain('<Name>1A Parent &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co</Name>');
    const back = readProjectXml(xml);
    expect(back.problems).toEqual([]);
    expect(back.ok && back.value.actions.map((a) => [a.ref, a.title, a.parentId, a.start, a.finish])).toEqual([
      ['1A', title, undefined, '2022-04-13', '2022-04-29'],
      // Five working days from 13 April 2022 skip Good Friday and Easter Monday.
      ['1A.1', 'First child', '1A', '2022-04-13', '2022-04-21'],
      ['1A.2', 'Second child', '1A', '2022-04-25', '2022-04-29'],
    ]);
  });

  it('writes the return’s fields only where some action fills them, unless asked', () => {
    const aliases = (xml: string) => childNamed(tree(xml), 'ExtendedAttributes')?.children.map((f) => childNamed(f, 'Alias')?.text);
    const analysis = analysePlan(torbay, { asOf: '2022-05-22' });
    expect(aliases(writeProjectXml(analysis))).toEqual(['RAG']);
    expect(aliases(writeProjectXml(analysis, { latestReturn: true }))).toEqual([
      'RAG',
      'Commentary',
      'Mitigation',
      'Impact if not mitigated',
      'Impact sustained',
    ]);
    expect(aliases(writeProjectXml(analysePlan(northbrook, { asOf: '2024-11-22' }), { latestReturn: false }))).toEqual(['RAG']);
  });
});
