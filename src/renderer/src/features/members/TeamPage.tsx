import { useState } from 'react'
import { Archive, ArchiveRestore, MessagesSquare, Pencil, Trash2, UserPlus, Users } from 'lucide-react'
import type { Member } from '../../../../shared/domain/members'
import { Dialog } from '../../components/Dialog'
import { EmptyState } from '../../components/EmptyState'
import { VirtualList } from '../../components/VirtualList'
import { useToast, useUndoToast } from '../../components/Toasts'
import { navigate } from '../../lib/router'
import { longSpan, shortSpan, todayLocal } from '../../lib/dates'
import { trimNotice } from '../../lib/trimmed'
import { AwayBadge } from './AwayBadge'
import { cadenceStatus } from './cadence'
import {
  useArchiveMember,
  useCreateMember,
  useDeleteMember,
  useMembers,
  useRestoreMember,
  useUpdateMember
} from './hooks'
import { Avatar } from './Avatar'
import { MemberForm } from './MemberForm'
import { SampleTeamBanner, Welcome } from '../sample/Welcome'
import { useSampleTeam } from '../sample/hooks'
import { ReviewOffer } from '../reviews/ReviewOffer'
import { useReviewOffer } from '../reviews/hooks'
import { useToday } from '../reminders/hooks'
import { TodayPanel } from '../reminders/TodayPanel'

const ROW_HEIGHT = 65

type Editing = { mode: 'add' } | { mode: 'edit'; member: Member } | null

export function TeamPage() {
  const [showArchived, setShowArchived] = useState(false)
  const [editing, setEditing] = useState<Editing>(null)
  const members = useMembers(showArchived)
  const create = useCreateMember()
  const update = useUpdateMember()
  const toast = useToast()

  const list = members.data ?? []
  const today = todayLocal()
  // The empty screen's own button is the one call to action; "Show archived" only once there is someone.
  const empty = members.isSuccess && list.length === 0
  const everyone = useMembers(true)
  const nobodyEver = everyone.isSuccess && everyone.data.length === 0
  // What sits above the list is drawn at once and before it: drawn as each answer came, on a slow journal
  // Today and the review offer pushed the list down under the pointer, twice.
  const ready = [useSampleTeam(), useToday(), useReviewOffer()].every((query) => !query.isPending)

  return (
    <div className="page">
      <header className="page__header">
        <div>
          <h1>Team</h1>
          <p className="page__subtitle">The people you lead, and when you last sat down with each of them.</p>
        </div>
        <div className="page__actions">
          {!nobodyEver && (
            <label className="toggle">
              <input
                type="checkbox"
                checked={showArchived}
                onChange={(event) => setShowArchived(event.target.checked)}
              />
              Show archived
            </label>
          )}
          <button
            type="button"
            className={empty ? 'button' : 'button button--primary'}
            onClick={() => setEditing({ mode: 'add' })}
          >
            <UserPlus size={16} aria-hidden /> Add member
          </button>
        </div>
      </header>

      {members.isError && (
        <p className="banner banner--error" role="alert">
          {members.error.message}
        </p>
      )}

      {ready ? (
        <>
          <SampleTeamBanner />
          <TodayPanel />
          <ReviewOffer />
          {members.isSuccess && list.length === 0 && !showArchived && <Welcome />}
          {empty ? (
            <EmptyState
              icon={<Users size={28} />}
              title="No one on your team yet"
              action={
                <button
                  type="button"
                  className="button button--primary"
                  onClick={() => setEditing({ mode: 'add' })}
                >
                  <UserPlus size={16} aria-hidden /> Add your first team member
                </button>
              }
            >
              <p>
                Add the people you lead. Leap keeps their strengths, growth areas and one-on-one rhythm, and
                tells you who is overdue.
              </p>
            </EmptyState>
          ) : (
            // Only the rows in view are drawn: a team of a hundred would otherwise be most of the first screen's work.
            <VirtualList
              role="list"
              aria-label="Team members"
              className="member-list"
              scrollsWithPage
              items={list}
              getKey={(member) => member.id}
              estimateSize={() => ROW_HEIGHT}
              renderItem={(member) => (
                <MemberRow
                  member={member}
                  today={today}
                  onEdit={() => setEditing({ mode: 'edit', member })}
                />
              )}
            />
          )}
        </>
      ) : (
        <div aria-busy="true" />
      )}

      <Dialog
        title={editing?.mode === 'edit' ? `Edit ${editing.member.name}` : 'Add team member'}
        open={editing !== null}
        onClose={() => setEditing(null)}
        wide
      >
        {editing && (
          <MemberForm
            member={editing.mode === 'edit' ? editing.member : undefined}
            submitLabel={editing.mode === 'edit' ? 'Save changes' : 'Add member'}
            onCancel={() => setEditing(null)}
            onSubmit={async (fields) => {
              const saved =
                editing.mode === 'edit'
                  ? await update.mutateAsync({ id: editing.member.id, ...fields })
                  : await create.mutateAsync(fields)
              setEditing(null)
              toast({
                message:
                  trimNotice(fields.name, saved.name) ??
                  (editing.mode === 'edit' ? `Saved ${saved.name}.` : `Added ${saved.name} to your team.`)
              })
            }}
          />
        )}
      </Dialog>
    </div>
  )
}

