import { describe, expect, it } from 'vitest';
import type { Feedback } from '../model/coproduction.js';
import { parsePlan } from '../model/parsePlan.js';
import type { Plan } from '../model/plan.js';
import { samplePlans } from '../samples/index.js';
import { feedbackRegister } from './feedbackRegister.js';

function sample(name: keyof typeof samplePlans): Plan {
  const result = parsePlan(samplePlans[name]);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result.value;
}

const plan = (feedback: Feedback[]): Pick<Plan, 'feedback' | 'workstreams' | 'actions'> => ({ feedback, workstreams: [], actions: [] });
const entry = (over: Partial<Feedback> & Pick<Feedback, 'id'>): Feedback => ({
  youSaid: `Comment ${over.id}`,
  status: 'received',
  receivedOn: '2022-05-03',
  anonymised: true,
  ...over,
});

describe('feedbackRegister', () => {
  it('publishes BCP’s register newest first, naming the workstream and action each answers', () => {
    const register = feedbackRegister(sample('bcp'), { asOf: '2022-03-03' });
    expect(
      register.entries.map((e) => [
        e.id,
        e.statusLabel,
        e.receivedOn,
        e.respondedOn,
        e.workingDaysToRespond,
        e.workstream?.text,
        e.action?.ref,
      ]),
    ).toEqual([
      // 20 Sep 2021 to 10 Jan 2022: 79 weekdays less 27 and 28 December and 3 January.
      ['f2', 'In progress', '2021-09-20', '2022-01-10', 77, 'Workstream 1: Culture and partnership', '1.1'],
      // 9 Aug to 24 Nov 2021: 77 weekdays less the August bank holiday.
      ['f1', 'Done', '2021-08-09', '2021-11-24', 76, 'Workstream 3: Co-production', undefined],
    ]);
    expect(register.counts).toEqual({ received: 0, 'in-progress': 1, done: 1, 'not-taken-forward': 0 });
    expect(register.sentence).toBe('2 comments published; 2 have a response.');
  });

  it('counts how long an unanswered comment has waited, in working days', () => {
    const register = feedbackRegister(sample('northbrook'), { asOf: '2024-11-22' });
    expect(register.entries.map((e) => [e.id, e.status, e.workingDaysToRespond, e.workingDaysWaiting])).toEqual([
      ['f3', 'received', undefined, 8],
      ['f2', 'in-progress', 30, undefined],
      ['f1', 'done', 56, undefined],
    ]);
    expect([register.responded, register.awaitingResponse]).toEqual([2, 1]);
    expect(register.sentence).toBe('3 comments published; 2 have a response.');
  });

  it('holds back comments not yet anonymised, and says how many', () => {
    const register = feedbackRegister(
      plan([
        entry({ id: 'a' }),
        entry({ id: 'b', anonymised: false }),
        entry({ id: 'c', anonymised: false }),
        entry({ id: 'd', receivedOn: '2022-06-01' }),
      ]),
      { asOf: '2022-05-20' },
    );
    expect(register.entries.map((e) => e.id)).toEqual(['a']);
    expect(register.withheld).toEqual({ notAnonymised: 2, receivedLater: 1 });
    expect(register.sentence).toBe('1 comment published; 0 have a response. 2 more are not shown until they are anonymised.');
    expect(feedbackRegister(plan([entry({ id: 'b', anonymised: false })]), { asOf: '2022-05-20' }).sentence).toBe(
      'No comments published yet. 1 more is not shown until it is anonymised.',
    );
  });

  it('shows a response only from the day it is dated', () => {
    const answered = entry({ id: 'a', status: 'done', weDid: 'We fixed it.', respondedOn: '2022-05-31' });
    // Received Tuesday 3 May 2022, the day after the May bank holiday: 4 May is working day 1.
    const before = feedbackRegister(plan([answered]), { asOf: '2022-05-30' });
    expect(before.entries).toEqual([
      { id: 'a', youSaid: 'Comment a', status: 'received', statusLabel: 'Received', receivedOn: '2022-05-03', workingDaysWaiting: 19 },
    ]);
    expect(before.counts.done).toBe(0);
    const after = feedbackRegister(plan([answered]), { asOf: '2022-05-31' });
    expect(after.entries[0]).toMatchObject({ status: 'done', weDid: 'We fixed it.', respondedOn: '2022-05-31', workingDaysToRespond: 20 });
    expect(after.entries[0]?.workingDaysWaiting).toBeUndefined();
  });

  it('keeps a response that has no date, and keeps the plan’s order among comments of one day', () => {
    const register = feedbackRegister(
      plan([
        entry({ id: 'x', weDid: 'Answered on the day.', status: 'not-taken-forward' }),
        entry({ id: 'y' }),
        entry({ id: 'z', receivedOn: '2022-05-04' }),
      ]),
      { asOf: '2022-05-05' },
    );
    expect(register.entries.map((e) => [e.id, e.statusLabel, e.weDid, e.workingDaysToRespond, e.workingDaysWaiting])).toEqual([
      ['z', 'Received', undefined, undefined, 1],
      ['x', 'Not taken forward', 'Answered on the day.', undefined, undefined],
      ['y', 'Received', undefined, undefined, 2],
    ]);
    expect(register.sentence).toBe('3 comments published; 1 has a response.');
  });
});
