import type { FeedbackKind } from '../../../../shared/domain/feedback'

export const KIND_LABELS: Record<FeedbackKind, string> = { praise: 'Praise', redirect: 'Redirect' }

export const KIND_OPTIONS = [
  { value: 'praise', label: 'Praise' },
  { value: 'redirect', label: 'Redirect' }
] as const

/** "3 praise, 1 redirect", and "in 90 days" when given. */
export function countLine(praise: number, redirect: number, days?: number): string {
  return `${praise} praise, ${redirect} redirect${days === undefined ? '' : ` in ${days} days`}`
}
