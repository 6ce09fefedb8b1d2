import { ActionItemCreate } from '../../shared/domain/actionItems'
import { CheckinCreate, DelegationCreate } from '../../shared/domain/delegations'
import { MemberCreate } from '../../shared/domain/members'
import { ReflectionCreate } from '../../shared/domain/reflections'
import { SAMPLE_TEAM } from '../../shared/domain/sample'
import { LeapError } from '../../shared/ipc/envelope'
import type { Db } from '../db/open'
import { sql } from '../db/statements'
import type { ChannelHandlers } from '../ipc/handlers'
import { removeWithEverythingTheirs } from '../trash/purge'
import { createActionItem } from './actionItems'
import { createCheckin } from './checkins'
import { createDelegation } from './delegations'
import { createMember } from './members'
import { todayLocal } from './localDay'
import { createReflection } from './reflections'

const daysBefore = (today: string, days: number) =>
  new Date(Date.parse(`${today}T12:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10)

/** Whether the journal holds a sample member (in the trash or not). */
export function hasSampleTeam(db: Db): boolean {
  return sql(db, 'SELECT EXISTS (SELECT 1 FROM members WHERE sample = 1)').pluck().get() === 1
}

/**
 * "Open a sample team" (the first-run welcome, Settings, the palette): three people in the team "Sample
 * team" with one-on-one reflections, action items and a delegation with a check-in, so every screen has
 * something to explore. They are marked `sample` in the journal, which is how removeSampleTeam finds exactly
 * them, whatever backup is restored later.
 */
export function createSampleTeam(db: Db, today: string): { members: number } {
  if (hasSampleTeam(db)) throw new LeapError('conflict', 'The sample team is already in your journal.')
  const ago = (days: number) => daysBefore(today, days)

  const ana = createMember(
    db,
    MemberCreate.parse({
      name: 'Ana Lima (sample)',
      role: 'Senior engineer',
      team: SAMPLE_TEAM,
      cadenceDays: 7,
      strengths: 'Calm in incidents; writes clear design docs.',
      growthAreas: 'Saying no to scope creep.',
      aspirations: 'Lead a team within a year.'
    })
  )
  const ben = createMember(
    db,
    MemberCreate.parse({ name: 'Ben Okafor (sample)', role: 'Product designer', team: SAMPLE_TEAM })
  )
  const chloe = createMember(
    db,
    MemberCreate.parse({
      name: 'Chloé Martin (sample)',
      role: 'Engineer',
      team: SAMPLE_TEAM,
      cadenceDays: 21
    })
  )

  const { reflection } = createReflection(
    db,
    ReflectionCreate.parse({
      kind: 'one_on_one',
      memberId: ana.id,
      date: ago(9),
      title: 'Release train handover',
      body: 'She asked to **own the release train**. We agreed on Advise: she decides, I advise.',
      mood: 4,
      stance: 4,
      tags: ['sample', 'delegation']
    })
  )
  createActionItem(
    db,
    ActionItemCreate.parse({
      memberId: ana.id,
      reflectionId: reflection.id,
      owner: 'them',
      text: 'Draft the rollout plan',
      dueDate: ago(2)
    })
  )
  createActionItem(
    db,
    ActionItemCreate.parse({
      memberId: ana.id,
      reflectionId: reflection.id,
      owner: 'me',
      text: 'Introduce her to the platform lead'
    })
  )
  createReflection(
    db,
    ReflectionCreate.parse({
      kind: 'one_on_one',
      memberId: ben.id,
      date: ago(3),
      title: 'Design critique format',
      body: 'Ben wants to run the critique himself. I held back from suggesting an agenda.',
      mood: 3,
      stance: 5,
      tags: ['sample', 'growth']
    })
  )
  const delegation = createDelegation(
    db,
    DelegationCreate.parse({
      memberId: ana.id,
      title: 'Own the next release',
      responsibility: 'Ship the release with no customer-facing regressions.',
      whyThisPerson: 'She wants to lead; this is her first end-to-end ownership.',
      authorityLevel: 5,
      status: 'active',
      startedOn: ago(20),
      checkinEveryDays: 7,
      rescueTrigger: 'a customer-facing incident lasts more than an hour'
    })
  )
  createCheckin(
    db,
    CheckinCreate.parse({
      delegationId: delegation.id,
      date: ago(9),
      signal: 'at_risk',
      leaderResponse: 'asked_questions',
      progress: 'Scope is slipping; she is cutting two features.'
    })
  )

  const memberIds = [ana.id, ben.id, chloe.id]
  const mark = sql(db, 'UPDATE members SET sample = 1 WHERE id = ?')
  for (const id of memberIds) mark.run(id)
  return { members: memberIds.length }
}

/**
 * Removes the sample team in one go: its members and everything that belongs to them (reflections, action
 * items, delegations, check-ins, even what the person added to a sample member while exploring), the way the
 * trash purge removes a member. Nothing else in the journal is touched.
 */
export function removeSampleTeam(db: Db): { members: number } {
  if (!hasSampleTeam(db)) throw new LeapError('not_found', 'There is no sample team in your journal.')
  const removed = removeWithEverythingTheirs(db, (table) => (table.name === 'members' ? 'sample = 1' : null))
  return { members: removed.members ?? 0 }
}

export const sampleHandlers: ChannelHandlers<'sample.status' | 'sample.create' | 'sample.remove'> = {
  'sample.status': ({ journal }) => ({ present: hasSampleTeam(journal.db) }),
  'sample.create': ({ journal }) => createSampleTeam(journal.db, todayLocal()),
  'sample.remove': ({ journal }) => removeSampleTeam(journal.db)
}
