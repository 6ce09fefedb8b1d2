/**
 * npm run bench [-- --quick] [--only <name prefix>]
 * Seeds journals of 10,000 and 50,000 reflections (10,000 only with --quick) in a temp folder, measures each
 * operation of scripts/lib/bench-operations.ts against its baseline, interleaved, and prints one JSON document.
 */
import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import { cpus, platform, tmpdir, totalmem } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import Database from 'better-sqlite3'
import { closeJournal, openJournal } from '../src/main/db/open'
import { operations, type BenchContext } from './lib/bench-operations'
import { seedJournal } from './lib/seed'

const { values } = parseArgs({
  options: { quick: { type: 'boolean', default: false }, only: { type: 'string' } }
})
const sizes = values.quick ? [10_000] : [10_000, 50_000]
const folder = mkdtempSync(join(tmpdir(), 'leap-bench-'))
const log = (message: string) => process.stderr.write(`${message}\n`)

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!
const round = (ms: number) => Math.round(ms * 1000) / 1000

function time(run: () => unknown): number {
  const started = performance.now()
  run()
  return performance.now() - started
}

const results = []
const journals = []
const removals: Promise<unknown>[] = []

function removeInBackground(path: string): Promise<unknown> {
  const child = spawn('rm', ['-rf', '--', path], { stdio: 'ignore' })
  return new Promise((resolve) => child.on('close', resolve))
}
try {
  for (const reflections of sizes) {
    // A folder per size: its journal and every export written from it, removed as a whole.
    const sizeFolder = join(folder, String(reflections))
    mkdirSync(sizeFolder)
    // leap.sqlite, so the terminal export finds it with --data-dir <sizeFolder>.
    const path = join(sizeFolder, 'leap.sqlite')
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

    const context: BenchContext = {
      path,
      db: openJournal(path).db,
      raw: new Database(path, { readonly: true })
    }
    for (const operation of operations.filter((op) => op.name.startsWith(values.only ?? ''))) {
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
      app.sort((a, b) => a - b)
      baseline.sort((a, b) => a - b)
      const row = {
        name: operation.name,
        reflections,
        iterations,
        p50_ms: round(percentile(app, 0.5)),
        p95_ms: round(percentile(app, 0.95)),
        baseline_p50_ms: round(percentile(baseline, 0.5)),
        baseline_p95_ms: round(percentile(baseline, 0.95)),
        ratio: Math.round((percentile(app, 0.5) / percentile(baseline, 0.5)) * 100) / 100,
        ...operation.extra?.()
      }
      results.push(row)
      const seconds = ((performance.now() - operationStarted) / 1000).toFixed(1)
      log(
        `${row.name} @${reflections}: p50 ${row.p50_ms} ms, p95 ${row.p95_ms} ms, ratio ${row.ratio} (${seconds} s)`
      )
    }
    context.db.close()
    context.raw.close()
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
      operations: results
    },
    null,
    2
  )
)
