import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { createSessionDispatch } from '../../src/main/ipc/dispatch'
import { JournalSession } from '../../src/main/session/session'
import type { ReflectionSaved } from '../../src/shared/domain/reflections'
import { measureMemory, type MemoryReport } from './bench-memory'
import { exportFolderIn, measureStalls, type StallRow } from './bench-stall'
import { describeRow, type BenchRow } from './bench-stats'
import { launchBrowser, measureScreens, measureTyping } from './bench-ui'
import { createRandom } from './random'
import { SEED_UNTIL } from './seed'
import { body, createVocabulary } from './vocabulary'

export interface WindowFigures {
  operations: BenchRow[]
  stalls: StallRow[]
  memory: MemoryReport
}

const TURNS = { cold: 5, sessions: 6 }
const MEMORY_ROUNDS = 10
const LONG_REFLECTION_WORDS = 10_000

/**
 * What a person at the window waits for, on the seeded journal in `dataDir` (leap.sqlite): the screens and
 * typing in the harness, memory after a day's worth of screens, and main's event loop during the daily
 * backup and a whole export. `log` reports progress on stderr.
 */
export async function measureWindow(
  dataDir: string,
  reflections: number,
  log: (message: string) => void
): Promise<WindowFigures> {
  const session = new JournalSession({ dataDir, backupDir: join(dataDir, 'backups') }).open()
  const { db } = session.journal ?? { db: null }
  if (!db) throw new Error(`The benchmark's journal did not open: ${session.problem?.message}`)
  const exportsFolder = join(dataDir, 'window-exports')
  mkdirSync(exportsFolder)
  const invoke = createSessionDispatch(session, {
    app: { name: 'Leap', version: '0.0.0-bench', dataDir },
    platform: {
      showItemInFolder: () => {},
      chooseFolder: exportFolderIn(exportsFolder),
      chooseImport: async () => null,
      openFolder: () => {},
      setTheme: () => {},
      chooseSaveFile: async () => null,
      printToPdf: async () => new Uint8Array()
    }
  })
  const memberIds = db
    .prepare(`SELECT id FROM members WHERE deleted_at IS NULL AND archived_at IS NULL ORDER BY name`)
    .pluck()
    .all() as string[]
  const random = createRandom(16)
  const longBody = body(random, createVocabulary(random), LONG_REFLECTION_WORDS)
  const created = (await invoke('reflections.create', {
    kind: 'one_on_one',
    memberId: memberIds[0],
    date: SEED_UNTIL,
    title: 'A long one-on-one',
    body: longBody
  })) as { ok: boolean; data?: ReflectionSaved }
  if (!created.data) throw new Error('Could not write the long reflection.')
  const context = {
    invoke,
    reflections,
    memberIds,
    longReflection: { id: created.data.reflection.id, body: longBody },
    reflectionId: db
      .prepare(`SELECT id FROM reflections WHERE member_id = ? AND deleted_at IS NULL ORDER BY date LIMIT 1`)
      .pluck()
      .get(memberIds[0]) as string,
    delegationId: db
      .prepare(`SELECT id FROM delegations WHERE deleted_at IS NULL ORDER BY id LIMIT 1`)
      .pluck()
      .get() as string
  }

  const browser = await launchBrowser()
  try {
    const timed = async <T>(what: string, work: () => Promise<T>) => {
      const started = performance.now()
      const result = await work()
      log(`${what} measured in ${((performance.now() - started) / 1000).toFixed(1)} s`)
      return result
    }
    const operations = await timed('screens', () => measureScreens(browser, context, TURNS))
    operations.push(await timed('typing', () => measureTyping(browser, context)))
    operations.forEach((row) => log(describeRow(row)))
    const memory = await timed('memory', () => measureMemory(browser, context, MEMORY_ROUNDS))
    log(
      `memory: main ${memory.main_rss_mb.join(' ')} MB; renderer heap ${memory.renderer_heap_mb.join(' ')} MB`
    )
    await browser.close()
    const stalls = await timed('stalls', () => measureStalls(session, invoke, reflections))
    stalls.forEach((row) =>
      log(`${row.name}: p99 ${row.p99_ms} ms, max ${row.max_ms} ms over ${row.seconds} s`)
    )
    return { operations, stalls, memory }
  } finally {
    await browser.close()
    session.close()
  }
}
