import { ActionItemCreate } from '../../shared/domain/actionItems'
import { CheckinCreate, DelegationCreate } from '../../shared/domain/delegations'
import { MemberCreate } from '../../shared/domain/members'
import { ReflectionCreate } from '../../shared/domain/reflections'
import { LeapError } from '../../shared/ipc/envelope'
import { readSettings, updateSettings } from '../config/settings'
import type { Db } from '../db/open'
import { purgeTrash } from '../trash/purge'
import { createActionItem } from './actionItems'
import { createCheckin } from './checkins'
import { createDelegation } from './delegations'
import { createMember } from './members'
import { createReflection } from './reflections'

/** The team every sample member belongs to: it shows on each of them, so sample data is never mistaken. */
export const SAMPLE_TEAM = 'Sample team'

const daysBefore = (today: string, days: number) =>
  new Date(Date.parse(`${today}T12:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10)

/**
 * "Open a sample team" on the first-run welcome: three people in the team "Sample team" with one-on-one
 * reflections, action items and a delegation with a check-in, so every screen has something to explore.
 * Their ids go into settings.json, which is how removeSampleTeam finds exactly them.
 */
export function createSampleTeam(db: Db, dataDir: string, today: string): { members: number } {
  const existing = readSettings(dataDir).settings.sampleMemberIds
  if (existing.length > 0) throw new LeapError('conflict', 'The sample team is already in your journal.')
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
  updateSettings(dataDir, { sampleMemberIds: memberIds, welcomeDismissed: true })
  return { members: memberIds.length }
}

/**
 * Removes the sample team in one go: its members and everything that belongs to them (reflections, action
 * items, delegations, check-ins, even what the person added to a sample member while exploring), the way the
 * trash purge removes a member. Nothing else in the journal is touched.
 */
export function removeSampleTeam(db: Db, dataDir: string, now: Date): { members: number } {
  const ids = readSettings(dataDir).settings.sampleMemberIds
  if (ids.length === 0) throw new LeapError('not_found', 'There is no sample team in your journal.')
  const mark = db.prepare(`UPDATE members SET deleted_at = @longAgo WHERE id = @id`)
  let members = 0
  for (const id of ids) members += mark.run({ id, longAgo: LONG_AGO }).changes
  // A purge whose cutoff is in 1971 reaches only rows deleted in 1970: the sample members just marked.
  purgeTrash(db, now, Math.floor((now.getTime() - Date.parse(CUTOFF)) / 86_400_000))
  updateSettings(dataDir, { sampleMemberIds: [] })
  return { members }
}

const LONG_AGO = '1970-01-01T00:00:00.000Z'
const CUTOFF = '1971-01-01T00:00:00.000Z'
