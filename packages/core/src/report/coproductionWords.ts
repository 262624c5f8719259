import type { Feedback, LadderStep } from '../model/coproduction.js';
import type { Respondent } from '../model/feedbackSubmission.js';

/**
 * The words registers and reports use for each status of a "You said, we did" entry.
 *
 * @example
 * FEEDBACK_STATUS_WORDS['not-taken-forward']; // 'Not taken forward'
 */
export const FEEDBACK_STATUS_WORDS: Readonly<Record<Feedback['status'], string>> = {
  received: 'Received',
  'in-progress': 'In progress',
  done: 'Done',
  'not-taken-forward': 'Not taken forward',
};

/**
 * The seven steps of the ladder of participation, lowest first, in words.
 *
 * @example
 * LADDER_STEP_WORDS['co-design']; // 'Co-design'
 */
export const LADDER_STEP_WORDS: Readonly<Record<LadderStep, string>> = {
  coercion: 'Coercion',
  educating: 'Educating',
  informing: 'Informing',
  consultation: 'Consultation',
  engagement: 'Engagement',
  'co-design': 'Co-design',
  'co-production': 'Co-production',
};

/** The ladder's steps in order, lowest first. */
export const LADDER_STEPS: readonly LadderStep[] = [
  'coercion',
  'educating',
  'informing',
  'consultation',
  'engagement',
  'co-design',
  'co-production',
];

/** Who an engagement reached, in words. */
export const AUDIENCE_WORDS = {
  'parents-carers': 'Parents and carers',
  'children-young-people': 'Children and young people',
  practitioners: 'Practitioners',
  schools: 'Schools',
  partners: 'Partners',
  'voluntary-sector': 'Voluntary sector',
} as const;

/** How an engagement was held, in words. */
export const ENGAGEMENT_METHOD_WORDS = {
  'parent-group': 'Parent group',
  'virtual-event': 'Online event',
  'in-person-event': 'Event in person',
  'one-to-one': 'One-to-one',
  survey: 'Survey',
  workshop: 'Workshop',
  'working-group': 'Working group',
  newsletter: 'Newsletter',
  other: 'Other',
} as const;

/** The Four Cornerstones of co-production, in words. */
export const CORNERSTONE_WORDS = {
  'welcome-and-care': 'Welcome and care',
  'value-and-include': 'Value and include',
  communicate: 'Communicate',
  'work-in-partnership': 'Work in partnership',
} as const;

/** Who is giving feedback, in words a form offers. */
export const RESPONDENT_WORDS: Readonly<Record<Respondent, string>> = {
  'parent-carer': 'A parent or carer',
  'young-person': 'A child or young person',
  practitioner: 'Someone who works with children and young people',
  other: 'Someone else',
};
