import { describe, expect, it } from 'vitest';
import { bundledBankHolidays } from '../calendar/bundledBankHolidays.js';
import { createCalendar } from '../calendar/createCalendar.js';
import type { Inspection } from '../model/inspection.js';
import { statutoryTimeline } from './statutoryTimeline.js';

const inspection2016: Inspection = {
  framework: 'local-area-2016',
  inspectorates: ['ofsted', 'cqc'],
  startDate: '2021-11-15',
  endDate: '2021-11-19',
  reportReceived: '2022-02-22',
  reportPublished: '2022-03-08',
  followUps: [],
};

describe('statutoryTimeline: 2016 framework', () => {
  it('gives a WSoA due date of 7 June 2022 for a report received on 22 February 2022', () => {
    const [wsoa] = statutoryTimeline(inspection2016);
    expect(wsoa).toEqual({
      id: 'wsoa-due',
      title: 'Written Statement of Action due',
      date: '2022-06-07',
      basis:
        'SI 2015/1792, regulation 4: the area must produce its written statement of action within 70 working days of receiving the report, publish it and send it to Ofsted, the CQC and the Secretary of State',
      rule: '70 working days after the report was received on 22 Feb 2022; the next working day is day 1 and bank holidays are not counted',
      status: 'confirmed',
    });
  });

  it('gives BCP’s 7 December 2021 deadline from a report received on 31 August 2021', () => {
    expect(statutoryTimeline({ ...inspection2016, reportReceived: '2021-08-31' })[0]?.date).toBe('2021-12-07');
  });

  it('adds the revisit window, as a setting', () => {
    expect(statutoryTimeline(inspection2016)[1]).toEqual({
      id: 'revisit',
      title: 'Revisit expected',
      date: '2023-11-08',
      window: { from: '2023-07-08', to: '2023-11-08' },
      basis: 'Ofsted and CQC revisit the area about 18 months on to judge progress on each weakness',
      rule: 'Between 16 and 20 months after the report was published on 8 Mar 2022',
      status: 'configurable-default',
    });
    expect(statutoryTimeline(inspection2016, createCalendar(), { revisitMonths: [12, 18] })[1]?.window).toEqual({
      from: '2023-03-08',
      to: '2023-09-08',
    });
  });

  it('adds the review of an Accelerated Progress Plan, 6 months after the recorded revisit ended, as a setting', () => {
    const revisited: Inspection = {
      ...inspection2016,
      followUps: [{ kind: 'revisit', date: '2023-09-11', endDate: '2023-09-15' }],
    };
    const review = {
      id: 'accelerated-progress-plan-review',
      title: 'Accelerated Progress Plan reviewed',
      date: '2024-03-15',
      basis:
        'Local area SEND inspection framework (2016): where the revisit finds insufficient progress, the DfE and NHS England monitor an Accelerated Progress Plan and review it, usually within 6 months',
      rule: '6 months after the revisit ended on 15 Sep 2023',
      status: 'configurable-default',
    };
    expect(statutoryTimeline(revisited, createCalendar(), { planKind: 'accelerated-progress-plan' }).map((d) => d.id)).toEqual([
      'wsoa-due',
      'revisit',
      'accelerated-progress-plan-review',
    ]);
    expect(statutoryTimeline(revisited, createCalendar(), { planKind: 'accelerated-progress-plan' })[2]).toEqual(review);
    expect(
      statutoryTimeline(revisited, createCalendar(), { planKind: 'accelerated-progress-plan', acceleratedReviewMonths: 4 })[2]?.date,
    ).toBe('2024-01-15');
    // Not for a WSoA, and not before a revisit is recorded.
    expect(statutoryTimeline(revisited, createCalendar(), { planKind: 'wsoa' }).map((d) => d.id)).toEqual(['wsoa-due', 'revisit']);
    expect(statutoryTimeline(inspection2016, createCalendar(), { planKind: 'accelerated-progress-plan' }).map((d) => d.id)).toEqual([
      'wsoa-due',
      'revisit',
    ]);
  });

  it('counts down in working days from an as-of date', () => {
    expect(statutoryTimeline(inspection2016, createCalendar(), { asOf: '2022-05-20' })[0]?.workingDaysLeft).toBe(10);
  });

  it('lists nothing it cannot date', () => {
    expect(statutoryTimeline({ ...inspection2016, reportReceived: undefined, reportPublished: undefined })).toEqual([]);
  });
});

