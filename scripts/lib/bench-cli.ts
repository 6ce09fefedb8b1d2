import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { runFolder, settleDisk } from './bench-folders'
import type { BenchContext, BenchOperation } from './bench-operations'

const repo = join(import.meta.dirname, '../..')
/**
 * Prints the process's peak resident memory (MB) on stderr as it exits: loaded before the script with --import.
 * Linux's VmHWM, not getrusage's maxRSS: on Linux that one keeps the peak of the forked parent across exec, so
 * every child reported the benchmark's own size (436 MB with the 50,000 journal open, for a 160 MB export).
 */
const PEAK_RSS = `data:text/javascript,process.on('exit',()=>{let kb=process.resourceUsage().maxRSS;try{kb=Number(/VmHWM:\\s+(\\d+)/.exec(process.getBuiltinModule('node:fs').readFileSync('/proc/self/status','utf8'))[1])}catch{}process.stderr.write('peak_rss_mb='+Math.round(kb/1024)+'\\n')})`

function run(args: string[]): number {
  const child = spawnSync(process.execPath, ['--import', PEAK_RSS, ...args], { encoding: 'utf8' })
  if (child.status !== 0) throw new Error(`${args.join(' ')} failed: ${child.stderr}`)
  return Number(/peak_rss_mb=(\d+)/.exec(child.stderr)?.[1])
}

/** `npm run export` as package.json spells it (its Node options and script), run by this Node. */
const exportCommand = (
  JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { scripts: { export: string } }
).scripts.export
  .split(' ')
  .slice(1)
  .map((word) => (word.startsWith('scripts/') ? join(repo, word) : word))

const peakRss = { app: [] as number[], baseline: [] as number[] }
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0

/**
 * cli.export.all: `npm run export` as a whole process (Node start-up, the prebuilt CLI, reading and writing
 * every file) against the plainest whole-process export with better-sqlite3 (scripts/lib/raw-export.mjs).
 * Both record their peak memory; bench.ts adds it to the row.
 */
export const cliExportAll: BenchOperation = {
  name: 'cli.export.all',
  // At 50,000 once a side: what that size adds is the peak memory, and a run of the baseline alone can take 20 s.
  iterations: (reflections) => (reflections > 20_000 ? 1 : 5),
  warmUp: false,
  before: settleDisk,
  app: (context) =>
    peakRss.app.push(
      run([...exportCommand, '--data-dir', dirname(context.path), '--out', runFolder(context, 'cli-app')])
    ),
  baseline: (context) =>
    peakRss.baseline.push(
      run([join(repo, 'scripts/lib/raw-export.mjs'), context.path, runFolder(context, 'cli-raw')])
    ),
  extra: () => {
    const row = { peak_rss_mb: median(peakRss.app), baseline_peak_rss_mb: median(peakRss.baseline) }
    peakRss.app.length = peakRss.baseline.length = 0
    return row
  }
}

/** The dates of the journal's 10 latest reflections: a small export from a large journal. */
function latestTen(context: BenchContext): string[] {
  const from = context.raw
    .prepare('SELECT date FROM reflections WHERE deleted_at IS NULL ORDER BY date DESC LIMIT 1 OFFSET 9')
    .pluck()
    .get() as string
  return ['--from', from]
}

/** cli.export.ten: the latest 10 reflections from the terminal, against Node starting and doing nothing. */
export const cliExportTen: BenchOperation = {
  name: 'cli.export.ten',
  iterations: () => 20,
  app: (context) =>
    run([
      ...exportCommand,
      '--data-dir',
      dirname(context.path),
      '--out',
      runFolder(context, 'cli-ten'),
      ...latestTen(context)
    ]),
  baseline: () => run(['-e', '0'])
}
