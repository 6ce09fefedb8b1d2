import { TriangleAlert } from 'lucide-react'
import type { ReactNode } from 'react'
import { describeEnacted, gapAdvice, type EnactedAuthority } from '../../../../shared/domain/enactedAuthority'

/**
 * The level the leader acted at beside the one agreed, from the latest check-ins; a gap of two levels or
 * more is flagged with what it means, and `evidence` leads to the check-ins behind it.
 */
export function EnactedNote({
  enacted,
  evidence
}: {
  enacted: EnactedAuthority | null
  evidence: ReactNode
}) {
  if (!enacted) return null
  if (!enacted.flagged) return <p className="enacted">{describeEnacted(enacted)}</p>
  return (
    <p className="enacted enacted--flagged" role="note">
      <TriangleAlert size={14} aria-hidden /> <strong>{describeEnacted(enacted)}.</strong>{' '}
      {gapAdvice(enacted)} {evidence}
    </p>
  )
}
