import type { ExportSettings } from '../../shared/domain/export'
import type { Channel, ChannelInput } from '../../shared/ipc/contract'
import type { Db } from '../db/open'
import { createActionItem } from '../journal/actionItems'
import { createCheckin } from '../journal/checkins'
import { createDelegation } from '../journal/delegations'
import { createGoal } from '../journal/goals'
import { createFeedback } from '../journal/feedback'
import { createMember } from '../journal/members'
import { createReflection } from '../journal/reflections'
import { createSampleTeam } from '../journal/sample'
import { createTalkingPoint } from '../journal/talkingPoints'
import { markAway, skipOneOnOne } from '../journal/leave'
import { moveToTrash } from '../journal/trash'
import { damage } from './damagedJournals'
import type { JournalSession } from '../session/session'

/**
 * A seeded journal with something of every kind (some of it in the trash), and one example call per channel
 * on it: what ipc/dataFlow.test.ts runs to hold each channel's declared reads and writes to what it does.
 * The compiler insists every channel has an example.
 */

export interface Seed {
  ana: string
  ben: string
  reflection: string
  actionItem: string
  talkingPoint: string
  away: string
  skip: string
  delegation: string
  checkin: string
  goal: string
  feedback: string
  toDeliver: string
  trashed: {
    member: string
    reflection: string
    actionItem: string
    talkingPoint: string
    away: string
    skip: string
    delegation: string
    checkin: string
    goal: string
    feedback: string
  }
}

export function seed(db: Db): Seed {
  const ana = createMember(db, { name: 'Ana Lima', team: 'Payments' }).id
  const ben = createMember(db, { name: 'Ben Okafor' }).id
  const { reflection } = createReflection(db, {
    kind: 'one_on_one',
    memberId: ana,
    date: '2026-11-20',
    title: 'Release train',
    body: 'She wants to own the release train.',
    mood: 4,
    stance: 4,
    tags: ['release']
  })
  const actionItem = createActionItem(db, {
    memberId: ana,
    reflectionId: reflection.id,
    owner: 'them',
    text: 'Draft the plan'
  }).id
  const talkingPoint = createTalkingPoint(db, { memberId: ana, owner: 'them', text: 'Her next step' }).id
  const away = markAway(db, { memberId: ana, startsOn: '2026-12-20', endsOn: '2027-01-03' }).id
  const skip = skipOneOnOne(db, { memberId: ana, date: '2026-11-27', reason: 'Offsite' }).id
  const goal = createGoal(db, { memberId: ana, title: 'Lead a release', why: 'She wants to be a lead.' }).id
  const delegation = createDelegation(db, {
    goalId: goal,
    memberId: ana,
    title: 'Own the release',
    authorityLevel: 4,
    status: 'active',
    startedOn: '2026-10-01',
    tags: ['release']
  }).id
  const checkin = createCheckin(db, {
    delegationId: delegation,
    date: '2026-10-08',
    signal: 'on_track',
    leaderResponse: 'held_back'
  }).id
  // No call links reflections to delegations yet; the export reads the links and removals must take them.
  db.prepare('INSERT INTO reflection_delegations (reflection_id, delegation_id) VALUES (?, ?)').run(
    reflection.id,
    delegation
  )
  const feedback = createFeedback(db, {
    memberId: ana,
    kind: 'praise',
    behaviour: 'Ran the retro without notes',
    givenOn: '2026-11-20'
  }).id
  const toDeliver = createFeedback(db, {
    memberId: ana,
    kind: 'redirect',
    behaviour: 'Merged without review',
    givenOn: null
  }).id
  const trashed = {
    member: createMember(db, { name: 'Old Contractor' }).id,
    reflection: createReflection(db, { kind: 'general', date: '2026-11-01', title: 'Gone' }).reflection.id,
    actionItem: createActionItem(db, { memberId: ben, owner: 'me', text: 'Gone too' }).id,
    talkingPoint: createTalkingPoint(db, { memberId: ben, owner: 'me', text: 'Old topic' }).id,
    away: markAway(db, { memberId: ben, startsOn: '2026-08-01', endsOn: '2026-08-14' }).id,
    skip: skipOneOnOne(db, { memberId: ben, date: '2026-09-01', reason: 'Sick' }).id,
    delegation: createDelegation(db, { memberId: ben, title: 'Dropped', authorityLevel: 2 }).id,
    checkin: createCheckin(db, {
      delegationId: delegation,
      date: '2026-10-09',
      signal: 'blocked',
      leaderResponse: 'stepped_in'
    }).id,
    goal: createGoal(db, { memberId: ben, title: 'Speak up in planning' }).id,
    feedback: createFeedback(db, { memberId: ben, kind: 'redirect', behaviour: 'Late', givenOn: null }).id
  }
  moveToTrash(db, 'member', trashed.member)
  moveToTrash(db, 'reflection', trashed.reflection)
  moveToTrash(db, 'action_item', trashed.actionItem)
  moveToTrash(db, 'talking_point', trashed.talkingPoint)
  moveToTrash(db, 'away_period', trashed.away)
  moveToTrash(db, 'skip', trashed.skip)
  moveToTrash(db, 'delegation', trashed.delegation)
  moveToTrash(db, 'checkin', trashed.checkin)
  moveToTrash(db, 'goal', trashed.goal)
  moveToTrash(db, 'feedback', trashed.feedback)
  createSampleTeam(db, '2026-11-27')
  return {
    ana,
    ben,
    reflection: reflection.id,
    actionItem,
    talkingPoint,
    away,
    skip,
    delegation,
    checkin,
    goal,
    feedback,
    toDeliver,
    trashed
  }
}

