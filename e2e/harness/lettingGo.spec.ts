import { daysAgo } from '../support/days'
import { createCheckin, updateCheckin } from '../../src/main/journal/checkins'
import { closeDelegation, createDelegation } from '../../src/main/journal/delegations'
import { createMember } from '../../src/main/journal/members'
import type { Journal } from '../../src/main/db/open'
import { expect, test, type Page } from './fixture'

const title = 'Own the release train'

async function checkIn(page: Page, date: string, response: RegExp, signal = 'At risk') {
  await page.getByRole('button', { name: `Check in on ${title}` }).click()
  const dialog = page.getByRole('dialog', { name: `Check in: ${title}` })
  await dialog.getByLabel('Date').fill(date)
  await dialog.getByRole('radio', { name: signal, exact: true }).check()
  await dialog.getByRole('radio', { name: response }).check()
  await dialog.getByRole('button', { name: 'Save check-in' }).click()
  await expect(dialog).toBeHidden()
}

/** Ana Lima with one active delegation at Inquire, started `startedAgo` days ago. */
function anaAtInquire(journal: Journal, startedAgo = 30) {
  const ana = createMember(journal.db, { name: 'Ana Lima' })
  const delegation = createDelegation(journal.db, {
    memberId: ana.id,
    title,
    authorityLevel: 6,
    status: 'active',
    startedOn: daysAgo(startedAgo)
  })
  return { ana, delegation }
}

/** Ana Lima, who finished three delegations at Advise with the leader holding back, and said what she learned. */
function anaDoneThreeAtAdvise(journal: Journal) {
  const ana = createMember(journal.db, { name: 'Ana Lima' })
  for (const [i, name] of ['Release notes', 'On-call rota', 'Hiring loop'].entries()) {
    const done = createDelegation(journal.db, {
      memberId: ana.id,
      title: name,
      authorityLevel: 5,
      status: 'active',
      startedOn: daysAgo(90 - i * 20)
    })
    const held = createCheckin(journal.db, {
      delegationId: done.id,
      date: daysAgo(85 - i * 20),
      signal: 'struggling',
      leaderResponse: 'held_back'
    })
    if (i === 2)
      updateCheckin(journal.db, { id: held.id, workedOut: 'yes', lesson: 'Write the scorecard first' })
    closeDelegation(journal.db, { id: done.id, status: 'done', completedOn: daysAgo(80 - i * 20) })
  }
  return ana
}

test.describe('Letting go, measured', () => {
  test('delegated at Inquire, the leader steps in three times: the gap shows in the 1:1, on the delegation and in Insights, with the check-in budget', async ({
    page,
    openApp,
    journal
  }) => {
    const { ana } = anaAtInquire(journal)
    await openApp(`/one-on-one/${ana.id}`)
    const delegations = page.getByRole('region', { name: 'Active delegations' })
    const gap = delegations.getByRole('note')

    // Coaching is one level below Inquire: a difference, not a pattern.
    await checkIn(page, daysAgo(20), /^Asked questions/)
    await expect(delegations).toContainText('last check-in')
    await expect(gap).toHaveCount(0)

    for (const day of [15, 10, 5]) await checkIn(page, daysAgo(day), /^Stepped in/)
    await expect(gap).toContainText('Agreed 6 Inquire, acted 4 Agree (the last 4 check-ins).')
    await expect(gap).toContainText('You kept more control than you agreed')
    // Four check-ins within one rhythm of the level (Inquire: every 21 days).
    await expect(gap).toContainText(
      '4 check-ins in 20 days on an Inquire-level responsibility; agreed: one every 21 days.'
    )

    await gap.getByRole('link', { name: 'See the check-ins' }).click()
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
    const onDelegation = page.getByRole('note', { name: 'Letting go' })
    await expect(onDelegation).toContainText('Agreed 6 Inquire, acted 4 Agree (the last 4 check-ins).')
    await expect(onDelegation).toContainText('4 check-ins in 20 days')
    await expect(page.getByRole('list', { name: 'Check-in timeline' }).getByRole('listitem')).toHaveCount(4)

    await page.getByRole('link', { name: 'Insights' }).click()
    const ladder = page.getByRole('region', { name: 'Authority ladder' })
    await expect(ladder).toContainText(
      'Acted two levels or more from the level agreed: Ana Lima (Own the release train).'
    )
    await expect(ladder.getByRole('list', { name: 'Authority per person' })).toContainText(
      'Own the release train: agreed 6 Inquire, acted 4 Agree'
    )
    // Both lines over time: the level agreed, and the level acted at after each check-in.
    await expect(ladder.getByRole('list', { name: 'Key' })).toContainText(
      'Hollow marks: the level you acted at'
    )
    await ladder.getByText('Figures and entries').click()
    const figures = ladder.getByRole('table', { name: 'Authority steps' })
    await expect(figures).toContainText('Started at 6 Inquire')
    await expect(figures.getByRole('row', { name: /Acted at/ })).toHaveCount(4)
    await expect(figures).toContainText('Acted at 4 Agree')
  })
})

