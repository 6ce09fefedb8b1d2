import type { SearchGroup, SearchKind } from '../../../../shared/domain/search'
import { useLeapPages } from '../../lib/query'

export interface SearchFilters {
  text: string
  /** One kind (paged as you scroll), or every kind (a few of each). */
  kind: SearchKind | null
  memberId: string | null
  from: string
  to: string
}

const PER_KIND_PREVIEW = 5
const PAGE = 40

/** Search results, grouped by kind; with one kind chosen, further pages load as the list scrolls. */
export function useSearch(filters: SearchFilters) {
  const limit = filters.kind ? PAGE : PER_KIND_PREVIEW
  const query = {
    text: filters.text,
    limit,
    ...(filters.kind ? { kinds: [filters.kind] } : {}),
    ...(filters.memberId ? { memberId: filters.memberId } : {}),
    ...(filters.from ? { from: filters.from } : {}),
    ...(filters.to ? { to: filters.to } : {})
  }
  return useLeapPages('search.query', query, {
    cursor: 'offset',
    next: (last, pages) => (filters.kind && last.groups[0]?.hasMore ? pages.length * limit : null),
    enabled: filters.text.trim().length > 0,
    keepPrevious: true
  })
}

/** The pages of one search as one list of groups (pages of a single kind are joined). */
export function mergePages(pages: { groups: SearchGroup[] }[]): SearchGroup[] {
  const byKind = new Map<SearchKind, SearchGroup>()
  for (const { groups } of pages)
    for (const group of groups) {
      const seen = byKind.get(group.kind)
      byKind.set(group.kind, seen ? { ...group, hits: [...seen.hits, ...group.hits] } : group)
    }
  return [...byKind.values()]
}
