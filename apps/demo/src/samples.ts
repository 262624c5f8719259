import { parsePlan, type IsoDate, type ParseResult, type Plan } from '@wsoa-kit/core';
import { samplePlans, type SamplePlanName } from '@wsoa-kit/core/samples';

/** One bundled sample plan, the result of validating it, and the day the demo judges it at. */
export interface SamplePlan {
  readonly name: SamplePlanName;
  readonly title: string;
  readonly result: ParseResult<Plan>;
  /** The "as of" date the dashboard opens at. */
  readonly asOf: IsoDate;
  /** Why that date, in words shown beside the date picker. */
  readonly asOfReason: string;
}

// Each plan opens on a day its own documents give meaning to, so the dashboard reads as the board
// report of that day would.
const AS_OF: Record<SamplePlanName, { readonly asOf: IsoDate; readonly asOfReason: string }> = {
  torbay: { asOf: '2022-05-22', asOfReason: 'the day its progress table was reported to the SEND Board' },
  bcp: { asOf: '2022-03-03', asOfReason: 'a meeting of its SEND Improvement Board' },
  centralBedfordshire: { asOf: '2021-06-16', asOfReason: 'a meeting of its SEND Partnership Board' },
  northbrook: { asOf: '2024-11-22', asOfReason: 'the week before a meeting of its improvement board' },
};

/** Validates every bundled sample plan, in the order core lists them. */
export function loadSamplePlans(): SamplePlan[] {
  return (Object.keys(samplePlans) as SamplePlanName[]).map((name) => {
    const input = samplePlans[name];
    const result = parsePlan(input);
    return { name, title: result.ok ? result.value.title : String(input.title ?? name), result, ...AS_OF[name] };
  });
}

/** The plural of a workstream's label as plans print it: "Focus Areas", "Themes", "Priorities". */
export function pluralLabel(label: string): string {
  if (/[^aeiou]y$/i.test(label)) return `${label.slice(0, -1)}ies`;
  if (/(s|x|ch|sh)$/i.test(label)) return `${label}es`;
  return `${label}s`;
}
