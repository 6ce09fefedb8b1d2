import { useEffect, useRef, useState } from 'react'
import { CalendarCheck } from 'lucide-react'
import { TODAY_ACTION_ITEMS, type DueOneOnOne } from '../../../../shared/domain/reminders'
import { daysBetween, formatDay, longSpan } from '../../lib/dates'
import { useHashQuery } from '../../lib/router'
import { plural } from '../../lib/words'
import { useToday } from './hooks'
import './reminders.css'

/** The Team screen stays about the people: a long list shows its first few, then how many more. */
const LISTED = TODAY_ACTION_ITEMS
/** A person's line names their first few check-ins due; the one-on-one's preparation lists them all. */
const CHECKINS_IN_LINE = 3

function dueSaying({ dueOn }: DueOneOnOne, today: string): string {
  const late = daysBetween(dueOn, today)
  return late === 0 ? 'due today' : `${longSpan(late)} overdue`
}

/**
 * The Team screen's "Today": whose one-on-one is due and what to prepare for it, check-ins due and the leader's
 * own action items due, each opening its screen. Shown when something is due, or when asked for ("Today" in the
 * palette opens the Team screen with ?show=today, and the panel takes the focus).
 */
export function TodayPanel() {
  const today = useToday()
  const asked = useHashQuery().get('show') === 'today'
  const heading = useRef<HTMLHeadingElement>(null)
  const [allOneOnOnes, setAllOneOnOnes] = useState(false)
  const view = today.data
  const oneOnOnes = view?.oneOnOnes ?? []
  const meeting = new Set(view?.oneOnOnes.map((due) => due.memberId))
  // A check-in with someone met today is in their line already.
  const otherCheckins = view?.checkinsDue.filter((checkin) => !meeting.has(checkin.memberId)) ?? []
  const empty = view && view.oneOnOnes.length + view.checkinsDue.length + view.actionItems.length === 0

  useEffect(() => {
    if (asked && view) {
      heading.current?.scrollIntoView({ block: 'nearest' })
      heading.current?.focus()
    }
  }, [asked, view])

  if (!view || (empty && !asked)) return null
  return (
    <section className="card today" aria-labelledby="today-heading">
      <CalendarCheck size={20} aria-hidden className="today__icon" />
      <div className="today__text">
        <h2 id="today-heading" ref={heading} tabIndex={-1}>
          Today
        </h2>
        {empty && (
          <p className="muted">Nothing is due today: no one-on-ones, check-ins or action items of yours.</p>
        )}
        {oneOnOnes.length > 0 && <h3 className="today__group">One-on-ones</h3>}
        {oneOnOnes.length > 0 && (
          <ul aria-label="One-on-ones due">
            {(allOneOnOnes ? oneOnOnes : oneOnOnes.slice(0, LISTED)).map((due) => (
              <li key={due.memberId}>
                <a href={`#/one-on-one/${due.memberId}`}>One-on-one with {due.name}</a>{' '}
                <span className="muted">
                  {dueSaying(due, view.today)}
                  {due.openActionItems > 0 && ` · ${plural(due.openActionItems, 'open action item')}`}
                </span>
                {due.checkinsDue.length > 0 && <CheckinsInLine due={due} />}
              </li>
            ))}
            {oneOnOnes.length > LISTED && (
              <li className="muted">
                <button
                  type="button"
                  className="link-button today__more"
                  aria-expanded={allOneOnOnes}
                  onClick={() => setAllOneOnOnes(!allOneOnOnes)}
                >
                  {allOneOnOnes ? 'Show fewer' : `Show ${(oneOnOnes.length - LISTED).toLocaleString()} more`}
                </button>
              </li>
            )}
          </ul>
        )}
        {otherCheckins.length > 0 && <h3 className="today__group">Check-ins</h3>}
        {otherCheckins.length > 0 && (
          <ul aria-label="Check-ins due">
            {otherCheckins.slice(0, LISTED).map((checkin) => (
              <li key={checkin.delegationId}>
                Check in on <a href={`#/delegations/${checkin.delegationId}`}>{checkin.title}</a>{' '}
                <span className="muted">with {checkin.memberName}</span>
              </li>
            ))}
            <More
              count={otherCheckins.length - LISTED}
              href="#/delegations"
              what="on the Delegations board"
            />
          </ul>
        )}
        {view.actionItems.length > 0 && <h3 className="today__group">Your action items</h3>}
        {view.actionItems.length > 0 && (
          <ul aria-label="Your action items due">
            {view.actionItems.map((item) => (
              <li key={item.id}>
                <a href="#/actions">{item.text}</a>{' '}
                <span className="muted">
                  {item.dueDate === view.today ? 'due today' : `overdue, due ${formatDay(item.dueDate)}`}
                  {item.memberName && ` · ${item.memberName}`}
                </span>
              </li>
            ))}
            <More
              count={view.actionItemsDue - view.actionItems.length}
              href="#/actions"
              what="in Action items"
            />
          </ul>
        )}
      </div>
    </section>
  )
}

/** "check in on A, B, C and 2 more": the rest are in the preparation of the one-on-one the line opens. */
function CheckinsInLine({ due }: { due: DueOneOnOne }) {
  const more = due.checkinsDue.length - CHECKINS_IN_LINE
  return (
    <span className="muted">
      {' · check in on '}
      {due.checkinsDue.slice(0, CHECKINS_IN_LINE).map((checkin, index) => (
        <span key={checkin.delegationId}>
          {index > 0 && ', '}
          <a href={`#/delegations/${checkin.delegationId}`}>{checkin.title}</a>
        </span>
      ))}
      {more > 0 && (
        <>
          {' and '}
          <a href={`#/one-on-one/${due.memberId}`}>{more.toLocaleString()} more</a>
        </>
      )}
    </span>
  )
}

/** The last line of a list cut short: how many more, and where they all are. */
function More({ count: more, href, what }: { count: number; href: string; what: string }) {
  if (more <= 0) return null
  return (
    <li className="muted">
      and <a href={href}>{more.toLocaleString()} more</a> {what}
    </li>
  )
}
