/**
 * npm run bench [-- --quick] [--only <name prefix>[,<name prefix>...]] [--window-only]
 * Seeds journals of 10,000 and 50,000 reflections (10,000 only with --quick) in a temp folder, measures each
 * operation of scripts/lib/bench-operations.ts against its baseline, interleaved, then, on the largest journal,
 * what a person at the window waits for (scripts/lib/bench-window.ts), and prints one JSON document.
 * --window-only (npm run bench:ui) seeds the largest journal and measures the window alone; --only <prefix> measures
 * only the rows whose names start with it (the window's too, ui.*).
 */
import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import { cpus, platform, tmpdir, totalmem } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import Database from 'better-sqlite3'
import { journalPathIn } from '../src/main/config/paths'
import { closeJournal, openJournal } from '../src/main/db/open'
import { rendererBundles } from './lib/bench-bundles'
import { takeRunFolders } from './lib/bench-folders'
import { operations, type BenchContext } from './lib/bench-operations'
import { benchRow, describeRow, type BenchRow } from './lib/bench-stats'
import { measureWindow, type WindowFigures } from './lib/bench-window'
import { seedJournal } from './lib/seed'

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    only: { type: 'string' },
    'window-only': { type: 'boolean', default: false }
  }
})
const allSizes = values.quick ? [10_000] : [10_000, 50_000]
const windowOnly = values['window-only']
/** The rows asked for: those whose names start with one of the --only prefixes (all when none is given). */
const prefixes = values.only?.split(',') ?? ['']
const wanted = (name: string) => prefixes.some((prefix) => name.startsWith(prefix))
const sizes = windowOnly ? allSizes.slice(-1) : allSizes
const folder = mkdtempSync(join(tmpdir(), 'leap-bench-'))
const log = (message: string) => process.stderr.write(`${message}\n`)

function time(run: () => unknown): number {
  const started = performance.now()
  run()
  return performance.now() - started
}

const results: BenchRow[] = []
const journals = []
let windowFigures: WindowFigures | null = null
const removals: Promise<unknown>[] = []

function removeInBackground(...paths: string[]): Promise<unknown> {
  const child = spawn('rm', ['-rf', '--', ...paths], { stdio: 'ignore' })
  return new Promise((resolve) => child.on('close', resolve))
}
try {
  for (const reflections of sizes) {
    // A folder per size: its journal and every export written from it, removed as a whole.
    const sizeFolder = join(folder, String(reflections))
    mkdirSync(sizeFolder)
    // leap.sqlite, so the terminal export finds it with --data-dir <sizeFolder>.
    const path = journalPathIn(sizeFolder)
    const seedStarted = performance.now()
    const seeded = openJournal(path)
    const counts = seedJournal(seeded.db, { reflections, seed: 1 })
    seeded.db.pragma('wal_checkpoint(TRUNCATE)')
    closeJournal(seeded)
    const seedSeconds = (performance.now() - seedStarted) / 1000
    journals.push({
      ...counts,
      seedSeconds: Math.round(seedSeconds),
      megabytes: Math.round(statSync(path).size / 1e6)
    })
    log(`seeded ${reflections} reflections in ${seedSeconds.toFixed(1)} s`)

    if (!windowOnly) measureOperations(path, reflections)
    removals.push(removeInBackground(...takeRunFolders()))
    // --only picks rows of the registry; the window's rows (ui.*) are measured only when it leaves them in.
    const windowWanted =
      windowOnly || prefixes.some((prefix) => 'ui.'.startsWith(prefix) || prefix.startsWith('ui.'))
    if (reflections === sizes.at(-1) && windowWanted)
      windowFigures = await measureWindow(sizeFolder, reflections, log)
    // Removing hundreds of thousands of exported files takes tens of seconds: let another process do it while
    // the next journal is seeded (CPU work), rather than after everything.
    removals.push(removeInBackground(sizeFolder))
  }
} finally {
  const cleanupStarted = performance.now()
  await Promise.all(removals)
  rmSync(folder, { recursive: true, force: true })
  log(
    `removed the benchmark's journals and exports in ${((performance.now() - cleanupStarted) / 1000).toFixed(1)} s`
  )
}

/** Every operation of the registry on one journal, app and baseline interleaved. */
function measureOperations(path: string, reflections: number): void {
  const context: BenchContext = {
    path,
    db: openJournal(path).db,
    raw: new Database(path, { readonly: true })
  }
  for (const operation of operations.filter((op) => wanted(op.name))) {
    const operationStarted = performance.now()
    const iterations = operation.iterations?.(reflections) ?? 200
    if (iterations === 0) continue // not measured at this size
    const app: number[] = []
    const baseline: number[] = []
    if (operation.warmUp !== false) {
      operation.app(context, 0) // warm the statement caches and the page cache
      operation.baseline(context, 0)
    }
    for (let i = 0; i < iterations; i += 1) {
      // Alternate which goes first, so neither always runs on a cache the other warmed.
      const measure = (run: typeof operation.app) => {
        operation.before?.(context)
        return time(() => run(context, i))
      }
      if (i % 2 === 0) {
        app.push(measure(operation.app))
        baseline.push(measure(operation.baseline))
      } else {
        baseline.push(measure(operation.baseline))
        app.push(measure(operation.app))
      }
    }
    const row = { ...benchRow(operation.name, reflections, app, baseline), ...operation.extra?.() }
    results.push(row)
    log(`${describeRow(row)} in ${((performance.now() - operationStarted) / 1000).toFixed(1)} s`)
  }
  context.db.close()
  context.raw.close()
}

const [cpu] = cpus()
console.log(
  JSON.stringify(
    {
      machine: {
        platform: platform(),
        cpu: cpu?.model,
        cores: cpus().length,
        memoryGb: Math.round(totalmem() / 1e9),
        node: process.version,
        sqlite: new Database(':memory:').prepare('SELECT sqlite_version()').pluck().get()
      },
      journals,
      operations: [...results, ...(windowFigures?.operations ?? [])],
      stalls: windowFigures?.stalls ?? [],
      memory: windowFigures?.memory ?? null,
      bundles: rendererBundles()
    },
    null,
    2
  )
)