export interface Context {
  seed: Seed
  session: JournalSession
  ok: (channel: Channel, input: unknown) => Promise<Record<string, unknown>>
}

const exportSettings: ExportSettings = {
  layout: 'per_reflection',
  obsidianLinks: false,
  onConflict: 'keep_both',
  includeExportedAt: true,
  privateFiles: true,
  includePredictions: false
}

/** An export that has finished, for the calls about a job. */
async function finishedExport({ ok }: Context): Promise<{ jobId: string }> {
  const { jobId } = (await ok('export.start', { scope: { kind: 'all' }, settings: exportSettings })) as {
    jobId: string
  }
  for (let state = 'choosing'; state === 'choosing' || state === 'running';) {
    await new Promise((resolve) => setTimeout(resolve, 20))
    state = ((await ok('export.status', { jobId })) as { state: string }).state
  }
  return { jobId: jobId }
}

/**
 * A call each channel answers successfully on the seeded journal; what runs before the return is setup, not
 * recorded. The compiler insists every channel has one, so a new channel is checked from the start.
 */
export const examples: { [C in Channel]: (context: Context) => ChannelInput<C> | Promise<ChannelInput<C>> } =
  {
    'app.info': () => ({}),
    'members.create': () => ({ name: 'Chloé Martin' }),
    'members.update': ({ seed }) => ({ id: seed.ana, role: 'Staff engineer' }),
    'members.list': () => ({ includeArchived: true }),
    'members.get': ({ seed }) => ({ id: seed.ana }),
    'members.archive': ({ seed }) => ({ id: seed.ben, archived: true }),
    'members.delete': ({ seed }) => ({ id: seed.ana }),
    'members.restore': ({ seed }) => ({ id: seed.trashed.member }),
    'members.timeline': ({ seed }) => ({ memberId: seed.ana }),
    'oneOnOnes.prepare': ({ seed }) => ({ memberId: seed.ana }),
    'reflections.create': ({ seed }) => ({
      kind: 'one_on_one',
      memberId: seed.ana,
      date: '2026-11-27',
      body: 'Notes',
      tags: ['growth']
    }),
    // A late save onto a reflection in the trash brings it back, with its action items.
    'reflections.update': async ({ seed, ok }) => {
      const { updatedAt } = await ok('reflections.get', { id: seed.reflection })
      await ok('reflections.delete', { id: seed.reflection })
      return { id: seed.reflection, baseUpdatedAt: updatedAt as string, body: 'More', tags: ['next'] }
    },
    'reflections.get': ({ seed }) => ({ id: seed.reflection }),
    'reflections.list': () => ({ tag: 'release' }),
    'reflections.delete': ({ seed }) => ({ id: seed.reflection }),
    'reflections.restore': ({ seed }) => ({ id: seed.trashed.reflection }),
    'reflections.tags': () => ({}),
    'actionItems.create': ({ seed }) => ({ memberId: seed.ana, owner: 'me', text: 'Introduce her' }),
    'actionItems.update': ({ seed }) => ({ id: seed.actionItem, status: 'done' }),
    'actionItems.list': ({ seed }) => ({ memberId: seed.ana, status: 'open' }),
    'actionItems.open': () => ({ owner: 'me', limit: 20 }),
    'actionItems.done': () => ({ limit: 20 }),
    'actionItems.delete': ({ seed }) => ({ id: seed.actionItem }),
    'actionItems.restore': ({ seed }) => ({ id: seed.trashed.actionItem }),
    'talkingPoints.create': ({ seed }) => ({ memberId: seed.ana, owner: 'me', text: 'Conference talk' }),
    'talkingPoints.discuss': ({ seed }) => ({ id: seed.talkingPoint, reflectionId: seed.reflection }),
    'talkingPoints.list': ({ seed }) => ({ memberId: seed.ana, discussedIn: seed.reflection }),
    'talkingPoints.delete': ({ seed }) => ({ id: seed.talkingPoint }),
    'talkingPoints.restore': ({ seed }) => ({ id: seed.trashed.talkingPoint }),
    'goals.list': ({ seed }) => ({ memberId: seed.ana }),
    'goals.create': ({ seed }) => ({
      memberId: seed.ana,
      title: 'Mentor a new hire',
      why: 'Next step to lead'
    }),
    'goals.update': ({ seed }) => ({ id: seed.goal, status: 'achieved' }),
    'goals.delete': ({ seed }) => ({ id: seed.goal }),
    'goals.restore': ({ seed }) => ({ id: seed.trashed.goal }),
    'leave.markAway': ({ seed }) => ({
      memberId: seed.ben,
      startsOn: '2026-12-01',
      endsOn: '2026-12-14',
      note: 'Leave'
    }),
    'leave.skip': ({ seed }) => ({ memberId: seed.ben, date: '2026-12-04', reason: 'Public holiday' }),
    'leave.list': ({ seed }) => ({ memberId: seed.ana }),
    'leave.deleteAway': ({ seed }) => ({ id: seed.away }),
    'leave.restoreAway': ({ seed }) => ({ id: seed.trashed.away }),
    'leave.deleteSkip': ({ seed }) => ({ id: seed.skip }),
    'leave.restoreSkip': ({ seed }) => ({ id: seed.trashed.skip }),
    'trash.list': () => ({}),
    'delegations.create': ({ seed }) => ({
      memberId: seed.ben,
      title: 'Run the retro',
      authorityLevel: 5,
      tags: ['retro']
    }),
    'delegations.update': ({ seed }) => ({ id: seed.delegation, title: 'Own the 4.2 release' }),
    'delegations.list': ({ seed }) => ({ memberId: seed.ana }),
    'delegations.get': ({ seed }) => ({ id: seed.delegation }),
    'delegations.changeLevel': ({ seed }) => ({
      id: seed.delegation,
      toLevel: 5,
      reason: 'Three clean releases'
    }),
    'delegations.close': ({ seed }) => ({ id: seed.delegation, status: 'done', outcome: 'Shipped' }),
    'delegations.delete': ({ seed }) => ({ id: seed.delegation }),
    'delegations.restore': ({ seed }) => ({ id: seed.trashed.delegation }),
    'delegations.ladder': ({ seed }) => ({ memberId: seed.ana }),
    'delegations.interventions': ({ seed }) => ({ memberId: seed.ana }),
    'delegations.checkIn': ({ seed }) => ({
      delegationId: seed.delegation,
      date: '2026-10-15',
      signal: 'struggling',
      leaderResponse: 'took_back',
      handBack: true
    }),
    'delegations.updateCheckin': ({ seed }) => ({
      id: seed.checkin,
      workedOut: 'yes',
      lesson: 'Ask earlier'
    }),
    'delegations.deleteCheckin': ({ seed }) => ({ id: seed.checkin }),
    'delegations.restoreCheckin': ({ seed }) => ({ id: seed.trashed.checkin }),
    'delegations.lettingGo': ({ seed }) => ({ memberId: seed.ana }),
    'delegations.areaLessons': () => ({ tags: ['release'] }),
    'packets.get': ({ seed }) => ({ memberId: seed.ana, from: '2026-06-01', to: '2026-11-30' }),
    'packets.saveMarkdown': ({ seed }) => ({ memberId: seed.ana, from: '2026-06-01', to: '2026-11-30' }),
    'packets.savePdf': ({ seed }) => ({ memberId: seed.ana, from: '2026-06-01', to: '2026-11-30' }),
    'reviews.offer': () => ({ today: '2026-10-12', weekStartsOn: 1 }),
    'reviews.start': () => ({ week: '2026-10-05' }),
    'reviews.dismiss': () => ({ week: '2026-10-05' }),
    'reminders.today': () => ({ today: '2026-11-27' }),
    'search.query': ({ seed }) => ({ text: 'release', memberId: seed.ana }),
    'backups.list': () => ({}),
    'backups.create': () => ({}),
    'backups.restore': async ({ session }) => ({ name: (await session.backup('manual')).name }),
    'backups.showInFolder': () => ({}),
    // A backup from before a reflection was written: the comparison reads both files.
    'backups.restoreLoss': async ({ session, seed }) => {
      const { name } = await session.backup('manual')
      createReflection(session.journal!.db, {
        kind: 'general',
        date: '2026-11-21',
        body: `After ${seed.ana}`
      })
      return { name }
    },
    'recovery.status': () => ({}),
    'recovery.startFresh': ({ session }) => {
      session.close()
      damage.clobberedHeader(session.journalPath)
      session.open()
      return {}
    },
    // Nothing is wrong with the journal: trying again opens it again.
    'recovery.retry': () => ({}),
    'recovery.recover': ({ session }) => {
      session.close()
      damage.clobberedHeader(session.journalPath)
      session.open()
      return { backup: null, salvage: true }
    },
    'export.start': () => ({ scope: { kind: 'all' }, settings: exportSettings }),
    'export.status': finishedExport,
    'export.cancel': finishedExport,
    'export.openFolder': finishedExport,
    'import.preview': () => ({ source: 'markdown' }),
    'import.apply': async ({ ok }) => {
      const { preview } = (await ok('import.preview', { source: 'markdown' })) as {
        preview: { previewId: string }
      }
      return { previewId: preview.previewId, people: [] }
    },
    'insights.stance': ({ seed }) => ({
      today: '2026-11-27',
      weekStartsOn: 1,
      bucket: 'week',
      memberId: seed.ana
    }),
    'insights.authority': ({ seed }) => ({ today: '2026-11-27', memberId: seed.ana }),
    'insights.rhythm': ({ seed }) => ({ today: '2026-11-27', memberId: seed.ana }),
    'insights.outcomes': ({ seed }) => ({ memberId: seed.ana }),
    'insights.goals': ({ seed }) => ({ memberId: seed.ana }),
    'insights.mood': ({ seed }) => ({
      today: '2026-11-27',
      weekStartsOn: 0,
      bucket: 'month',
      memberId: seed.ana
    }),
    'settings.get': () => ({}),
    'settings.update': () => ({ theme: 'dark', defaultCadenceDays: 21 }),
    'settings.showDataFolder': () => ({}),
    'sample.status': () => ({}),
    'sample.create': async ({ ok }) => {
      await ok('sample.remove', {})
      return {}
    },
    'sample.remove': () => ({}),
    'feedback.create': ({ seed }) => ({
      memberId: seed.ana,
      kind: 'praise',
      behaviour: 'Unblocked the release',
      givenOn: null
    }),
    'feedback.update': ({ seed }) => ({ id: seed.toDeliver, behaviour: 'Merged twice without review' }),
    'feedback.deliver': ({ seed }) => ({
      id: seed.toDeliver,
      reflectionId: seed.reflection,
      response: 'Agreed'
    }),
    'feedback.list': ({ seed }) => ({ memberId: seed.ana }),
    'feedback.summary': ({ seed }) => ({ memberId: seed.ana, today: '2026-11-27' }),
    'feedback.delete': ({ seed }) => ({ id: seed.toDeliver }),
    'feedback.restore': ({ seed }) => ({ id: seed.trashed.feedback }),
    'insights.feedback': () => ({ today: '2026-11-27', weekStartsOn: 1, bucket: 'month' })
  }
