import { samplePlans } from '@wsoa-kit/core/samples';
import { describe, expect, it } from 'vitest';
import { loadPlan } from './loadPlan.js';

const url = 'https://www.example.gov.uk/plan.json';
const answering =
  (response: Response | Error): typeof fetch =>
  async () => {
    if (response instanceof Error) throw response;
    return response;
  };

describe('loadPlan', () => {
  it('fetches and checks a plan', async () => {
    const loaded = await loadPlan(url, answering(new Response(JSON.stringify(samplePlans.torbay), { status: 200 })));
    expect(loaded.ok && loaded.result.ok && loaded.result.value.title).toBe('Torbay Written Statement of Action 2022');
  });

  it('keeps what parsePlan finds wrong with a document that is JSON', async () => {
    const loaded = await loadPlan(url, answering(new Response('{"formatVersion": 1}', { status: 200 })));
    expect(loaded.ok && !loaded.result.ok && loaded.result.problems.map((p) => p.message)).toEqual([
      'id: expected an id (text), found nothing.',
      'title: expected text, found nothing.',
      'kind: expected one of "wsoa", "accelerated-progress-plan", "priority-action-plan", "improvement-plan", found nothing.',
      'area: expected an object, found nothing.',
      'inspection: expected an object, found nothing.',
    ]);
  });

  it('says what went wrong when the plan cannot be fetched or read, naming the address', async () => {
    expect(await loadPlan(url, answering(new TypeError('Failed to fetch')))).toEqual({
      ok: false,
      error: `Could not fetch the plan from ${url}: Failed to fetch`,
    });
    expect(await loadPlan(url, answering(new Response('gone', { status: 410, statusText: 'Gone' })))).toEqual({
      ok: false,
      error: `Could not fetch the plan from ${url}: the server answered 410 Gone`,
    });
    expect(await loadPlan(url, answering(new Response('<!doctype html><p>Page not found</p>', { status: 200 })))).toEqual({
      ok: false,
      error: `The plan at ${url} is not JSON: Unexpected token '<', "<!doctype "... is not valid JSON`,
    });
  });
});
