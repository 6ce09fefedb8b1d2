import type { Route } from '@playwright/test'
import { createCheckin } from '../../src/main/journal/checkins'
import { createDelegation } from '../../src/main/journal/delegations'
import { createMember } from '../../src/main/journal/members'
import { insertReflection } from '../../src/main/testing/rows'
import { daysAgo } from '../support/days'
import { answerLate } from '../support/lateAnswers'
import { expect, test, type Page } from './fixture'

/** The code the first screen does without: charts, the editor, the markdown formatter, the forms' schemas. */
const onDemand =
  /\/assets\/(InsightsPage|MemberInsights|MarkdownEditor|MarkdownRenderer|formSchemas)-[^/]*\.(js|css)$/

/**
 * Holds every request for on-demand code until `release()`: a screen that shows while they are held does
 * not need them. `requested` lists them as they are asked for.
 */
async function holdOnDemandCode(page: Page) {
  const requested: string[] = []
  let release = () => {}
  const released = new Promise<void>((resolve) => (release = resolve))
  await page.route(onDemand, async (route: Route) => {
    requested.push(new URL(route.request().url()).pathname)
    await released
    await route.fallback()
  })
  return { requested, release }
}

test.describe('A lean first screen', () => {
  test('the Team screen shows without charts, the editor, the preview or the forms’ schemas, fetched once idle', async ({
    page,
    openApp,
    journal
  }) => {
    createMember(journal.db, { name: 'Ana Lima' })
    const held = await holdOnDemandCode(page)
    await openApp('/team')
    await expect(page.getByRole('list', { name: 'Team members' })).toContainText('Ana Lima')
    // Asked for once the page is idle, without anyone opening the screens that use them; then the rest.
    await expect.poll(() => held.requested.length, { timeout: 15_000 }).toBeGreaterThan(0)
    held.release()
    const fetched = () => new Set(held.requested.map((path) => path.split('/').pop()!.split('-')[0])).size
    await expect.poll(fetched, { timeout: 15_000 }).toBe(5)
    await page.getByRole('link', { name: 'Insights' }).click()
    await expect(page.getByRole('heading', { name: 'Leading vs managing' })).toBeVisible()
  })

  test('a person’s page shows their profile and timeline while the insights’ code is still on its way', async ({
    page,
    openApp,
    journal
  }) => {
    const ana = createMember(journal.db, { name: 'Ana Lima' })
    insertReflection(journal.db, { title: 'Planning the offsite', memberId: ana.id, date: '2026-05-04' })
    const held = await holdOnDemandCode(page)
    await openApp(`/team/${ana.id}`)
    await expect(page.getByRole('heading', { name: 'Ana Lima', level: 1 })).toBeVisible()
    await expect(page.getByRole('list', { name: 'Ana Lima’s timeline' })).toContainText(
      'Planning the offsite'
    )
    await expect(page.getByRole('heading', { name: 'Insights' })).toHaveCount(0)
    held.release()
    await expect(page.getByRole('heading', { name: 'Insights' })).toBeVisible()
  })

  test('a reflection opened directly waits for the editor, then takes every key typed', async ({
    page,
    openApp,
    journal
  }) => {
    const ana = createMember(journal.db, { name: 'Ana Lima' })
    const id = insertReflection(journal.db, { title: 'Offsite', body: 'First words.', memberId: ana.id })
    const held = await holdOnDemandCode(page)
    await openApp(`/journal/${id}`)
    await expect(page.getByLabel('Title')).toHaveValue('Offsite')
    await expect(page.getByRole('textbox', { name: 'Reflection' })).toHaveCount(0)
    held.release()
    const body = page.getByRole('textbox', { name: 'Reflection' })
    await body.click()
    await page.keyboard.press('Control+End')
    await page.keyboard.type(' Then more.')
    await page.getByRole('button', { name: 'Preview' }).click()
    await expect(page.getByLabel('Preview')).toHaveText('First words. Then more.')
    await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible()
    expect(journal.db.prepare('SELECT body FROM reflections WHERE id = ?').pluck().get(id)).toBe(
      'First words. Then more.'
    )
  })
})

