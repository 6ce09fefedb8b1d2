import type { ChannelHandlers } from '../ipc/handlers'
import { authorityInsights } from './authority'
import { moodTrend } from './mood'
import { goalInsights } from './goals'
import { delegationOutcomes } from './outcomes'
import { rhythmInsights } from './rhythm'
import { stanceTrend } from './stance'

type InsightsChannel =
  | 'insights.stance'
  | 'insights.mood'
  | 'insights.authority'
  | 'insights.rhythm'
  | 'insights.outcomes'
  | 'insights.goals'

/** One channel per panel, each computed by its own module. */
export const insightsHandlers: ChannelHandlers<InsightsChannel> = {
  'insights.stance': ({ journal }, input) => stanceTrend(journal.db, input),
  'insights.mood': ({ journal }, input) => moodTrend(journal.db, input),
  'insights.authority': ({ journal }, input) => authorityInsights(journal.db, input),
  'insights.rhythm': ({ journal }, input) => rhythmInsights(journal.db, input),
  'insights.outcomes': ({ journal }, input) => delegationOutcomes(journal.db, input),
  'insights.goals': ({ journal }, input) => goalInsights(journal.db, input)
}
