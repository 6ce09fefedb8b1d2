import { daysAgo } from '../support/days'
import { createDelegation } from '../../src/main/journal/delegations'
import { createMember } from '../../src/main/journal/members'
import { checkIn } from './delegationSteps'
import { expect, test } from './fixture'

test.describe('Delegations', () => {
  test('delegate at level 3, check in three times, raise to 5, close as done, reload: all there', async ({
    page,
    openApp,
    journal
  }) => {
    const ana = createMember(journal.db, { name: 'Ana Lima', role: 'Senior engineer' })
    await openApp(`/team/${ana.id}`)
    const section = page.getByRole('region', { name: 'Delegations' })
    await expect(section).toContainText('Nothing delegated yet')

    await section.getByRole('button', { name: 'New delegation' }).click()
    const form = page.getByRole('dialog', { name: 'New delegation' })
    await form.getByLabel('Title').fill('Run the release process')
    await form.getByLabel('Responsibility handed over').fill('Releases ship **every week** without me.')
    await form.getByLabel('Why this person').fill('Ana wants to lead the platform team.')
    await form.getByRole('textbox', { name: 'Criterion 1' }).fill('Weekly releases for a quarter')
    await form.getByRole('button', { name: 'Add criterion' }).click()
    await form.getByRole('textbox', { name: 'Criterion 2' }).fill('No rollback without a written cause')
    await form.getByRole('radio', { name: /Consult/ }).check()
    await form.getByLabel('I step in only if…').fill('a customer-facing release is at risk')
    await form.getByLabel('Check in every (days)').fill('7')
    await form.getByLabel('Start date').fill(daysAgo(20))
    await form.getByRole('button', { name: 'Delegate' }).click()
    await expect(form).toBeHidden()

    const title = 'Run the release process'
    const active = section.getByRole('list', { name: 'Active delegations' })
    await expect(active).toContainText(title)
    await expect(active).toContainText('3 · Consult')

    await checkIn(page, title, {
      date: daysAgo(14),
      progress: 'First release cut',
      signal: 'On track',
      response: /^Held back/
    })
    await checkIn(page, title, {
      date: daysAgo(7),
      progress: 'Flaky pipeline',
      signal: 'At risk',
      response: /^Asked questions/
    })
    await checkIn(page, title, {
      date: daysAgo(1),
      progress: 'Hotfix needed',
      signal: 'Blocked',
      response: /^Stepped in/
    })
    await expect(active).toContainText(/Last check-in/)

    await active.getByRole('button', { name: new RegExp(`^${title}`) }).click()
    await expect(page.getByRole('heading', { name: title, level: 1 })).toBeVisible()
    await expect(page.getByRole('list', { name: 'Check-in timeline' }).getByRole('listitem')).toHaveCount(3)
    await page.getByRole('button', { name: 'Change level' }).click()
    const level = page.getByRole('dialog', { name: `Change authority: ${title}` })
    await level.getByRole('radio', { name: /Advise/ }).check()
    await level.getByLabel('Reason').fill('Three clean releases in a row')
    await level.getByRole('button', { name: 'Raise to 5 · Advise' }).click()
    await expect(level).toBeHidden()
    await expect(page.getByRole('list', { name: 'Authority steps' })).toContainText(
      'Three clean releases in a row'
    )

    await page.getByRole('button', { name: 'Ana Lima' }).click()
    const ladder = page.getByRole('list', { name: 'Authority ladder' })
    await expect(ladder).toContainText('Raised from 3 · Consult to 5 · Advise')
    await expect(ladder.getByRole('list', { name: `Levels of ${title}` }).getByRole('listitem')).toHaveCount(
      2
    )
    const overall = page.getByRole('region', { name: 'Overall' })
    await expect(overall).toContainText('33% intervening')
    await expect(overall).toContainText('Stepped in or took it back 1 of 3 times; held back or coached 2.')

    await active.getByRole('button', { name: new RegExp(`^${title}`) }).click()
    await page.getByRole('button', { name: 'Close', exact: true }).click()
    const closing = page.getByRole('dialog', { name: `Close: ${title}` })
    await closing.getByRole('radio', { name: /^Done/ }).check()
    await closing.getByLabel('Outcome').fill('Releases are weekly and boring.')
    await closing.getByLabel('Lessons learned').fill('Hold back one day longer.')
    await closing.getByRole('button', { name: 'Close delegation' }).click()
    await expect(closing).toBeHidden()

    await page.reload()
    await expect(page.getByRole('heading', { name: title, level: 1 })).toBeVisible()
    await expect(page.getByText('Done', { exact: true }).first()).toBeVisible()
    await expect(page.getByRole('region', { name: 'Outcome' })).toContainText(
      'Releases are weekly and boring.'
    )
    await expect(page.getByRole('region', { name: 'Success criteria' })).toContainText(
      'No rollback without a written cause'
    )
    await expect(page.getByRole('list', { name: 'Check-in timeline' }).getByRole('listitem')).toHaveCount(3)
    await expect(page.getByText('5 · Advise').first()).toBeVisible()

    const row = journal.db
      .prepare('SELECT status, authority_level, outcome, success_criteria, rescue_trigger FROM delegations')
      .get()
    expect(row).toEqual({
      status: 'done',
      authority_level: 5,
      outcome: 'Releases are weekly and boring.',
      success_criteria: JSON.stringify([
        'Weekly releases for a quarter',
        'No rollback without a written cause'
      ]),
      rescue_trigger: 'a customer-facing release is at risk'
    })
    const responses = journal.db.prepare('SELECT leader_response FROM checkins ORDER BY date').pluck().all()
    expect(responses).toEqual(['held_back', 'asked_questions', 'stepped_in'])
    const steps = journal.db
      .prepare('SELECT from_level, to_level FROM authority_changes ORDER BY changed_on')
      .all()
    expect(steps).toEqual([
      { from_level: null, to_level: 3 },
      { from_level: 3, to_level: 5 }
    ])
  })

  test('bad input is shown on the field and writes nothing; instructions get a nudge', async ({
    page,
    openApp,
    journal
  }) => {
    const ana = createMember(journal.db, { name: 'Ana Lima' })
    await openApp('/delegations')
    await page.getByRole('button', { name: 'Delegate something' }).click()
    const form = page.getByRole('dialog', { name: 'New delegation' })
    await form
      .getByLabel('Responsibility handed over')
      .fill('1. Open the dashboard\n2. Check the errors\n3. File a ticket')
    await expect(form.getByRole('note')).toContainText('Leaders delegate outcomes')
    await form.getByLabel('Start date').fill('2026-11-10')
    await form.getByLabel('Due date').fill('2026-11-01')
    await form.getByRole('button', { name: 'Delegate' }).click()
    await expect(form.getByText('Choose who this delegation is for.')).toBeVisible()
    await expect(form.getByText('Give the delegation a title.')).toBeVisible()
    await expect(form.getByText('Choose an authority level from 1 (Tell) to 7 (Delegate).')).toBeVisible()
    await expect(form.getByText('The due date cannot be before the start date.')).toBeVisible()
    expect(journal.db.prepare('SELECT count(*) FROM delegations').pluck().get()).toBe(0)

    const answer = await page.evaluate(
      (memberId) => window.leap['delegations.create']({ memberId, title: 'X', authorityLevel: 8 }),
      ana.id
    )
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    expect(journal.db.prepare('SELECT count(*) FROM delegations').pluck().get()).toBe(0)
  })

  test('a check-in before the start is refused; taking it back offers to hand it back', async ({
    page,
    openApp,
    journal
  }) => {
    const ana = createMember(journal.db, { name: 'Ana Lima' })
    await openApp('/delegations')
    const answer = await page.evaluate(
      (memberId) =>
        window.leap['delegations.create']({
          memberId,
          title: 'Hiring loop',
          authorityLevel: 4,
          status: 'active',
          startedOn: '2026-11-01'
        }),
      ana.id
    )
    expect(answer.ok).toBe(true)
    await page.reload()
    await page.getByRole('button', { name: 'Check in on Hiring loop' }).click()
    const dialog = page.getByRole('dialog', { name: 'Check in: Hiring loop' })
    await dialog.getByLabel('Date').fill('2026-10-20')
    await dialog.getByRole('radio', { name: 'Struggling', exact: true }).check()
    await dialog.getByRole('radio', { name: /^Took it back/ }).check()
    await expect(dialog.getByLabel('Also mark the delegation as handed back')).toBeChecked()
    await dialog.getByRole('button', { name: 'Save check-in' }).click()
    await expect(
      dialog.getByText('This delegation started on 2026-11-01: a check-in cannot be before that.')
    ).toBeVisible()
    expect(journal.db.prepare('SELECT count(*) FROM checkins').pluck().get()).toBe(0)

    await dialog.getByLabel('Date').fill('2026-11-05')
    await dialog.getByRole('button', { name: 'Save check-in' }).click()
    await expect(dialog).toBeHidden()
    await expect(page.getByRole('list', { name: 'Handed back' })).toContainText('Hiring loop')
    expect(journal.db.prepare('SELECT status FROM delegations').pluck().get()).toBe('handed_back')
  })

  test('delete moves the delegation and its check-ins to the trash; Undo brings both back', async ({
    page,
    openApp,
    journal
  }) => {
    const ana = createMember(journal.db, { name: 'Ana Lima' })
    await openApp('/delegations')
    const id = await page.evaluate(async (memberId) => {
      const created = await window.leap['delegations.create']({
        memberId,
        title: 'Budget review',
        authorityLevel: 6,
        status: 'active',
        startedOn: '2026-11-01',
        responsibility:
          'Plain words <script>window.hacked = 1</script> and <img src=x onerror="window.hacked = 2">'
      })
      if (!created.ok) throw new Error(created.error.message)
      await window.leap['delegations.checkIn']({
        delegationId: created.data.id,
        date: '2026-11-02',
        signal: 'on_track',
        leaderResponse: 'held_back'
      })
      return created.data.id
    }, ana.id)
    await openApp(`/delegations/${id}`)
    const responsibility = page.getByRole('region', { name: 'Responsibility handed over' })
    await expect(responsibility).toContainText('<script>window.hacked = 1</script>')
    await expect(responsibility.locator('img, script')).toHaveCount(0)
    expect(await page.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined()

    await page.getByRole('button', { name: 'Delete delegation' }).click()
    await expect(page.getByRole('heading', { name: 'No delegations yet' })).toBeVisible()
    const live = () =>
      journal.db
        .prepare(
          `SELECT (SELECT count(*) FROM delegations WHERE deleted_at IS NULL) AS d,
                  (SELECT count(*) FROM checkins WHERE deleted_at IS NULL) AS c`
        )
        .get()
    expect(live()).toEqual({ d: 0, c: 0 })
    await page.getByRole('button', { name: 'Undo' }).click()
    await expect(page.getByRole('list', { name: 'Active' })).toContainText('Budget review')
    expect(live()).toEqual({ d: 1, c: 1 })
  })

  test('editing a delegation changes its terms and leaves its level and ladder alone', async ({
    page,
    openApp,
    journal
  }) => {
    const ana = createMember(journal.db, { name: 'Ana Lima' })
    const delegation = createDelegation(journal.db, {
      memberId: ana.id,
      title: 'Budget review',
      authorityLevel: 6,
      status: 'active',
      startedOn: daysAgo(10),
      successCriteria: ['Within 5% of plan']
    })
    await openApp(`/delegations/${delegation.id}`)
    await page.getByRole('button', { name: 'Edit delegation' }).click()
    const form = page.getByRole('dialog', { name: 'Edit Budget review' })
    await expect(form.getByRole('radiogroup')).toHaveCount(0)
    await form.getByLabel('Title').fill('Quarterly budget review')
    await form.getByRole('button', { name: 'Remove criterion 1' }).click()
    await form.getByLabel('Due date').fill(daysAgo(-11))
    await form.getByRole('button', { name: 'Save changes' }).click()
    await expect(form).toBeHidden()
    await expect(page.getByRole('heading', { name: 'Quarterly budget review', level: 1 })).toBeVisible()
    await expect(page.getByRole('region', { name: 'Success criteria' })).toContainText('None yet')
    expect(
      journal.db.prepare('SELECT title, authority_level, success_criteria, due_date FROM delegations').get()
    ).toEqual({
      title: 'Quarterly budget review',
      authority_level: 6,
      success_criteria: '[]',
      due_date: daysAgo(-11)
    })
    expect(journal.db.prepare('SELECT count(*) FROM authority_changes').pluck().get()).toBe(1)
  })
})
