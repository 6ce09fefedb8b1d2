import { readdirSync } from 'node:fs'
import { daysAgo } from '../support/days'
import { expect, test } from './fixture'
import { screens } from './screens'
import { seedTeam } from './seedTeam'

/** The day `offset` days from today: the journey's Monday is today. */
const day = (offset: number) => daysAgo(-offset)

/**
 * The loop of issue "The whole one-on-one loop", as a leader lives it over a month, in one window without a
 * reload: the window's clock moves on from day to day (the journal's own day stays today, as a leader's
 * machine would write it on Monday).
 */
test('a month of one-on-ones with Ana: a topic jotted on Monday is discussed on Thursday, feedback delivered the week after, time away, a reminder, and the review packet holds it all', async ({
  page,
  openApp,
  journal,
  remindAt,
  clickNotification,
  exportFolder
}) => {
  const { ana } = await seedTeam(journal) // a one-on-one every 7 days, the last 9 days ago
  const { go, markDocument, stillSameDocument, search } = screens(page)
  const on = (offset: number) => page.clock.setFixedTime(new Date(`${day(offset)}T10:00`))
  const anaRow = page
    .getByRole('list', { name: 'Team members' })
    .getByRole('listitem')
    .filter({ hasText: 'Ana Lima' })

  // Monday: a topic comes up in the corridor.
  await on(0)
  await openApp('/team')
  await markDocument()
  const results = await search('talking point ana')
  await results.getByRole('option', { name: /Add talking point for Ana Lima/ }).click()
  const jot = page.getByRole('dialog', { name: 'Add talking point for Ana Lima' })
  await jot.getByRole('textbox', { name: 'Talking point' }).fill('Who runs the next incident review')
  await jot.getByRole('button', { name: 'Add' }).click()
  await expect(jot).toBeHidden()

  // Thursday: the one-on-one; the topic is first in the preparation, and is discussed.
  await on(3)
  await go(`/team/${ana.id}`)
  await page.getByRole('button', { name: 'Start one-on-one' }).click()
  const prep = page.getByRole('complementary', { name: 'Preparation' })
  const points = prep.getByRole('region', { name: 'Talking points' }).getByRole('listitem')
  await expect(points.first()).toContainText('Who runs the next incident review')
  await page.getByLabel('Title').fill('Incident reviews')
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible()
  await prep.getByRole('checkbox', { name: 'Discussed: Who runs the next incident review' }).check()
  await expect(
    prep.getByRole('checkbox', { name: 'Discussed: Who runs the next incident review' })
  ).toBeChecked()
  // Something to tell her next time: feedback to deliver, jotted from the palette during the 1:1.
  await (await search('feedback ana')).getByRole('option', { name: /Log feedback for Ana Lima/ }).click()
  const feedback = page.getByRole('dialog', { name: 'Log feedback for Ana Lima' })
  await feedback.getByRole('radio', { name: 'Redirect' }).check()
  await feedback.getByLabel('Behaviour').fill('Answered for the team before they could')
  await feedback.getByLabel('Impact').fill('Two engineers stopped speaking up')
  await feedback.getByRole('radio', { name: 'At the next one-on-one' }).check()
  await feedback.getByRole('button', { name: 'Log feedback' }).click()
  await expect(feedback).toBeHidden()

  // The next one-on-one, a week later: the feedback waits there as a talking point, and is delivered.
  await on(10)
  await go(`/team/${ana.id}`)
  await page.getByRole('button', { name: 'Start one-on-one' }).click()
  await page.getByLabel('Title').fill('Speaking up')
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible()
  const point = prep
    .getByRole('region', { name: 'Talking points' })
    .getByRole('listitem')
    .filter({ hasText: 'Feedback: Answered for the team' })
  await expect(point).toContainText('Redirect')
  await point.getByRole('button', { name: /Delivered/ }).click()
  const delivered = page.getByRole('dialog', { name: 'Feedback delivered' })
  await delivered.getByLabel('Ana Lima’s response').fill('Will wait ten seconds before answering')
  await delivered.getByRole('button', { name: 'Save' }).click()
  await expect(delivered).toBeHidden()
  await go(`/team/${ana.id}`)
  await expect(page.getByRole('region', { name: 'Feedback', exact: true })).toContainText(
    '0 praise, 1 redirect in 90 days'
  )

  // Ten days after that, overdue; then she is away for two weeks: not overdue, and the list says until when.
  await on(20)
  await go('/team')
  await expect(anaRow).toContainText('Overdue')
  await (await search('away ana')).getByRole('option', { name: /Mark Ana Lima away/ }).click()
  const away = page.getByRole('dialog', { name: 'Mark Ana Lima away' })
  await expect(away.getByLabel('Last day away')).toHaveValue(day(33))
  await away.getByRole('button', { name: 'Mark away' }).click()
  await expect(away).toBeHidden()
  await expect(anaRow).not.toContainText('Overdue')
  await expect(anaRow).toContainText('Away until')

  // The morning after she is back, the daily reminder says her one-on-one is due (Ben's too, and longer
  // overdue, so named first), and opens Today.
  const sent = remindAt(`${day(34)}T09:00`)
  const oneOnOnes = sent.find(({ title }) => title === '2 one-on-ones are due')
  expect(oneOnOnes?.body).toBe('With Ben Okafor and Ana Lima.')
  await on(34)
  await clickNotification(oneOnOnes!)
  const today = page.getByRole('region', { name: 'Today' })
  await today.getByRole('link', { name: 'One-on-one with Ana Lima' }).click()
  await expect(page.getByRole('heading', { name: 'One-on-one with Ana Lima', level: 1 })).toBeVisible()

  // The review packet holds the month.
  await go(`/team/${ana.id}/packet`)
  await expect(page.getByRole('heading', { level: 1, name: 'Review packet: Ana Lima' })).toBeVisible()
  const conversations = page.getByRole('region', { name: 'Conversations' })
  await expect(conversations).toContainText('Incident reviews')
  await expect(conversations).toContainText('Speaking up')
  const given = page.getByRole('region', { name: 'Feedback given' })
  await expect(given).toContainText('Answered for the team before they could')
  await expect(given).toContainText('Will wait ten seconds before answering')
  await page.getByRole('button', { name: 'Save as PDF…' }).click()
  await expect(page.getByRole('status')).toContainText(
    'Saved the review packet as “Review packet - Ana Lima - '
  )
  await expect.poll(() => readdirSync(exportFolder).filter((name) => name.endsWith('.pdf')).length).toBe(1)
  await stillSameDocument()
})
