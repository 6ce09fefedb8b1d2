import { createHash } from 'node:crypto'
import { readdirSync } from 'node:fs'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { z } from 'zod'
import { channels } from '../../shared/ipc/channels'
import { contract, type Channel } from '../../shared/ipc/contract'
import { ERROR_CODES } from '../../shared/ipc/envelope'
import type { Db } from '../db/open'
import { createMember } from '../journal/members'
import { JournalSession } from '../session/session'
import { tempDir } from '../testing/tempJournal'
import { createSessionDispatch, type Dispatch } from './dispatch'

/**
 * Every channel gets arbitrary input from fast-check (fixed seed, 1,000 runs each): it never throws, answers
 * a well-formed envelope, never fails as `internal`, and when it refuses, the journal and the backups folder
 * are exactly as before. Inputs mix anything at all with objects that have the channel's own keys holding
 * arbitrary values (and sometimes the id of a real row), so the validators and handlers are both reached.
 */
const RUNS_PER_CHANNEL = 1_000
const SEED = 20_261_127

let session: JournalSession
let dispatch: Dispatch
let backupDir: string
const cleanups: (() => void)[] = []
let realId: string

beforeAll(() => {
  const data = tempDir('leap-fuzz-data-')
  const backups = tempDir('leap-fuzz-backups-')
  backupDir = backups.dir
  session = new JournalSession({ dataDir: data.dir, backupDir }).open()
  dispatch = createSessionDispatch(
    session,
    {
      app: { name: 'Leap', version: '0', dataDir: data.dir },
      platform: { showItemInFolder: () => {}, setTheme: () => {} }
    },
    { log: () => {} }
  )
  realId = createMember(session.journal!.db, { name: 'Ana Lima' }).id
  // This test is about what calls accept and write, not about durability (crash.test.ts is): skip the
  // fsync of every accepted write so thousands of calls stay fast on a slow disk.
  session.journal!.db.pragma('synchronous = OFF')
  cleanups.push(() => session.close(), data.cleanup, backups.cleanup)
})
afterAll(() => cleanups.splice(0).forEach((cleanup) => cleanup()))

function fingerprint(db: Db): string {
  const hash = createHash('sha256')
  const tables = db
    .prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name`)
    .pluck()
    .all() as string[]
  for (const table of tables) hash.update(JSON.stringify(db.prepare(`SELECT * FROM "${table}"`).all()))
  hash.update(readdirSync(backupDir).sort().join('\n'))
  return hash.digest('hex')
}

/** A valid input for each channel that needs more than {} (the id is a real member's). */
function validExample(channel: Channel): Record<string, unknown> {
  const byChannel: Partial<Record<Channel, Record<string, unknown>>> = {
    'members.create': { name: 'Ana Lima', cadenceDays: 14 },
    'members.update': { id: realId, role: 'Engineer' },
    'members.get': { id: realId },
    'members.archive': { id: realId, archived: false },
    'members.delete': { id: realId },
    'members.restore': { id: realId },
    'members.list': { includeArchived: true },
    // The newest backup (the fuzzing of backups.create, which runs first, leaves some).
    'backups.restore': { name: session.listBackups()[0]?.name }
  }
  return byChannel[channel] ?? {}
}

/** Values of every kind, weighted towards the plausible ones so that valid calls happen too. */
const anyValue = fc.oneof(
  fc.anything(),
  { arbitrary: fc.string(), weight: 3 },
  { arbitrary: fc.integer({ min: -5, max: 400 }), weight: 2 },
  fc.double(),
  { arbitrary: fc.boolean(), weight: 2 },
  fc.constant(null),
  fc.constant(''),
  fc.uuid(),
  fc.constantFrom(
    '2026-11-27',
    '2026-02-30',
    '<script>alert(1)</script>',
    '../leap.sqlite',
    'leap-20261127-093005123-manual.sqlite'
  ),
  { arbitrary: fc.constant(undefined).map(() => realId), weight: 3 }
)

function inputFor(channel: Channel): fc.Arbitrary<unknown> {
  const schema: z.ZodType = contract[channel].input
  const validBase = () => validExample(channel)
  const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape
  // For inputs without keys, arbitrary objects already include {} (accepted) and everything else.
  const arbitraries: fc.Arbitrary<unknown>[] = [
    fc.anything({ withNullPrototype: true, withObjectString: true })
  ]
  const keys = Object.keys(shape ?? {})
  if (keys.length > 0) {
    const known = fc.record(Object.fromEntries(keys.map((key) => [key, anyValue])), { requiredKeys: [] })
    // One or two of the channel's keys at a time: often a valid call, so handlers run, not only validators.
    const few = fc
      .subarray(keys, { minLength: 1, maxLength: Math.min(2, keys.length) })
      .chain((chosen) => fc.record(Object.fromEntries(chosen.map((key) => [key, anyValue]))))
    const extraKey = fc
      .tuple(known, fc.string(), anyValue)
      .map(([object, key, value]) => ({ ...object, [key]: value }))
    // A valid call with one or two fields replaced: reaches the handlers with almost-right input.
    const mutated = fc.tuple(few, fc.boolean()).map(([override, keepBase]) => ({
      ...validBase(),
      ...(keepBase ? {} : override)
    }))
    arbitraries.push(known, few, extraKey, mutated)
  }
  return fc.oneof(...arbitraries)
}

describe('IPC fuzzing', () => {
  it.each([...channels])(
    `%s: ${RUNS_PER_CHANNEL} arbitrary inputs, no throw, no invalid row, no change on refusal`,
    async (channel) => {
      const db = () => session.journal!.db
      const tally = { accepted: 0, refused: 0 }
      await fc.assert(
        fc.asyncProperty(inputFor(channel as Channel), async (input) => {
          const before = fingerprint(db())
          const answer = await dispatch(channel, input)
          tally[answer.ok ? 'accepted' : 'refused'] += 1
          if (answer.ok) return
          expect(ERROR_CODES).toContain(answer.error.code)
          expect(answer.error.code).not.toBe('internal')
          expect(typeof answer.error.message).toBe('string')
          expect(fingerprint(db())).toBe(before)
        }),
        { seed: SEED, numRuns: RUNS_PER_CHANNEL }
      )
      console.log(
        `fuzz ${channel}: ${tally.accepted + tally.refused} runs, ${tally.accepted} accepted, ${tally.refused} refused`
      )
      expect(tally.accepted + tally.refused).toBeGreaterThanOrEqual(RUNS_PER_CHANNEL)
      expect(db().pragma('integrity_check', { simple: true })).toBe('ok')
      expect(db().pragma('foreign_key_check')).toEqual([])
      // Every row still reads back through the contract's output schemas.
      expect(await dispatch('members.list', { includeArchived: true })).toMatchObject({ ok: true })
    },
    60_000
  )
})
