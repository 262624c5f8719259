import type { FeedbackSubmission } from '@wsoa-kit/core';

/**
 * Posts a checked comment, with the plan's id, as JSON to the council's own address. Rejects with
 * a sentence a person can read when the server cannot be reached or answers with an error, so the
 * form can say so and keep what was written.
 *
 * @example
 * await sendFeedback('https://www.example.gov.uk/api/send-feedback', 'torbay-wsoa-2022', { youSaid: 'Hello', consentToPublish: false });
 */
export async function sendFeedback(
  url: string,
  planId: string,
  submission: FeedbackSubmission,
  fetcher: typeof fetch = fetch,
): Promise<void> {
  let response: Response;
  try {
    response = await fetcher(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ planId, ...submission }),
    });
  } catch {
    throw new Error('the council’s website could not be reached');
  }
  if (!response.ok) throw new Error(`the council’s website answered ${response.status} ${response.statusText}`.trimEnd());
}
