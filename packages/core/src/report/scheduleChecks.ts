import type { PlanAnalysis } from '../analysis/types.js';
import type { ScheduleProblem } from '../schedule/scheduleProblem.js';

/** What the analysis found wrong with a plan's schedule, errors apart from warnings, for a list of checks. */
export interface ScheduleChecks {
  /** Problems where the schedule cannot be trusted, in the order the analysis found them. */
  readonly errors: readonly ScheduleProblem[];
  /** Problems worth a look, in the order the analysis found them. */
  readonly warnings: readonly ScheduleProblem[];
  /**
   * A sentence for the top of the list: "1 error and 2 warnings in the schedule, with dates as
   * entered.", or, with none, what that means.
   */
  readonly sentence: string;
}

/** What an error and a warning mean, for a reader of the list. */
export const SCHEDULE_SEVERITY_MEANING = 'An error means the schedule cannot be trusted there; a warning is worth a look.';

/**
 * The analysis's schedule problems as a list of checks: its errors, its warnings, and a sentence
 * that counts them and says how the dates were taken (as entered, or scheduled from the links), so
 * a page's data checks show a broken link or a cycle, not only whether the plan's fields parsed.
 *
 * @example
 * const checks = scheduleChecks(analysePlan(plan, { asOf: '2022-03-03' }));
 * checks.sentence; // '1 error and no warnings in the schedule, with dates as entered.' (BCP's sample plan)
 */
export function scheduleChecks(analysis: PlanAnalysis): ScheduleChecks {
  const errors = analysis.problems.filter((p) => p.severity === 'error');
  const warnings = analysis.problems.filter((p) => p.severity === 'warning');
  if (errors.length === 0 && warnings.length === 0)
    return {
      errors,
      warnings,
      sentence: 'No problems found in the schedule: every action can be placed in time, and every link between actions holds.',
    };
  const count = (n: number, noun: string) => `${n === 0 ? 'no' : n.toLocaleString('en-GB')} ${noun}${n === 1 ? '' : 's'}`;
  const how = analysis.autoSchedule ? 'with dates scheduled from the links' : 'with dates as entered';
  const counts = `${count(errors.length, 'error')} and ${count(warnings.length, 'warning')}`;
  return { errors, warnings, sentence: `${counts.charAt(0).toUpperCase()}${counts.slice(1)} in the schedule, ${how}.` };
}
