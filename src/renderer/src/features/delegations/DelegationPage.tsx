import { useState, type ReactNode } from 'react'
import { ArrowLeft, ArrowUpDown, CheckCheck, MessageSquarePlus, Pencil, Trash2 } from 'lucide-react'
import type { DelegationDetail } from '../../../../shared/domain/delegations'
import { checkinBudget, describeRhythm } from '../../../../shared/domain/checkinBudget'
import { enactedAuthority } from '../../../../shared/domain/enactedAuthority'
import { CLOSED_STATUSES, STATUS_LABELS } from '../../../../shared/domain/delegationVocabulary'
import { Dialog } from '../../components/Dialog'
import { useToast } from '../../components/Toasts'
import { formatDay, todayLocal } from '../../lib/dates'
import { navigate } from '../../lib/router'
import { ChangeLevelDialog } from './ChangeLevelDialog'
import { CheckInDialog } from './CheckInDialog'
import { CheckinStatus } from './CheckinStatus'
import { CheckinTimeline } from './CheckinTimeline'
import { CloseDialog } from './CloseDialog'
import { DelegationForm } from './DelegationForm'
import { LettingGoNotes } from './LettingGoNotes'
import { useDelegation, useUpdateDelegation } from './hooks'
import { LevelBadge } from './LevelBadge'
import { Markdown } from './Markdown'
import { Prediction } from './Prediction'
import { RescueTrigger } from './RescueTrigger'
import { useTrashDelegation } from './useTrashDelegation'
import './delegations.css'

type Open = 'edit' | 'checkin' | 'level' | 'close' | null

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="delegation-section" aria-label={title}>
      <h2>{title}</h2>
      {children}
    </section>
  )
}

/** One delegation: what was handed over and on what terms, its check-in timeline and its authority steps. */
export function DelegationPage({ id }: { id: string }) {
  const delegation = useDelegation(id)
  const [open, setOpen] = useState<Open>(null)
  if (delegation.isError) {
    return (
      <div className="page">
        <p className="banner banner--error" role="alert">
          {delegation.error.message}
        </p>
        <button type="button" className="button" onClick={() => navigate('/delegations')}>
          <ArrowLeft size={16} aria-hidden /> All delegations
        </button>
      </div>
    )
  }
  if (!delegation.data) return <div className="page" aria-busy="true" />
  return <DelegationView delegation={delegation.data} open={open} setOpen={setOpen} />
}

