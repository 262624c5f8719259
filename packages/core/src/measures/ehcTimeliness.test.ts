import { describe, expect, it } from 'vitest';
import { parseEhcRequests, type EhcRequest } from '../model/ehcRequest.js';
import { ImpactMeasureSchema } from '../model/impactMeasure.js';
import { assessMeasure } from './assessMeasure.js';
import { ehcDueDates, ehcMeasureActual, ehcTimeliness, ehcTimelinessSeries } from './ehcTimeliness.js';

// A quarter's case records, each request chosen to sit on one edge of a rule (period 1 Jan to 31 Mar 2024).
const requests: EhcRequest[] = [
  // Issued on the last day of its 20 weeks: within.
  { ref: 'A', received: '2023-10-02', decidedOn: '2023-11-06', decision: 'assess', finalIssued: '2024-02-19' },
  // One day later: over 20 weeks, within a year.
  { ref: 'B', received: '2023-10-02', decidedOn: '2023-11-06', decision: 'assess', finalIssued: '2024-02-20' },
  // After the request's first anniversary: over a year.
  { ref: 'C', received: '2022-12-01', decidedOn: '2023-01-10', decision: 'assess', finalIssued: '2024-01-15' },
  // Late, but an exception applied.
  { ref: 'D', received: '2023-09-01', decidedOn: '2023-10-06', decision: 'assess', finalIssued: '2024-03-01', exception: 'setting-closed' },
  // Within 20 weeks, but only 10 days after its draft.
  { ref: 'E', received: '2023-11-01', decidedOn: '2023-12-08', decision: 'assess', draftIssued: '2024-03-08', finalIssued: '2024-03-18' },
  // Decided on the last day of its 6 weeks; plan not yet due.
  { ref: 'F', received: '2023-12-04', decidedOn: '2024-01-15', decision: 'assess' },
  // Decided a day late, not to assess, with an exception to the 6 weeks: the request ends there.
  { ref: 'G', received: '2024-01-08', decidedOn: '2024-02-20', decision: 'not-assess', decisionException: 'personal-circumstances' },
  // No decision yet, and past both limits.
  { ref: 'H', received: '2023-10-16' },
  // Withdrawn: it counts nowhere.
  { ref: 'I', received: '2023-09-04', decidedOn: '2023-10-09', decision: 'assess', withdrawnOn: '2024-02-01' },
  // Received a week before the period ends.
  { ref: 'J', received: '2024-03-25' },
  // Issued before the period.
  { ref: 'K', received: '2023-06-01', decidedOn: '2023-07-10', decision: 'assess', finalIssued: '2023-12-29' },
];
const quarter = { from: '2024-01-01', to: '2024-03-31' };

describe('ehcDueDates', () => {
  it('counts 6 and 20 weeks in calendar days from the day after the request, and 15 days from the draft', () => {
    expect(ehcDueDates({ ref: 'R-1', received: '2024-01-08', draftIssued: '2024-04-22' })).toEqual({
      decisionBy: '2024-02-19',
      finalPlanBy: '2024-05-27',
      finalNotBefore: '2024-05-07',
    });
  });

  it('ends every limit a day earlier when the day received is day 1, leaving the draft period as it is', () => {
    expect(ehcDueDates({ ref: 'R-1', received: '2024-01-08', draftIssued: '2024-04-22' }, { dayOne: 'received' })).toEqual({
      decisionBy: '2024-02-18',
      finalPlanBy: '2024-05-26',
      finalNotBefore: '2024-05-07',
    });
  });

  it('keeps to calendar days across the clocks changing and a leap day', () => {
    // British Summer Time began on 31 Mar 2024 and ended on 27 Oct 2024.
    expect(ehcDueDates({ ref: 'R-1', received: '2024-03-04' })).toEqual({ decisionBy: '2024-04-15', finalPlanBy: '2024-07-22' });
    expect(ehcDueDates({ ref: 'R-2', received: '2024-10-14' })).toEqual({ decisionBy: '2024-11-25', finalPlanBy: '2025-03-03' });
    expect(ehcDueDates({ ref: 'R-3', received: '2023-10-16' })).toEqual({ decisionBy: '2023-11-27', finalPlanBy: '2024-03-04' });
  });
});

