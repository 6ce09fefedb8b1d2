import { SIGNAL_LABELS, type CheckinSignal } from './delegationVocabulary'

export interface RescueTrigger {
  rescueTrigger: string | null
  rescueOn: string | null
  rescueSignal: CheckinSignal | null
  rescueSignalTimes: number | null
  rescueHappenedOn: string | null
}

/** Why the rescue trigger fired, in the leader's terms; null while it has not. */
export function rescueFired(
  trigger: RescueTrigger,
  signals: readonly CheckinSignal[],
  today: string
): string | null {
  if (trigger.rescueHappenedOn !== null && trigger.rescueHappenedOn <= today)
    return `You marked “${trigger.rescueTrigger ?? 'the trigger'}” as happened.`
  if (trigger.rescueOn !== null && trigger.rescueOn <= today) return `The day you set has come.`
  if (trigger.rescueSignal !== null) {
    const needed = trigger.rescueSignalTimes ?? 1
    const seen = signals.filter((signal) => signal === trigger.rescueSignal).length
    if (seen >= needed)
      return `Check-ins said “${SIGNAL_LABELS[trigger.rescueSignal]}” ${seen} ${seen === 1 ? 'time' : 'times'}.`
  }
  return null
}

/** "I step in only if …", with what Leap watches for; null when nothing is set. */
export function describeTrigger(trigger: RescueTrigger, formatDay: (day: string) => string): string | null {
  const parts = [
    trigger.rescueTrigger,
    trigger.rescueSignal !== null &&
      `check-ins say “${SIGNAL_LABELS[trigger.rescueSignal]}” ${trigger.rescueSignalTimes ?? 1} ${trigger.rescueSignalTimes === 1 ? 'time' : 'times'}`,
    trigger.rescueOn !== null && `it is ${formatDay(trigger.rescueOn)}`
  ].filter((part): part is string => typeof part === 'string' && part !== '')
  return parts.length === 0 ? null : `I step in only if ${parts.join(', or ')}.`
}