test.describe('Letting go, and whether it worked', () => {
  test('a prediction at hand-off, "did they work it out?" after holding back, a rescue trigger that fires, and the prediction scored at close', async ({
    page,
    openApp,
    journal
  }) => {
    const ana = createMember(journal.db, { name: 'Ana Lima' })
    await openApp(`/team/${ana.id}`)
    const section = page.getByRole('region', { name: 'Delegations' })
    await section.getByRole('button', { name: 'New delegation' }).click()
    const form = page.getByRole('dialog', { name: 'New delegation' })
    await form.getByLabel('Title').fill(title)
    await form.getByRole('radio', { name: /Inquire/ }).check()
    await form.getByLabel('I step in only if…').fill('a release is rolled back twice')
    await form.getByLabel('Or when check-ins say').selectOption('Blocked')
    await form.getByLabel('Check in every (days)').fill('')
    await form.getByLabel('Start date').fill(daysAgo(30))
    await form.getByLabel('Chance of success (%)').fill('40')
    await form.getByLabel('Where you expect them to struggle').fill('Saying no to the sales team')
    await form.getByRole('button', { name: 'Delegate' }).click()
    await expect(form).toBeHidden()

    // In the 1:1: due (30 days since the start, Inquire proposes 21), and holding back.
    await page
      .getByRole('button', { name: /one-on-one/i })
      .first()
      .click()
    await checkIn(page, daysAgo(28), /^Held back/)
    const delegations = page.getByRole('region', { name: 'Active delegations' })
    await expect(delegations).toContainText('you held back. Ask: did they work it out')

    // The next check-in asks about that one, and saves the answer with it.
    await page.getByRole('button', { name: `Check in on ${title}` }).click()
    const dialog = page.getByRole('dialog', { name: `Check in: ${title}` })
    const since = dialog.getByRole('region', { name: 'Since last time' })
    await since.getByRole('radio', { name: 'Yes, on their own' }).check()
    await since
      .getByLabel('What they learned, in their words')
      .fill('Ask the platform team before the freeze')
    await dialog.getByLabel('Date').fill(daysAgo(6))
    await dialog.getByRole('radio', { name: 'Blocked', exact: true }).check()
    await dialog.getByRole('radio', { name: /^Provided resources/ }).check()
    await dialog.getByRole('button', { name: 'Save check-in' }).click()
    await expect(dialog).toBeHidden()
    await expect(delegations).not.toContainText('Ask: did they work it out')
    // Not due and nothing fired: kept out of the way, to be left with her.
    await expect(delegations).toContainText('1 not due: leave it with Ana Lima')
    await expect(page.getByRole('button', { name: `Check in on ${title}` })).toBeHidden()

    // Blocked a second time: the rescue trigger fires, and the delegation is brought up again.
    await delegations.getByText('1 not due').click()
    await checkIn(page, daysAgo(2), /^Stepped in/, 'Blocked')
    await expect(delegations.getByRole('note').first()).toContainText('Rescue trigger fired.')
    await expect(delegations).toContainText('Check-ins said “Blocked” 2 times.')

    // Her page: worked it out without me, her lesson.
    await page.getByRole('button', { name: 'Ana Lima' }).first().click()
    const record = page.getByRole('region', { name: 'When you let go' })
    await expect(record).toContainText('Worked it out without you: 1 of 1')
    await expect(record).toContainText('Ask the platform team before the freeze')
    await expect(page.getByRole('region', { name: 'Timeline' })).toContainText(
      'Worked it out: yes, on their own · “Ask the platform team before the freeze”'
    )

    // Close as done: the prediction (40%) was an under-estimate, on the delegation and on her page.
    await section.getByRole('button', { name: title, exact: true }).click()
    await expect(page.getByRole('region', { name: 'Your prediction (private)' })).toContainText(
      '40% chance of success'
    )
    await page.getByRole('button', { name: 'Close', exact: true }).click()
    const closing = page.getByRole('dialog', { name: `Close: ${title}` })
    await closing.getByRole('radio', { name: /^Done/ }).check()
    await closing.getByRole('button', { name: 'Close delegation' }).click()
    await expect(closing).toBeHidden()
    await expect(page.getByRole('region', { name: 'Your prediction (private)' })).toContainText(
      'done: you under-estimated Ana Lima'
    )
    await page.getByRole('button', { name: 'Ana Lima' }).first().click()
    await expect(record).toContainText(
      'You under-estimated Ana Lima 1 time out of 1: evidence for giving more authority.'
    )
  })

  test('a check-in entered wrong is corrected, or deleted and brought back, and the intervention figures follow', async ({
    page,
    openApp,
    journal
  }) => {
    const { delegation } = anaAtInquire(journal)
    await openApp(`/delegations/${delegation.id}`)
    await page.getByRole('button', { name: 'Check in', exact: true }).click()
    const dialog = page.getByRole('dialog', { name: `Check in: ${title}` })
    await dialog.getByLabel('Date').fill(daysAgo(3))
    await dialog.getByRole('radio', { name: 'At risk', exact: true }).check()
    await dialog.getByRole('radio', { name: /^Took it back/ }).check()
    await dialog.getByLabel('Also mark the delegation as handed back').uncheck()
    await dialog.getByRole('button', { name: 'Save check-in' }).click()
    await expect(dialog).toBeHidden()

    // Her page shows the intervention; the leader meant "stepped in", and corrects it from the delegation.
    const day = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(
      new Date(`${daysAgo(3)}T12:00:00`)
    )
    await page.getByRole('button', { name: `Correct the check-in of ${day}` }).click()
    const correcting = page.getByRole('dialog', { name: `Correct the check-in: ${title}` })
    await expect(correcting.getByRole('radio', { name: /^Took it back/ })).toBeChecked()
    await correcting.getByRole('radio', { name: /^Held back/ }).check()
    await correcting.getByRole('radio', { name: 'Partly' }).check()
    await correcting.getByRole('button', { name: 'Save correction' }).click()
    await expect(correcting).toBeHidden()
    const timeline = page.getByRole('list', { name: 'Check-in timeline' })
    await expect(timeline).toContainText('Held back')
    await expect(timeline).toContainText('Worked it out: Partly')

    await page.getByRole('button', { name: 'Ana Lima' }).first().click()
    const overall = page.getByRole('region', { name: 'Overall' })
    await expect(overall).toContainText('Stepped in or took it back 0 of 1 times; held back or coached 1.')
    await expect(page.getByRole('region', { name: 'When you let go' })).toContainText(
      'Worked it out without you: 0 of 1, partly 1.'
    )

    await page.goBack()
    await page.getByRole('button', { name: `Delete the check-in of ${day}` }).click()
    await expect(page.getByRole('status')).toContainText(`Moved the check-in of ${day} to the trash.`)
    await expect(page.getByText('No check-ins yet.')).toBeVisible()
    await page.getByRole('button', { name: 'Undo' }).click()
    await expect(timeline.getByRole('listitem')).toHaveCount(1)

    await page.getByRole('button', { name: `Delete the check-in of ${day}` }).click()
    await page.getByRole('link', { name: 'Trash' }).click()
    await expect(page.getByRole('main')).toContainText(`Check-in ${daysAgo(3)}: ${title}`)
    await page.getByRole('link', { name: 'Team' }).click()
    await page
      .getByRole('button', { name: /Ana Lima/ })
      .first()
      .click()
    await expect(page.getByRole('region', { name: 'Overall' })).toContainText('No check-ins to judge yet')
  })
})