function DelegationView({
  delegation: d,
  open,
  setOpen
}: {
  delegation: DelegationDetail
  open: Open
  setOpen: (open: Open) => void
}) {
  const update = useUpdateDelegation()
  const trash = useTrashDelegation()
  const toast = useToast()
  const closed = (CLOSED_STATUSES as readonly string[]).includes(d.status)
  const done = () => setOpen(null)

  return (
    <div className="page delegation-page">
      <button type="button" className="link-button" onClick={() => navigate('/delegations')}>
        <ArrowLeft size={14} aria-hidden /> All delegations
      </button>
      <header className="page__header">
        <div>
          <h1>{d.title}</h1>
          <p className="page__subtitle delegation-page__meta">
            <span>
              For{' '}
              <button type="button" className="link-button" onClick={() => navigate(`/team/${d.memberId}`)}>
                {d.memberName}
              </button>
            </span>
            <span className={`badge status status--${d.status}`}>{STATUS_LABELS[d.status]}</span>
            <LevelBadge level={d.authorityLevel} />
            {d.tags.map((tag) => (
              <span key={tag} className="chip">
                {tag}
              </span>
            ))}
          </p>
          <LettingGoNotes
            level={d.authorityLevel}
            enacted={enactedAuthority(
              d.authorityLevel,
              d.checkins.map((checkin) => checkin.leaderResponse)
            )}
            budget={
              d.status === 'active'
                ? checkinBudget(
                    d.authorityLevel,
                    d.checkinEveryDays,
                    d.checkins.map((checkin) => checkin.date),
                    todayLocal()
                  )
                : null
            }
            evidence={
              <button
                type="button"
                className="link-button"
                onClick={() => document.getElementById('timeline-heading')?.scrollIntoView()}
              >
                See the check-ins
              </button>
            }
            always
          />
        </div>
        <div className="page__actions">
          {!closed && (
            <button type="button" className="button button--primary" onClick={() => setOpen('checkin')}>
              <MessageSquarePlus size={16} aria-hidden /> Check in
            </button>
          )}
          <button type="button" className="button" onClick={() => setOpen('level')}>
            <ArrowUpDown size={16} aria-hidden /> Change level
          </button>
          {d.status !== 'cancelled' && (
            <button type="button" className="button" onClick={() => setOpen('close')}>
              <CheckCheck size={16} aria-hidden /> {closed ? 'Edit outcome' : 'Close'}
            </button>
          )}
          <button
            type="button"
            className="icon-button"
            aria-label="Edit delegation"
            onClick={() => setOpen('edit')}
          >
            <Pencil size={16} aria-hidden />
          </button>
          <button
            type="button"
            className="icon-button icon-button--danger"
            aria-label="Delete delegation"
            onClick={() => trash(d, () => navigate('/delegations'))}
          >
            <Trash2 size={16} aria-hidden />
          </button>
        </div>
      </header>

      <div className="delegation-page__grid">
        <div className="card delegation-page__terms">
          {(d.outcome || d.lessons) && (
            <div className="delegation-page__outcome">
              {d.outcome && (
                <Section title="Outcome">
                  <Markdown>{d.outcome}</Markdown>
                </Section>
              )}
              {d.lessons && (
                <Section title="Lessons learned">
                  <Markdown>{d.lessons}</Markdown>
                </Section>
              )}
            </div>
          )}
          <Section title="Responsibility handed over">
            {d.responsibility ? (
              <Markdown>{d.responsibility}</Markdown>
            ) : (
              <p className="muted">Not written yet.</p>
            )}
          </Section>
          <Section title="Why this person">
            <p className={d.whyThisPerson ? 'prose' : 'muted'}>{d.whyThisPerson ?? 'Not written yet.'}</p>
            {d.goalId && (
              <p className="delegation-page__goal">
                Serves:{' '}
                <button
                  type="button"
                  className="link-button"
                  onClick={() => navigate(`/team/${d.memberId}?goal=${d.goalId}`)}
                >
                  {d.goalTitle}
                </button>
              </p>
            )}
          </Section>
          <Section title="Success criteria">
            {d.successCriteria.length > 0 ? (
              <ul className="criteria-view">
                {d.successCriteria.map((criterion, index) => (
                  <li key={index}>{criterion}</li>
                ))}
              </ul>
            ) : (
              <p className="muted">None yet: how will you both know it went well?</p>
            )}
          </Section>
          <Section title="Resources and support">
            <p className={d.resources ? 'prose' : 'muted'}>{d.resources ?? 'Not written yet.'}</p>
          </Section>
          <Section title="Constraints">
            <p className={d.constraints ? 'prose' : 'muted'}>{d.constraints ?? 'None.'}</p>
          </Section>
          <RescueTrigger delegation={d} open={!closed} />
        </div>

        <aside className="delegation-page__side">
          <dl className="card facts">
            <div>
              <dt>Started</dt>
              <dd>{d.startedOn ? formatDay(d.startedOn) : 'Not yet'}</dd>
            </div>
            <div>
              <dt>Due</dt>
              <dd>{d.dueDate ? formatDay(d.dueDate) : 'No due date'}</dd>
            </div>
            <div>
              <dt>Check-in rhythm</dt>
              <dd>{describeRhythm(d.authorityLevel, d.checkinEveryDays)}</dd>
            </div>
            {d.status === 'active' && (
              <div>
                <dt>Check-ins</dt>
                <dd>
                  <CheckinStatus delegation={d} today={todayLocal()} />
                </dd>
              </div>
            )}
            {d.completedOn && (
              <div>
                <dt>Completed</dt>
                <dd>{formatDay(d.completedOn)}</dd>
              </div>
            )}
          </dl>
          <Prediction delegation={d} />
          <section className="card" aria-labelledby="steps-heading">
            <h2 id="steps-heading">Authority over time</h2>
            <ol className="steps" aria-label="Authority steps">
              {[...d.authoritySteps].reverse().map((step) => (
                <li key={step.id} className="steps__item">
                  <LevelBadge level={step.toLevel} />
                  <span className="steps__when">
                    {formatDay(step.changedOn)}
                    {step.fromLevel === null
                      ? ' · start'
                      : step.toLevel > step.fromLevel
                        ? ' · raised'
                        : ' · lowered'}
                  </span>
                  {step.reason && <span className="steps__reason">{step.reason}</span>}
                </li>
              ))}
            </ol>
          </section>
        </aside>
      </div>

      <CheckinTimeline delegation={d} />

      <Dialog title={`Edit ${d.title}`} open={open === 'edit'} onClose={done} wide>
        {open === 'edit' && (
          <DelegationForm
            delegation={d}
            submitLabel="Save changes"
            onCancel={done}
            onSubmit={async ({ memberId: _member, authorityLevel: _level, ...fields }, trimmed) => {
              await update.mutateAsync({ id: d.id, ...fields })
              done()
              toast({ message: trimmed ?? `Saved “${fields.title}”.` })
            }}
          />
        )}
      </Dialog>
      {open === 'checkin' && <CheckInDialog delegation={d} onDone={done} />}
      {open === 'level' && <ChangeLevelDialog delegation={d} onDone={done} />}
      {open === 'close' && <CloseDialog delegation={d} onDone={done} />}
    </div>
  )
}
