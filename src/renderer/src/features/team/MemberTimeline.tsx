import { BookOpen, CheckSquare, Handshake } from 'lucide-react'
import type { TimelineItem } from '../../../../shared/domain/oneOnOne'
import { MOOD_LABELS } from '../../../../shared/domain/reflection'
import { formatDay } from '../../lib/dates'
import { useTimeline } from '../journal/hooks'

/** A person's history, newest first: reflections, check-ins on their delegations, action items. */
export function MemberTimeline({ memberId, memberName }: { memberId: string; memberName: string }) {
  const timeline = useTimeline(memberId)
  const items = timeline.data?.pages.flatMap((page) => page.items) ?? []
  return (
    <section className="card" aria-labelledby="timeline-title">
      <h2 id="timeline-title">Timeline</h2>
      {timeline.isSuccess && items.length === 0 ? (
        <p className="muted">
          Nothing yet. Your one-on-ones with {memberName}, check-ins and action items will gather here.
        </p>
      ) : (
        <ol className="timeline" aria-label={`${memberName}’s timeline`}>
          {items.map((item) => (
            <TimelineEntry key={`${item.kind}-${item.id}`} item={item} />
          ))}
        </ol>
      )}
      {timeline.hasNextPage && (
        <button type="button" className="button button--small" onClick={() => void timeline.fetchNextPage()}>
          Show older
        </button>
      )}
    </section>
  )
}

function TimelineEntry({ item }: { item: TimelineItem }) {
  switch (item.kind) {
    case 'reflection':
      return (
        <li className="timeline__item">
          <BookOpen size={16} aria-hidden className="timeline__icon" />
          <span className="timeline__date">{formatDay(item.date)}</span>
          <span className="timeline__text">
            <a href={`#/journal/${item.id}`}>{item.title}</a>
            {item.mood !== null && (
              <span className="muted"> · mood {MOOD_LABELS[item.mood - 1]?.toLowerCase()}</span>
            )}
            {item.excerpt && <span className="timeline__excerpt">{item.excerpt}</span>}
          </span>
        </li>
      )
    case 'checkin':
      return (
        <li className="timeline__item">
          <Handshake size={16} aria-hidden className="timeline__icon" />
          <span className="timeline__date">{formatDay(item.date)}</span>
          <span className="timeline__text">
            Check-in on <a href={`#/delegations/${item.delegationId}`}>{item.delegationTitle}</a>
            <span className="muted">
              {' '}
              · {item.signal.replaceAll('_', ' ')} · I {item.leaderResponse.replaceAll('_', ' ')}
            </span>
            {item.progress && <span className="timeline__excerpt">{item.progress}</span>}
          </span>
        </li>
      )
    case 'action_item':
      return (
        <li className="timeline__item">
          <CheckSquare size={16} aria-hidden className="timeline__icon" />
          <span className="timeline__date">{formatDay(item.date)}</span>
          <span className="timeline__text">
            Action item ({item.owner === 'me' ? 'me' : 'them'}, {item.status}): {item.text}
          </span>
        </li>
      )
  }
}
