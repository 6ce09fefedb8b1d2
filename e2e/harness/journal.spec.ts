import { createMember } from '../../src/main/journal/members'
import { insertReflection } from '../../src/main/testing/rows'
import { answerLate } from '../support/lateAnswers'
import { APP_URL, expect, test, type Page } from './fixture'

async function startOneOnOneFromTeam(page: Page, name: string) {
  await page.getByRole('button', { name: `Start one-on-one with ${name}` }).click()
  await expect(page.getByRole('heading', { name: `One-on-one with ${name}` })).toBeVisible()
}

async function writeBody(page: Page, text: string) {
  const body = page.getByRole('textbox', { name: 'Reflection' })
  await body.click()
  await page.keyboard.type(text)
}

const saved = (page: Page) => expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible()

test.describe('Journaling after a one-on-one', () => {
  test('a full write-up survives a reload: markdown, mood, stance, tags and action items', async ({
    page,
    openApp,
    journal
  }) => {
    createMember(journal.db, { name: 'Ana Lima', role: 'Engineer' })
    await openApp('/team')
    await startOneOnOneFromTeam(page, 'Ana Lima')

    await page.getByLabel('Title').fill('Handing over the release')
    await writeBody(
      page,
      '## Release\n\nShe **owns** the release train now.\n- I held back on the rollout plan'
    )
    await page.getByRole('radio', { name: '4: Good' }).check()
    await page.getByRole('radio', { name: '5: I led: asked, trusted, let them own it' }).check()
    const tags = page.getByLabel('Tags')
    await tags.fill('release')
    await tags.press('Enter')
    await tags.fill('delegation')
    await tags.press('Enter')

    const newItem = page.getByRole('form', { name: 'New action item' })
    await newItem.getByLabel('Action item').fill('Draft the rollout plan')
    await newItem.getByLabel('Due date').fill('2026-12-04')
    await newItem.getByRole('button', { name: 'Add' }).click()
    await expect(page.getByRole('checkbox', { name: 'Done: Draft the rollout plan' })).toBeVisible()
    await newItem.getByLabel('Owner').selectOption('me')
    await newItem.getByLabel('Action item').fill('Intro her to the platform lead')
    await newItem.getByRole('button', { name: 'Add' }).click()
    await expect(page.getByRole('checkbox', { name: 'Done: Intro her to the platform lead' })).toBeVisible()
    await saved(page)

    await expect(page).toHaveURL(/#\/one-on-one\/[0-9a-f-]{36}\/[0-9a-f-]{36}$/)
    await page.reload()
    await expect(page.getByLabel('Title')).toHaveValue('Handing over the release')
    await expect(page.getByRole('textbox', { name: 'Reflection' })).toContainText(
      'She **owns** the release train now.'
    )
    await expect(page.getByRole('radio', { name: '4: Good' })).toBeChecked()
    await expect(page.getByRole('radio', { name: '5: I led: asked, trusted, let them own it' })).toBeChecked()
    await expect(page.getByRole('button', { name: 'Remove tag release' })).toBeVisible()
    await expect(page.getByRole('button', { name: 'Remove tag delegation' })).toBeVisible()
    const items = page.getByRole('region', { name: 'Action items from this one-on-one' })
    await expect(items.getByRole('checkbox')).toHaveCount(2)

    await page.getByRole('button', { name: 'Preview' }).click()
    await expect(page.getByLabel('Preview').getByRole('heading', { name: 'Release' })).toBeVisible()
    await expect(page.getByLabel('Preview').locator('strong')).toHaveText('owns')

    const row = journal.db.prepare('SELECT title, body, mood, stance, kind FROM reflections').get()
    expect(row).toMatchObject({ title: 'Handing over the release', mood: 4, stance: 5, kind: 'one_on_one' })
    expect(journal.db.prepare('SELECT count(*) FROM action_items').pluck().get()).toBe(2)
  })

  test('open action items carry forward to the next one-on-one; ticking one there closes it everywhere', async ({
    page,
    openApp,
    journal
  }) => {
    createMember(journal.db, { name: 'Ben Okafor' })
    await openApp('/team')
    await startOneOnOneFromTeam(page, 'Ben Okafor')
    await writeBody(page, 'First meeting.')
    const newItem = page.getByRole('form', { name: 'New action item' })
    for (const text of ['Share the hiring rubric', 'Book the design review']) {
      await newItem.getByLabel('Action item').fill(text)
      await newItem.getByRole('button', { name: 'Add' }).click()
      await expect(page.getByRole('checkbox', { name: `Done: ${text}` })).toBeVisible()
    }
    await saved(page)

    // The next one-on-one, started with the keyboard shortcut and type-ahead.
    await page.getByRole('link', { name: 'Team' }).click()
    await page.keyboard.press('Control+n')
    await page.getByRole('combobox', { name: 'Person' }).fill('ben')
    await page.keyboard.press('Enter')
    const prep = page.getByRole('complementary', { name: 'Preparation' })
    await expect(prep.getByRole('checkbox')).toHaveCount(2)
    await expect(prep).toContainText('This is your first one-on-one'.slice(0, 0))
    await prep.getByRole('checkbox', { name: 'Done: Share the hiring rubric' }).check()

    await page.getByRole('link', { name: 'Action items' }).click()
    await expect(page.getByRole('checkbox', { name: 'Done: Book the design review' })).not.toBeChecked()
    // Done now: below the open lists, ticked.
    const done = page.getByRole('region', { name: 'Done action items' })
    await expect(done.getByRole('checkbox', { name: 'Done: Share the hiring rubric' })).toBeChecked()
    await expect(page.getByRole('checkbox', { name: 'Done: Share the hiring rubric' })).toHaveCount(1)
    expect(
      journal.db
        .prepare(`SELECT status FROM action_items WHERE text = 'Share the hiring rubric'`)
        .pluck()
        .get()
    ).toBe('done')
  })

  test('years of done items load as the list scrolls, the latest first; one ticked open moves at once', async ({
    page,
    openApp,
    journal
  }) => {
    const ana = createMember(journal.db, { name: 'Ana Lima' })
    const insert = journal.db
      .prepare(`INSERT INTO action_items (id, member_id, owner, text, status, closed_at,
      created_at, updated_at) VALUES (?, ?, 'me', ?, 'done', ?, ?, ?)`)
    for (let i = 1; i <= 250; i += 1) {
      const at = new Date(Date.UTC(2020, 0, i)).toISOString()
      insert.run(crypto.randomUUID(), ana.id, `Done ${i}`, at, at, at)
    }
    await openApp('/actions')
    const done = page.getByRole('region', { name: 'Done action items' })
    await expect(done.getByRole('checkbox').first()).toHaveAccessibleName('Done: Done 250')
    // The oldest is on the third page: scrolling to the end of the list brings it.
    const oldest = done.getByRole('checkbox', { name: 'Done: Done 1', exact: true })
    await expect(async () => {
      await page.locator('#content').evaluate((content) => content.scrollTo(0, content.scrollHeight))
      await expect(oldest).toBeVisible({ timeout: 500 })
    }).toPass()

    // A click, as a person does: the row leaves the list once the write is in, so there is no unticked box to see.
    await done.getByRole('checkbox', { name: 'Done: Done 1', exact: true }).click()
    await expect(page.getByRole('region', { name: 'Mine action items' })).toContainText('Done 1')
    await expect(done.getByRole('checkbox', { name: 'Done: Done 1', exact: true })).toHaveCount(0)
  })

  test('text typed just before a reload is still there', async ({ page, openApp, journal }) => {
    createMember(journal.db, { name: 'Chloé Martin' })
    await openApp('/team')
    await startOneOnOneFromTeam(page, 'Chloé Martin')
    await writeBody(page, 'First words.')
    await saved(page)
    await writeBody(page, ' And these, typed right before the reload.')
    await page.reload()
    await expect(page.getByRole('textbox', { name: 'Reflection' })).toContainText(
      'First words. And these, typed right before the reload.'
    )
    await saved(page)
    expect(journal.db.prepare('SELECT body FROM reflections').pluck().all()).toEqual([
      'First words. And these, typed right before the reload.'
    ])
    // The notice says so once it is true, and stays true as writing goes on.
    const notice = page.getByRole('status').filter({ hasText: 'Recovered' })
    await expect(notice).toHaveText('Recovered the text you wrote before Leap closed; it is saved.')
    await writeBody(page, ' More.')
    await saved(page)
    await expect(notice).toHaveText('Recovered the text you wrote before Leap closed; it is saved.')
  })

  test('text typed a moment before the window crashed comes back', async ({ page, openApp, journal }) => {
    const ana = createMember(journal.db, { name: 'Ana Lima' })
    const id = insertReflection(journal.db, { title: 'Offsite', body: 'First words.', memberId: ana.id })
    await openApp(`/journal/${id}`)
    await page.getByRole('textbox', { name: 'Reflection' }).click()
    await page.keyboard.press('Control+End')
    await page.keyboard.type(' Typed before the crash.')
    const stored = () =>
      page
        .evaluate((key) => localStorage.getItem(key) ?? '', `leap:draft:${id}`)
        .then(
          (draft) =>
            draft.includes('Typed before the crash.') ||
            String(journal.db.prepare('SELECT body FROM reflections WHERE id = ?').pluck().get(id)).includes(
              'crash'
            )
        )
    // Kept without the page being left (no pagehide): in the draft once the page is idle, or already saved.
    await expect.poll(stored).toBe(true)
    const crashed = page.waitForEvent('crash')
    void (await page.context().newCDPSession(page)).send('Page.crash').catch(() => {})
    await crashed
    const reopened = await page.context().newPage()
    await reopened.goto(`${APP_URL}/#/journal/${id}`)
    await expect(reopened.getByRole('textbox', { name: 'Reflection' })).toContainText(
      'First words. Typed before the crash.'
    )
  })

  test('Enter twice leaves a list with a blank line, so the next paragraph is not part of the last bullet', async ({
    page,
    openApp,
    journal
  }) => {
    await openApp('/journal/new')
    await page.getByRole('textbox', { name: 'Reflection' }).click()
    const typed = ['- one', 'Enter', 'two', 'Enter', 'Enter', 'After the list', 'Enter', 'Enter', '- solo']
    for (const step of [...typed, 'Enter', 'Enter', 'Last']) {
      if (step === 'Enter') await page.keyboard.press('Enter')
      else await page.keyboard.type(step)
    }
    await saved(page)
    // What the export writes, as stored: every markdown reader sees two lists and two paragraphs.
    expect(journal.db.prepare('SELECT body FROM reflections').pluck().get()).toBe(
      '- one\n- two\n\nAfter the list\n\n- solo\n\nLast'
    )
    await page.getByRole('button', { name: 'Preview' }).click()
    const preview = page.getByLabel('Preview')
    await expect(preview.locator('li')).toHaveText(['one', 'two', 'solo'])
    await expect(preview.locator('p')).toHaveText(['After the list', 'Last'])
  })

  test('a new reflection left before its first save has ended keeps the address of the screen gone to', async ({
    page,
    openApp,
    journal
  }) => {
    // The first save answers late, as on a busy disk.
    await answerLate(page, ['reflections.create'], 1500)
    await openApp('/journal/new')
    await page.getByLabel('Title').fill('Left in a hurry')
    const stored = () => journal.db.prepare('SELECT count(*) FROM reflections').pluck().get()
    await expect.poll(stored, { intervals: [50] }).toBe(1)
    await page.getByRole('link', { name: 'Action items' }).click()
    await expect(page.getByRole('heading', { name: 'Action items', level: 1 })).toBeVisible()
    // Past the moment the save's answer arrives.
    await page.waitForTimeout(2000)
    expect(new URL(page.url()).hash).toBe('#/actions')
    await page.reload()
    await expect(page.getByRole('heading', { name: 'Action items', level: 1 })).toBeVisible()
  })

  test('a reflection goes to the trash and comes back', async ({ page, openApp }) => {
    await openApp('/journal')
    await page.getByRole('button', { name: 'New reflection' }).click()
    await page.getByLabel('Title').fill('On letting go')
    await writeBody(page, 'I jumped in twice this week.')
    await saved(page)
    await page.getByRole('button', { name: 'Move to trash' }).click()
    await expect(page.getByRole('heading', { name: 'No reflections yet' })).toBeVisible()

    await page.getByRole('link', { name: 'Trash' }).click()
    await page.getByRole('button', { name: 'Restore On letting go' }).click()
    await expect(page.getByRole('heading', { name: 'The trash is empty' })).toBeVisible()
    await page.getByRole('link', { name: 'Journal' }).click()
    await expect(page.getByRole('list', { name: 'Reflections' })).toContainText('On letting go')
  })

  test('bad input gets a clear message and writes nothing', async ({ page, openApp, journal }) => {
    const member = createMember(journal.db, { name: 'Dev Patel' })
    await openApp(`/one-on-one/${member.id}`)
    const tags = page.getByLabel('Tags')
    await tags.fill('<script>')
    await tags.press('Enter')
    await expect(page.getByText('Tags use letters, digits, spaces')).toBeVisible()
    const answer = await page.evaluate(
      (memberId) =>
        window.leap['reflections.create']({ kind: 'one_on_one', memberId, date: '2026-11-27', mood: 9 }),
      member.id
    )
    expect(answer).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: 'mood: Mood is a number from 1 to 5.' }
    })
    expect(journal.db.prepare('SELECT count(*) FROM reflections').pluck().get()).toBe(0)
  })
})