describe('statutoryTimeline: 2023 framework', () => {
  const inspection2023: Inspection = {
    framework: 'area-send-2023',
    inspectorates: ['ofsted', 'cqc'],
    startDate: '2024-01-15',
    endDate: '2024-01-26',
    reportPublished: '2024-03-08',
    outcome: 'systemic-failings',
    followUps: [],
  };

  it('lists the plans, the monitoring inspection and the next inspection for outcome 3', () => {
    expect(statutoryTimeline(inspection2023).map((d) => [d.id, d.date, d.window, d.status])).toEqual([
      ['priority-action-plan-due', '2024-04-23', undefined, 'configurable-default'],
      ['strategic-plan-update', '2024-04-23', undefined, 'configurable-default'],
      ['monitoring-inspection', '2025-11-08', { from: '2025-07-08', to: '2025-11-08' }, 'configurable-default'],
      ['next-full-inspection', '2027-03-08', undefined, 'configurable-default'],
    ]);
  });

  it('takes the council’s own settings for deadlines not fixed in law', () => {
    const timeline = statutoryTimeline(inspection2023, createCalendar(), { priorityActionPlanWorkingDays: 50, nextInspectionMonths: 30 });
    expect(timeline[0]).toMatchObject({ date: '2024-05-22', rule: '50 working days after the report was published on 8 Mar 2024' });
    expect(timeline[3]?.date).toBe('2026-09-08');
  });

  it('lists only the next inspection after a typically positive outcome', () => {
    expect(statutoryTimeline({ ...inspection2023, outcome: 'typically-positive' }).map((d) => d.id)).toEqual(['next-full-inspection']);
  });
});

describe('statutoryTimeline: dates counted past the bank holidays the calendar knows', () => {
  const inspection2023: Inspection = { ...inspection2016, framework: 'area-send-2023', outcome: 'systemic-failings' };
  const beyond =
    'The calendar knows bank holidays only for 2015 to 2030, so a bank holiday after 31 Dec 2030 was counted as a working day and this date may be too early. Merge the current bank holidays feed into the calendar to count them.';

  it('says a WSoA due date counted into 2031 may be too early, as 1 Jan 2031 was counted as a working day', () => {
    // From Friday 1 Nov 2030: 20 working days in November, 20 in December (25 and 26 are bank
    // holidays), then 1 Jan 2031 counted as the 41st, so the 70th is Tuesday 11 Feb 2031, not the 12th.
    const [wsoa] = statutoryTimeline({ ...inspection2016, reportReceived: '2030-11-01', reportPublished: '2030-11-15' });
    expect([wsoa?.date, wsoa?.caveat]).toEqual(['2031-02-11', beyond]);
    // A date inside the known years has none, as the first test's whole entry shows.
    expect(statutoryTimeline({ ...inspection2016, reportReceived: '2030-08-01' })[0]).not.toHaveProperty('caveat');
  });

  it("follows the calendar's own data, and says nothing where bank holidays do not count", () => {
    const feed = Object.fromEntries(
      Object.entries(bundledBankHolidays).map(([region, division]) => [
        region,
        { ...division, events: division.events.filter((event) => event.date >= '2019' && event.date < '2028') },
      ]),
    ) as typeof bundledBankHolidays;
    const calendar = createCalendar({ bankHolidays: feed });
    expect(calendar.holidaysKnown).toEqual({ from: '2019-01-01', to: '2027-12-31' });
    // 30 working days from 1 Dec 2027 end on 14 Jan 2028 with 3 Jan 2028, a bank holiday this data
    // does not know, counted; on 17 Jan with it.
    const deadlines = statutoryTimeline({ ...inspection2023, reportPublished: '2027-12-01' }, calendar);
    expect(deadlines.filter((d) => d.caveat !== undefined).map((d) => [d.id, d.date, d.caveat])).toEqual(
      ['priority-action-plan-due', 'strategic-plan-update'].map((id) => [
        id,
        '2028-01-14',
        'The calendar knows bank holidays only for 2019 to 2027, so a bank holiday after 31 Dec 2027 was counted as a working day and this date may be too early. Merge the current bank holidays feed into the calendar to count them.',
      ]),
    );
    expect(statutoryTimeline({ ...inspection2016, reportReceived: '2018-11-01' }, calendar)[0]?.caveat).toBe(
      'The calendar knows bank holidays only for 2019 to 2027, so a bank holiday before 1 Jan 2019 was counted as a working day and this date may be too early. Merge the current bank holidays feed into the calendar to count them.',
    );
    const weekendsOnly = createCalendar({ convention: 'weekends-only' });
    expect(weekendsOnly.holidaysKnown).toBeUndefined();
    expect(statutoryTimeline({ ...inspection2016, reportReceived: '2030-11-01' }, weekendsOnly)[0]).not.toHaveProperty('caveat');
  });
});
