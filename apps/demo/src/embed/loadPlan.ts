import { parsePlan, type ParseResult, type Plan } from '@wsoa-kit/core';

/** A plan document fetched and checked, or why it could not be fetched or read. */
export type LoadedPlan = { readonly ok: true; readonly result: ParseResult<Plan> } | { readonly ok: false; readonly error: string };

/**
 * Fetches a plan document and checks it with `parsePlan`. Never throws: a network failure, an
 * error status and a document that is not JSON each come back as a sentence naming the address.
 *
 * @example
 * const loaded = await loadPlan('https://council.example/send/plan.json');
 * if (loaded.ok && loaded.result.ok) analysePlan(loaded.result.value, { asOf: '2022-05-22' });
 */
export async function loadPlan(url: string, fetcher: typeof fetch = fetch): Promise<LoadedPlan> {
  let response: Response;
  try {
    response = await fetcher(url, { credentials: 'same-origin', headers: { accept: 'application/json' } });
  } catch (error) {
    return { ok: false, error: `Could not fetch the plan from ${url}: ${error instanceof Error ? error.message : String(error)}` };
  }
  if (!response.ok)
    return {
      ok: false,
      error: `Could not fetch the plan from ${url}: the server answered ${response.status} ${response.statusText}`.trimEnd(),
    };
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `The plan at ${url} is not JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  return { ok: true, result: parsePlan(json) };
}
