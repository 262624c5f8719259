import { describe, expect, it } from 'vitest';
import { splitPeriod } from '../calendar/splitPeriod.js';
import { parseEhcReviews, type EhcReview } from '../model/ehcReview.js';
import { reviewDueDates, reviewMeasureActual, reviewTimeliness } from './reviewTimeliness.js';

// A quarter's reviews (1 Jan to 31 Mar 2024), each on one edge of a rule.
const reviews: EhcReview[] = [
  // Met on the last day of the 12 months starting with its last review; kept, in time.
  { ref: 'A', dueFrom: '2023-03-15', meetingOn: '2024-03-14', decidedOn: '2024-03-28', decision: 'keep' },
  // Met a day late, decided a day late, amended in time.
  { ref: 'B', dueFrom: '2023-01-10', meetingOn: '2024-01-10', decidedOn: '2024-02-08', decision: 'amend', amendedIssuedOn: '2024-03-20' },
  // No meeting, 12 months past.
  { ref: 'C', dueFrom: '2023-02-01' },
  // Before a move to secondary school: amended on 14 Feb, the last day, though over 8 weeks from the decision.
  {
    ref: 'D',
    dueFrom: '2023-06-01',
    meetingOn: '2023-11-20',
    decidedOn: '2023-12-01',
    decision: 'amend',
    amendedIssuedOn: '2024-02-14',
    transfer: 'phase',
    transferYear: 2024,
  },
  // Before a move to college: decided late, and the amended plan still to come.
  {
    ref: 'E',
    dueFrom: '2023-05-01',
    meetingOn: '2023-12-05',
    decidedOn: '2024-01-10',
    decision: 'amend',
    transfer: 'post-16',
    transferYear: 2024,
  },
  // Ceased, in time.
  { ref: 'F', dueFrom: '2023-04-20', meetingOn: '2024-02-01', decidedOn: '2024-02-20', decision: 'cease' },
  // Met late; its decision not yet due.
  { ref: 'G', dueFrom: '2023-03-01', meetingOn: '2024-03-10' },
  // Met in time; its decision 8 weeks late.
  { ref: 'H', dueFrom: '2023-01-15', meetingOn: '2024-01-05' },
  // Not due until October.
  { ref: 'I', dueFrom: '2023-10-01' },
  // Ceased before the quarter.
  { ref: 'J', dueFrom: '2022-12-01', meetingOn: '2023-11-01', decidedOn: '2023-11-20', decision: 'cease' },
];
const quarter = { from: '2024-01-01', to: '2024-03-31' };

describe('reviewDueDates', () => {
  it('gives 12 months to the meeting, 4 weeks to the decision and 8 weeks from it to the amended plan', () => {
    expect(reviewDueDates(reviews[1] as EhcReview)).toEqual({ meetingBy: '2024-01-09', decisionBy: '2024-02-07', amendedBy: '2024-04-04' });
  });

  it('ends a transfer review before 15 February, or before 31 March for a move to post-16', () => {
    expect(reviewDueDates(reviews[3] as EhcReview).transferBy).toBe('2024-02-14');
    expect(reviewDueDates(reviews[4] as EhcReview).transferBy).toBe('2024-03-30');
  });

  it('lets the deadline day itself count when a council reports "by 15 February", as the Code of Practice words it', () => {
    expect(reviewDueDates(reviews[3] as EhcReview, { transferDeadline: 'by' }).transferBy).toBe('2024-02-15');
    expect(reviewDueDates(reviews[4] as EhcReview, { transferDeadline: 'by' }).transferBy).toBe('2024-03-31');
    expect(reviewDueDates(reviews[3] as EhcReview, { transferDeadline: 'before' }).transferBy).toBe('2024-02-14');
    // A plan amended on 15 February is late under the regulation and in time under the Code.
    const onTheDay: EhcReview = {
      ref: 'T',
      dueFrom: '2023-05-20',
      meetingOn: '2024-01-10',
      decidedOn: '2024-01-20',
      decision: 'amend',
      amendedIssuedOn: '2024-02-15',
      transfer: 'phase',
      transferYear: 2024,
    };
    expect(reviewTimeliness([onTheDay], quarter).transfers).toEqual({ count: 1, inTime: 0, percent: 0 });
    expect(reviewTimeliness([onTheDay], { ...quarter, transferDeadline: 'by' }).transfers).toEqual({ count: 1, inTime: 1, percent: 100 });
  });

  it('ends the 12 months the day before the same date a year on, or on the month’s last day after 29 February', () => {
    // Section 44(1): "the period of 12 months starting with the date on which the plan was first made".
    expect(reviewDueDates({ ref: 'R', dueFrom: '2023-05-20' }).meetingBy).toBe('2024-05-19');
    expect(reviewDueDates({ ref: 'R', dueFrom: '2024-01-01' }).meetingBy).toBe('2024-12-31');
    expect(reviewDueDates({ ref: 'R', dueFrom: '2024-02-29' }).meetingBy).toBe('2025-02-28');
    expect(reviewDueDates({ ref: 'R', dueFrom: '2023-03-01' }).meetingBy).toBe('2024-02-29');
  });

  it('keeps to calendar days across the clocks changing', () => {
    // The clocks went forward on 31 Mar 2024: 4 weeks from 20 Mar is still 17 Apr.
    expect(reviewDueDates({ ref: 'R', dueFrom: '2023-04-01', meetingOn: '2024-03-20' }).decisionBy).toBe('2024-04-17');
  });
});

