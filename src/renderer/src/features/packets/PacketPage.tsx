import { useState } from 'react'
import { ArrowLeft, FileDown, Printer } from 'lucide-react'
import { subMonths, format, parseISO } from 'date-fns'
import type { Packet } from '../../../../shared/domain/packets'
import { GOAL_STATUS_LABELS } from '../../../../shared/domain/goalVocabulary'
import {
  AUTHORITY_LEVELS,
  STATUS_LABELS,
  WORKED_OUT_LABELS
} from '../../../../shared/domain/delegationVocabulary'
import { useToast } from '../../components/Toasts'
import { formatDay, todayLocal } from '../../lib/dates'
import { write } from '../../lib/query'
import { navigate } from '../../lib/router'
import { usePacket } from './hooks'
import { PacketFeedback } from '../feedback/PacketFeedback'
import './packets.css'

const level = (n: number) => `${n} ${AUTHORITY_LEVELS[n - 1]?.name ?? ''}`
const trend = ({ count, firstHalf, secondHalf }: Packet['mood']) =>
  count === 0
    ? 'Not recorded in this period'
    : secondHalf === null
      ? `${firstHalf} (one rating)`
      : `${firstHalf} in the first half, ${secondHalf} in the second (${count} ratings)`

/**
 * The review packet: one page to write a performance review from, for a person and a period (the last six
 * months by default). It prints as it reads (the app's chrome is left out of print), is saved as PDF by the
 * window, or as one markdown file.
 */
export function PacketPage({ memberId }: { memberId: string }) {
  const today = todayLocal()
  const [from, setFrom] = useState(format(subMonths(parseISO(today), 6), 'yyyy-MM-dd'))
  const [to, setTo] = useState(today)
  const packet = usePacket(memberId, from, to)
  const toast = useToast()
  const save = async (channel: 'packets.savePdf' | 'packets.saveMarkdown') => {
    try {
      const { path } = await write(channel, { memberId, from, to })
      // The file's name is enough to find it again; the folder is the one just chosen in the dialog.
      if (path) toast({ message: `Saved the review packet as “${path.split(/[\\/]/u).pop()}”.` })
    } catch (error) {
      toast({ message: (error as Error).message, tone: 'error' })
    }
  }
  const p = packet.data
  return (
    <div className="page packet">
      <button type="button" className="link-button no-print" onClick={() => navigate(`/team/${memberId}`)}>
        <ArrowLeft size={14} aria-hidden /> {p?.member.name ?? 'Back'}
      </button>
      <header className="page__header">
        <div>
          <h1>Review packet{p ? `: ${p.member.name}` : ''}</h1>
          <p className="page__subtitle">
            {p?.member.role ? `${p.member.role}, ` : ''}
            {formatDay(from)} to {formatDay(to)}
          </p>
        </div>
        <div className="page__actions no-print">
          <label className="packet__period">
            From <input type="date" value={from} max={to} onChange={(event) => setFrom(event.target.value)} />
          </label>
          <label className="packet__period">
            To <input type="date" value={to} min={from} onChange={(event) => setTo(event.target.value)} />
          </label>
          <button type="button" className="button" disabled={!p} onClick={() => void save('packets.savePdf')}>
            <Printer size={16} aria-hidden /> Save as PDF…
          </button>
          <button
            type="button"
            className="button"
            disabled={!p}
            onClick={() => void save('packets.saveMarkdown')}
          >
            <FileDown size={16} aria-hidden /> Export as markdown…
          </button>
        </div>
      </header>
      {packet.isError && (
        <p className="banner banner--error" role="alert">
          {packet.error.message}
        </p>
      )}
      {p && <PacketBody packet={p} />}
    </div>
  )
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="card packet__section" aria-label={title}>
      <h2>{title}</h2>
      {children}
    </section>
  )
}

