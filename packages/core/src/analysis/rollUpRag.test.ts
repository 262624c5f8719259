import { describe, expect, it } from 'vitest';
import { DEFAULT_RAG_RULES, resolveRagRules, type RagStatusOrUnrated } from '../rag/ragRules.js';
import { rollUpRag, type RatedItem } from './rollUpRag.js';
import type { RagResult } from './types.js';

const item = (ref: string, status: RagStatusOrUnrated): RatedItem => ({ ref, rag: { status } as RagResult });
const majority = resolveRagRules({ rollUp: 'majority' });

describe('rollUpRag', () => {
  it('takes the worst status by default and names the actions that have it', () => {
    const rag = rollUpRag(
      [item('2A.1', 'green'), item('2A.2', 'red'), item('2A.3', 'amber'), item('2A.4', 'red'), item('2A.5', 'unrated')],
      DEFAULT_RAG_RULES,
    );
    expect(rag).toEqual({
      status: 'red',
      label: 'Red',
      computed: 'red',
      computedLabel: 'Red',
      verdict: 'roll-up',
      reasons: ['Worst of 4 rated actions: 2A.2, 2A.4 are Red'],
      headline: 'worst of its actions is Red',
      severity: 4,
    });
  });

  it('names three of the worst and counts the rest', () => {
    const items = ['1', '2', '3', '4', '5'].map((ref) => item(ref, 'amber'));
    expect(rollUpRag([item('0', 'blue'), ...items], DEFAULT_RAG_RULES, 'workstream').reasons).toEqual([
      'Worst of 6 rated workstreams: 1, 2, 3 and 2 more are Amber',
    ]);
  });

  it('takes the most common status when the rules say majority, the more severe on a tie', () => {
    expect(rollUpRag([item('a', 'green'), item('b', 'green'), item('c', 'amber'), item('d', 'red')], majority)).toMatchObject({
      status: 'green',
      reasons: ['Most common of 4 rated actions: 2 Green'],
      headline: 'most of its actions are Green',
    });
    expect(rollUpRag([item('a', 'green'), item('b', 'amber'), item('c', 'unrated')], majority)).toMatchObject({
      status: 'amber',
      reasons: ['Most common of 2 rated actions: 1 Amber'],
    });
  });

  it("uses each rule set's own names in its headlines, for workstreams as for actions", () => {
    const council = resolveRagRules({ labels: { red: 'Off track', amber: 'At risk' } });
    const items = [item('1', 'amber'), item('2', 'red')];
    expect(rollUpRag(items, council, 'workstream')).toMatchObject({
      reasons: ['Worst of 2 rated workstreams: 2 is Off track'],
      headline: 'worst of its workstreams is Off track',
    });
    expect(rollUpRag(items, council).headline).toBe('worst of its actions is Off track');
    expect(rollUpRag(items, DEFAULT_RAG_RULES, 'workstream').headline).toBe('worst of its workstreams is Red');
    expect(rollUpRag([item('1', 'amber')], majority, 'workstream')).toMatchObject({
      reasons: ['Most common of 1 rated workstream: 1 Amber'],
      headline: 'most of its workstreams are Amber',
    });
  });

  it('says when there is nothing to roll up, or nothing rated yet', () => {
    expect(rollUpRag([], DEFAULT_RAG_RULES)).toMatchObject({
      status: 'unrated',
      reasons: ['No actions to roll up'],
      headline: 'no actions',
    });
    expect(rollUpRag([item('a', 'unrated')], majority)).toMatchObject({
      status: 'unrated',
      reasons: ['None of its actions can be rated yet'],
      headline: 'not rated yet',
      severity: -1,
    });
  });
});
