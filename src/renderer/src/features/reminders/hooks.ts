import { todayLocal } from '../../lib/dates'
import { useLeapQuery } from '../../lib/query'

/** What is due today (the same answer the daily reminder gives), refreshed by any write it reads. */
export const useToday = () => useLeapQuery('reminders.today', { today: todayLocal() })
