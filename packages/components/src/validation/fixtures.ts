import { parsePlan, readEhcRequests, type Problem } from '@wsoa-kit/core';
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
  caseList: {
    subject: 'The case list',
    problems: [],
    validMessage: "Every row names a request, and each request's dates are readable and in order.",
  },
  caseListInvalid: {
    subject: 'The case list',
    problems: readEhcRequests('Case ref,Request received,Final issued\nR-1,02/10/2023,30/02/2024\nR-2,,01/03/2024').problems,
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
