import { useState } from 'react'
import type { OneOnOnePrep } from '../../../../shared/domain/oneOnOnes'
import {
  authorityLevel,
  RESPONSE_LABELS,
  SIGNAL_LABELS,
  type CheckinSignal
} from '../../../../shared/domain/delegationVocabulary'
import { formatDay } from '../../lib/dates'
import { CheckInDialog } from '../delegations/CheckInDialog'
import { LettingGoNotes } from '../delegations/LettingGoNotes'
import { WorkedOutDialog } from '../delegations/WorkedOutDialog'

type ActiveDelegation = OneOnOnePrep['activeDelegations'][number]

/**
 * The person's active delegations as the 1:1 needs them. Only those with a check-in due, a rescue trigger
 * that fired, a question left from last time or a warning about the leader's own part are brought up; the
 * rest are listed apart, to be left with the person: checking in before it is due takes the decision back.
 */
export function PrepDelegations({ prep }: { prep: OneOnOnePrep }) {
  const name = prep.member.name
  const toRaise = prep.activeDelegations.filter(
    (d) => d.checkinDue || d.rescue || d.openQuestion || d.enacted?.flagged || d.budget.over
  )
  const toLeave = prep.activeDelegations.filter((d) => !toRaise.includes(d))
  return (
    <section className="prep__panel" aria-labelledby="prep-delegations">
      <h2 id="prep-delegations">Active delegations</h2>
      {prep.activeDelegations.length === 0 && (
        <p className="muted">No active delegations. What could {name} own next?</p>
      )}
      {toRaise.length > 0 && (
        <ul className="prep__delegations">
          {toRaise.map((delegation) => (
            <PrepDelegation key={delegation.id} delegation={delegation} memberName={name} />
          ))}
        </ul>
      )}
      {toLeave.length > 0 && (
        <details className="prep__not-due">
          <summary>
            {toLeave.length} not due: leave {toLeave.length === 1 ? 'it' : 'them'} with {name}
          </summary>
          <ul className="prep__delegations">
            {toLeave.map((delegation) => (
              <PrepDelegation key={delegation.id} delegation={delegation} memberName={name} />
            ))}
          </ul>
        </details>
      )}
    </section>
  )
}

/** One delegation: level, last check-in, what calls for attention, and a way to record a check-in. */
function PrepDelegation({ delegation, memberName }: { delegation: ActiveDelegation; memberName: string }) {
  const [open, setOpen] = useState<'checkin' | 'answer' | null>(null)
  const level = authorityLevel(delegation.authorityLevel)
  const question = delegation.openQuestion
  return (
    <li>
      <a href={`#/delegations/${delegation.id}`}>{delegation.title}</a>
      <span className="prep__meta">
        {level.level} {level.name}
        {delegation.lastCheckin
          ? ` · last check-in ${formatDay(delegation.lastCheckin.date)}: ${SIGNAL_LABELS[delegation.lastCheckin.signal as CheckinSignal] ?? delegation.lastCheckin.signal}`
          : ' · no check-in yet'}
      </span>
      {delegation.rescue && (
        <p className="prep__rescue" role="note">
          <strong>Rescue trigger fired.</strong> {delegation.rescue} Stepping in now is what you agreed.
        </p>
      )}
      <LettingGoNotes
        level={delegation.authorityLevel}
        enacted={delegation.enacted}
        budget={delegation.budget}
        evidence={<a href={`#/delegations/${delegation.id}`}>See the check-ins</a>}
      />
      {question && (
        <p className="prep__question">
          On {formatDay(question.date)} you {RESPONSE_LABELS[question.leaderResponse].toLowerCase()}. Ask: did
          they work it out, and what did they learn?{' '}
          <button type="button" className="link-button" onClick={() => setOpen('answer')}>
            Note their answer
          </button>
        </p>
      )}
      <span className="prep__row">
        {delegation.checkinDue && <span className="badge badge--warning">Check-in due</span>}
        <button
          type="button"
          className="button button--small"
          onClick={() => setOpen('checkin')}
          aria-label={`Check in on ${delegation.title}`}
        >
          Check in
        </button>
      </span>
      {open === 'checkin' && (
        <CheckInDialog
          delegation={{ id: delegation.id, title: delegation.title, memberName, status: 'active' }}
          onDone={() => setOpen(null)}
        />
      )}
      {open === 'answer' && question && (
        <WorkedOutDialog
          checkinId={question.checkinId}
          title={delegation.title}
          date={question.date}
          onDone={() => setOpen(null)}
        />
      )}
    </li>
  )
}
