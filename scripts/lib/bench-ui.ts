import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { chromium, type Browser, type Page } from '@playwright/test'
import { APP_URL, appHeaders, wireAppPage, type Invoke } from '../../e2e/support/appPage'
import { CHROMIUM_ARGS, NO_BROWSER_MESSAGE, findChromium } from '../../e2e/support/browser'
import { benchRow, type BenchRow } from './bench-stats'
import { SEED_UNTIL } from './seed'

/**
 * The screens in the harness (the built renderer in Chromium, wired to the real dispatcher over the seeded
 * journal), each beside its plainest baseline in the same browser, interleaved: a page with the app's CSP and
 * one script that draws the same text as a static list; a plain textarea for typing.
 */
export interface UiBenchContext {
  invoke: Invoke
  reflections: number
  /** People whose pages are opened in turn, so no single person's history decides the figures. */
  memberIds: string[]
  /** A reflection of 10,000 words, for typing. */
  longReflection: { id: string; body: string }
}

const VIEWPORT = { width: 1200, height: 800 }
const probeScript = join(import.meta.dirname, 'bench-ui-probe.js')
const baselineScript = readFileSync(join(import.meta.dirname, 'bench-ui-baseline.js'), 'utf8')

/** What shows that a screen is on the page, in the app and in the baseline. */
export const screens = {
  team: { app: '[role="list"][aria-label="Team members"] [role="listitem"]', min: 1 },
  journal: { app: '[role="list"][aria-label="Reflections"] [role="listitem"]', min: 1 },
  person: { app: '[role="list"][aria-label$="timeline"] [role="listitem"]', min: 1 },
  // Every panel of the Insights screen drawn (a person's page has its own five, which must not count).
  insights: { app: '.page.insights .insight__chart .recharts-surface', min: 7 },
  search: { app: '.palette__hit', min: 1 }
} as const
type Screen = keyof typeof screens
const baselineSelector = (screen: Screen) => `ul[data-screen="${screen}"] > li`

// Words from the seed's vocabulary; the benchmark types each with one letter too many, then corrects it.
const searchWords = ['delegation', 'feedback', 'roadmap', 'incident', 'mentor', 'budget']

/** Changes the page's address, as a link in the app does. */
const go = (page: Page, hash: string) => page.evaluate(`location.hash = ${JSON.stringify(hash)}`)

/** Calls the stopwatch in the page (bench-ui-probe.js). */
export const probe = <T>(page: Page, method: string, ...args: unknown[]) =>
  page.evaluate(
    `window.leapBench.${method}(${args.map((arg) => JSON.stringify(arg)).join(', ')})`
  ) as Promise<T>

export async function launchBrowser(): Promise<Browser> {
  const executablePath = findChromium()
  if (!executablePath) throw new Error(NO_BROWSER_MESSAGE)
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS })
}

/**
 * The window's clock reads the seeded journal's last day (and still runs), so the recent weeks Insights and
 * the rhythm look at hold entries.
 */
const clockOnLastSeededDay = `{
  const offset = Date.parse('${SEED_UNTIL}T12:00:00') - Date.now()
  const RealDate = Date
  globalThis.Date = class extends RealDate {
    constructor(...args) { super(...(args.length ? args : [RealDate.now() + offset])) }
    static now() { return RealDate.now() + offset }
  }
}`

/** A fresh window (nothing cached, nothing compiled) wired as the app's, with the stopwatch and the baselines. */
export async function openPage(browser: Browser, invoke: Invoke, data: object = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: VIEWPORT })
  const page = await context.newPage()
  await wireAppPage(page, invoke)
  await page.addInitScript({ content: clockOnLastSeededDay })
  await page.addInitScript({ path: probeScript })
  const baselinePage = `<!doctype html><html lang="en"><head><meta charset="UTF-8"><title>Leap</title>
    <script type="module" src="/bench/baseline.js"></script></head><body></body></html>`
  const baselineCode = `const data = ${JSON.stringify(data)};\n${baselineScript}`
  await page.route(`${APP_URL}/bench/**`, (route) => {
    const html = route.request().url().includes('.html')
    return route.fulfill({
      status: 200,
      body: html ? baselinePage : baselineCode,
      headers: appHeaders(html ? 'baseline.html' : 'baseline.js')
    })
  })
  return page
}

interface Session {
  start: number
  startCpu: number
  journal: number
  person: number
  insights: number
  search: number
}