describe('reviewTimeliness', () => {
  const t = reviewTimeliness(reviews, quarter);

  it('counts the meetings, decisions, amended plans and transfer reviews of the period against their limits', () => {
    expect(t.meetings).toEqual({ count: 5, inTime: 3, percent: 60 });
    expect(t.decisions).toEqual({ count: 4, inTime: 2, percent: 50, keep: 1, amend: 2, cease: 1 });
    expect(t.amendedPlans).toEqual({ count: 2, inTime: 1, percent: 50 });
    expect(t.transfers).toEqual({ count: 2, inTime: 1, percent: 50 });
  });

  it('cautions before publishing when a figure, or the difference of two, is below 5, and not when asked not to', () => {
    expect(t.caution).toBe(
      'Some of these figures count fewer than 5 (the smallest is 1). Figures this small can point to a child or family: check them before publishing, or publish a longer period.',
    );
    expect(reviewTimeliness(reviews, { ...quarter, smallCountsBelow: 0 }).caution).toBeUndefined();
    // Six meetings all on time: nothing counts from 1 to 4, since none was late.
    const onTime = Array.from({ length: 6 }, (_, i) => ({ ref: `M${i}`, dueFrom: '2023-05-20', meetingOn: '2024-03-10' }));
    const six = reviewTimeliness(onTime, quarter);
    expect([six.meetings, six.caution]).toEqual([{ count: 6, inTime: 6, percent: 100 }, undefined]);
    // One of them late: the single late meeting could point to a family.
    const oneLate = reviewTimeliness([...onTime.slice(1), { ref: 'L', dueFrom: '2023-02-20', meetingOn: '2024-03-10' }], quarter);
    expect(oneLate.caution).toMatch(/^Some of these figures count fewer than 5 \(the smallest is 1\)\./);
  });

  it('names the reviews past each limit at the end of the period', () => {
    expect([t.meetingsOverdue, t.decisionsOverdue, t.amendmentsOverdue]).toEqual([['C'], ['H'], ['E']]);
  });

  it('says it in sentences that name no case', () => {
    expect(t.sentences).toEqual([
      '5 review meetings were held from 1 Jan 2024 to 31 Mar 2024; 3 of them within 12 months of the plan or its last review (60.0%).',
      '4 decisions after a review were made from 1 Jan 2024 to 31 Mar 2024; 2 within 4 weeks of the meeting (50.0%): 1 to keep the plan as it is, 2 to amend it and 1 to cease it.',
      '2 amended plans were issued from 1 Jan 2024 to 31 Mar 2024; 1 within 8 weeks of the decision to amend (50.0%).',
      '2 reviews before a move between phases were due from 1 Jan 2024 to 31 Mar 2024; 1 finished in time (50.0%).',
      'On 31 Mar 2024, 1 review was past 12 months without a meeting, 1 decision was past 4 weeks from the meeting and 1 amended plan was past 8 weeks from the decision.',
    ]);
  });

  it('counts what was overdue as it stood at the end of each period', () => {
    const [january, february, march] = splitPeriod('2024-01-01', '2024-03-31', 'month').map((period) => reviewTimeliness(reviews, period));
    // On 31 Jan, C's 12 months ended that day, but D's amended plan was past 8 weeks (26 Jan); it came on 14 Feb.
    expect([january?.meetingsOverdue, january?.decisionsOverdue, january?.amendmentsOverdue]).toEqual([[], [], ['D']]);
    // On 29 Feb, C had no meeting and H no decision (due 2 Feb).
    expect([february?.meetingsOverdue, february?.decisionsOverdue, february?.amendmentsOverdue]).toEqual([['C'], ['H'], []]);
    expect(march?.transfers).toEqual({ count: 1, inTime: 0, percent: 0 });
  });

  it('says so when nothing happened, and gives no share', () => {
    const quiet = reviewTimeliness([reviews[8] as EhcReview], quarter);
    expect(quiet.meetings).toEqual({ count: 0, inTime: 0 });
    expect(quiet.sentences).toEqual(['No review meetings were held from 1 Jan 2024 to 31 Mar 2024.']);
    expect(reviewMeasureActual(quiet)).toBeUndefined();
  });

  it('refuses a period that is not two dates in order', () => {
    expect(() => reviewTimeliness(reviews, { from: '2024-03-31', to: '2024-01-01' })).toThrow(RangeError);
  });
});