/** When the last one-on-one was, as a person says it. */
function lastOneOnOneText(daysSince: number | null): string {
  if (daysSince === null) return 'No one-on-one yet'
  if (daysSince === 0) return 'Last 1:1 today'
  if (daysSince === 1) return 'Last 1:1 yesterday'
  return `${longSpan(daysSince)} since last 1:1`
}

function MemberRow({ member, today, onEdit }: { member: Member; today: string; onEdit: () => void }) {
  const archive = useArchiveMember()
  const remove = useDeleteMember()
  const restore = useRestoreMember()
  const toast = useToast()
  const undoable = useUndoToast()
  const { daysSince, daysOverdue, awayUntil, awayFrom } = cadenceStatus(member, today)
  const archived = member.archivedAt !== null

  const report = (error: Error) => toast({ message: error.message, tone: 'error' })
  // The row is gone once the list refreshes, which can be before every query a write refreshes has answered:
  // a promise still settles then, where mutate's own callbacks would not run (TanStack Query skips them for an
  // unmounted component), and the notice, Undo included, would never show.

  return (
    <div role="listitem" className={archived ? 'member-row member-row--archived' : 'member-row'}>
      <button type="button" className="member-row__main" onClick={() => navigate(`/team/${member.id}`)}>
        <Avatar name={member.name} />
        <span className="member-row__who">
          <span className="member-row__name">{member.name}</span>
          <span className="member-row__role">
            {[member.role, member.team].filter(Boolean).join(' · ') || 'No role yet'}
          </span>
        </span>
        <span className="member-row__cadence">{lastOneOnOneText(daysSince)}</span>
        <span className="member-row__badges">
          {archived && <span className="badge">Archived</span>}
          {!archived && <AwayBadge awayUntil={awayUntil} awayFrom={awayFrom} />}
          {!archived && daysOverdue > 0 && (
            <span className="badge badge--warning">Overdue {shortSpan(daysOverdue)}</span>
          )}
        </span>
      </button>
      <div className="member-row__actions">
        {!archived && (
          <button
            type="button"
            className="icon-button"
            aria-label={`Start one-on-one with ${member.name}`}
            title="Start one-on-one"
            onClick={() => navigate(`/one-on-one/${member.id}`)}
          >
            <MessagesSquare size={16} aria-hidden />
          </button>
        )}
        <button type="button" className="icon-button" aria-label={`Edit ${member.name}`} onClick={onEdit}>
          <Pencil size={16} aria-hidden />
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label={archived ? `Unarchive ${member.name}` : `Archive ${member.name}`}
          onClick={() =>
            void archive.mutateAsync({ id: member.id, archived: !archived }).then(
              () =>
                toast({
                  message: archived ? `${member.name} is back on your team.` : `Archived ${member.name}.`
                }),
              report
            )
          }
        >
          {archived ? <ArchiveRestore size={16} aria-hidden /> : <Archive size={16} aria-hidden />}
        </button>
        <button
          type="button"
          className="icon-button icon-button--danger"
          aria-label={`Delete ${member.name}`}
          onClick={() =>
            void remove
              .mutateAsync({ id: member.id })
              .then(
                () =>
                  undoable(`Moved ${member.name} to the trash.`, () =>
                    restore.mutateAsync({ id: member.id }).catch(report)
                  ),
                report
              )
          }
        >
          <Trash2 size={16} aria-hidden />
        </button>
      </div>
    </div>
  )
}
