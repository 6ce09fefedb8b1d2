import { useState } from 'react'
import type { Feedback } from '../../../../shared/domain/feedback'
import { useFeedback } from './hooks'

/** A person's feedback by the talking point that carries it, and the one being marked delivered. */
export function useFeedbackOnPoints(memberId: string) {
  const list = useFeedback(memberId)
  const [delivering, setDelivering] = useState<Feedback | null>(null)
  const byPoint = new Map(
    (list.data ?? []).flatMap((item) => (item.talkingPointId ? [[item.talkingPointId, item] as const] : []))
  )
  return { byPoint, delivering, setDelivering }
}

/** The id of feedback still to deliver, for the talking point that carries it. */
export const toDeliver = (feedback: Feedback | undefined) =>
  feedback?.givenOn === null ? feedback.id : undefined
