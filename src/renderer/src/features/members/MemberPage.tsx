import { Suspense, useState } from 'react'
import { ArrowLeft, ClipboardList, FileDown, MessagesSquare, Pencil } from 'lucide-react'
import { AfterPaint } from '../../components/AfterPaint'
import { Dialog } from '../../components/Dialog'
import { useToast } from '../../components/Toasts'
import { formatDay, todayLocal } from '../../lib/dates'
import { navigate } from '../../lib/router'
import { trimNotice } from '../../lib/trimmed'
import { MemberDelegations } from '../delegations/MemberDelegations'
import { MemberGoals } from '../goals/MemberGoals'
import { openExport } from '../export/export-store'
import { useMember, useTimeline, useUpdateMember } from './hooks'
import { MemberForm } from './MemberForm'
import { Avatar } from './Avatar'
import { MemberTimeline } from './MemberTimeline'
import { ActionItemRow } from '../actionItems/ActionItemRow'
import { useActionItems } from '../actionItems/hooks'
import { onDemand } from '../../lib/onDemand'
import { MemberTalkingPoints } from '../talkingPoints/MemberTalkingPoints'
import { useTalkingPoints } from '../talkingPoints/hooks'
import { MemberFeedback } from '../feedback/MemberFeedback'
import { useFeedback, useFeedbackSummary } from '../feedback/hooks'
import { MemberLeave } from '../leave/MemberLeave'
import { useLeave } from '../leave/hooks'
import { useGoals } from '../goals/hooks'
import { useDelegations } from '../delegations/hooks'
import { AwayBadge } from './AwayBadge'
import { cadenceStatus } from './cadence'

const MemberInsights = onDemand(() => import('../insights/MemberInsights').then((m) => m.MemberInsights))
const insightsPlaceholder = <section className="member-insights" aria-label="Insights" aria-busy="true" />

/**
 * The sections' reads, asked with the person's own: asked by each section once the person had come, they
 * waited a round trip, and the timeline at the foot of the page waited in main behind all the others.
 */
function useSectionReads(id: string): void {
  useTimeline(id)
  useTalkingPoints(id)
  useFeedback(id)
  useFeedbackSummary(id)
  useLeave(id)
  useGoals(id)
  useDelegations(id)
}

export function MemberPage({ id }: { id: string }) {
  const member = useMember(id)
  useSectionReads(id)
  const openItems = useActionItems({ memberId: id, status: 'open' })
  const update = useUpdateMember()
  const [editing, setEditing] = useState(false)
  const toast = useToast()

  if (member.isError) {
    return (
      <div className="page">
        <p className="banner banner--error" role="alert">
          {member.error.message}
        </p>
        <button type="button" className="button" onClick={() => navigate('/team')}>
          <ArrowLeft size={16} aria-hidden /> Back to team
        </button>
      </div>
    )
  }
  if (!member.data) return <div className="page" aria-busy="true" />
  const person = member.data
  const { awayUntil, awayFrom } = cadenceStatus(person, todayLocal())

  const profile: [string, string | null][] = [
    ['Strengths', person.strengths],
    ['Growth areas', person.growthAreas],
    ['Aspirations', person.aspirations],
    ['Notes', person.notes]
  ]

  return (
    <div className="page">
      <button type="button" className="link-button" onClick={() => navigate('/team')}>
        <ArrowLeft size={14} aria-hidden /> Team
      </button>
      <header className="page__header">
        <div className="profile-heading">
          <Avatar name={person.name} large />
          <div>
            <h1>{person.name}</h1>
            <p className="page__subtitle">
              {[person.role, person.team].filter(Boolean).join(' · ') || 'No role yet'}
              {person.startDate && ` · since ${formatDay(person.startDate)}`}
              {` · one-on-one every ${person.cadenceDays} days`}
            </p>
            <AwayBadge awayUntil={awayUntil} awayFrom={awayFrom} />
          </div>
        </div>
        <div className="page__actions">
          <button
            type="button"
            className="button"
            onClick={() => openExport({ kind: 'member', memberId: person.id })}
          >
            <FileDown size={16} aria-hidden /> Export
          </button>
          <button type="button" className="button" onClick={() => navigate(`/team/${person.id}/packet`)}>
            <ClipboardList size={16} aria-hidden /> Review packet
          </button>
          <button type="button" className="button" onClick={() => setEditing(true)}>
            <Pencil size={16} aria-hidden /> Edit profile
          </button>
          <button
            type="button"
            className="button button--primary"
            onClick={() => navigate(`/one-on-one/${person.id}`)}
          >
            <MessagesSquare size={16} aria-hidden /> Start one-on-one
          </button>
        </div>
      </header>

      <section className="card" aria-label="Profile">
        <dl className="profile">
          {profile.map(([label, value]) => (
            <div key={label} className="profile__item">
              <dt>{label}</dt>
              <dd className={value ? undefined : 'muted'}>{value ?? 'Not written yet.'}</dd>
            </div>
          ))}
        </dl>
      </section>
      <MemberTalkingPoints memberId={person.id} memberName={person.name} />
      <MemberFeedback member={person} />
      <MemberLeave member={person} />
      <MemberGoals member={person} />
      <MemberDelegations memberId={person.id} />

      <section className="card" aria-labelledby="open-items-title">
        <h2 id="open-items-title">Open action items</h2>
        {(openItems.data ?? []).length === 0 ? (
          <p className="muted">Nothing open with {person.name}.</p>
        ) : (
          <ul className="action-list">
            {openItems.data!.map((item) => (
              <ActionItemRow key={item.id} item={item} />
            ))}
          </ul>
        )}
      </section>

      <AfterPaint fallback={insightsPlaceholder}>
        <Suspense fallback={insightsPlaceholder}>
          <MemberInsights memberId={person.id} />
        </Suspense>
      </AfterPaint>

      <MemberTimeline memberId={person.id} memberName={person.name} />

      <Dialog title={`Edit ${person.name}`} open={editing} onClose={() => setEditing(false)} wide>
        {editing && (
          <MemberForm
            member={person}
            submitLabel="Save changes"
            onCancel={() => setEditing(false)}
            onSubmit={async (fields) => {
              const saved = await update.mutateAsync({ id: person.id, ...fields })
              setEditing(false)
              toast({ message: trimNotice(fields.name, saved.name) ?? `Saved ${saved.name}.` })
            }}
          />
        )}
      </Dialog>
    </div>
  )
}
