import type { ActionSchema } from '../model/action.js';
import { validPlan } from '../model/fixtures.js';
import { parsePlan } from '../model/parsePlan.js';
import type { Plan, PlanInput } from '../model/plan.js';
import type { z } from 'zod';

/** An action as a test writes it: everything but id, ref, title and workstream is optional. */
export type TestAction = Partial<z.input<typeof ActionSchema>> & { id: string };

/**
 * A parsed plan holding the given actions in one workstream (`ws1`), counting weekdays only unless
 * told otherwise, so scheduling tests can be worked out by hand. Throws on a plan that does not parse.
 */
export function planOf(actions: readonly TestAction[], changes: Partial<PlanInput> = {}): Plan {
  const input: PlanInput = {
    ...validPlan(),
    calendar: { region: 'england-and-wales', convention: 'weekends-only' },
    actions: actions.map((action) => ({ ref: action.id, title: `Action ${action.id}`, workstreamId: 'ws1', ...action })),
    ...changes,
  };
  const result = parsePlan(input);
  if (!result.ok) throw new Error(`Test plan does not parse:\n${result.problems.map((p) => p.message).join('\n')}`);
  return result.value;
}
