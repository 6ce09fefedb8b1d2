/** Where a point of a chart leads: the entries behind it. */

/** The journal list filtered to a period (and a person, and a kind), e.g. the reflections behind one week. */
export function journalLink({
  from,
  to,
  memberId,
  kind
}: {
  from?: string
  to?: string
  memberId?: string
  kind?: 'one_on_one' | 'general'
}): string {
  const query = new URLSearchParams()
  if (memberId) query.set('member', memberId)
  if (kind) query.set('kind', kind)
  if (from) query.set('from', from)
  if (to) query.set('to', to)
  return `/journal?${query.toString()}`
}

export const memberLink = (memberId: string) => `/team/${memberId}`
export const delegationLink = (delegationId: string) => `/delegations/${delegationId}`
