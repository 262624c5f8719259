import { describe, expect, it, vi } from 'vitest';
import { sendFeedback } from './sendFeedback.js';

const url = 'https://www.example.gov.uk/api/send-feedback';

describe('sendFeedback', () => {
  it('posts the comment and the plan’s id as JSON', async () => {
    const fetcher = vi.fn(async () => new Response(null, { status: 204 }));
    await sendFeedback(url, 'torbay', { youSaid: 'Hello', consentToPublish: true }, fetcher);
    expect(fetcher.mock.calls).toEqual([
      [
        url,
        {
          method: 'POST',
          credentials: 'same-origin',
          headers: { 'content-type': 'application/json', accept: 'application/json' },
          body: '{"planId":"torbay","youSaid":"Hello","consentToPublish":true}',
        },
      ],
    ]);
  });

  it('rejects with a sentence when the server cannot be reached or answers with an error', async () => {
    const failing = vi.fn(async (): Promise<Response> => {
      throw new TypeError('Failed to fetch');
    });
    await expect(sendFeedback(url, 'torbay', { youSaid: 'Hello', consentToPublish: true }, failing)).rejects.toThrow(
      'the council’s website could not be reached',
    );
    const erroring = vi.fn(async () => new Response('', { status: 503, statusText: 'Service Unavailable' }));
    await expect(sendFeedback(url, 'torbay', { youSaid: 'Hello', consentToPublish: true }, erroring)).rejects.toThrow(
      'the council’s website answered 503 Service Unavailable',
    );
  });
});