describe('ehcTimeliness', () => {
  const t = ehcTimeliness(requests, quarter);

  it('counts the plans issued in the period by how long they took, with and without exceptions', () => {
    expect(t.plans).toEqual({ issued: 5, within20Weeks: 2, over20Weeks: 2, overAYear: 1, percentWithin20Weeks: 40, averageWeeks: 28.9 });
    expect(t.plansExcludingExceptions).toEqual({
      issued: 4,
      within20Weeks: 2,
      over20Weeks: 1,
      overAYear: 1,
      percentWithin20Weeks: 50,
      averageWeeks: 29.6,
    });
    expect(t.exceptions).toBe(1);
  });

  it('counts the decisions made in the period and those within 6 weeks, with and without exceptions', () => {
    expect(t.decisions).toEqual({ made: 2, within6Weeks: 1, percentWithin6Weeks: 50, toAssess: 1 });
    expect(t.decisionsExcludingExceptions).toEqual({ made: 1, within6Weeks: 1, percentWithin6Weeks: 100 });
    expect(t.decisionExceptions).toBe(1);
  });

  it('says when every decision had an exception to the 6 weeks', () => {
    const excused = ehcTimeliness(
      requests.filter((r) => r.ref === 'G'),
      quarter,
    );
    expect(excused.decisionsExcludingExceptions).toEqual({ made: 0, within6Weeks: 0 });
    expect(excused.sentences.slice(1)).toEqual([
      '1 decision whether to assess was made from 1 Jan 2024 to 31 Mar 2024; 0 within 6 weeks of the request (0.0%), and 0 to assess.',
      'An exception applied to the decision, so there is no 6-week figure without exceptions.',
    ]);
  });

  it('cautions before publishing when a figure, or the difference of two, is below the threshold', () => {
    expect(t.caution).toBe(
      'Some of these figures count fewer than 5 (the smallest is 1). Figures this small can point to a child or family: check them before publishing, or publish a longer period.',
    );
    expect(ehcTimeliness(requests, { ...quarter, smallCountsBelow: 0 }).caution).toBeUndefined();
    expect(ehcTimeliness(requests, { ...quarter, smallCountsBelow: 10 }).caution).toMatch(
      /^Some of these figures count fewer than 10 \(the smallest is 1\)/,
    );
    const plans = (within: number, late: number): EhcRequest[] => [
      ...Array.from({ length: within }, (_, i) => ({ ref: `W${i}`, received: '2024-01-08', finalIssued: '2024-05-27' })),
      ...Array.from({ length: late }, (_, i) => ({ ref: `L${i}`, received: '2024-01-08', finalIssued: '2024-05-28' })),
    ];
    const may = { from: '2024-05-01', to: '2024-05-31' };
    // Five plans, all in time, and nothing else in the period: no count from 1 to 4.
    expect(ehcTimeliness(plans(5, 0), may).caution).toBeUndefined();
    // Seven in time and two late: the two late plans are a small count.
    expect(ehcTimeliness(plans(7, 2), may).caution).toMatch(/\(the smallest is 2\)/);
  });

  it('names the open requests past each limit at the end of the period, and plans issued within 15 days of their draft', () => {
    expect(t.awaitingDecisionPastLimit).toEqual(['H']);
    expect(t.awaitingPlanPastLimit).toEqual(['H']);
    expect(t.shortCommentPeriod).toEqual(['E']);
  });

  it('says it in sentences that name no case', () => {
    expect(t.sentences).toEqual([
      '5 new EHC plans were issued from 1 Jan 2024 to 31 Mar 2024; 2 of them within 20 weeks of the request (40.0%).',
      'Leaving out the plan where an exception applied, 2 of 4 were issued within 20 weeks (50.0%).',
      '2 took more than 20 weeks but no more than a year, and 1 took more than a year.',
      'On average a plan took 28.9 weeks from request to issue.',
      '2 decisions whether to assess were made from 1 Jan 2024 to 31 Mar 2024; 1 within 6 weeks of the request (50.0%), and 1 to assess.',
      'Leaving out the decision where an exception applied, 1 of 1 was made within 6 weeks (100.0%).',
      'On 31 Mar 2024, 1 request was past 6 weeks without a decision and 1 request was past 20 weeks without a final plan.',
      '1 final plan was issued less than 15 days after the draft; check the family had their 15 days to comment.',
    ]);
  });

  it('counts the open cases as they stood at the end of the period, not as they stand now', () => {
    // On 19 Feb, D's plan was yet to be issued, a month past its 20 weeks; H's 20 weeks had not yet ended.
    const earlier = ehcTimeliness(requests, { from: '2024-01-20', to: '2024-02-19' });
    expect(earlier.awaitingDecisionPastLimit).toEqual(['H']);
    expect(earlier.awaitingPlanPastLimit).toEqual(['D']);
    expect(earlier.plans).toMatchObject({ issued: 1, within20Weeks: 1 });
    // On 31 Jan, I was open and past its 20 weeks; it was withdrawn the next day.
    expect(ehcTimeliness(requests, { from: '2024-01-20', to: '2024-01-31' }).awaitingPlanPastLimit).toEqual(['D', 'I']);
  });

  it('counts a request as past its limit only from the day after the limit ends', () => {
    // H's 20 weeks end on 4 Mar 2024.
    expect(ehcTimeliness(requests, { from: '2024-03-01', to: '2024-03-04' }).awaitingPlanPastLimit).toEqual([]);
    expect(ehcTimeliness(requests, { from: '2024-03-01', to: '2024-03-05' }).awaitingPlanPastLimit).toEqual(['H']);
  });

  it('moves each limit a day earlier when the day received is day 1', () => {
    const strict = ehcTimeliness(requests, { ...quarter, dayOne: 'received' });
    expect(strict.dayOne).toBe('received');
    expect(strict.plans).toMatchObject({ issued: 5, within20Weeks: 1, over20Weeks: 3, percentWithin20Weeks: 20 });
    expect(strict.decisions).toEqual({ made: 2, within6Weeks: 0, percentWithin6Weeks: 0, toAssess: 1 });
  });

  it('rounds a share to one decimal place from whole counts, half up', () => {
    const plans = (within: number, late: number): EhcRequest[] => [
      ...Array.from({ length: within }, (_, i) => ({ ref: `W${i}`, received: '2024-01-08', finalIssued: '2024-05-27' })),
      ...Array.from({ length: late }, (_, i) => ({ ref: `L${i}`, received: '2024-01-08', finalIssued: '2024-05-28' })),
    ];
    const period = { from: '2024-05-01', to: '2024-05-31' };
    expect(ehcTimeliness(plans(2, 1), period).plans.percentWithin20Weeks).toBe(66.7);
    expect(ehcTimeliness(plans(1, 2), period).plans.percentWithin20Weeks).toBe(33.3);
    expect(ehcTimeliness(plans(1, 15), period).plans.percentWithin20Weeks).toBe(6.3); // 6.25
    expect(ehcTimeliness(plans(5, 3), period).sentences[0]).toBe(
      '8 new EHC plans were issued from 1 May 2024 to 31 May 2024; 5 of them within 20 weeks of the request (62.5%).',
    );
  });

  it('says so when nothing happened in the period, and gives no share', () => {
    const quiet = ehcTimeliness([{ ref: 'J', received: '2024-03-25' }], quarter);
    expect(quiet.plans).toEqual({ issued: 0, within20Weeks: 0, over20Weeks: 0, overAYear: 0 });
    expect(quiet.decisions).toEqual({ made: 0, within6Weeks: 0, toAssess: 0 });
    expect(quiet.sentences).toEqual([
      'No new EHC plans were issued from 1 Jan 2024 to 31 Mar 2024.',
      'No decisions whether to assess were made from 1 Jan 2024 to 31 Mar 2024.',
    ]);
    expect(ehcMeasureActual(quiet)).toBeUndefined();
  });

  it('words a single plan, and one where every plan had an exception', () => {
    const one = ehcTimeliness([{ ref: 'D', received: '2023-09-01', finalIssued: '2024-03-01', exception: 'absent-from-area' }], quarter);
    expect(one.sentences.slice(0, 4)).toEqual([
      '1 new EHC plan was issued from 1 Jan 2024 to 31 Mar 2024, not within 20 weeks of the request (0.0%).',
      'An exception applied to it, so there is no figure without exceptions.',
      '1 took more than 20 weeks but no more than a year.',
      'On average a plan took 26.0 weeks from request to issue.',
    ]);
    expect(ehcMeasureActual(one)).toBeUndefined();
    expect(ehcMeasureActual(one, 'included')).toEqual({
      date: '2024-03-31',
      value: 0,
      note: '0 of 1 plan issued within 20 weeks, 1 of them with an exception',
    });
  });

  it('refuses a period that is not two dates in order', () => {
    expect(() => ehcTimeliness(requests, { from: '2024-03-31', to: '2024-01-01' })).toThrow(
      'Expected a period of two dates written yyyy-MM-dd in order, found "2024-03-31" to "2024-01-01"',
    );
    expect(() => ehcTimeliness(requests, { from: '01/01/2024', to: '2024-03-31' })).toThrow(RangeError);
  });
});

