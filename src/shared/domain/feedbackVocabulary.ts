/** The words and spans of feedback as screens use them. Kept free of zod so any screen can import them cheaply. */

export const FEEDBACK_KINDS = ['praise', 'redirect'] as const

/** The days the count on a person's page looks back over, and the days without praise before a nudge. */
export const FEEDBACK_COUNT_DAYS = 90
export const PRAISE_NUDGE_DAYS = 60
