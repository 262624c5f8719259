import { z } from 'zod';
import type { ParseResult } from './parsePlan.js';
import type { Plan } from './plan.js';
import { IdSchema } from './primitives.js';
import { describeValue, makeProblem, type Problem } from './problem.js';
import { expectedMessage, problemsFromIssue } from './zodProblems.js';

/** Who is giving feedback, when they say. */
export const RespondentSchema = z.enum(['parent-carer', 'young-person', 'practitioner', 'other']);
export type Respondent = z.infer<typeof RespondentSchema>;

/** The longest comment a feedback form takes, in characters (about two pages). */
export const FEEDBACK_MAX_LENGTH = 5000;

/**
 * A comment sent in through a feedback form, before anyone has answered it. It becomes a `Feedback`
 * entry of the "You said, we did" register once the area records it.
 *
 * @example
 * FeedbackSubmissionSchema.parse({ youSaid: 'The Local Offer is hard to search.', consentToPublish: true });
 */
export const FeedbackSubmissionSchema = z.strictObject({
  youSaid: z
    .string({ error: 'expected text' })
    .regex(/\S/, { error: 'expected some text' })
    .trim()
    .max(FEEDBACK_MAX_LENGTH, { error: `expected at most ${FEEDBACK_MAX_LENGTH} characters` }),
  workstreamId: IdSchema.optional(),
  respondent: RespondentSchema.optional(),
  /** Whether the comment may be published, anonymised, in the register. */
  consentToPublish: z.boolean({ error: 'expected true or false' }),
  email: z.email({ error: 'expected an email address, like name@example.com' }).optional(),
});
export type FeedbackSubmission = z.infer<typeof FeedbackSubmissionSchema>;

/**
 * Checks what a feedback form sends, and with a plan, that the part of the plan it names is one of
 * the plan's workstreams. Text is trimmed. Never throws; every problem has the path of its field.
 *
 * @example
 * parseFeedbackSubmission({ youSaid: ' ', consentToPublish: false }).problems[0]?.message;
 * // 'youSaid: expected some text, found " ".'
 */
export function parseFeedbackSubmission(input: unknown, plan?: Pick<Plan, 'workstreams'>): ParseResult<FeedbackSubmission> {
  const parsed = FeedbackSubmissionSchema.safeParse(input, { reportInput: true, error: expectedMessage });
  const problems: Problem[] = parsed.success ? [] : parsed.error.issues.flatMap((issue) => problemsFromIssue(issue));
  if (
    parsed.success &&
    plan &&
    parsed.data.workstreamId !== undefined &&
    !plan.workstreams.some((ws) => ws.id === parsed.data.workstreamId)
  )
    problems.push(makeProblem(['workstreamId'], "one of the plan's workstreams", describeValue(parsed.data.workstreamId)));
  if (parsed.success && problems.length === 0) return { ok: true, value: parsed.data, problems: [] };
  return { ok: false, problems };
}
