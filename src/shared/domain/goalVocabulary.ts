/** The words of growth goals as people read them. Kept free of zod so any screen can import them cheaply. */

export const GOAL_STATUSES = ['active', 'achieved', 'dropped'] as const
export const GOAL_STATUS_LABELS: Record<(typeof GOAL_STATUSES)[number], string> = {
  active: 'Active',
  achieved: 'Achieved',
  dropped: 'Dropped'
}
