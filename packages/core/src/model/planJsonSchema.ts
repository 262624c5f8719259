import { z } from 'zod';
import { PlanSchema } from './plan.js';

/**
 * The plan format as a JSON Schema (draft 2020-12), generated from the zod schemas, for councils
 * validating plan files without TypeScript. The same document ships as
 * `@wsoa-kit/core/plan.schema.json`. It checks shapes only: `parsePlan` also checks references,
 * uniqueness and date order.
 *
 * @example
 * const schema = planJsonSchema();
 * schema.$schema; // 'https://json-schema.org/draft/2020-12/schema'
 */
export function planJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(PlanSchema, { io: 'input', target: 'draft-2020-12', unrepresentable: 'throw' });
  return {
    ...schema,
    $id: 'https://wsoa-kit.github.io/schema/plan.schema.json',
    title: 'wsoa-kit plan',
    description:
      'A SEND improvement plan (Written Statement of Action, priority action plan or improvement plan) in the wsoa-kit format. Shapes only: @wsoa-kit/core parsePlan also checks references, uniqueness and date order.',
  };
}
