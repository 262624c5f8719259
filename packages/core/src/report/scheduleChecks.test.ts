import { describe, expect, it } from 'vitest';
import { analysePlan } from '../analysis/analysePlan.js';
import { planOf } from '../analysis/testPlans.js';
import { parsePlan } from '../model/parsePlan.js';
import { samplePlans } from '../samples/index.js';
import { scheduleChecks } from './scheduleChecks.js';

const messages = (problems: readonly { readonly message: string }[]) => problems.map((p) => p.message);

describe('scheduleChecks', () => {
  it('says what no problems means', () => {
    const checks = scheduleChecks(analysePlan(planOf([{ id: 'A', start: '2022-05-02', finish: '2022-05-06' }]), { asOf: '2022-05-22' }));
    expect(checks).toEqual({
      errors: [],
      warnings: [],
      sentence: 'No problems found in the schedule: every action can be placed in time, and every link between actions holds.',
    });
  });

  it("counts BCP's broken link as an error, though every field of the plan parses", () => {
    const bcp = parsePlan(samplePlans.bcp);
    if (!bcp.ok) throw new Error('BCP does not parse');
    expect(bcp.problems).toEqual([]);
    const checks = scheduleChecks(analysePlan(bcp.value, { asOf: '2022-03-03' }));
    expect(messages(checks.errors)).toEqual([
      '6.1 starts 10 Jan 2022 but cannot start before 4.1 starts on 17 Jan 2022 (start-to-start with a lag of 5 working days)',
    ]);
    expect(checks.warnings).toEqual([]);
    expect(checks.sentence).toBe('1 error and no warnings in the schedule, with dates as entered.');
  });

  it('keeps errors apart from warnings, each in the order found, and says when the dates were scheduled from the links', () => {
    const plan = planOf([
      { id: 'A', start: '2022-05-02', finish: '2022-05-06', durationDays: 6 },
      { id: 'U' },
      { id: 'D', finish: '2022-06-30' },
      { id: 'M', milestone: true },
    ]);
    const asEntered = scheduleChecks(analysePlan(plan, { asOf: '2022-05-22' }));
    expect(messages(asEntered.errors)).toEqual([
      'U needs two of start, finish and duration to be scheduled',
      'M is a milestone with no date: give it a start or a finish',
    ]);
    expect(messages(asEntered.warnings)).toEqual([
      'A says 6 working days, but 2 May 2022 to 6 May 2022 is 5; the dates are used',
      'D gives only a finish, so it is due by 30 Jun 2022: give it a start or a duration to place it in time',
    ]);
    expect(asEntered.sentence).toBe('2 errors and 2 warnings in the schedule, with dates as entered.');
    const scheduled = scheduleChecks(analysePlan(planOf([{ id: 'D', finish: '2022-06-30' }]), { asOf: '2022-05-22', autoSchedule: true }));
    expect(scheduled.sentence).toBe('No errors and 1 warning in the schedule, with dates scheduled from the links.');
  });

  it('writes large counts with separators', () => {
    const undated = planOf(Array.from({ length: 1234 }, (_, i) => ({ id: `U${i}` })));
    const checks = scheduleChecks(analysePlan(undated, { asOf: '2022-05-22' }));
    expect([checks.errors.length, checks.sentence]).toEqual([1234, '1,234 errors and no warnings in the schedule, with dates as entered.']);
  });
});
