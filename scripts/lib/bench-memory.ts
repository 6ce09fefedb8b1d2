import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import type { Browser, CDPSession, Page } from '@playwright/test'
import { openPage, probe, screens, type UiBenchContext } from './bench-ui'
import { APP_URL } from '../../e2e/support/appPage'

// The main process's own garbage collector, so its resident size is read after the same collection as the page's.
setFlagsFromString('--expose-gc')
const collectGarbage = runInNewContext('gc') as () => void

export interface MemoryContext extends UiBenchContext {
  reflectionId: string
  delegationId: string
}

export interface MemoryReport {
  reflections: number
  rounds: number
  screens: string[]
  /** After each round, once garbage is collected: the process that owns the journal (main's stand-in). */
  main_rss_mb: number[]
  /** After each round, once garbage is collected: the page's JavaScript heap in use. */
  renderer_heap_mb: number[]
  /**
   * The heap without V8's compiled code, after the first round and the last (from heap snapshots): the
   * code grows as V8 optimises the functions a person keeps using, which is no leak.
   */
  renderer_heap_without_code_mb: [number, number]
  /** Growth from the end of the first round to the end of the last, in percent. */
  main_growth_pct: number
  renderer_growth_pct: number
  renderer_growth_without_code_pct: number
}

const mb = (bytes: number) => Math.round((bytes / 1e6) * 10) / 10
const growth = (values: number[]) => Math.round((values.at(-1)! / values[0]! - 1) * 1000) / 10

/** Every screen once: its name, its address, and what shows it has drawn its data. */
function tour(context: MemoryContext): [string, string, string][] {
  const member = context.memberIds[0]!
  return [
    ['team', '/team', screens.team.app],
    ['person', `/team/${member}`, screens.person.app],
    ['one-on-one', `/one-on-one/${member}`, '.cm-content'],
    ['journal', '/journal', screens.journal.app],
    ['reflection', `/journal/${context.reflectionId}`, '.cm-content'],
    ['insights', '/insights', `${screens.insights.app} >> nth=${screens.insights.min - 1}`],
    ['action items', '/actions', 'main h1:text-is("Action items")'],
    ['delegations', '/delegations', 'main h1:text-is("Delegations")'],
    ['delegation', `/delegations/${context.delegationId}`, '.delegation-page__meta'],
    ['trash', '/trash', 'main h1:text-is("Trash")'],
    ['backups', '/backups', 'main h1:text-is("Backups")'],
    ['settings', '/settings', 'main h1:text-is("Settings")']
  ]
}

/**
 * Writes the page's heap snapshot to `file` as it streams in: parsed in this process while rounds go on, its
 * tens of MB of JSON showed as growth of main, whose stand-in this process is.
 */
async function saveHeapSnapshot(cdp: CDPSession, file: string): Promise<void> {
  const out = createWriteStream(file)
  const write = ({ chunk }: { chunk: string }) => void out.write(chunk)
  cdp.on('HeapProfiler.addHeapSnapshotChunk', write)
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false })
  cdp.off('HeapProfiler.addHeapSnapshotChunk', write)
  await new Promise((resolve) => out.end(resolve))
}

/** The heap in bytes, V8's compiled code left out, from a saved heap snapshot. */
function heapWithoutCode(file: string): number {
  const snapshot = JSON.parse(readFileSync(file, 'utf8')) as {
    snapshot: { meta: { node_fields: string[]; node_types: [string[]] } }
    nodes: number[]
  }
  const {
    node_fields: fields,
    node_types: [types]
  } = snapshot.snapshot.meta
  const [type, size, width] = [fields.indexOf('type'), fields.indexOf('self_size'), fields.length]
  const code = types.indexOf('code')
  let bytes = 0
  for (let node = 0; node < snapshot.nodes.length; node += width)
    if (snapshot.nodes[node + type] !== code) bytes += snapshot.nodes[node + size]!
  return bytes
}

async function visitEveryScreen(page: Page, stops: [string, string, string][]): Promise<void> {
  for (const [, hash, shown] of stops) {
    await page.evaluate(`location.hash = ${JSON.stringify(hash)}`)
    await page.locator(shown).first().waitFor()
    // Let the screen's remaining reads land, as they would while a person looks at it.
    await page.waitForTimeout(50)
  }
  await page.keyboard.press('Control+k')
  await page.getByRole('combobox', { name: 'Search or run a command' }).fill('feedback')
  await probe(page, 'shown', screens.search.app)
  await page.keyboard.press('Escape')
}

/**
 * Main's resident memory and the page's JavaScript heap after each of `rounds` visits to every screen, in one
 * window: what stays allocated as a person works through a day.
 */
export async function measureMemory(
  browser: Browser,
  context: MemoryContext,
  rounds: number
): Promise<MemoryReport> {
  const page = await openPage(browser, context.invoke)
  const cdp = await page.context().newCDPSession(page)
  const stops = tour(context)
  await page.goto(`${APP_URL}/#/team`)
  const main: number[] = []
  const renderer: number[] = []
  const snapshots = mkdtempSync(join(tmpdir(), 'leap-bench-heap-'))
  const snapshotFiles: string[] = []
  for (let round = 0; round < rounds; round += 1) {
    await visitEveryScreen(page, stops)
    await cdp.send('HeapProfiler.collectGarbage')
    renderer.push((await cdp.send('Runtime.getHeapUsage')).usedSize)
    collectGarbage()
    main.push(process.memoryUsage().rss)
    if (round === 0 || round === rounds - 1) {
      const file = join(snapshots, `round-${round}.heapsnapshot`)
      await saveHeapSnapshot(cdp, file)
      snapshotFiles.push(file)
    }
  }
  await page.context().close()
  const [first, last] = snapshotFiles.map(heapWithoutCode)
  rmSync(snapshots, { recursive: true, force: true })
  return {
    reflections: context.reflections,
    rounds,
    screens: [...stops.map(([name]) => name), 'search'],
    main_rss_mb: main.map(mb),
    renderer_heap_mb: renderer.map(mb),
    renderer_heap_without_code_mb: [mb(first!), mb(last!)],
    main_growth_pct: growth(main),
    renderer_growth_pct: growth(renderer),
    renderer_growth_without_code_pct: growth([first!, last!])
  }
}