describe('ehcTimelinessSeries', () => {
  it('gives each quarter its own figures, open cases counted at its end', () => {
    const series = ehcTimelinessSeries(requests, { from: '2023-10-01', to: '2024-03-31', every: 'quarter' });
    expect(series.map((t) => [t.from, t.to, t.plans.issued, t.plans.within20Weeks, t.decisions.made, t.decisions.within6Weeks])).toEqual([
      ['2023-10-01', '2023-12-31', 1, 0, 5, 5],
      ['2024-01-01', '2024-03-31', 5, 2, 2, 1],
    ]);
    expect(series[1]).toEqual(ehcTimeliness(requests, quarter));
    // At the end of 2023: H past its 6 weeks; C, a year on, past its 20 weeks (D's and I's end in January).
    expect([series[0]?.awaitingDecisionPastLimit, series[0]?.awaitingPlanPastLimit]).toEqual([['H'], ['C']]);
  });

  it('passes on how the days are counted, and refuses a period out of order', () => {
    const [strict] = ehcTimelinessSeries(requests, { from: '2024-01-01', to: '2024-03-31', every: 'quarter', dayOne: 'received' });
    expect(strict?.plans.within20Weeks).toBe(1);
    expect(() => ehcTimelinessSeries(requests, { from: '2024-03-31', to: '2024-01-01', every: 'month' })).toThrow(RangeError);
  });
});