/** A page of the app, or its baseline, and how it is told apart. */
interface Side {
  page: Page
  inApp: boolean
}
const selector = ({ inApp }: Side, screen: Screen) => (inApp ? screens[screen].app : baselineSelector(screen))
const min = ({ inApp }: Side, screen: Screen) => (inApp ? screens[screen].min : 1)
const addressOf = ({ inApp }: Side) => `${APP_URL}${inApp ? '/' : '/bench/baseline.html'}#/team`

/** Milliseconds from the start of loading the page to the frame showing the Team screen. */
const startUp = async (side: Side, load: () => Promise<unknown>) => {
  await load()
  return probe<number>(side.page, 'shown', selector(side, 'team'), min(side, 'team'))
}

/**
 * One person's session after a restart: the window reloads (its code stays compiled, as V8's code cache
 * keeps it between launches of the app), shows the Team screen, then the Journal, a person, Insights and a
 * search. Every screen reads its data afresh.
 */
async function session(side: Side, member: string, word: string): Promise<Session> {
  const { page, inApp } = side
  const visit = (hash: string, screen: Screen) =>
    probe<number>(page, 'navigate', hash, selector(side, screen), min(side, screen))
  await go(page, '/team')
  const { wall: start, cpu: startCpu } = await withMainThreadCpu(page, () =>
    startUp(side, () => page.reload({ waitUntil: 'commit' }))
  )
  const journal = await visit('/journal', 'journal')
  const person = await visit(`/team/${member}`, 'person')
  // A person opening Insights a moment after start finds its code fetched while the first screen was idle.
  if (inApp) await waitForPrefetch(page)
  const insights = await visit('/insights', 'insights')
  if (inApp) await page.keyboard.press('Control+k')
  else await go(page, '/search')
  const field = inApp
    ? page.getByRole('combobox', { name: 'Search or run a command' })
    : page.getByLabel('Search')
  await field.fill(`${word}q`)
  if (inApp) await page.locator('.palette__message').waitFor()
  await page.keyboard.press('Backspace')
  const search = await probe<number>(page, 'afterKey', selector(side, 'search'), min(side, 'search'))
  return { start, startCpu, journal, person, insights, search }
}

const onDemandChunks = ['InsightsPage', 'MemberInsights', 'MarkdownEditor', 'MarkdownRenderer', 'formSchemas']
async function waitForPrefetch(page: Page): Promise<void> {
  for (let waited = 0; !(await probe<boolean>(page, 'loaded', onDemandChunks)); waited += 50) {
    if (waited > 15_000) throw new Error('The window did not prefetch its on-demand code when idle.')
    await page.waitForTimeout(50)
  }
}

/** The text each screen showed in the app: the baseline draws the same as a static list. */
async function captureRows(browser: Browser, context: UiBenchContext): Promise<Record<Screen, string[]>> {
  const page = await openPage(browser, context.invoke)
  const lines = async (screen: Screen, within: string) => {
    await page
      .locator(screens[screen].app)
      .nth(screens[screen].min - 1)
      .waitFor()
    const text = await page.locator(within).first().innerText()
    return text.split('\n').filter((line) => line.trim())
  }
  await page.goto(`${APP_URL}/#/team`)
  const rows = { team: await lines('team', 'main') } as Record<Screen, string[]>
  await go(page, '/journal')
  rows.journal = await lines('journal', 'main')
  await go(page, `/team/${context.memberIds[0]}`)
  rows.person = await lines('person', 'main')
  await go(page, '/insights')
  rows.insights = await lines('insights', 'main')
  await page.keyboard.press('Control+k')
  await page.getByRole('combobox', { name: 'Search or run a command' }).fill(searchWords[0]!)
  rows.search = await lines('search', '[role="listbox"][aria-label="Results"]')
  await page.context().close()
  return rows
}

/**
 * The wall-clock time `load` measures, and the page's main thread's own CPU time meanwhile (threadTicks), which
 * other processes on a busy machine do not inflate: the work start-up costs, apart from the waiting.
 */
async function withMainThreadCpu(page: Page, load: () => Promise<number>) {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' })
  const wall = await load()
  const { metrics } = await cdp.send('Performance.getMetrics')
  await cdp.detach()
  return { wall, cpu: 1000 * (metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? Number.NaN) }
}

/** Runs `measure` for the app and for the baseline, alternating which goes first on each turn. */
async function alternately<T>(turns: number, measure: (inApp: boolean, turn: number) => Promise<T>) {
  const app: T[] = []
  const baseline: T[] = []
  for (let turn = 0; turn < turns; turn += 1) {
    const order = turn % 2 === 0 ? [true, false] : [false, true]
    for (const inApp of order) (inApp ? app : baseline).push(await measure(inApp, turn))
  }
  return { app, baseline }
}

