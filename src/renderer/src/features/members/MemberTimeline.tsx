import {
  BookOpen,
  CalendarOff,
  CalendarX,
  CheckSquare,
  Handshake,
  MessageCircle,
  MessageSquareHeart,
  Sprout,
  type LucideIcon
} from 'lucide-react'
import type { ReactNode } from 'react'
import type { TimelineItem } from '../../../../shared/domain/members'
import { MOOD_LABELS } from '../../../../shared/domain/reflectionVocabulary'
import { VirtualList } from '../../components/VirtualList'
import { formatDay } from '../../lib/dates'
import { usePagedRows } from '../../lib/pagedRows'
import { useTimeline } from './hooks'
import { GOAL_STATUS_LABELS } from '../../../../shared/domain/goalVocabulary'
import { WORKED_OUT_LABELS } from '../../../../shared/domain/delegationVocabulary'

/**
 * A person's history, newest first: reflections, check-ins on their delegations, action items. Older pages
 * load as the page scrolls down to them; only the entries in view are drawn.
 */
export function MemberTimeline({ memberId, memberName }: { memberId: string; memberName: string }) {
  const timeline = useTimeline(memberId)
  const { items, onEndReached } = usePagedRows(timeline)
  return (
    <section className="card" aria-labelledby="timeline-title">
      <h2 id="timeline-title">Timeline</h2>
      {timeline.isSuccess && items.length === 0 ? (
        <p className="muted">
          Nothing yet. Your one-on-ones with {memberName}, check-ins and action items will gather here.
        </p>
      ) : (
        <VirtualList
          role="list"
          aria-label={`${memberName}’s timeline`}
          aria-busy={timeline.isFetching}
          className="member-timeline"
          scrollsWithPage
          items={items}
          getKey={(item) => `${item.kind}-${item.id}`}
          estimateSize={(item) => (item.kind === 'reflection' || item.kind === 'checkin' ? 60 : 42)}
          renderItem={(item) => <TimelineEntry item={item} />}
          onEndReached={onEndReached}
        />
      )}
      {timeline.isFetchingNextPage && <p className="muted">Loading older entries…</p>}
    </section>
  )
}

function TimelineEntry({ item }: { item: TimelineItem }) {
  switch (item.kind) {
    case 'reflection':
      return (
        <Entry icon={BookOpen} date={item.date}>
          <a href={`#/journal/${item.id}`}>{item.title}</a>
          {item.mood !== null && (
            <span className="muted"> · mood {MOOD_LABELS[item.mood - 1]?.toLowerCase()}</span>
          )}
          {item.excerpt && <span className="member-timeline__excerpt">{item.excerpt}</span>}
        </Entry>
      )
    case 'checkin':
      return (
        <Entry icon={Handshake} date={item.date}>
          Check-in on <a href={`#/delegations/${item.delegationId}`}>{item.delegationTitle}</a>
          <span className="muted">
            {' '}
            · {item.signal.replaceAll('_', ' ')} · I {item.leaderResponse.replaceAll('_', ' ')}
          </span>
          {item.progress && <span className="member-timeline__excerpt">{item.progress}</span>}
          {item.workedOut && (
            <span className="member-timeline__excerpt">
              Worked it out: {WORKED_OUT_LABELS[item.workedOut].toLowerCase()}
              {item.lesson && <> · “{item.lesson}”</>}
            </span>
          )}
        </Entry>
      )
    case 'action_item':
      return (
        <Entry icon={CheckSquare} date={item.date}>
          Action item ({item.owner === 'me' ? 'me' : 'them'}, {item.status}): {item.text}
        </Entry>
      )
    case 'talking_point':
      return (
        <Entry icon={MessageCircle} date={item.date}>
          Talking point ({item.owner === 'me' ? 'mine' : 'theirs'}
          {item.reflectionId ? (
            <>
              , <a href={`#/journal/${item.reflectionId}`}>discussed</a>
            </>
          ) : (
            ', open'
          )}
          ): {item.text}
        </Entry>
      )
    case 'away':
      return (
        <Entry icon={CalendarOff} date={item.date}>
          Away until {formatDay(item.endsOn)}
          {item.note && <span className="muted"> · {item.note}</span>}
        </Entry>
      )
    case 'skip':
      return (
        <Entry icon={CalendarX} date={item.date}>
          One-on-one skipped<span className="muted"> · {item.reason}</span>
        </Entry>
      )
    case 'goal':
      return (
        <Entry icon={Sprout} date={item.date}>
          Growth goal set: {item.title}
          <span className="muted"> · {GOAL_STATUS_LABELS[item.status].toLowerCase()}</span>
        </Entry>
      )
    case 'feedback':
      return (
        <Entry icon={MessageSquareHeart} date={item.date}>
          {item.feedbackKind === 'praise' ? 'Praise' : 'Redirect'}
          {item.reflectionId && (
            <>
              {' '}
              (<a href={`#/journal/${item.reflectionId}`}>in a one-on-one</a>)
            </>
          )}
          : {item.behaviour}
          {item.response && <span className="member-timeline__excerpt">Response: {item.response}</span>}
        </Entry>
      )
  }
}

/** One line of the timeline: what kind of entry (its icon), its day, and what it says. */
function Entry({ icon: Icon, date, children }: { icon: LucideIcon; date: string; children: ReactNode }) {
  return (
    <div role="listitem" className="member-timeline__item">
      <Icon size={16} aria-hidden className="member-timeline__icon" />
      <span className="member-timeline__date">{formatDay(date)}</span>
      <span className="member-timeline__text">{children}</span>
    </div>
  )
}
