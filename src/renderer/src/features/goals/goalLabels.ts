import type { GoalStatus } from '../../../../shared/domain/goals'

export const GOAL_STATUS_LABELS: Record<GoalStatus, string> = {
  active: 'Active',
  achieved: 'Achieved',
  dropped: 'Dropped'
}
