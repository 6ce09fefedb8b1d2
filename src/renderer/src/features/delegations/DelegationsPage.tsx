import { useState } from 'react'
import { Handshake, Plus } from 'lucide-react'
import type { Delegation } from '../../../../shared/domain/delegations'
import { DELEGATION_STATUSES, type DelegationStatus } from '../../../../shared/domain/delegationVocabulary'
import { Dialog } from '../../components/Dialog'
import { EmptyState } from '../../components/EmptyState'
import { useToast } from '../../components/Toasts'
import { todayLocal } from '../../lib/dates'
import { navigate } from '../../lib/router'
import { useMembers } from '../members/hooks'
import { byCheckinUrgency } from './checkinDue'
import { CheckInDialog } from './CheckInDialog'
import { BoardColumn } from './BoardColumn'
import { DelegationForm } from './DelegationForm'
import { useCreateDelegation, useDelegations } from './hooks'
import './delegations.css'

/** The board: every delegation by status, overdue check-ins on top of each column. */
export function DelegationsPage({ startCreating = false }: { startCreating?: boolean }) {
  const [memberId, setMemberId] = useState('')
  const [creating, setCreating] = useState(startCreating)
  const [checkingIn, setCheckingIn] = useState<Delegation | null>(null)
  const members = useMembers()
  const delegations = useDelegations(memberId || undefined)
  const create = useCreateDelegation()
  const toast = useToast()
  const today = todayLocal()
  const list = delegations.data ?? []
  const column = (status: DelegationStatus) =>
    list.filter((delegation) => delegation.status === status).sort(byCheckinUrgency(today))
  const noTeam = members.isSuccess && members.data.length === 0

  return (
    <div className="page page--wide">
      <header className="page__header">
        <div>
          <h1>Delegations</h1>
          <p className="page__subtitle">
            What you handed over, to whom, and how much authority came with it.
          </p>
        </div>
        <div className="page__actions">
          <label className="inline-field">
            <span>Team member</span>
            <select value={memberId} onChange={(event) => setMemberId(event.target.value)}>
              <option value="">Everyone</option>
              {(members.data ?? []).map((member) => (
                <option key={member.id} value={member.id}>
                  {member.name}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            // The empty screen's "Delegate something" is then the one call to action.
            className={
              delegations.isSuccess && list.length === 0 && !noTeam ? 'button' : 'button button--primary'
            }
            disabled={noTeam}
            onClick={() => setCreating(true)}
          >
            <Plus size={16} aria-hidden /> New delegation
          </button>
        </div>
      </header>

      {delegations.isError && (
        <p className="banner banner--error" role="alert">
          {delegations.error.message}
        </p>
      )}

      {delegations.isSuccess && list.length === 0 ? (
        <EmptyState
          icon={<Handshake size={28} />}
          title={memberId ? 'Nothing delegated to this person yet' : 'No delegations yet'}
          action={
            noTeam ? (
              <button type="button" className="button" onClick={() => navigate('/team')}>
                Add your team first
              </button>
            ) : (
              <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
                <Plus size={16} aria-hidden /> Delegate something
              </button>
            )
          }
        >
          <p>
            Hand over a real responsibility: the outcome, why this person, how much authority they have, and
            the one thing that would make you step in. Then check in, and let them own it.
          </p>
        </EmptyState>
      ) : (
        <div className="board" aria-label="Delegations by status">
          {DELEGATION_STATUSES.map((status) => (
            <BoardColumn
              key={status}
              status={status}
              cards={column(status)}
              today={today}
              onCheckIn={setCheckingIn}
            />
          ))}
        </div>
      )}

      <Dialog title="New delegation" open={creating} onClose={() => setCreating(false)} wide>
        {creating && (
          <DelegationForm
            memberId={memberId || undefined}
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
    </div>
  )
}
