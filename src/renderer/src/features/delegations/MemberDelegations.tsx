import { useState } from 'react'
import { Handshake, Plus } from 'lucide-react'
import type { Delegation } from '../../../../shared/domain/delegations'
import { Dialog } from '../../components/Dialog'
import { useToast } from '../../components/Toasts'
import { todayLocal } from '../../lib/dates'
import { navigate } from '../../lib/router'
import { AuthorityLadder } from './AuthorityLadder'
import { byCheckinUrgency } from './checkinDue'
import { CheckInDialog } from './CheckInDialog'
import { CheckinStatus } from './CheckinStatus'
import { DelegationForm } from './DelegationForm'
import { useCreateDelegation, useDelegations } from './hooks'
import { InterventionLog } from './InterventionLog'
import { LettingGoRecord } from './LettingGoRecord'
import { LevelBadge } from './LevelBadge'
import './delegations.css'

/**
 * Everything about what a person owns, for their page (and any screen about them): active delegations with
 * their last check-in and whether one is due, the authority ladder, the intervention log, whether letting go
 * worked, and "New delegation".
 */
export function MemberDelegations({ memberId }: { memberId: string }) {
  const delegations = useDelegations(memberId)
  const create = useCreateDelegation()
  const toast = useToast()
  const [creating, setCreating] = useState(false)
  const [checkingIn, setCheckingIn] = useState<Delegation | null>(null)
  const today = todayLocal()
  const all = delegations.data ?? []
  const active = all.filter((delegation) => delegation.status === 'active').sort(byCheckinUrgency(today))

  return (
    <section className="card member-delegations" aria-labelledby={`delegations-${memberId}`}>
      <header className="member-delegations__header">
        <h2 id={`delegations-${memberId}`}>Delegations</h2>
        <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
          <Plus size={16} aria-hidden /> New delegation
        </button>
      </header>
      {delegations.isError && (
        <p className="banner banner--error" role="alert">
          {delegations.error.message}
        </p>
      )}
      {delegations.isSuccess && all.length === 0 && (
        <div className="member-delegations__empty">
          <Handshake size={20} aria-hidden />
          <p>
            Nothing delegated yet. Hand over an outcome with the authority to decide, agree when you will
            check in, and write down the one thing that would make you step in.
          </p>
        </div>
      )}
      {active.length > 0 && (
        <ul className="delegation-rows" aria-label="Active delegations">
          {active.map((delegation) => (
            <li key={delegation.id} className="delegation-row">
              <button
                type="button"
                className="delegation-row__main"
                onClick={() => navigate(`/delegations/${delegation.id}`)}
              >
                <span className="delegation-row__title">{delegation.title}</span>
                <LevelBadge level={delegation.authorityLevel} />
                <CheckinStatus delegation={delegation} today={today} />
              </button>
              <button
                type="button"
                className="button button--small"
                aria-label={`Check in on ${delegation.title}`}
                onClick={() => setCheckingIn(delegation)}
              >
                Check in
              </button>
            </li>
          ))}
        </ul>
      )}
      {all.length > 0 && (
        <div className="member-delegations__insights">
          <AuthorityLadder memberId={memberId} />
          <InterventionLog memberId={memberId} />
          <LettingGoRecord memberId={memberId} name={all[0]!.memberName} />
        </div>
      )}

      <Dialog title="New delegation" open={creating} onClose={() => setCreating(false)} wide>
        {creating && (
          <DelegationForm
            memberId={memberId}
            submitLabel="Delegate"
            onCancel={() => setCreating(false)}
            onSubmit={async (input, trimmed) => {
              const saved = await create.mutateAsync(input)
              setCreating(false)
              toast({ message: trimmed ?? `Delegated “${saved.title}” to ${saved.memberName}.` })
            }}
          />
        )}
      </Dialog>
      {checkingIn && <CheckInDialog delegation={checkingIn} onDone={() => setCheckingIn(null)} />}
    </section>
  )
}
