import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedJournal } from '../../../scripts/lib/seed'
import type { ExportSettings } from '../../shared/domain/export'
import type { Db } from '../db/open'
import { runExport } from '../export/exportJournal'
import { END_MARKER } from '../export/noteFormat'
import { tempDir, tempJournal } from '../testing/tempJournal'
import { filesIn, hostileJournal, journalSnapshot } from '../testing/hostileJournal'
import { applyImport, readMarkdown } from './importFolder'
import { getDelegation, updateDelegation } from '../journal/delegations'
import { createReflection } from '../journal/reflections'
import { seedDelegation } from '../testing/delegationFixtures'

const settings: ExportSettings = {
  layout: 'per_reflection',
  obsidianLinks: false,
  onConflict: 'keep_both',
  includeExportedAt: false,
  privateFiles: true,
  includePredictions: true
}

let source: ReturnType<typeof tempJournal>
const out = tempDir('leap-roundtrip-')

beforeAll(() => {
  source = tempJournal()
  seedJournal(source.db, { reflections: 1000, seed: 3 })
  hostileJournal(source.db)
}, 60_000)
afterAll(() => {
  source.cleanup()
  out.cleanup()
})

function exportTo(db: Db, name: string, overrides: Partial<ExportSettings>): string {
  const folder = join(out.dir, name)
  mkdirSync(folder)
  const summary = runExport({ db, folder, scope: { kind: 'all' }, settings: { ...settings, ...overrides } })
  expect(summary.skipped).toEqual([])
  return folder
}

describe('the export loses nothing: export, import into an empty journal, export again', () => {
  for (const overrides of [{}, { obsidianLinks: true }, { layout: 'per_member' as const }]) {
    const name = `${overrides.layout ?? 'per_reflection'}${overrides.obsidianLinks ? '-obsidian' : ''}`
    it(`gives the same bytes (${name}), and importing into the same journal changes nothing`, () => {
      const first = exportTo(source.db, `${name}-first`, overrides)
      const read = readMarkdown(first)
      expect(read.problems).toEqual([])

      const empty = tempJournal()
      try {
        const result = applyImport(empty.db, read)
        expect(result.entries.filter((entry) => entry.outcome === 'skip')).toEqual([])
        expect(result.people.filter((person) => person.status === 'missing')).toEqual([])
        // Feedback to deliver is carried by its talking point again (the link itself is not in the notes).
        const unlinked = `SELECT count(*) FILTER (WHERE talking_point_id IS NULL), count(*) FROM feedback
          WHERE given_on IS NULL AND deleted_at IS NULL
            AND member_id IN (SELECT id FROM members WHERE deleted_at IS NULL)`
        const toDeliver = (db: Db) => db.prepare(unlinked).raw().get() as [number, number]
        expect(toDeliver(empty.db)).toEqual([0, toDeliver(source.db)[1]])
        expect(toDeliver(empty.db)[1]).toBeGreaterThan(0)
        const again = exportTo(empty.db, `${name}-again`, overrides)
        const [before, after] = [filesIn(first), filesIn(again)]
        expect([...after.keys()].sort()).toEqual([...before.keys()].sort())
        for (const [path, bytes] of before)
          expect(after.get(path)?.toString('utf8'), path).toBe(bytes.toString('utf8'))
      } finally {
        empty.cleanup()
      }

      const snapshot = journalSnapshot(source.db)
      const same = applyImport(source.db, readMarkdown(first))
      expect(same.counts).toMatchObject({ create: 0, update: 0, skip: 0 })
      expect(journalSnapshot(source.db)).toEqual(snapshot)
    }, 120_000)
  }

  it("carries growth goals in the person's note and the goal a delegation serves in its own", () => {
    const texts = [...filesIn(exportTo(source.db, 'goals', {})).values()].map((bytes) =>
      bytes.toString('utf8')
    )
    const goals = source.db
      .prepare(
        `SELECT count(*) FROM goals g JOIN members m ON m.id = g.member_id
       WHERE g.deleted_at IS NULL AND m.deleted_at IS NULL`
      )
      .pluck()
      .get()
    const serving = source.db
      .prepare(
        `SELECT count(*) FROM delegations d JOIN members m ON m.id = d.member_id
       WHERE d.goal_id IS NOT NULL AND d.deleted_at IS NULL AND m.deleted_at IS NULL`
      )
      .pluck()
      .get()
    expect(texts.join('').match(/<!-- leap:goal \{/gu)?.length).toBe(goals)
    expect(texts.filter((text) => /^goal-id: "/mu.test(text)).length).toBe(serving)
    expect(serving).toBeGreaterThan(0)
  })

  it('every note ends with the marker the user writes below', () => {
    const folder = exportTo(source.db, 'markers', {})
    for (const [path, bytes] of filesIn(folder))
      expect(bytes.toString('utf8').endsWith(`${END_MARKER}\n`), path).toBe(true)
  })
})

describe('the leader’s private predictions', () => {
  it('stay out of an export unless asked for, and an import of such notes keeps the journal’s own', () => {
    const journal = tempJournal()
    try {
      const { member, delegation } = seedDelegation(journal.db, {
        successEstimate: 35,
        expectedStruggle: 'Saying no to the sales team',
        title: 'Own the on-call rota'
      })
      createReflection(journal.db, { kind: 'one_on_one', memberId: member.id, date: '2026-11-02' })
      const folder = exportTo(journal.db, 'private-predictions', { includePredictions: false })
      const text = [...filesIn(folder).values()].map((bytes) => bytes.toString('utf8')).join('\n')
      expect(text).toContain('Own the on-call rota')
      expect(text).not.toMatch(/success-estimate|Saying no to the sales team/)

      // The delegation changes in the note; its prediction is not in it, so the journal's stays.
      updateDelegation(journal.db, { id: delegation.id, title: 'Own the on-call rota (renamed in Leap)' })
      const result = applyImport(journal.db, readMarkdown(folder))
      expect(result.counts).toMatchObject({ update: 1 })
      expect(getDelegation(journal.db, delegation.id)).toMatchObject({
        title: 'Own the on-call rota',
        successEstimate: 35,
        expectedStruggle: 'Saying no to the sales team'
      })
    } finally {
      journal.cleanup()
    }
  })
})