test.describe('The weekly letting-go review', () => {
  test('offered after a week with check-ins, it lists where the leader stepped in, opens as a reflection with a stance, and can be put off a week', async ({
    page,
    openApp,
    journal
  }) => {
    const { delegation } = anaAtInquire(journal, 40)
    const checkin = (ago: number, leaderResponse: 'held_back' | 'stepped_in', note?: string) =>
      createCheckin(journal.db, {
        delegationId: delegation.id,
        date: daysAgo(ago),
        signal: 'blocked',
        leaderResponse,
        ...(note ? { note } : {})
      })
    // Four days ago is always in the week reviewed; eleven days ago never is.
    checkin(11, 'stepped_in', 'An older week')
    checkin(4, 'held_back')
    checkin(4, 'stepped_in', 'I rewrote the rollout plan')

    await openApp('/team')
    const offer = page.getByRole('region', { name: 'Weekly letting-go review' })
    await expect(offer).toContainText('2 check-ins; you stepped in or took it back 1 time.')
    await expect(offer.getByRole('list', { name: 'Where you stepped in' }).getByRole('listitem')).toHaveCount(
      1
    )

    await offer.getByRole('button', { name: 'Start the review' }).click()
    await expect(
      page.getByText('stepped in on **Own the release train** (Ana Lima): I rewrote the rollout plan')
    ).toBeVisible()
    await expect(page.getByText('## What could I have let go?')).toBeVisible()
    await expect(page.getByText('An older week')).toHaveCount(0)
    await page.getByRole('group', { name: 'My stance' }).getByRole('radio', { name: /^2: / }).check()
    await expect(page.getByText('Saved', { exact: true })).toBeVisible()

    // Written: no longer offered; the palette opens the same review again.
    await page.getByRole('link', { name: 'Team' }).click()
    await expect(page.getByRole('heading', { name: 'Team', level: 1 })).toBeVisible()
    await expect(offer).toHaveCount(0)
    await page.keyboard.press('Control+k')
    const palette = page.getByRole('dialog', { name: 'Search and commands' })
    await palette.getByRole('combobox', { name: 'Search or run a command' }).fill('letting-go review')
    await palette.getByRole('option', { name: /Weekly letting-go review/ }).click()
    await expect(page.getByText('## What could I have let go?')).toBeVisible()

    // In the trash, the review is offered again; "Not this week" puts it off.
    await page.getByRole('button', { name: 'Move to trash' }).click()
    await page.getByRole('link', { name: 'Team' }).click()
    await expect(offer).toBeVisible()
    await offer.getByRole('button', { name: 'Not this week' }).click()
    await expect(offer).toHaveCount(0)
    await page.reload()
    await expect(page.getByRole('heading', { name: 'Team', level: 1 })).toBeVisible()
    await expect(offer).toHaveCount(0)
  })
})

