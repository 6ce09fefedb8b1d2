import type { SearchHit } from '../../../../shared/domain/search'

/** Where a search result opens. */
export function routeFor(hit: SearchHit): string {
  switch (hit.kind) {
    case 'member':
      return `/team/${hit.id}`
    case 'reflection':
      return `/journal/${hit.id}`
    case 'delegation':
      return `/delegations/${hit.id}`
    case 'checkin':
      return `/delegations/${hit.delegationId}`
    case 'action_item':
    case 'talking_point':
    case 'away_period':
    case 'skip':
      return hit.memberId ? `/team/${hit.memberId}` : '/journal'
    case 'goal':
      return `/team/${hit.memberId}?goal=${hit.id}`
    case 'feedback':
      return `/team/${hit.memberId}?feedback=${hit.id}`
  }
}
