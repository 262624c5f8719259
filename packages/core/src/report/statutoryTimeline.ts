import { addCalendarMonths } from '../calendar/addCalendarMonths.js';
import { addWorkingDays } from '../calendar/addWorkingDays.js';
import { createCalendar, type WorkingDayCalendar } from '../calendar/createCalendar.js';
import { formatDate } from '../calendar/formatDate.js';
import { unknownHolidays } from '../calendar/unknownHolidays.js';
import type { IsoDate } from '../calendar/isoDate.js';
import { workingDaysUntil } from '../calendar/workingTime.js';
import type { Inspection } from '../model/inspection.js';
import type { PlanKind } from '../model/plan.js';

/** One statutory or framework deadline, with its basis and how sure we are of the rule. */
export interface StatutoryDeadline {
  readonly id:
    | 'wsoa-due'
    | 'revisit'
    | 'accelerated-progress-plan-review'
    | 'priority-action-plan-due'
    | 'strategic-plan-update'
    | 'monitoring-inspection'
    | 'next-full-inspection';
  readonly title: string;
  /** The due date, or the last day of a window. */
  readonly date: IsoDate;
  /** For an expected visit: the window it is expected in. */
  readonly window?: { readonly from: IsoDate; readonly to: IsoDate };
  /** The law or framework text it rests on. */
  readonly basis: string;
  /** How the date was worked out, in words. */
  readonly rule: string;
  /** `confirmed`: set in law; `configurable-default`: a setting whose default may need checking. */
  readonly status: 'confirmed' | 'configurable-default';
  /** Working days from the as-of date to `date`, when an as-of date was given (negative once passed). */
  readonly workingDaysLeft?: number;
  /**
   * For a date counted in working days over years the calendar knows no bank holidays for (after
   * 2030 with the bundled data): that a bank holiday there was counted as a working day, so the
   * date may be too early, and how to count them.
   */
  readonly caveat?: string;
}

/** Settings for the deadlines that are not fixed in law. */
export interface TimelineOptions {
  /** Adds `workingDaysLeft` to each entry. */
  readonly asOf?: IsoDate;
  /** 2016: the revisit window, in months after the report was published. Default 16 to 20 ("about 18 months"). */
  readonly revisitMonths?: readonly [number, number];
  /** 2023: working days after publication to submit the priority action plan. Default 30 (unconfirmed). */
  readonly priorityActionPlanWorkingDays?: number;
  /** 2023: working days after publication to update the strategic plan. Default 30 (unconfirmed). */
  readonly strategicPlanWorkingDays?: number;
  /** 2023: the monitoring inspection window, in months after publication. Default 16 to 20 ("about 18 months"). */
  readonly monitoringMonths?: readonly [number, number];
  /** 2023: months after publication by which the next full inspection is due. Default 36 ("usually within 3 years"). */
  readonly nextInspectionMonths?: number;
  /**
   * The kind of plan the deadlines are for. For an Accelerated Progress Plan (2016: the revisit
   * found insufficient progress), the DfE and NHS England's review of it is added, dated from the
   * revisit recorded in the inspection's `followUps`.
   */
  readonly planKind?: PlanKind;
  /** 2016: months after the revisit by which the Accelerated Progress Plan is reviewed. Default 6. */
  readonly acceleratedReviewMonths?: number;
}

/**
 * The deadlines that follow an inspection, each with its legal or framework basis.
 *
 * 2016 framework: the Written Statement of Action is due 70 working days after the report is
 * received (the next working day is day 1; bank holidays are not working days), the revisit
 * window, and for an Accelerated Progress Plan (`planKind`) its review after the recorded revisit. 2023 framework: the priority action plan (outcome 3) and strategic plan update, the
 * monitoring inspection window (outcome 3) and the next full inspection. Deadlines not fixed in law
 * are marked `configurable-default`.
 *
 * Count with a `weekends-and-holidays` calendar (the default, England and Wales).
 *
 * @example
 * statutoryTimeline({ ...inspection, framework: 'local-area-2016', reportReceived: '2022-02-22' })[0]?.date; // '2022-06-07'
 */
