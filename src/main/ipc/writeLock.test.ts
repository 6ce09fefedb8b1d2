import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { channels } from '../../shared/ipc/channels'
import type { Channel } from '../../shared/ipc/contract'
import type { Envelope } from '../../shared/ipc/envelope'
import { closeJournal, openJournal } from '../db/open'
import { runElsewhere } from '../testing/elsewhere'
import { dispatchFor } from '../testing/dispatchFor'
import { insertDelegation, insertMember, insertReflection } from '../testing/rows'
import { tempDir, tempJournal } from '../testing/tempJournal'
import { JournalSession } from '../session/session'
import { journalPathIn } from '../config/paths'
import { isMaintenanceChannel } from './maintenance'
import { readOnlyChannels } from './writeLock'

/**
 * docs/RELIABILITY.md F3: calls that may write take the write lock first (BEGIN IMMEDIATE), so they wait
 * out busy_timeout while another process (a backup tool, a second Leap, the command line) holds it, and
 * answer `busy` with a sentence if it is held longer. Reads never wait.
 */
let journal: ReturnType<typeof tempJournal>
beforeEach(() => (journal = tempJournal()))
afterEach(() => journal.cleanup())

/**
 * Another process takes the journal's write lock for `ms`; resolves once it holds it, with a promise of its
 * release (wrapped: an async function returning a promise would wait for it).
 */
async function lockedByAnotherProcess(path: string, ms: number) {
  let held!: () => void
  const locked = new Promise<void>((resolve) => (held = resolve))
  const released = runElsewhere<null>('holdWriteLock', { path, ms }, { onNote: () => held() })
  await locked
  return { released }
}

const changes = () => journal.db.prepare('SELECT total_changes()').pluck().get() as number

describe('the write lock', { timeout: 30_000 }, () => {
  it('a save waits while another process holds the lock for 1.5 s, then succeeds', async () => {
    const { ok } = dispatchFor(journal)
    const member = await ok('members.create', { name: 'Ana Lima' })
    const reflection = await ok('reflections.create', {
      kind: 'one_on_one',
      memberId: member.id,
      date: '2026-11-27',
      body: 'First words.'
    })
    const { released } = await lockedByAnotherProcess(journal.path, 1500)
    // reflections.update reads the stored version before it writes: the case that failed at once before.
    const saved = await dispatchFor(journal).send('reflections.update', {
      id: reflection.reflection.id,
      baseUpdatedAt: reflection.reflection.updatedAt,
      body: 'Words typed while a backup tool held the journal.'
    })
    await released
    expect(saved).toMatchObject({ ok: true })
    expect(journal.db.prepare('SELECT body FROM reflections').pluck().get()).toBe(
      'Words typed while a backup tool held the journal.'
    )
  })

  it('held past the timeout, a save answers busy in words and writes nothing; the same save then works', async () => {
    const { send } = dispatchFor(journal)
    const { released } = await lockedByAnotherProcess(journal.path, 7000)
    const refused = (await send('members.create', { name: 'Ana Lima' })) as Envelope<unknown>
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'busy',
        message: expect.stringMatching(
          /^Not saved: another program is using your journal .*Nothing was changed/
        )
      }
    })
    await released
    expect(await send('members.create', { name: 'Ana Lima' })).toMatchObject({ ok: true })
    expect(journal.db.prepare('SELECT count(*) FROM members').pluck().get()).toBe(1)
  })

  it('reads neither wait for the lock nor write: every read-only call answers while it is held', async () => {
    const member = insertMember(journal.db, { name: 'Ana Lima' })
    const delegation = insertDelegation(journal.db, { memberId: member, title: 'Run the release' })
    const reflection = insertReflection(journal.db, { title: 'Notes', memberId: member })
    const today = '2026-11-27'
    const inputs: Partial<Record<Channel, unknown>> = {
      'members.get': { id: member },
      'members.timeline': { memberId: member },
      'actionItems.open': { owner: 'me' },
      'oneOnOnes.prepare': { memberId: member },
      'talkingPoints.list': { memberId: member },
      'goals.list': { memberId: member },
      'leave.list': { memberId: member },
      'reflections.get': { id: reflection },
      'delegations.get': { id: delegation },
      'delegations.ladder': { memberId: member },
      'delegations.lettingGo': { memberId: member },
      'delegations.areaLessons': { tags: ['release'] },
      'reviews.offer': { today, weekStartsOn: 1 },
      'search.query': { text: 'notes' },
      'insights.stance': { today, weekStartsOn: 1, bucket: 'month' },
      'insights.mood': { today, weekStartsOn: 1, bucket: 'week' },
      'insights.authority': { today },
      'insights.rhythm': { today },
      'packets.get': { memberId: member, from: '2026-06-01', to: today },
      'reminders.today': { today },
      'feedback.list': { memberId: member },
      'feedback.summary': { memberId: member, today },
      'insights.feedback': { today, weekStartsOn: 1, bucket: 'month' }
    }
    const reads = [...readOnlyChannels].filter((channel) => !channel.startsWith('export.'))
    const before = changes()
    const { released } = await lockedByAnotherProcess(journal.path, 6000)
    const started = Date.now()
    for (const channel of reads) {
      const answer = await dispatchFor(journal).send(channel, inputs[channel] ?? {})
      expect(answer, channel).toMatchObject({ ok: true })
    }
    // Each would have waited 5 s for the lock; all of them together took a fraction of that.
    expect(Date.now() - started).toBeLessThan(3000)
    await released
    expect(changes()).toBe(before)
  })

  it('lists only channels that exist and are not maintenance calls', () => {
    for (const channel of readOnlyChannels) {
      expect(channels).toContain(channel)
      expect(isMaintenanceChannel(channel)).toBe(false)
    }
  })
})

describe('the trash purge at start-up', { timeout: 30_000 }, () => {
  it('does not fail the opening while another process holds the lock; it runs once the lock is free', async () => {
    const { dir, cleanup } = tempDir()
    const path = journalPathIn(dir)
    const seeded = openJournal(path)
    const gone = insertMember(seeded.db, { name: 'Deleted long ago' })
    seeded.db.prepare(`UPDATE members SET deleted_at = '2020-01-01T00:00:00.000Z' WHERE id = ?`).run(gone)
    // In the trash for 40 days, as counted by the earlier starts (see trash/purge.ts).
    seeded.db
      .prepare(`INSERT INTO trash_ages VALUES ('members', ?, '2020-01-01T00:00:00.000Z', ?)`)
      .run(gone, 40 * 24 * 60 * 60 * 1000)
    closeJournal(seeded)

    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const { released } = await lockedByAnotherProcess(path, 1000)
    const session = new JournalSession({ dataDir: dir, backupDir: `${dir}-backups` }).open()
    try {
      expect(session.problem).toBeNull()
      const count = () => session.journal!.db.prepare('SELECT count(*) FROM members').pluck().get()
      expect(count()).toBe(1) // readable at once; the purge is deferred, not failed
      await released
      vi.advanceTimersByTime(60_000)
      expect(count()).toBe(0)
    } finally {
      vi.useRealTimers()
      session.close()
      cleanup()
    }
  })
})
