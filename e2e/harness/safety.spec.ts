import { dispatchFor } from '../../src/main/testing/dispatchFor'
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

test.describe('Hostile text in reflections renders inert', () => {
  test('titles and bodies with script, handlers, javascript: links and raw HTML, in every view', async ({
    page,
    openApp,
    journal
  }) => {
    await recordCspViolations(page)
    const api = dispatchFor(journal)
    const member = await api.ok('members.create', { name: 'Ana Lima' })
    const body = HOSTILE_TEXTS.join('\n\n')
    const { reflection } = await api.ok('reflections.create', {
      kind: 'one_on_one',
      memberId: member.id,
      date: '2026-11-20',
      title: HOSTILE_TEXTS[1],
      body
    })

    await openApp('/journal')
    await expectRenderedInert(page, page.getByRole('list', { name: 'Reflections' }), HOSTILE_TEXTS[1])

    await openApp(`/journal/${reflection.id}`)
    await expect(page.getByLabel('Title')).toHaveValue(HOSTILE_TEXTS[1])
    for (const text of HOSTILE_TEXTS) {
      await expectRenderedInert(page, page.getByRole('textbox', { name: 'Reflection' }), text)
    }
    await page.getByRole('button', { name: 'Preview' }).click()
    const preview = page.getByLabel('Preview')
    // Raw HTML stays literal text; the javascript: link keeps its words but loses its target.
    await expectRenderedInert(page, preview, HOSTILE_TEXTS[0])
    await expectRenderedInert(page, preview, 'click me')
    await expect(preview.locator('a[href^="javascript:"]')).toHaveCount(0)

    await openApp(`/team/${member.id}`)
    await expectRenderedInert(page, page.getByRole('list', { name: 'Ana Lima’s timeline' }), HOSTILE_TEXTS[1])
  })
})
