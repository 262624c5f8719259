import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCalendar } from '../calendar/createCalendar.js';
import { fromDayNumber, isIsoDate, type IsoDate } from '../calendar/isoDate.js';
import { isWorkingDay } from '../calendar/isWorkingDay.js';
import { workingTimeAtFinish, workingTimeAtStart } from '../calendar/workingTime.js';
import { earliestStartAllowed } from '../schedule/criticalPathMethod.js';
import { analysePlan } from './analysePlan.js';
import { extremeDay as day, extremePlan, randomPlan } from './testPlans.js';

describe('analysePlan properties', () => {
  it('with autoSchedule, starts no action before its predecessors allow', () => {
    fc.assert(
      fc.property(randomPlan, (plan) => {
        const analysis = analysePlan(plan, { asOf: '2022-06-01', autoSchedule: true });
        const calendar = createCalendar(plan.calendar);
        const times = (id: string) => {
          const a = analysis.actionsById.get(id);
          if (!a?.start || !a.finish) throw new Error(`${id} has no dates`);
          const finish = workingTimeAtFinish(a.finish, calendar);
          return { start: a.milestone ? finish : workingTimeAtStart(a.start, calendar), finish };
        };
        for (const action of plan.actions) {
          const own = times(action.id);
          for (const dep of action.dependencies) {
            const pred = times(dep.predecessorId);
            expect(own.start).toBeGreaterThanOrEqual(
              earliestStartAllowed(dep.type, dep.lagDays, pred.start, pred.finish, own.finish - own.start),
            );
          }
        }
      }),
    );
  });

  it('never gives negative float with autoSchedule, nor as entered when no link is broken', () => {
    fc.assert(
      fc.property(randomPlan, fc.boolean(), (plan, autoSchedule) => {
        const analysis = analysePlan(plan, { asOf: '2022-06-01', autoSchedule });
        if (!autoSchedule && analysis.problems.some((p) => p.code === 'dependency-violated')) return;
        for (const action of analysis.actions) expect(action.totalFloat).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('gives a non-empty critical path of linked, critical actions from a start to the plan’s finish', () => {
    fc.assert(
      fc.property(randomPlan, (plan) => {
        const analysis = analysePlan(plan, { asOf: '2022-06-01', autoSchedule: true });
        const path = analysis.criticalPath.map((id) => analysis.actionsById.get(id));
        expect(path.length).toBeGreaterThan(0);
        expect(path.every((a) => a?.critical && a.totalFloat === 0)).toBe(true);
        expect(path[path.length - 1]?.finish).toBe(analysis.finish);
        expect(path[0]?.source.dependencies).toEqual([]);
        for (let i = 1; i < path.length; i++) {
          expect(path[i]?.source.dependencies.map((d) => d.predecessorId)).toContain(path[i - 1]?.id);
        }
      }),
    );
  });

  it('rolls workstreams and the plan up so they bound their actions', () => {
    fc.assert(
      fc.property(randomPlan, fc.boolean(), (plan, autoSchedule) => {
        const analysis = analysePlan(plan, { asOf: '2022-06-01', autoSchedule });
        for (const ws of analysis.workstreams) {
          const actions = analysis.actions.filter((a) => a.workstreamId === ws.id);
          if (actions.length === 0) continue;
          const percents = actions.map((a) => a.percentComplete);
          for (const a of actions) {
            expect(ws.start! <= a.start!).toBe(true);
            expect(ws.finish! >= a.finish!).toBe(true);
          }
          expect(ws.percentComplete).toBeGreaterThanOrEqual(Math.min(...percents) - 1e-9);
          expect(ws.percentComplete).toBeLessThanOrEqual(Math.max(...percents) + 1e-9);
          expect(ws.rag.severity).toBe(Math.max(...actions.map((a) => a.rag.severity)));
        }
        expect(analysis.start).toBe(
          analysis.workstreams
            .map((w) => w.start)
            .filter(Boolean)
            .sort()[0],
        );
      }),
    );
  });
});

describe('analysePlan at the ends of the calendar', () => {
  it('never throws, writes every date it gives as a real date, and says why an action it cannot place has no dates', () => {
    fc.assert(
      fc.property(extremePlan, day, fc.boolean(), (plan, asOf, autoSchedule) => {
        const analysis = analysePlan(plan, { asOf: fromDayNumber(asOf), autoSchedule });
        for (const a of analysis.actions) {
          for (const date of [a.start, a.finish, a.lateStart, a.lateFinish]) if (date !== undefined) expect(isIsoDate(date)).toBe(true);
          // Not placed in time, so rated as an action with no dates is: Blue when complete, else not rated.
          if (a.problems.some((p) => p.code === 'dates-out-of-range'))
            expect([a.start, a.durationDays, a.rag.status]).toEqual([undefined, undefined, a.percentComplete >= 100 ? 'blue' : 'unrated']);
          // Dates entered in full, and not moved by links, are the dates given.
          const { start, finish, milestone, dependencies } = a.source;
          if (finish !== undefined && (start !== undefined || milestone) && !(autoSchedule && dependencies.length > 0)) {
            const onAWorkingDay = (date: IsoDate) => isWorkingDay(date, analysis.calendar);
            if (milestone ? onAWorkingDay(finish) : onAWorkingDay(start as IsoDate) && onAWorkingDay(finish))
              expect([a.start, a.finish]).toEqual([start ?? finish, finish]);
          }
        }
        for (const date of [analysis.start, analysis.finish, ...analysis.workstreams.flatMap((w) => [w.start, w.finish])])
          if (date !== undefined) expect(isIsoDate(date)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
