import type { ChannelHandlers } from '../ipc/handlers'
import { todayView } from './today'

export const remindersHandlers: ChannelHandlers<'reminders.today'> = {
  'reminders.today': ({ journal }, input) => todayView(journal.db, input)
}
