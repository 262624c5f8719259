import { describe, expect, it } from 'vitest';
import { createCalendar } from '../calendar/createCalendar.js';
import { workingTimeAtFinish, workingTimeAtStart } from '../calendar/workingTime.js';
import { assessProgress, createProgressCache } from './assessProgress.js';
import { DEFAULT_RAG_RULES, resolveRagRules } from './ragRules.js';

const calendar = createCalendar(); // England and Wales, with bank holidays
const facts = (start: string, finish: string, percentComplete: number, milestone = false) => ({
  start,
  finish,
  startTime: workingTimeAtStart(start, calendar),
  finishTime: workingTimeAtFinish(finish, calendar),
  percentComplete,
  milestone,
});
// 13 Apr to 30 Jun 2022 holds 57 weekdays, 52 working days in England (Easter, early May and the Jubilee are off);
// 25 of them have passed by the end of Friday 20 May, so 48.1% of the work is expected by then.
const spring = (percent: number) => facts('2022-04-13', '2022-06-30', percent);

describe('assessProgress (default rule)', () => {
  it('calls 100% complete Blue', () => {
    expect(assessProgress(spring(100), '2022-05-20', calendar, DEFAULT_RAG_RULES)).toMatchObject({
      verdict: 'complete',
      status: 'blue',
      reasons: ['Reported 100% complete'],
    });
  });

  it('calls an action not yet due to start Green', () => {
    expect(assessProgress(spring(0), '2022-04-12', calendar, DEFAULT_RAG_RULES)).toMatchObject({
      verdict: 'not-due',
      status: 'green',
      reasons: ['Not due to start until 13 Apr 2022'],
      expectedPercent: 0,
    });
  });

  it('calls an action past its finish and not complete Red', () => {
    expect(assessProgress(spring(95), '2022-07-01', calendar, DEFAULT_RAG_RULES)).toMatchObject({
      verdict: 'overdue',
      status: 'red',
      headline: 'past its finish date',
      reasons: ['Due to finish 30 Jun 2022; 95% complete on 1 Jul 2022'],
    });
  });

  it('calls an action with no progress 10 working days after its start Red, counting bank holidays out', () => {
    expect(assessProgress(spring(0), '2022-04-29', calendar, DEFAULT_RAG_RULES)).toMatchObject({
      verdict: 'not-started-late',
      status: 'red',
      reasons: ['Due to start 13 Apr 2022; no progress reported by 29 Apr 2022'],
    });
  });

  it('judges an action with no progress against expected progress until that point', () => {
    expect(assessProgress(spring(0), '2022-04-28', calendar, DEFAULT_RAG_RULES)).toMatchObject({
      verdict: 'behind',
      status: 'amber',
      reasons: [
        'Expected 19.2% complete by 28 Apr 2022 (10 of 52 working days elapsed); reported 0%: 19.2 points behind, more than the 10 allowed before Amber',
      ],
    });
  });

  it('calls more than 25 points behind expected progress Red', () => {
    expect(assessProgress(spring(5), '2022-05-20', calendar, DEFAULT_RAG_RULES)).toMatchObject({
      verdict: 'far-behind',
      status: 'red',
      headline: 'behind expected progress by 43 points',
      reasons: [
        'Expected 48.1% complete by 20 May 2022 (25 of 52 working days elapsed); reported 5%: 43.1 points behind, more than the 25 allowed before Red',
      ],
      elapsedDays: 25,
      durationDays: 52,
    });
  });

  it('calls more than 10 points behind Amber', () => {
    expect(assessProgress(spring(30), '2022-05-20', calendar, DEFAULT_RAG_RULES)).toMatchObject({
      verdict: 'behind',
      status: 'amber',
      reasons: [
        'Expected 48.1% complete by 20 May 2022 (25 of 52 working days elapsed); reported 30%: 18.1 points behind, more than the 10 allowed before Amber',
      ],
    });
  });

  it('calls within 10 points of expected progress Green', () => {
    expect(assessProgress(spring(40), '2022-05-20', calendar, DEFAULT_RAG_RULES).reasons).toEqual([
      'Expected 48.1% complete by 20 May 2022 (25 of 52 working days elapsed); reported 40%: 8.1 points behind, within the 10 allowed',
    ]);
    expect(assessProgress(spring(60), '2022-05-20', calendar, DEFAULT_RAG_RULES)).toMatchObject({
      status: 'green',
      reasons: ['Expected 48.1% complete by 20 May 2022 (25 of 52 working days elapsed); reported 60%: on or ahead of expected progress'],
    });
  });

  it('judges a milestone on its date', () => {
    const milestone = facts('2022-06-30', '2022-06-30', 0, true);
    expect(assessProgress(milestone, '2022-06-30', calendar, DEFAULT_RAG_RULES)).toMatchObject({
      status: 'green',
      reasons: ['Due on 30 Jun 2022'],
    });
    expect(assessProgress(milestone, '2022-07-01', calendar, DEFAULT_RAG_RULES)).toMatchObject({
      status: 'red',
      reasons: ['Due on 30 Jun 2022; not reported complete by 1 Jul 2022'],
    });
  });

  it('cannot rate an action with no dates', () => {
    expect(assessProgress({ percentComplete: 20 }, '2022-05-20', calendar, DEFAULT_RAG_RULES)).toMatchObject({
      verdict: 'unscheduled',
      status: 'unrated',
      reasons: ['No start and finish dates, so progress cannot be judged'],
    });
  });

  it('rates an action due by a date alone only once that date has passed', () => {
    const dueBy = { finish: '2022-06-30', percentComplete: 40 } as const;
    expect(assessProgress(dueBy, '2022-06-30', calendar, DEFAULT_RAG_RULES)).toMatchObject({
      verdict: 'due-by',
      headline: 'no start to judge progress by',
      status: 'unrated',
      reasons: ['Due by 30 Jun 2022; with no start, progress is not judged before then'],
    });
    expect(assessProgress(dueBy, '2022-07-01', calendar, DEFAULT_RAG_RULES)).toMatchObject({
      verdict: 'overdue',
      status: 'red',
      headline: 'past its finish date',
      reasons: ['Due to finish 30 Jun 2022; 40% complete on 1 Jul 2022'],
    });
    expect(assessProgress({ ...dueBy, percentComplete: 100 }, '2022-07-01', calendar, DEFAULT_RAG_RULES).status).toBe('blue');
  });

  it('names complete work Green in the RAG scheme, which has no Blue', () => {
    expect(assessProgress(spring(100), '2022-05-20', calendar, resolveRagRules({ scheme: 'rag' })).status).toBe('green');
  });

  it('uses progress words in the progress scheme, keeping the reasons', () => {
    const rules = resolveRagRules({ scheme: 'progress' });
    expect(assessProgress(spring(0), '2022-04-20', calendar, rules).status).toBe('not-started');
    expect(assessProgress(spring(5), '2022-05-20', calendar, rules)).toMatchObject({
      status: 'started',
      reasons: [
        'Expected 48.1% complete by 20 May 2022 (25 of 52 working days elapsed); reported 5%: 43.1 points behind, more than the 25 allowed',
      ],
    });
    expect(assessProgress(spring(100), '2022-05-20', calendar, rules).status).toBe('complete');
  });

  it('uses a council’s own thresholds and words', () => {
    const rules = resolveRagRules({ amberWhenBehindBy: 5, redWhenBehindBy: 50, labels: { amber: 'At risk' } });
    expect(assessProgress(spring(40), '2022-05-20', calendar, rules).reasons).toEqual([
      'Expected 48.1% complete by 20 May 2022 (25 of 52 working days elapsed); reported 40%: 8.1 points behind, more than the 5 allowed before At risk',
    ]);
    expect(assessProgress(spring(5), '2022-05-20', calendar, rules).status).toBe('amber');
  });
});

