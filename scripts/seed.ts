/**
 * npm run seed -- --reflections 10000 [--data-dir <folder>] [--seed <n>] [--replace]
 * Builds a synthetic journal (members, delegations, check-ins, reflections, action items) for development and
 * for the benchmark. Deterministic: the same --seed and --reflections give the same journal.
 */
import { existsSync, rmSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { journalPathIn, resolveDataDir } from '../src/main/config/paths'
import { closeJournal, openJournal } from '../src/main/db/open'
import { seedJournal } from './lib/seed'

const USAGE = 'npm run seed -- --reflections 10000 [--data-dir <folder>] [--seed <n>] [--replace]'

function options() {
  try {
    return parseArgs({
      options: {
        reflections: { type: 'string', default: '10000' },
        'data-dir': { type: 'string', default: '.leap-dev-data' },
        seed: { type: 'string', default: '1' },
        replace: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false }
      }
    }).values
  } catch (error) {
    // An unknown or incomplete option: its sentence and the usage, not a stack trace.
    console.error(`${(error as Error).message}\n${USAGE}`)
    process.exit(1)
  }
}
const values = options()
if (values.help) {
  console.log(USAGE)
  process.exit(0)
}
const reflections = Number(values.reflections)
if (!Number.isInteger(reflections) || reflections < 1) {
  console.error('--reflections takes a whole number, e.g. --reflections 10000')
  process.exit(1)
}
const path = journalPathIn(resolveDataDir([], {}, values['data-dir']))
if (existsSync(path)) {
  if (!values.replace) {
    console.error(
      `A journal already exists at ${path}. Add --replace to overwrite it, or choose another --data-dir.`
    )
    process.exit(1)
  }
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true })
}
const started = performance.now()
const journal = openJournal(path)
const counts = seedJournal(journal.db, { reflections, seed: Number(values.seed) })
journal.db.pragma('wal_checkpoint(TRUNCATE)')
closeJournal(journal)
console.log(
  JSON.stringify({ path, ...counts, seconds: Math.round((performance.now() - started) / 100) / 10 })
)
