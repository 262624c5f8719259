import type { PlanInput } from '../model/plan.js';
import bcp from './bcp.json' with { type: 'json' };
import centralBedfordshire from './central-bedfordshire.json' with { type: 'json' };
import northbrook from './northbrook.json' with { type: 'json' };
import torbay from './torbay.json' with { type: 'json' };

/**
 * The bundled sample plans, as plan documents (run them through `parsePlan` like any other input).
 * Each carries a `sampleData` note saying what comes from published documents and what is invented.
 *
 * @example
 * import { samplePlans } from '@wsoa-kit/core/samples';
 * import { parsePlan } from '@wsoa-kit/core';
 * const torbay = parsePlan(samplePlans.torbay);
 */
export const samplePlans = {
  /** Torbay WSoA 2022: every row of the progress table reported on 22 May 2022, exact dates. */
  torbay: torbay as PlanInput,
  /** BCP WSoA 2021: eight weaknesses and workstreams, boards, co-production and risks. */
  bcp: bcp as PlanInput,
  /** Central Bedfordshire WSoA 2020: six weaknesses in four themes with their outcomes. */
  centralBedfordshire: centralBedfordshire as PlanInput,
  /** A fictional 2023-framework priority action plan. */
  northbrook: northbrook as PlanInput,
} as const;

/** The names of the bundled sample plans. */
export type SamplePlanName = keyof typeof samplePlans;