test.describe('The first screen’s data', () => {
  /** Records every call the window makes, in order, as "channel input". */
  const recordCalls = (page: Page) =>
    page.addInitScript(() => {
      const leap = (window as unknown as { leap: Record<string, (input: unknown) => unknown> }).leap
      const calls: string[] = []
      Object.assign(window, { leapCalls: calls })
      const recorded = Object.fromEntries(
        Object.entries(leap).map(([channel, ask]) => [
          channel,
          (input: unknown) => {
            calls.push(`${channel} ${JSON.stringify(input)}`)
            return ask(input)
          }
        ])
      )
      Object.assign(window, { leap: recorded })
    })

  test('is asked for once as the window starts, and a write still shows at once', async ({
    page,
    openApp,
    journal
  }) => {
    createMember(journal.db, { name: 'Ana Lima' })
    await recordCalls(page)
    await openApp('/team')
    await expect(page.getByRole('list', { name: 'Team members' })).toContainText('Ana Lima')
    // Asked at start (lib/firstReads.ts) and taken by the screen's own queries: each once (the list of people
    // and of everyone, archived too, are two reads).
    const once = {
      'app.info': 1,
      'settings.get': 1,
      'members.list': 2,
      'sample.status': 1,
      'reminders.today': 1,
      'reviews.offer': 1
    }
    const calls = () => page.evaluate(() => (window as unknown as { leapCalls: string[] }).leapCalls)
    const counted = async () => {
      const all = await calls()
      return Object.fromEntries(
        Object.keys(once).map((channel) => [
          channel,
          all.filter((call) => call.startsWith(`${channel} `)).length
        ])
      )
    }
    await expect.poll(counted).toEqual(once)
    await page.getByRole('button', { name: 'Add member' }).click()
    await page.getByLabel('Name').fill('Bo Chen')
    await page.getByRole('dialog').getByRole('button', { name: 'Add member' }).click()
    await expect(page.getByRole('list', { name: 'Team members' })).toContainText('Bo Chen')
  })

  test('on a slow journal, the list waits for what is drawn above it instead of being pushed down', async ({
    page,
    openApp,
    journal
  }) => {
    // Ana's one-on-one is due (Today), and last week had a check-in (the weekly review is offered).
    const ana = createMember(journal.db, { name: 'Ana Lima', cadenceDays: 7 })
    insertReflection(journal.db, { title: 'Weekly', memberId: ana.id, date: daysAgo(9) })
    const delegation = createDelegation(journal.db, {
      memberId: ana.id,
      title: 'Own the 4.2 release',
      authorityLevel: 5,
      status: 'active',
      startedOn: daysAgo(30)
    })
    createCheckin(journal.db, {
      delegationId: delegation.id,
      date: daysAgo(4),
      signal: 'on_track',
      leaderResponse: 'held_back'
    })
    // Today's and the review offer's answers come well after the list's, past the first frame's wait.
    await answerLate(page, ['reminders.today', 'reviews.offer'], 700)
    await openApp('/team')
    const row = page.getByRole('list', { name: 'Team members' }).getByRole('listitem').first()
    await expect(row).toContainText('Ana Lima')
    const firstTop = (await row.boundingBox())!.y
    await expect(page.getByRole('region', { name: 'Today' })).toContainText('One-on-one with Ana Lima')
    await expect(page.getByRole('region', { name: 'Weekly letting-go review' })).toBeVisible()
    expect((await row.boundingBox())!.y).toBe(firstTop)
  })
})

test('a long team opens with only the rows in view drawn: none drawn at start only to be removed', async ({
  page,
  openApp,
  journal
}) => {
  // Overdue people fill Today above the list, so fewer rows fit below it than in a whole window.
  for (let i = 0; i < 40; i += 1) {
    const member = createMember(journal.db, { name: `Person ${String(i).padStart(2, '0')}`, cadenceDays: 7 })
    insertReflection(journal.db, { title: 'Weekly', memberId: member.id, date: daysAgo(10 + i) })
  }
  // Rows taken off the page: a removed node still holds what it held when it was removed.
  await page.addInitScript(() => {
    const removed = { rows: 0 }
    Object.assign(window, { removedRows: removed })
    new MutationObserver((records) => {
      for (const record of records)
        for (const node of record.removedNodes)
          if (node instanceof Element) removed.rows += node.querySelectorAll('.member-row').length
    }).observe(document, { childList: true, subtree: true })
  })
  await openApp('/team')
  await expect(page.getByRole('list', { name: 'Team members' }).getByRole('listitem').first()).toContainText(
    'Person'
  )
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 200))))
  const removed = await page.evaluate(
    () => (window as unknown as { removedRows: { rows: number } }).removedRows
  )
  expect(removed.rows).toBe(0)
})

test('a person’s page asks for every section’s data with the person, not once the person has come', async ({
  page,
  openApp,
  journal
}) => {
  const ana = createMember(journal.db, { name: 'Ana Lima' })
  insertReflection(journal.db, { title: 'Planning the offsite', memberId: ana.id, date: daysAgo(3) })
  // The person's own answer comes late; the window notes what it asks for meanwhile.
  await page.addInitScript(() => {
    const leap = (window as unknown as { leap: Record<string, (input: unknown) => Promise<unknown>> }).leap
    const asked: string[] = []
    let personCame = false
    Object.assign(window, { askedBeforePerson: asked })
    const noted = Object.fromEntries(
      Object.entries(leap).map(([channel, ask]) => [
        channel,
        async (input: unknown) => {
          if (!personCame) asked.push(channel)
          if (channel !== 'members.get') return ask(input)
          const answer = await ask(input)
          await new Promise((resolve) => setTimeout(resolve, 500))
          personCame = true
          return answer
        }
      ])
    )
    Object.assign(window, { leap: noted })
  })
  await openApp(`/team/${ana.id}`)
  await expect(page.getByRole('list', { name: 'Ana Lima’s timeline' })).toContainText('Planning the offsite')
  const asked = await page.evaluate(
    () => (window as unknown as { askedBeforePerson: string[] }).askedBeforePerson
  )
  expect(asked).toEqual(
    expect.arrayContaining([
      'members.get',
      'members.timeline',
      'talkingPoints.list',
      'feedback.list',
      'feedback.summary',
      'leave.list',
      'goals.list',
      'delegations.list'
    ])
  )
})
