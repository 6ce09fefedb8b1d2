import { NewTalkingPoint } from './NewTalkingPoint'
import { TalkingPointRow } from './TalkingPointRow'
import { useTalkingPoints } from './hooks'

/** On a person's page: the topics waiting for the next one-on-one, and a line to jot another. */
export function MemberTalkingPoints({ memberId, memberName }: { memberId: string; memberName: string }) {
  const points = useTalkingPoints(memberId)
  return (
    <section className="card" aria-labelledby="talking-points-title">
      <h2 id="talking-points-title">Talking points for the next one-on-one</h2>
      {(points.data ?? []).length === 0 ? (
        <p className="muted">Nothing waiting. Topics jotted here come first in the next one-on-one.</p>
      ) : (
        <ul className="action-list">
          {points.data!.map((point) => (
            <TalkingPointRow key={point.id} point={point} />
          ))}
        </ul>
      )}
      <NewTalkingPoint memberId={memberId} memberName={memberName} />
    </section>
  )
}