/**
 * Start-up, cold (a fresh window: a new renderer process compiling every script, as at Leap's first launch)
 * and after a restart (a reload: compiled code kept, as V8's code cache keeps it for later launches), then the
 * first screens after each restart, app and baseline alternately.
 */
export async function measureScreens(
  browser: Browser,
  context: UiBenchContext,
  turns: { cold: number; sessions: number }
): Promise<BenchRow[]> {
  const rows = await captureRows(browser, context)
  const cold = await alternately(turns.cold, async (inApp) => {
    const page = await openPage(browser, context.invoke, inApp ? {} : { rows })
    const side = { page, inApp }
    const started = await withMainThreadCpu(page, () =>
      startUp(side, () => page.goto(addressOf(side), { waitUntil: 'commit' }))
    )
    await page.context().close()
    return started
  })
  const sides = await Promise.all(
    [true, false].map(async (inApp) => {
      const page = await openPage(browser, context.invoke, inApp ? {} : { rows })
      const side = { page, inApp }
      await startUp(side, () => page.goto(addressOf(side)))
      return side
    })
  )
  const warm = await alternately(turns.sessions, (inApp, turn) =>
    session(
      sides[inApp ? 0 : 1]!,
      context.memberIds[(turn + 1) % context.memberIds.length]!,
      searchWords[turn % searchWords.length]!
    )
  )
  await Promise.all(sides.map(({ page }) => page.context().close()))
  const names: [keyof Session, string][] = [
    ['start', 'ui.start.restart'],
    ['startCpu', 'ui.start.restart.main_thread_cpu'],
    ['journal', 'ui.journal.first_screen'],
    ['person', 'ui.person.first_screen'],
    ['insights', 'ui.insights.first_screen'],
    ['search', 'ui.palette.key_to_results']
  ]
  return [
    benchRow(
      'ui.start.cold',
      context.reflections,
      cold.app.map((run) => run.wall),
      cold.baseline.map((run) => run.wall)
    ),
    benchRow(
      'ui.start.cold.main_thread_cpu',
      context.reflections,
      cold.app.map((run) => run.cpu),
      cold.baseline.map((run) => run.cpu)
    ),
    ...names.map(([key, name]) =>
      benchRow(
        name,
        context.reflections,
        warm.app.map((s) => s[key]),
        warm.baseline.map((s) => s[key])
      )
    )
  ]
}
// Typed as a person writes: words and spaces, with a pause now and then in which the autosave runs.
const typed = 'and what else did they own this week '.repeat(4)
const PAUSE_EVERY = 40
const PAUSE_MS = 700

/** Key press to the next frame in the editor holding 10,000 words, against a textarea holding the same. */
export async function measureTyping(browser: Browser, context: UiBenchContext): Promise<BenchRow> {
  const app = await openPage(browser, context.invoke)
  await app.goto(`${APP_URL}/#/journal/${context.longReflection.id}`)
  const editor = app.locator('.cm-content')
  await editor.click()
  const baseline = await openPage(browser, context.invoke, { text: context.longReflection.body })
  await baseline.goto(`${APP_URL}/bench/baseline.html`)
  await baseline.getByLabel('Reflection').click()
  for (const page of [app, baseline]) {
    await page.keyboard.press('Control+End')
    await probe(page, 'takeKeyFrames')
  }
  for (let i = 0; i < typed.length; i += 1) {
    const pages = i % 2 === 0 ? [app, baseline] : [baseline, app]
    for (const page of pages) {
      await page.keyboard.type(typed[i]!)
      await page.waitForTimeout(20)
    }
    if ((i + 1) % PAUSE_EVERY === 0) await app.waitForTimeout(PAUSE_MS)
  }
  await app.waitForTimeout(PAUSE_MS)
  const appFrames = await probe<number[]>(app, 'takeKeyFrames')
  const baselineFrames = await probe<number[]>(baseline, 'takeKeyFrames')
  // Every key reached the journal, in order, through the autosave.
  const saved = (await context.invoke('reflections.get', { id: context.longReflection.id })) as {
    ok: boolean
    data?: { body: string }
  }
  if (!saved.data?.body.endsWith(typed)) throw new Error('The editor did not save every key typed.')
  await app.context().close()
  await baseline.context().close()
  return benchRow('ui.editor.key_to_frame', context.reflections, appFrames, baselineFrames)
}
