import type { Journal } from '../../src/main/db/open'
import { dispatchFor } from '../../src/main/testing/dispatchFor'

import { daysAgo } from '../support/days'

/** A small team with something on every screen: a reflection, action items, a delegation with a check-in. */
export async function seedTeam(journal: Journal) {
  const api = dispatchFor(journal)
  const ana = await api.ok('members.create', {
    name: 'Ana Lima',
    role: 'Senior engineer',
    team: 'Payments',
    cadenceDays: 7,
    strengths: 'Calm in incidents.'
  })
  await api.ok('members.create', { name: 'Ben Okafor', role: 'Product designer', team: 'Payments' })
  const { reflection } = await api.ok('reflections.create', {
    kind: 'one_on_one',
    memberId: ana.id,
    date: daysAgo(9),
    title: 'Release train handover',
    body: 'She asked to **own the release train**.',
    mood: 4,
    stance: 4,
    tags: ['release']
  })
  await api.ok('actionItems.create', {
    memberId: ana.id,
    reflectionId: reflection.id,
    owner: 'them',
    text: 'Draft the rollout plan',
    dueDate: daysAgo(2)
  })
  const delegation = await api.ok('delegations.create', {
    memberId: ana.id,
    title: 'Own the 4.2 release',
    responsibility: 'Ship 4.2 with no customer-facing regressions.',
    authorityLevel: 5,
    status: 'active',
    startedOn: daysAgo(20),
    checkinEveryDays: 7
  })
  await api.ok('delegations.checkIn', {
    delegationId: delegation.id,
    date: daysAgo(9),
    signal: 'at_risk',
    leaderResponse: 'asked_questions',
    progress: 'Scope is slipping.'
  })
  const deleted = await api.ok('members.create', { name: 'Old Contractor' })
  await api.ok('members.delete', { id: deleted.id })
  return { ana, reflection, delegation }
}