describe('createProgressCache', () => {
  it('shares one frozen reasons list per branch, date and whole percentage', () => {
    const cache = createProgressCache('2022-05-20', calendar);
    const notDue = cache.reasonsFor('not-due', '2022-06-01', 0);
    expect(notDue).toEqual(['Not due to start until 1 Jun 2022']);
    expect(Object.isFrozen(notDue)).toBe(true);
    expect(cache.reasonsFor('not-due', '2022-06-01', 30)).toBe(notDue);
    expect(cache.reasonsFor('not-due', '2022-06-02', 0)).not.toBe(notDue);
    expect(cache.reasonsFor('overdue', '2022-05-03', 40)).toEqual(['Due to finish 3 May 2022; 40% complete on 20 May 2022']);
    expect(cache.reasonsFor('overdue', '2022-05-03', 40)).toBe(cache.reasonsFor('overdue', '2022-05-03', 40));
    expect(cache.reasonsFor('overdue', '2022-05-03', 50)).toEqual(['Due to finish 3 May 2022; 50% complete on 20 May 2022']);
    expect(cache.reasonsFor('milestone-overdue', '2022-05-03', 0)).toEqual(['Due on 3 May 2022; not reported complete by 20 May 2022']);
  });

  it('makes a fresh list for a percentage that is not a whole number', () => {
    const cache = createProgressCache('2022-05-20', calendar);
    const first = cache.reasonsFor('overdue', '2022-05-03', 12.5);
    expect(first).toEqual(['Due to finish 3 May 2022; 12.5% complete on 20 May 2022']);
    expect(Object.isFrozen(first)).toBe(false);
    expect(cache.reasonsFor('overdue', '2022-05-03', 12.5)).not.toBe(first);
  });
});

describe('resolveRagRules', () => {
  it('layers the plan’s settings and a caller’s overrides over the defaults', () => {
    const rules = resolveRagRules({ scheme: 'rag', redWhenBehindBy: 30 }, { redWhenBehindBy: 40, labels: { red: 'Off track' } });
    expect([rules.scheme, rules.amberWhenBehindBy, rules.redWhenBehindBy, rules.labels.red, rules.labels.amber]).toEqual([
      'rag',
      10,
      40,
      'Off track',
      'Amber',
    ]);
  });

  it('refuses a Red threshold below the Amber one', () => {
    expect(() => resolveRagRules({ amberWhenBehindBy: 30, redWhenBehindBy: 20 })).toThrow(
      'Expected redWhenBehindBy (20) to be at least amberWhenBehindBy (30)',
    );
  });
});