describe('reviewMeasureActual', () => {
  it('gives the chosen figure as an actual dated the end of the period', () => {
    const t = reviewTimeliness(reviews, quarter);
    expect(reviewMeasureActual(t)).toEqual({ date: '2024-03-31', value: 60, note: '3 of 5 review meetings within 12 months' });
    expect(reviewMeasureActual(t, 'decisions')).toEqual({
      date: '2024-03-31',
      value: 50,
      note: '2 of 4 decisions within 4 weeks of the meeting',
    });
    expect(reviewMeasureActual(t, 'transfers')).toEqual({
      date: '2024-03-31',
      value: 50,
      note: '1 of 2 transfer reviews finished before the deadline',
    });
  });
});

describe('parseEhcReviews', () => {
  it('reads a list of reviews', () => {
    const result = parseEhcReviews(reviews);
    expect(result.ok && result.value).toEqual(reviews);
  });

  it('checks each review’s dates follow one another, and that no review is given twice', () => {
    const result = parseEhcReviews([
      { ref: 'R-1', dueFrom: '2023-05-20', meetingOn: '2023-05-01' },
      { ref: 'R-2', dueFrom: '2023-05-20', decidedOn: '2024-05-30', decision: 'keep' },
      { ref: 'R-3', dueFrom: '2023-05-20', meetingOn: '2024-05-09', decidedOn: '2024-05-01', amendedIssuedOn: '2024-06-01' },
      {
        ref: 'R-4',
        dueFrom: '2023-05-20',
        meetingOn: '2024-05-09',
        decidedOn: '2024-05-30',
        decision: 'amend',
        amendedIssuedOn: '2024-05-29',
      },
      { ref: 'R-4', dueFrom: '2023-05-20', transfer: 'phase' },
      { ref: 'R-4', dueFrom: '2024-05-09', transferYear: 2025, decision: 'cease' },
    ]);
    expect(result.problems.map((p) => p.message)).toEqual([
      '[0].meetingOn: expected a date on or after the plan was issued or last reviewed (20 May 2023), found "2023-05-01".',
      '[1].meetingOn: expected the review meeting the decision of 30 May 2024 follows, found nothing.',
      '[2].decidedOn: expected a date on or after the review meeting (9 May 2024), found "2024-05-01".',
      '[2].decision: expected what was decided on 1 May 2024: "keep", "amend" or "cease", found nothing.',
      '[2].amendedIssuedOn: expected an amended plan only after a decision to amend, found "2024-06-01".',
      '[3].amendedIssuedOn: expected a date on or after the decision to amend (30 May 2024), found "2024-05-29".',
      '[4].ref: expected each review given once; R-4\'s review due from 20 May 2023 is also at [3], found "R-4".',
      '[4].transferYear: expected the year of the transfer, such as 2025, found nothing.',
      '[5].decidedOn: expected the date of the decision to cease the plan, found nothing.',
      '[5].transfer: expected the transfer in 2025: "phase" or "post-16", found nothing.',
    ]);
  });

  it('names a field of the wrong shape', () => {
    expect(
      parseEhcReviews([{ ref: 'R-1', dueFrom: '2023-05-20', transfer: 'phase', transferYear: 'next' }]).problems.map((p) => p.message),
    ).toEqual(['[0].transferYear: expected a year, such as 2025, found "next".']);
  });
});
