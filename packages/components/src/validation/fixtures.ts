import { parsePlan, type Problem } from '@wsoa-kit/core';
import { samplePlans } from '@wsoa-kit/core/samples';

/** Examples for ValidationSummary: they feed its tests, its stories and its axe run. */
export const validationFixtures = {
  valid: { subject: 'Torbay Written Statement of Action 2022', problems: parsePlan(samplePlans.torbay).problems },
  invalid: {
    subject: 'Uploaded plan',
    problems: parsePlan({
      ...samplePlans.torbay,
      actions: [{ ...samplePlans.torbay.actions?.[0], start: '13/04/22', percentComplete: 120 }],
    }).problems,
  },
  hostileText: {
    subject: '<img src=x onerror=alert(1)>',
    problems: [
      {
        path: ['actions', 0, 'title'],
        at: 'actions[0].title',
        expected: 'text',
        found: '"<script>alert(1)</script>"',
        message: 'actions[0].title: expected text, found "<script>alert(1)</script>".',
      },
    ] satisfies Problem[],
  },
} as const;
