import { createMember } from '../../src/main/journal/members'
import { expect, test } from './fixture'
import { HOSTILE_TEXTS, expectRenderedInert, recordCspViolations } from './hostile'

test.describe('Hostile text renders inert', () => {
  test('names, roles and notes with script, event handlers and javascript: links show as text', async ({
    page,
    openApp,
    journal
  }) => {
    await recordCspViolations(page)
    const members = HOSTILE_TEXTS.map((text, i) =>
      createMember(journal.db, { name: text, role: text.slice(0, 200), notes: `Note ${i}: ${text}` })
    )
    await openApp('/team')
    const list = page.getByRole('list', { name: 'Team members' })
    for (const text of HOSTILE_TEXTS) await expectRenderedInert(page, list, text)

    for (const member of members) {
      await openApp(`/team/${member.id}`)
      await expectRenderedInert(page, page.getByRole('main'), member.notes!)
    }
  })

  test('the Content Security Policy blocks inline script even if markup reached the page', async ({
    page,
    openApp
  }) => {
    await recordCspViolations(page)
    await openApp('/team')
    // What a rendering bug would do: put hostile markup into the live page.
    await page.evaluate(() => {
      document.body.insertAdjacentHTML('beforeend', '<img src="x" onerror="window.__pwned = 1">')
      const script = document.createElement('script')
      script.textContent = 'window.__pwned = 2'
      document.body.append(script)
    })
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations))
      .toEqual(expect.arrayContaining([expect.stringMatching(/^script-src/)]))
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned ?? null)).toBeNull()
  })
})
