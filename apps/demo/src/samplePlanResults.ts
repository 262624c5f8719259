import { parsePlan, type ParseResult, type Plan } from '@wsoa-kit/core';
import { samplePlans, type SamplePlanName } from '@wsoa-kit/core/samples';

/** One bundled sample plan with the result of validating it. */
export interface SamplePlanResult {
  readonly name: SamplePlanName;
  readonly title: string;
  readonly result: ParseResult<Plan>;
}

/** Validates every bundled sample plan. */
export function samplePlanResults(): SamplePlanResult[] {
  return (Object.keys(samplePlans) as SamplePlanName[]).map((name) => {
    const input = samplePlans[name];
    const result = parsePlan(input);
    return { name, title: result.ok ? result.value.title : String(input.title ?? name), result };
  });
}
