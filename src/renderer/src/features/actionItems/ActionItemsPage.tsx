import { ListChecks } from 'lucide-react'
import type { ActionItem } from '../../../../shared/domain/actionItems'
import { EmptyState } from '../../components/EmptyState'
import { VirtualList } from '../../components/VirtualList'
import { usePagedRows } from '../../lib/pagedRows'
import { useDoneActionItems, useOpenActionItems } from './hooks'
import { ActionItemRow } from './ActionItemRow'

const ROW_HEIGHT = 58

/** Every open action item, mine and theirs, overdue first; below, what was done, the latest first. */
export function ActionItemsPage() {
  // Every list comes a page at a time: a team's years of items are tens of thousands.
  const mineQuery = useOpenActionItems('me')
  const theirsQuery = useOpenActionItems('them')
  const mine = usePagedRows(mineQuery)
  const theirs = usePagedRows(theirsQuery)
  const done = usePagedRows(useDoneActionItems())
  const nothingOpen =
    mineQuery.isSuccess && theirsQuery.isSuccess && mine.items.length === 0 && theirs.items.length === 0

  return (
    <div className="page">
      <header className="page__header">
        <div>
          <h1>Action items</h1>
          <p className="page__subtitle">
            What you and your team agreed to do, overdue first. Tick one off and it is done everywhere.
          </p>
        </div>
      </header>
      {nothingOpen ? (
        <EmptyState icon={<ListChecks size={28} />} title="Nothing open">
          <p>
            Action items you add while writing up a one-on-one show here and in the next one-on-one with that
            person until they are done.
          </p>
        </EmptyState>
      ) : (
        <div className="columns">
          <ActionGroup title="Mine" {...mine} />
          <ActionGroup title="Theirs" {...theirs} />
        </div>
      )}
      {done.items.length > 0 && (
        <ActionGroup title="Done" items={done.items} onEndReached={done.onEndReached} />
      )}
    </div>
  )
}

function ActionGroup({
  title,
  items,
  onEndReached
}: {
  title: string
  items: ActionItem[]
  onEndReached?: () => void
}) {
  const what = title === 'Done' ? 'done' : 'open'
  return (
    <section className="card" aria-label={`${title} action items`}>
      <h2>{title}</h2>
      {items.length === 0 ? (
        <p className="muted">Nothing open.</p>
      ) : (
        // Only the rows in view are drawn: a ten-year journal can hold thousands of open items.
        <VirtualList
          role="list"
          aria-label={`${title}: ${what}`}
          className="action-list"
          scrollsWithPage
          items={items}
          getKey={(item) => item.id}
          estimateSize={() => ROW_HEIGHT}
          onEndReached={onEndReached}
          renderItem={(item) => <ActionItemRow item={item} showMember as="div" />}
        />
      )}
    </section>
  )
}