describe('ehcMeasureActual', () => {
  const t = ehcTimeliness(requests, quarter);

  it('gives the share within 20 weeks as an actual dated the end of the period, leaving out exceptions by default', () => {
    expect(ehcMeasureActual(t)).toEqual({
      date: '2024-03-31',
      value: 50,
      note: '2 of 4 plans issued within 20 weeks, leaving out 1 where an exception applied',
    });
    expect(ehcMeasureActual(t, 'included')).toEqual({
      date: '2024-03-31',
      value: 40,
      note: '2 of 5 plans issued within 20 weeks, 1 of them with an exception',
    });
  });

  it('is an actual an impact measure judges against its trajectory', () => {
    const measure = ImpactMeasureSchema.parse({
      id: 'ehc-20wk',
      title: 'New EHC plans issued within 20 weeks',
      unit: '%',
      betterWhen: 'higher',
      baseline: { date: '2023-12-31', value: 31 },
      target: { date: '2025-03-31', value: 60 },
      actuals: [ehcMeasureActual(t)],
    });
    const assessment = assessMeasure(measure, '2024-04-30');
    expect(assessment.status).toBe('on-track');
    // 31 + 29 × 91/456 days along the line to the target.
    expect(assessment.reasons).toEqual([
      'Latest actual 50% on 31 Mar 2024, at or better than the 36.79% planned by then (higher is better)',
    ]);
  });
});

describe('parseEhcRequests', () => {
  it('reads a list of requests', () => {
    const result = parseEhcRequests(requests);
    expect(result.ok).toBe(true);
    expect(result.ok && result.value).toEqual(requests);
  });

  it('names each bad field with what was expected and what was found', () => {
    const result = parseEhcRequests([
      { ref: 'R-1', received: '13/04/22', name: 'Sam' },
      { ref: 'R-2', received: '2024-01-08', exception: 'summer' },
    ]);
    expect(result.problems.map((p) => p.message)).toEqual([
      '[0].received: expected a real date written yyyy-MM-dd, e.g. 2022-04-13, found "13/04/22".',
      '[0].name: expected only the fields this format defines (check the spelling), found a field called "name".',
      '[1].exception: expected one of "setting-closed", "personal-circumstances", "absent-from-area", found "summer".',
    ]);
  });

  it('checks the records against each other and against their own dates', () => {
    const result = parseEhcRequests([
      { ref: 'R-1', received: '2024-01-08', finalIssued: '2023-12-01' },
      { ref: 'R-1', received: '2024-01-08', decision: 'assess' },
      { ref: 'R-3', received: '2024-01-08', decidedOn: '2024-02-01' },
      { ref: 'R-4', received: '2024-01-08', decidedOn: '2024-02-01', decision: 'not-assess', finalIssued: '2024-05-01' },
      { ref: 'R-5', received: '2024-01-08', draftIssued: '2024-05-01', finalIssued: '2024-04-30', noPlanOn: '2024-05-02' },
    ]);
    expect(result.problems.map((p) => p.message)).toEqual([
      '[0].finalIssued: expected a date on or after the request was received (8 Jan 2024), found "2023-12-01".',
      '[1].ref: expected a case ref given once; it is also at [0], found "R-1".',
      '[1].decidedOn: expected the date of the decision to assess, found nothing.',
      '[2].decision: expected what was decided on 1 Feb 2024: "assess" or "not-assess", found nothing.',
      '[3].finalIssued: expected no final plan after a decision not to assess, found "2024-05-01".',
      '[4].finalIssued: expected a date on or after the draft plan was issued (1 May 2024), found "2024-04-30".',
      '[4].noPlanOn: expected either a final plan or a decision not to issue one, not both, found "2024-05-02".',
    ]);
  });

  it('answers anything that is not a list with a problem, not a throw', () => {
    expect(parseEhcRequests({ ref: 'R-1' }).problems.map((p) => p.message)).toEqual(['(root): expected a list, found an object.']);
    const hostile = new Proxy([], {
      get() {
        throw new Error('no');
      },
    });
    expect(parseEhcRequests(hostile).ok).toBe(false);
  });
});
