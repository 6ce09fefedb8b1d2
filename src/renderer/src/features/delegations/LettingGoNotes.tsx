import { TriangleAlert } from 'lucide-react'
import type { ReactNode } from 'react'
import { describeOverBudget, type CheckinBudget } from '../../../../shared/domain/checkinBudget'
import { describeEnacted, gapAdvice, type EnactedAuthority } from '../../../../shared/domain/enactedAuthority'

interface Props {
  level: number
  enacted: EnactedAuthority | null
  /** Null where the delegation is not active: a closed one has no rhythm left to keep. */
  budget: CheckinBudget | null
  /** Leads to the check-ins behind a flag. */
  evidence: ReactNode
  /** Also say the enacted level when it is close to the agreed one (the delegation's own page). */
  always?: boolean
}

/**
 * Whether the leader lets go as agreed: the level the latest check-ins enacted beside the one agreed (flagged
 * two levels apart), and check-ins more often than the rhythm agreed.
 */
export function LettingGoNotes({ level, enacted, budget, evidence, always = false }: Props) {
  const flags = [
    enacted?.flagged && (
      <>
        <strong>{describeEnacted(enacted)}.</strong> {gapAdvice(enacted)}
      </>
    ),
    budget?.over && <>{describeOverBudget(level, budget)} Checking in this often takes the decision back.</>
  ].filter(Boolean)
  if (flags.length === 0) {
    return always && enacted ? <p className="enacted">{describeEnacted(enacted)}</p> : null
  }
  return (
    <div className="enacted enacted--flagged" role="note" aria-label="Letting go">
      {flags.map((flag, index) => (
        <p key={index}>
          <TriangleAlert size={14} aria-hidden /> {flag}
        </p>
      ))}
      <p>{evidence}</p>
    </div>
  )
}
