import { describe, expect, it } from 'vitest';
import { parseFeedbackSubmission } from './feedbackSubmission.js';

const workstreams = { workstreams: [{ id: 'ws1' }, { id: 'ws2' }] } as Parameters<typeof parseFeedbackSubmission>[1];

describe('parseFeedbackSubmission', () => {
  it('reads a comment, trimming its text', () => {
    expect(
      parseFeedbackSubmission(
        {
          youSaid: '  The Local Offer is hard to search.\n',
          workstreamId: 'ws2',
          respondent: 'parent-carer',
          consentToPublish: true,
          email: 'a@example.com',
        },
        workstreams,
      ),
    ).toEqual({
      ok: true,
      problems: [],
      value: {
        youSaid: 'The Local Offer is hard to search.',
        workstreamId: 'ws2',
        respondent: 'parent-carer',
        consentToPublish: true,
        email: 'a@example.com',
      },
    });
  });

  it('names every bad field with what it expected and what it found', () => {
    const result = parseFeedbackSubmission({ youSaid: '   ', respondent: 'inspector', consentToPublish: 'yes', email: 'not an address' });
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => p.message)).toEqual([
      'youSaid: expected some text, found "   ".',
      'respondent: expected one of "parent-carer", "young-person", "practitioner", "other", found "inspector".',
      'consentToPublish: expected true or false, found "yes".',
      'email: expected an email address, like name@example.com, found "not an address".',
    ]);
  });

  it('refuses a comment too long to read, and a part of the plan the plan does not have', () => {
    expect(parseFeedbackSubmission({ youSaid: 'x'.repeat(5001), consentToPublish: false }).problems.map((p) => [p.at, p.expected])).toEqual(
      [['youSaid', 'at most 5000 characters']],
    );
    expect(parseFeedbackSubmission({ youSaid: 'x'.repeat(5000), consentToPublish: false }).ok).toBe(true);
    expect(
      parseFeedbackSubmission({ youSaid: 'Hello', consentToPublish: false, workstreamId: 'ws9' }, workstreams).problems.map(
        (p) => p.message,
      ),
    ).toEqual(['workstreamId: expected one of the plan\'s workstreams, found "ws9".']);
  });

  it('refuses fields a form does not send, and input that is not an object, without throwing', () => {
    expect(parseFeedbackSubmission({ youSaid: 'Hi', consentToPublish: true, name: 'Sam' }).problems.map((p) => p.at)).toEqual(['name']);
    expect(parseFeedbackSubmission(null).problems.map((p) => p.message)).toEqual(['(root): expected an object, found null.']);
  });
});