test.describe('Ready for more', () => {
  test('three done at Advise without stepping in: the next delegation proposes Inquire and shows what she learned', async ({
    page,
    openApp,
    journal
  }) => {
    const ana = anaDoneThreeAtAdvise(journal)
    await openApp(`/team/${ana.id}`)
    await page
      .getByRole('region', { name: 'Delegations' })
      .getByRole('button', { name: 'New delegation' })
      .click()
    const form = page.getByRole('dialog', { name: 'New delegation' })
    const hints = form.getByRole('note', { name: 'Before you hand it over' })
    await expect(hints).toContainText('Ana Lima finished 3 at Advise without you stepping in.')
    await expect(hints).toContainText('Write the scorecard first')
    await hints.getByRole('button', { name: 'Start this one at 6 Inquire' }).click()
    await expect(form.getByRole('radio', { name: /Inquire/ })).toBeChecked()

    // In the same area as a past delegation of someone else's: its lessons show too.
    const ben = createMember(journal.db, { name: 'Ben Okafor' })
    const budget = createDelegation(journal.db, {
      memberId: ben.id,
      title: 'Plan the team budget',
      authorityLevel: 4,
      status: 'active',
      startedOn: daysAgo(60),
      tags: ['budget']
    })
    closeDelegation(journal.db, {
      id: budget.id,
      status: 'done',
      lessons: 'Ask finance for last year first',
      completedOn: daysAgo(10)
    })
    const area = form.getByLabel('Area (tags)')
    await area.fill('Budget')
    await area.press('Enter')
    await expect(hints.getByRole('list', { name: 'Lessons in this area' })).toContainText(
      'Ask finance for last year first'
    )
    await form.getByLabel('Title').fill('Own the offsite budget')
    await form.getByRole('button', { name: 'Delegate' }).click()
    await expect(form).toBeHidden()
    await page.getByRole('button', { name: 'Own the offsite budget' }).first().click()
    // The tag keeps the spelling the journal already had.
    await expect(page.locator('.delegation-page__meta')).toContainText('budget')
  })
})

