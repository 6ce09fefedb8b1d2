import { useState } from 'react'
import { BookOpen, FileDown, PenLine } from 'lucide-react'
import type { ReflectionList, ReflectionSummary } from '../../../../shared/domain/reflections'
import { REFLECTION_KIND_LABELS } from '../../../../shared/domain/reflectionVocabulary'
import { EmptyState } from '../../components/EmptyState'
import { VirtualList } from '../../components/VirtualList'
import { formatDay } from '../../lib/dates'
import { usePagedRows } from '../../lib/pagedRows'
import { navigate, useHashQuery } from '../../lib/router'
import { useMembers } from '../members/hooks'
import { useReflectionPages, useTags } from './hooks'
import { openExport } from '../export/export-store'
import './reflections.css'

/**
 * Every reflection, newest first, narrowed by person, tag, kind and dates. Older pages load from SQL as the
 * list scrolls, and only the rows in view are drawn, so ten years of entries cost what a screenful does.
 */
export function JournalPage() {
  const query = useHashQuery()
  // A link may open the list filtered (#/journal?member=<id>&kind=one_on_one&from=...&to=...), e.g. from Insights.
  const [filters, setFilters] = useState<ReflectionList>(() => ({
    memberId: query.get('member') ?? undefined,
    kind: (query.get('kind') ?? undefined) as ReflectionList['kind'],
    from: query.get('from') ?? undefined,
    to: query.get('to') ?? undefined
  }))
  const pages = useReflectionPages(filters)
  const members = useMembers(true)
  const tags = useTags()
  const { items, onEndReached } = usePagedRows(pages)
  const filtered = Object.values(filters).some((value) => value !== undefined)
  const set = (patch: Partial<ReflectionList>) => setFilters((current) => ({ ...current, ...patch }))

  return (
    <div className="page">
      <header className="page__header">
        <div>
          <h1>Journal</h1>
          <p className="page__subtitle">Your reflections after one-on-ones, and on leading in general.</p>
        </div>
        <div className="page__actions">
          <button type="button" className="button" onClick={() => openExport({ kind: 'all' })}>
            <FileDown size={16} aria-hidden /> Export
          </button>
          <button type="button" className="button button--primary" onClick={() => navigate('/journal/new')}>
            <PenLine size={16} aria-hidden /> New reflection
          </button>
        </div>
      </header>

      <div className="filters" role="search" aria-label="Filter reflections">
        <div className="field">
          <label htmlFor="filter-member">Person</label>
          <select
            id="filter-member"
            value={filters.memberId ?? ''}
            onChange={(event) => set({ memberId: event.target.value || undefined })}
          >
            <option value="">Everyone</option>
            {(members.data ?? []).map((member) => (
              <option key={member.id} value={member.id}>
                {member.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-kind">Kind</label>
          <select
            id="filter-kind"
            value={filters.kind ?? ''}
            onChange={(event) => set({ kind: (event.target.value || undefined) as ReflectionList['kind'] })}
          >
            <option value="">All kinds</option>
            <option value="one_on_one">{REFLECTION_KIND_LABELS.one_on_one}</option>
            <option value="general">{REFLECTION_KIND_LABELS.general}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-tag">Tag</label>
          <select
            id="filter-tag"
            value={filters.tag ?? ''}
            onChange={(event) => set({ tag: event.target.value || undefined })}
          >
            <option value="">Any tag</option>
            {(tags.data ?? []).map((tag) => (
              <option key={tag.name} value={tag.name}>
                {tag.name} ({tag.count})
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-from">From</label>
          <input
            id="filter-from"
            type="date"
            value={filters.from ?? ''}
            onChange={(event) => set({ from: event.target.value || undefined })}
          />
        </div>
        <div className="field">
          <label htmlFor="filter-to">To</label>
          <input
            id="filter-to"
            type="date"
            value={filters.to ?? ''}
            onChange={(event) => set({ to: event.target.value || undefined })}
          />
        </div>
        {filtered && (
          <button type="button" className="button button--ghost" onClick={() => setFilters({})}>
            Clear filters
          </button>
        )}
      </div>

      {pages.isError && (
        <p className="banner banner--error" role="alert">
          {pages.error.message}
        </p>
      )}
      {pages.isSuccess && items.length === 0 ? (
        <EmptyState
          icon={<BookOpen size={28} />}
          title={filtered ? 'No reflections match' : 'No reflections yet'}
        >
          <p>
            {filtered
              ? 'Try fewer filters.'
              : 'After a one-on-one, press Ctrl+N (⌘N on a Mac), pick the person and write what happened while it is fresh. General reflections on how you lead go here too.'}
          </p>
        </EmptyState>
      ) : (
        <VirtualList
          role="list"
          aria-label="Reflections"
          aria-busy={pages.isFetching}
          className="reflection-list"
          scrollsWithPage
          items={items}
          getKey={(item) => item.id}
          estimateSize={() => ROW_HEIGHT}
          renderItem={(item) => <ReflectionRow item={item} />}
          onEndReached={onEndReached}
        />
      )}
      {pages.isFetchingNextPage && <p className="muted">Loading older reflections…</p>}
    </div>
  )
}

/** A row's usual height (title, one line of excerpt); rows are measured once drawn. */
const ROW_HEIGHT = 70

function ReflectionRow({ item }: { item: ReflectionSummary }) {
  return (
    <div role="listitem" className="reflection-row">
      <a href={`#/journal/${item.id}`}>
        <span className="reflection-row__date">{formatDay(item.date)}</span>
        <span>
          <span className="reflection-row__title">{item.title}</span>
          <span className="reflection-row__excerpt">{item.excerpt || 'Nothing written yet.'}</span>
        </span>
        <span className="reflection-row__meta">
          {item.memberName ? (
            <span className="badge">{item.memberName}</span>
          ) : (
            <span className="badge">General</span>
          )}
          {item.tags.map((tag) => (
            <span key={tag} className="chip">
              {tag}
            </span>
          ))}
        </span>
      </a>
    </div>
  )
}