export function statutoryTimeline(
  inspection: Inspection,
  calendar: WorkingDayCalendar = createCalendar(),
  options: TimelineOptions = {},
): StatutoryDeadline[] {
  const entries: Omit<StatutoryDeadline, 'workingDaysLeft'>[] = [];
  const published = inspection.reportPublished ?? inspection.reportReceived;

  if (inspection.framework === 'local-area-2016') {
    if (inspection.reportReceived) {
      const date = addWorkingDays(inspection.reportReceived, 70, calendar);
      entries.push({
        id: 'wsoa-due',
        title: 'Written Statement of Action due',
        date,
        basis:
          'SI 2015/1792, regulation 4: the area must produce its written statement of action within 70 working days of receiving the report, publish it and send it to Ofsted, the CQC and the Secretary of State',
        rule: `70 working days after the report was received on ${formatDate(inspection.reportReceived)}; the next working day is day 1 and bank holidays are not counted`,
        status: 'confirmed',
        ...holidayCaveat(inspection.reportReceived, date, calendar),
      });
    }
    if (published) {
      const [from, to] = options.revisitMonths ?? [16, 20];
      entries.push(
        visit(
          'revisit',
          'Revisit expected',
          published,
          from,
          to,
          'Ofsted and CQC revisit the area about 18 months on to judge progress on each weakness',
        ),
      );
    }
    const revisit = inspection.followUps.filter((visit) => visit.kind === 'revisit').at(-1);
    if (options.planKind === 'accelerated-progress-plan' && revisit) {
      const months = options.acceleratedReviewMonths ?? 6;
      const ended = revisit.endDate ?? revisit.date;
      entries.push({
        id: 'accelerated-progress-plan-review',
        title: 'Accelerated Progress Plan reviewed',
        date: addCalendarMonths(ended, months),
        basis:
          'Local area SEND inspection framework (2016): where the revisit finds insufficient progress, the DfE and NHS England monitor an Accelerated Progress Plan and review it, usually within 6 months',
        rule: `${months} months after the revisit ended on ${formatDate(ended)}`,
        status: 'configurable-default',
      });
    }
  } else if (published) {
    const outcome = inspection.outcome;
    if (outcome === 'systemic-failings') {
      const days = options.priorityActionPlanWorkingDays ?? 30;
      const date = addWorkingDays(published, days, calendar);
      entries.push({
        id: 'priority-action-plan-due',
        title: 'Priority action plan due',
        date,
        basis:
          'Area SEND inspection framework (2023): a priority action plan for the areas for priority action (outcome 3). The deadline is a setting: check it against the current handbook',
        rule: `${days} working days after the report was published on ${formatDate(published)}`,
        status: 'configurable-default',
        ...holidayCaveat(published, date, calendar),
      });
    }
    if (outcome !== 'typically-positive') {
      const days = options.strategicPlanWorkingDays ?? 30;
      const date = addWorkingDays(published, days, calendar);
      entries.push({
        id: 'strategic-plan-update',
        title: 'Strategic plan updated',
        date,
        basis:
          'Area SEND inspection framework (2023): the area updates its strategic plan for the areas for improvement. The deadline is a setting: check it against the current handbook',
        rule: `${days} working days after the report was published on ${formatDate(published)}`,
        status: 'configurable-default',
        ...holidayCaveat(published, date, calendar),
      });
    }
    if (outcome === 'systemic-failings') {
      const [from, to] = options.monitoringMonths ?? [16, 20];
      entries.push(
        visit(
          'monitoring-inspection',
          'Monitoring inspection expected',
          published,
          from,
          to,
          'Area SEND inspection framework (2023): a monitoring inspection about 18 months after the report',
        ),
      );
    }
    const months = options.nextInspectionMonths ?? 36;
    entries.push({
      id: 'next-full-inspection',
      title: 'Next full inspection due by',
      date: addCalendarMonths(published, months),
      basis: 'Area SEND inspection framework (2023): the next full inspection is usually within 3 years',
      rule: `${months} months after the report was published on ${formatDate(published)}`,
      status: 'configurable-default',
    });
  }

  return entries.map((entry) =>
    options.asOf ? { ...entry, workingDaysLeft: workingDaysUntil(entry.date, options.asOf, calendar) } : entry,
  );
}

function visit(
  id: 'revisit' | 'monitoring-inspection',
  title: string,
  published: IsoDate,
  fromMonths: number,
  toMonths: number,
  basis: string,
) {
  const window = { from: addCalendarMonths(published, fromMonths), to: addCalendarMonths(published, toMonths) };
  return {
    id,
    title,
    date: window.to,
    window,
    basis,
    rule: `Between ${fromMonths} and ${toMonths} months after the report was published on ${formatDate(published)}`,
    status: 'configurable-default' as const,
  };
}

/**
 * `{ caveat }` for a date `to` counted in working days from `from` over years the calendar's bank
 * holiday data does not cover, where a bank holiday is taken for a working day.
 */
function holidayCaveat(from: IsoDate, to: IsoDate, calendar: WorkingDayCalendar): { caveat?: string } {
  const unknown = unknownHolidays(calendar, from, to);
  if (unknown === undefined) return {};
  return {
    caveat: `The calendar knows bank holidays only for ${unknown.years}, so a bank holiday ${unknown.outside} was counted as a working day and this date may be too early. Merge the current bank holidays feed into the calendar to count them.`,
  };
}

const workingDays = (n: number) => `${n} working day${n === 1 ? '' : 's'}`;

/**
 * The countdown in words: "due in 12 working days", "due today", "passed 3 working days ago"; for
 * a window, "window opens in 40 working days", "window open: closes in 5 working days" or "window
 * closed 2 working days ago".
 *
 * @example
 * deadlineCountdown(wsoaDue, '2022-05-20'); // 'due in 10 working days'
 */
export function deadlineCountdown(deadline: StatutoryDeadline, asOf: IsoDate, calendar?: WorkingDayCalendar): string {
  const toEnd = workingDaysUntil(deadline.date, asOf, calendar);
  if (deadline.window) {
    const toStart = workingDaysUntil(deadline.window.from, asOf, calendar);
    if (toStart > 0) return `window opens in ${workingDays(toStart)}`;
    if (toEnd >= 0) return toEnd === 0 ? 'window open: closes today' : `window open: closes in ${workingDays(toEnd)}`;
    return `window closed ${workingDays(-toEnd)} ago`;
  }
  if (toEnd > 0) return `due in ${workingDays(toEnd)}`;
  if (toEnd === 0) return 'due today';
  return `passed ${workingDays(-toEnd)} ago`;
}