test('ready for more drafts the talking point: added from Insights, it comes first in the next one-on-one', async ({
  page,
  openApp,
  journal
}) => {
  const ana = anaDoneThreeAtAdvise(journal)
  await openApp('/insights')
  const ladder = page.getByRole('region', { name: 'Authority ladder' })
  await ladder.getByRole('button', { name: 'Add as a talking point' }).click()
  await expect(ladder.getByRole('button', { name: 'Talking point added' })).toBeDisabled()
  await openApp(`/one-on-one/${ana.id}`)
  await expect(
    page.getByRole('checkbox', { name: /^Discussed: Ready for more\? You finished 3 at Advise/ })
  ).toBeVisible()
})

test('the 1:1 notes their answer to "did they work it out?" in a dialog of its own', async ({
  page,
  openApp,
  journal
}) => {
  const { ana, delegation } = anaAtInquire(journal)
  createCheckin(journal.db, {
    delegationId: delegation.id,
    date: daysAgo(5),
    signal: 'blocked',
    leaderResponse: 'held_back'
  })
  await openApp(`/one-on-one/${ana.id}`)
  await page.getByRole('button', { name: 'Note their answer' }).click()
  const dialog = page.getByRole('dialog', { name: `Did they work it out: ${title}` })
  // Opened from inside a panel, the dialog keeps its own title style (not the panel's small capitals).
  await expect(dialog.getByRole('heading')).toHaveCSS('text-transform', 'none')
  await dialog.getByRole('radio', { name: 'Partly' }).check()
  await dialog.getByLabel('What they learned, in their words').fill('Ask for help a day earlier')
  await dialog.getByRole('button', { name: 'Save answer' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('button', { name: 'Note their answer' })).toHaveCount(0)
  await page.getByRole('button', { name: 'Ana Lima' }).first().click()
  await expect(page.getByRole('region', { name: 'When you let go' })).toContainText(
    'Ask for help a day earlier'
  )
})
