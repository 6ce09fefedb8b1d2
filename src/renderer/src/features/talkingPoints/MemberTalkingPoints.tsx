import { NewTalkingPoint } from './NewTalkingPoint'
import { TalkingPointRow } from './TalkingPointRow'
import { useTalkingPoints } from './hooks'
import { toDeliver, useFeedbackOnPoints } from '../feedback/useFeedbackOnPoints'

/** On a person's page: the topics waiting for the next one-on-one, and a line to jot another. */
export function MemberTalkingPoints({ memberId, memberName }: { memberId: string; memberName: string }) {
  const points = useTalkingPoints(memberId)
  const feedback = useFeedbackOnPoints(memberId)
  return (
    <section className="card" aria-labelledby="talking-points-title">
      <h2 id="talking-points-title">Talking points for the next one-on-one</h2>
      {(points.data ?? []).length === 0 ? (
        <p className="muted">Nothing waiting. Topics jotted here come first in the next one-on-one.</p>
      ) : (
        <ul className="action-list">
          {points.data!.map((point) => (
            <TalkingPointRow
              key={point.id}
              point={point}
              feedbackToDeliver={toDeliver(feedback.byPoint.get(point.id))}
            />
          ))}
        </ul>
      )}
      <NewTalkingPoint memberId={memberId} memberName={memberName} />
    </section>
  )
}
