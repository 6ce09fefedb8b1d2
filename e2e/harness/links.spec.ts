import { dispatchFor } from '../../src/main/testing/dispatchFor'
import { INERT_LINK_REASON } from '../../src/shared/desktop/links'
import { APP_URL, expect, test } from './fixture'

const BODY = [
  'See [my notes](notes.md), [the export](Reflections/2026/ana.md) and [Trash](/#/trash).',
  'Also [a file](file:///etc/passwd), [plain http](http://example.com/) and [a share](smb://host/share).',
  'Read [the article](https://example.com/article) or [write to Ana](mailto:ana@example.com).',
  '![a tracking pixel](https://tracker.example/pixel.png)'
].join('\n\n')

test.describe('Links in a reflection never take the window away from the journal', () => {
  test('relative and other links stay inert with a reason; https and mailto leave through a new window', async ({
    page,
    openApp,
    journal
  }) => {
    const api = dispatchFor(journal)
    const member = await api.ok('members.create', { name: 'Ana Lima' })
    const { reflection } = await api.ok('reflections.create', {
      kind: 'one_on_one',
      memberId: member.id,
      date: '2026-11-20',
      title: 'Links',
      body: BODY
    })
    // What a click on an outside link asks for: a new window, which main turns into the system's browser.
    const leaving: string[] = []
    await page.context().route(/^(?!https:\/\/leap\.test\/)/, (route) => {
      leaving.push(route.request().url())
      return route.abort()
    })

    await openApp(`/journal/${reflection.id}`)
    await page.getByRole('button', { name: 'Preview' }).click()
    const preview = page.getByLabel('Preview')
    const here = page.url()

    for (const name of ['my notes', 'the export', 'Trash', 'a file', 'plain http', 'a share']) {
      const link = preview.getByRole('link', { name })
      await expect(link).toHaveAttribute('aria-disabled', 'true')
      await expect(link).toHaveAttribute('title', INERT_LINK_REASON)
      await expect(link).not.toHaveAttribute('href')
      // aria-disabled: Playwright would wait for it to be enabled; a user clicks it all the same.
      await link.click({ force: true })
      await link.focus()
      await page.keyboard.press('Enter')
      expect(page.url()).toBe(here)
      await expect(preview).toBeVisible()
    }

    for (const [name, url] of [
      ['the article', 'https://example.com/article'],
      ['write to Ana', 'mailto:ana@example.com']
    ] as const) {
      const link = preview.getByRole('link', { name })
      await expect(link).toHaveAttribute('href', url)
      await expect(link).toHaveAttribute('target', '_blank')
    }
    const popup = page.waitForEvent('popup')
    await preview.getByRole('link', { name: 'the article' }).click()
    await (await popup).close()
    expect(leaving).toContain('https://example.com/article')
    expect(page.url()).toBe(here)
    await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible()
  })

  test('a journey through every screen makes no request outside the app’s own origin', async ({
    page,
    openApp,
    journal
  }) => {
    const requests: string[] = []
    page.context().on('request', (request) => requests.push(request.url()))
    const api = dispatchFor(journal)
    const member = await api.ok('members.create', { name: 'Ana Lima' })
    const { reflection } = await api.ok('reflections.create', {
      kind: 'one_on_one',
      memberId: member.id,
      date: '2026-11-20',
      title: 'With a remote image',
      body: BODY
    })

    await openApp('/team')
    for (const section of [
      'Journal',
      'Delegations',
      'Action items',
      'Insights',
      'Backups',
      'Settings',
      'Team'
    ]) {
      await page.getByRole('link', { name: section, exact: true }).first().click()
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    }
    await openApp(`/journal/${reflection.id}`)
    await page.getByRole('button', { name: 'Preview' }).click()
    await expect(page.getByLabel('Preview').getByRole('img', { name: 'a tracking pixel' })).toBeAttached()
    await page.keyboard.press('Control+K')
    await page.keyboard.type('Ana')
    await expect(page.getByRole('listbox').getByRole('option').first()).toBeVisible()

    expect(requests.length).toBeGreaterThan(0)
    expect(requests.filter((url) => !url.startsWith(`${APP_URL}/`) && !url.startsWith('data:'))).toEqual([])
  })
})