function PacketBody({ packet }: { packet: Packet }) {
  const { interventions } = packet
  return (
    <>
      <Section title="Delegations">
        {packet.delegations.length === 0 ? (
          <p className="muted">None under way in this period.</p>
        ) : (
          <ul>
            {packet.delegations.map((d) => (
              <li key={d.id}>
                <a href={`#/delegations/${d.id}`}>{d.title}</a>: {STATUS_LABELS[d.status]}
                {d.completedOn && ` on ${formatDay(d.completedOn)}`}, at {level(d.level)}
                {d.raised.map((r) => (
                  <span key={`${r.on}-${r.to}`}>
                    ; raised {level(r.from)} to {level(r.to)} on {formatDay(r.on)}
                    {r.reason && ` (${r.reason})`}
                  </span>
                ))}
                {d.outcome && <p className="packet__text">Outcome: {d.outcome}</p>}
                {d.lessons && <p className="packet__text">Lessons: {d.lessons}</p>}
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section title="Growth goals">
        {packet.goals.length === 0 ? (
          <p className="muted">No growth goals active or achieved in this period.</p>
        ) : (
          <ul>
            {packet.goals.map((g) => (
              <li key={g.id}>
                <a href={`#/team/${packet.member.id}?goal=${g.id}`}>{g.title}</a>:{' '}
                {GOAL_STATUS_LABELS[g.status].toLowerCase()}
                {g.why && <p className="packet__text">{g.why}</p>}
                {g.delegations.length > 0 && (
                  <p className="packet__text">
                    Served by{' '}
                    {g.delegations.map((d, index) => (
                      <span key={d.id}>
                        {index > 0 && ', '}
                        <a href={`#/delegations/${d.id}`}>{d.title}</a> (
                        {STATUS_LABELS[d.status].toLowerCase()}, at {level(d.authorityLevel)})
                      </span>
                    ))}
                  </p>
                )}
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section title="Letting go">
        <p>
          {interventions.ratio === null
            ? 'No check-ins to judge in this period.'
            : `Intervening ${Math.round(interventions.ratio * 100)}%: stepped in or took it back ${interventions.intervening}, held back or asked questions ${interventions.lettingGo}.`}
        </p>
        {packet.predictions.length > 0 && (
          <ul>
            {packet.predictions.map((prediction) => (
              <li key={prediction.delegationId}>
                Predicted {prediction.successEstimate}% for {prediction.title}:{' '}
                {STATUS_LABELS[prediction.status].toLowerCase()} ({prediction.verdict.replace('_', ' ')})
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section title="What they learned">
        {packet.lessons.length === 0 ? (
          <p className="muted">No answers to “did they work it out?” in this period.</p>
        ) : (
          <ul>
            {packet.lessons.map((lesson) => (
              <li key={lesson.checkinId}>
                {formatDay(lesson.date)}, {lesson.title}: {WORKED_OUT_LABELS[lesson.workedOut].toLowerCase()}
                {lesson.lesson && <> · “{lesson.lesson}”</>}
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section title="Feedback given">
        <PacketFeedback feedback={packet.feedbackGiven} />
      </Section>
      <Section title="Trends">
        <dl className="packet__trends">
          <dt>Mood</dt>
          <dd>{trend(packet.mood)}</dd>
          <dt>My stance (1 managed, 5 led)</dt>
          <dd>{trend(packet.stance)}</dd>
        </dl>
      </Section>
      <Section title="Action items done">
        {packet.actionItemsDone.length === 0 ? (
          <p className="muted">None.</p>
        ) : (
          <ul>
            {packet.actionItemsDone.map((item) => (
              <li key={item.id}>
                {formatDay(item.doneOn)} ({item.owner === 'me' ? 'mine' : 'theirs'}): {item.text}
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section title="Conversations">
        {packet.reflections.length === 0 ? (
          <p className="muted">No reflections in this period.</p>
        ) : (
          <ul>
            {packet.reflections.map((reflection) => (
              <li key={reflection.id}>
                <a href={`#/journal/${reflection.id}`}>
                  {formatDay(reflection.date)}: {reflection.title}
                </a>
                {reflection.passage && <p className="packet__text">{reflection.passage}</p>}
              </li>
            ))}
          </ul>
        )}
      </Section>
    </>
  )
}
