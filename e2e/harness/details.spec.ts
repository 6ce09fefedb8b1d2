import { insertMember, insertReflection } from '../../src/main/testing/rows'
import { dispatchFor } from '../../src/main/testing/dispatchFor'
import { expect, test } from './fixture'
import { screens } from './screens'

test('the default title is shown whole at 900x600, never cut mid-word', async ({
  page,
  openApp,
  journal
}) => {
  await page.setViewportSize({ width: 900, height: 600 })
  const person = await dispatchFor(journal).ok('members.create', { name: 'Maximiliana Fernández-Oliveira' })
  await openApp(`/one-on-one/${person.id}`)
  const title = page.getByLabel('Title')
  await expect(title).toHaveAttribute('placeholder', /^1:1 with Maximiliana Fernández-Oliveira, /)
  // Lay the placeholder's words out in the box's width, as the browser wraps them, and count the lines the
  // box has room for: a one-line field that is too narrow shows only part of the text.
  const fits = await title.evaluate((box: HTMLInputElement | HTMLTextAreaElement) => {
    const style = getComputedStyle(box)
    const context = document.createElement('canvas').getContext('2d')!
    context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`
    const width = box.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)
    let lines = 1
    let line = ''
    for (const word of box.placeholder.split(' ')) {
      const next = line ? `${line} ${word}` : word
      if (context.measureText(next).width > width && line) {
        lines += 1
        line = word
      } else line = next
    }
    const room = Math.round(
      (box.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom)) /
        (parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.2)
    )
    return { lines, room }
  })
  expect(fits.lines).toBeGreaterThan(1)
  expect(fits.room).toBeGreaterThanOrEqual(fits.lines)

  // Still one line of text: Enter does not break it, and a pasted line break becomes a space.
  await title.fill('Plan')
  await title.press('Enter')
  await expect(title).toHaveValue('Plan')
})

test('two backups in one minute read apart, and the restore says what will be lost', async ({
  page,
  openApp
}) => {
  await openApp('/backups')
  const backUp = page.getByRole('button', { name: 'Back up now' })
  await backUp.click()
  await expect(page.getByRole('listitem').filter({ hasText: 'Backed up by you' })).toHaveCount(1)
  await backUp.click()
  const rows = page.getByRole('list', { name: 'Backups' }).getByRole('listitem')
  await expect(rows.filter({ hasText: 'Backed up by you' })).toHaveCount(2)
  const labels = await rows.locator('.backup-row__when').allInnerTexts()
  expect(new Set(labels).size).toBe(labels.length)

  await rows
    .first()
    .getByRole('button', { name: /^Restore the backup of/ })
    .click()
  const dialog = page.getByRole('dialog', { name: 'Restore this backup?' })
  await expect(dialog).toContainText(labels[0]!)
  // Nothing was written between the two backups: the count says so rather than warning in general.
  await expect(dialog).toContainText('Nothing you wrote since then would be lost.')
})

test('search results read as text, and a person found by name shows it once', async ({
  page,
  openApp,
  journal
}) => {
  const bruno = insertMember(journal.db, { name: 'Bruno Costa' })
  insertReflection(journal.db, {
    title: 'Quarter review',
    body: 'Read the **quarterly** [figures](figures.md) before we talk.',
    memberId: bruno,
    date: '2026-05-04'
  })
  await openApp('/team')
  const { search } = screens(page)

  const figures = (await search('figures')).getByRole('option').filter({ hasText: 'Quarter review' })
  await expect(figures).toContainText('Read the quarterly figures before we talk.')
  await expect(figures.locator('mark')).toHaveText('figures')
  expect(await figures.innerText()).not.toMatch(/\*\*|\]\(/)

  const person = (await search('bruno')).getByRole('option', { name: 'Bruno Costa', exact: true })
  await expect(person.locator('mark')).toHaveText('Bruno')
  expect((await person.innerText()).match(/Bruno Costa/g)).toHaveLength(1)
})

test('a one-on-one left untitled is saved with the title its placeholder showed', async ({
  page,
  openApp,
  journal
}) => {
  const person = await dispatchFor(journal).ok('members.create', { name: 'Ana Lima' })
  await openApp(`/one-on-one/${person.id}`)
  const shown = await page.getByLabel('Title').getAttribute('placeholder')
  await page.getByRole('textbox', { name: 'Reflection' }).click()
  await page.keyboard.type('We talked about the launch.')
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible()
  expect(journal.db.prepare('SELECT title FROM reflections').pluck().get()).toBe(shown)
})

test('an empty team: one primary button, no "Show archived", placeholders that read as examples', async ({
  page,
  openApp
}) => {
  await openApp('/team')
  const main = page.getByRole('main')
  await expect(main.getByRole('heading', { name: 'No one on your team yet' })).toBeVisible()
  await expect(main.locator('.button--primary')).toHaveCount(1)
  await expect(main.getByRole('checkbox', { name: 'Show archived' })).toHaveCount(0)

  await main.getByRole('button', { name: 'Add your first team member' }).click()
  const dialog = page.getByRole('dialog', { name: 'Add team member' })
  const role = dialog.getByLabel('Role')
  for (const field of await dialog.locator('[placeholder]').all())
    await expect(field).toHaveAttribute('placeholder', /^e\.g\. /)
  const looks = await role.evaluate((input) => ({
    value: getComputedStyle(input).color,
    placeholder: getComputedStyle(input, '::placeholder').color,
    slant: getComputedStyle(input, '::placeholder').fontStyle
  }))
  expect(looks.placeholder).not.toBe(looks.value)
  expect(looks.slant).toBe('italic')

  await dialog.getByLabel('Name').fill('Ana Lima')
  await dialog.getByRole('button', { name: 'Add member' }).click()
  await expect(main.getByRole('checkbox', { name: 'Show archived' })).toBeVisible()
  await expect(main.getByRole('button', { name: 'Add member' })).toHaveClass(/button--primary/)
})

test('a name that loses a leading no-break space says so', async ({ page, openApp, journal }) => {
  await openApp('/team')
  await page.getByRole('main').getByRole('button', { name: 'Add your first team member' }).click()
  const dialog = page.getByRole('dialog', { name: 'Add team member' })
  await dialog.getByLabel('Name').fill('\u00a0Ana Lima')
  await dialog.getByRole('button', { name: 'Add member' }).click()
  await expect(
    page.getByText('Saved as “Ana Lima”: Leap removed a no-break space at the start.')
  ).toBeVisible()
  expect(journal.db.prepare('SELECT name FROM members').pluck().get()).toBe('Ana Lima')
})

test('a list in the editor reads as text, not in the link colour', async ({ page, openApp }) => {
  await openApp('/journal/new')
  const body = page.getByRole('textbox', { name: 'Reflection' })
  await expect(body).toBeFocused()
  await page.keyboard.type('- plain words in a list')
  const colours = await body.evaluate((content) => {
    const line = [...content.querySelectorAll<HTMLElement>('.cm-line')].find((element) =>
      element.textContent?.includes('plain words')
    )!
    const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT)
    let words: Text | null = null
    for (let node = walker.nextNode(); node; node = walker.nextNode())
      if (node.textContent?.includes('plain words')) words = node as Text
    return { words: getComputedStyle(words!.parentElement!).color, text: getComputedStyle(content).color }
  })
  expect(colours.words).toBe(colours.text)
})

test('the palette filters: a long name does not widen them, and the dates stay on one line', async ({
  page,
  openApp,
  journal
}) => {
  await page.setViewportSize({ width: 900, height: 600 })
  insertMember(journal.db, { name: `Maximiliana ${'Fernández-Oliveira '.repeat(6)}` })
  await openApp('/team')
  await page.keyboard.press('Control+k')
  const dialog = page.getByRole('dialog', { name: 'Search and commands' })
  const member = dialog.getByRole('combobox', { name: 'Member' })
  await expect(member.getByRole('option')).toHaveCount(2)
  const dialogBox = (await dialog.boundingBox())!
  const memberBox = (await member.boundingBox())!
  expect(memberBox.x + memberBox.width).toBeLessThanOrEqual(dialogBox.x + dialogBox.width)
  const from = (await dialog.getByLabel('From').boundingBox())!
  const to = (await dialog.getByLabel('To').boundingBox())!
  expect(Math.abs(from.y - to.y), 'From and To on the same line').toBeLessThan(4)
})

test('the preview: links in the accent colour, the first heading clear of the edge', async ({
  page,
  openApp
}) => {
  await openApp('/journal/new')
  await expect(page.getByRole('textbox', { name: 'Reflection' })).toBeFocused()
  await page.keyboard.type('# Plan\n\nSee [the site](https://example.com).')
  await page.getByRole('button', { name: 'Preview' }).click()
  const preview = page.getByLabel('Preview')
  const link = preview.getByRole('link', { name: 'the site' })
  await expect(link).toBeVisible()
  const accent = await page.getByRole('button', { name: 'Preview' }).evaluate(() => {
    const probe = document.createElement('span')
    probe.style.color = 'var(--accent)'
    document.body.append(probe)
    const colour = getComputedStyle(probe).color
    probe.remove()
    return colour
  })
  expect(await link.evaluate((element) => getComputedStyle(element).color)).toBe(accent)
  const box = (await preview.boundingBox())!
  const heading = (await preview.getByRole('heading', { name: 'Plan' }).boundingBox())!
  expect(heading.y - box.y).toBeGreaterThanOrEqual(12)
})

test('a delegation title, a tag and an action item that lose an invisible character say so', async ({
  page,
  openApp,
  journal
}) => {
  const ana = await dispatchFor(journal).ok('members.create', { name: 'Ana Lima' })
  const delegate = async (title: string) => {
    await openApp(`/team/${ana.id}`)
    await page
      .getByRole('region', { name: 'Delegations' })
      .getByRole('button', { name: 'New delegation' })
      .click()
    const form = page.getByRole('dialog', { name: 'New delegation' })
    await form.getByLabel('Title').fill(title)
    await form.getByLabel('Responsibility handed over').fill('Releases ship without me.')
    await form.getByRole('radio', { name: /Consult/ }).check()
    await form.getByRole('button', { name: 'Delegate' }).click()
    return form
  }
  await delegate('\u00a0Own the release')
  await expect(
    page.getByText('Saved as “Own the release”: Leap removed a no-break space at the start.')
  ).toBeVisible()

  await openApp(`/one-on-one/${ana.id}`)
  const tags = page.getByLabel('Tags')
  await tags.fill('\ufeffgrowth')
  await tags.press('Enter')
  await expect(
    page.getByText('Added the tag “growth”: Leap removed an invisible byte-order mark at the start.')
  ).toBeVisible()

  const newItem = page.getByRole('form', { name: 'New action item' })
  await newItem.getByLabel('Action item').fill('Send the plan\u3000')
  await newItem.getByRole('button', { name: 'Add' }).click()
  await expect(
    page.getByText('Saved as “Send the plan”: Leap removed a wide space at the end.')
  ).toBeVisible()

  // A control character is not trimmed away: it is refused, named, and nothing is saved.
  const refused = await delegate('Ring\u0007 the bell')
  await expect(refused.getByText(/a bell character \(U\+0007, at character 5\)/)).toBeVisible()
  expect(journal.db.prepare('SELECT count(*) FROM delegations').pluck().get()).toBe(1)
})

test('the palette fits a 900x600 window and marks a match in a title as in a snippet', async ({
  page,
  openApp,
  journal
}) => {
  await page.setViewportSize({ width: 900, height: 600 })
  insertMember(journal.db, { name: 'Ana Lima', notes: 'Ana owns the release.' })
  insertMember(journal.db, { name: 'Ben Okafor' })
  await openApp('/team')
  await page.keyboard.press('Control+k')
  const palette = page.getByRole('dialog', { name: 'Search and commands' })
  await palette.getByRole('combobox', { name: 'Search or run a command' }).fill('ana')
  const results = palette.getByRole('listbox', { name: 'Results' })
  await expect(results.locator('mark').first()).toBeVisible()
  await expect(palette.locator('.palette__hint')).toBeInViewport({ ratio: 1 })

  // Ben is found by his name alone (the mark is in the title); Ana by her notes (in the snippet).
  await palette.getByRole('combobox', { name: 'Search or run a command' }).fill('ben')
  const inTitle = results.getByRole('option', { name: 'Ben Okafor' }).locator('mark')
  const background = (mark: typeof inTitle) =>
    mark.evaluate((element) => getComputedStyle(element).backgroundColor)
  const titleMark = await background(inTitle)
  await palette.getByRole('combobox', { name: 'Search or run a command' }).fill('owns')
  expect(titleMark).toBe(await background(results.locator('.palette__snippet mark').first()))

  // Commands match "go", entries do not: the palette says the journal has none, not that nothing matches.
  await palette.getByRole('combobox', { name: 'Search or run a command' }).fill('go')
  await expect(palette.getByText('No entries match “go”.')).toBeVisible()
})

test('an action item’s person sits on one line with its badge and date', async ({
  page,
  openApp,
  journal
}) => {
  const leap = dispatchFor(journal)
  const ana = await leap.ok('members.create', { name: 'Ana Lima' })
  await leap.ok('actionItems.create', {
    memberId: ana.id,
    owner: 'them',
    text: 'Send the plan',
    dueDate: '2026-11-01'
  })
  await openApp('/actions')
  const row = page.getByRole('listitem').filter({ hasText: 'Send the plan' })
  const middle = async (name: string | RegExp) => {
    const box = (await row.getByText(name).boundingBox())!
    return box.y + box.height / 2
  }
  expect(Math.abs((await middle('Ana Lima')) - (await middle(/^Overdue/)))).toBeLessThan(2)
})

test('a bell character pasted into a reflection is drawn where it is and named, not a box', async ({
  page,
  openApp
}) => {
  await openApp('/journal/new')
  const body = page.getByRole('textbox', { name: 'Reflection' })
  await body.click()
  await page.keyboard.type('Ring ')
  await page.keyboard.insertText('\u0007')
  await page.keyboard.type(' the bell')
  await expect(body.locator('.cm-specialChar')).toHaveAttribute('title', 'Control character bell')
  await expect(page.getByRole('alert')).toContainText('a bell character (U+0007, at character 6)')
})

test('the Delegations heading on a person’s page lines up with its button', async ({
  page,
  openApp,
  journal
}) => {
  const ana = await dispatchFor(journal).ok('members.create', { name: 'Ana Lima' })
  await openApp(`/team/${ana.id}`)
  const section = page.getByRole('region', { name: 'Delegations' })
  const middle = async (target: ReturnType<typeof section.getByRole>) => {
    const box = (await target.boundingBox())!
    return box.y + box.height / 2
  }
  const heading = await middle(section.getByRole('heading', { name: 'Delegations' }))
  expect(
    Math.abs(heading - (await middle(section.getByRole('button', { name: 'New delegation' }))))
  ).toBeLessThan(2)
})

test('typing into the title while the text editor still loads stays in the title', async ({
  page,
  openApp,
  journal
}) => {
  const person = await dispatchFor(journal).ok('members.create', { name: 'Ana Lima' })
  // The text editor loads on demand, and takes the cursor when ready: hold it back, as a busy machine would.
  let release = () => {}
  const held = new Promise<void>((resolve) => (release = resolve))
  await page.route(/MarkdownEditor-[^/]*\.js$/, async (route) => {
    await held
    await route.fallback()
  })
  await openApp(`/one-on-one/${person.id}`)
  const title = page.getByLabel('Title')
  await title.click()
  await page.keyboard.type('Plan')
  release()
  await expect(page.getByRole('textbox', { name: 'Reflection' })).toBeVisible()
  await page.keyboard.type(' B')
  await expect(title).toHaveValue('Plan B')
  await expect(title).toBeFocused()
})
