import { dispatchFor } from '../../src/main/testing/dispatchFor'
import { daysAgo } from '../support/days'
import { expect, shoot, test } from './shots'

for (const colorScheme of ['light', 'dark'] as const) {
  test(`team, member, one-on-one and journal screens (${colorScheme})`, async ({
    page,
    openApp,
    journal
  }) => {
    await page.emulateMedia({ colorScheme })
    const api = dispatchFor(journal)
    const ana = await api.ok('members.create', {
      name: 'Ana Lima',
      role: 'Senior engineer',
      team: 'Payments',
      cadenceDays: 7,
      strengths: 'Calm in incidents; writes clear design docs.',
      growthAreas: 'Saying no to scope creep.',
      aspirations: 'Lead the payments platform team within a year.',
      notes: 'Prefers written feedback before the 1:1.'
    })
    const ben = await api.ok('members.create', {
      name: 'Ben Okafor',
      role: 'Product designer',
      team: 'Payments'
    })
    await api.ok('members.create', { name: 'Chloé Martin', role: 'Engineer', team: 'Checkout' })
    await api.ok('members.create', {
      name: 'Dev Patel',
      role: 'Engineering manager',
      team: 'Checkout',
      cadenceDays: 21
    })
    // Older entries make the rhythm visible, as it would be for a real team.
    journal.db.prepare(`UPDATE members SET created_at = '2026-09-01T09:00:00.000Z'`).run()

    const earlier = await api.ok('reflections.create', {
      kind: 'one_on_one',
      memberId: ana.id,
      date: daysAgo(9),
      title: 'Release train handover',
      body: 'She asked to **own the release train**. Agreed on Advise: she decides, I advise.\n\n- Worried about the on-call overlap',
      mood: 4,
      stance: 4,
      tags: ['release', 'delegation']
    })
    await api.ok('actionItems.create', {
      memberId: ana.id,
      reflectionId: earlier.reflection.id,
      owner: 'them',
      text: 'Draft the rollout plan for 4.2',
      dueDate: daysAgo(2)
    })
    await api.ok('actionItems.create', {
      memberId: ana.id,
      reflectionId: earlier.reflection.id,
      owner: 'me',
      text: 'Introduce her to the platform lead'
    })
    await api.ok('reflections.create', {
      kind: 'one_on_one',
      memberId: ben.id,
      date: daysAgo(3),
      title: 'Design critique format',
      body: 'Ben wants to run the critique himself. I held back from suggesting an agenda.',
      mood: 3,
      stance: 5,
      tags: ['growth']
    })
    await api.ok('reflections.create', {
      kind: 'general',
      date: daysAgo(1),
      title: 'I stepped in twice this week',
      body: 'Both times out of impatience, not risk. Next time: ask one more question first.',
      stance: 2,
      tags: ['self']
    })
    const delegation = await api.ok('delegations.create', {
      memberId: ana.id,
      title: 'Own the 4.2 release',
      responsibility: 'Ship 4.2 with no customer-facing regressions.',
      authorityLevel: 5,
      status: 'active',
      startedOn: daysAgo(20),
      checkinEveryDays: 7
    })
    await api.ok('delegations.checkIn', {
      delegationId: delegation.id,
      date: daysAgo(9),
      signal: 'at_risk',
      leaderResponse: 'asked_questions',
      progress: 'Scope is slipping; she is cutting two features.'
    })

    await openApp('/team')
    await expect(page.getByRole('list', { name: 'Team members' }).getByRole('listitem')).toHaveCount(4)
    await expect(page.getByText(/Overdue \d+d/).first()).toBeVisible()
    await shoot(page, `team-${colorScheme}`)

    await page.getByRole('button', { name: /^Ana Lima/ }).click()
    await expect(page.getByRole('heading', { name: 'Ana Lima', level: 1 })).toBeVisible()
    await expect(page.getByRole('list', { name: 'Ana Lima’s timeline' })).toContainText(
      'Release train handover'
    )
    await shoot(page, `member-${colorScheme}`)

    await page.getByRole('button', { name: 'Edit profile' }).click()
    await expect(page.getByRole('dialog', { name: 'Edit Ana Lima' })).toBeVisible()
    await shoot(page, `member-form-${colorScheme}`)
    await page.keyboard.press('Escape')

    await page.getByRole('button', { name: 'Start one-on-one' }).click()
    const prep = page.getByRole('complementary', { name: 'Preparation' })
    await expect(prep.getByRole('checkbox')).toHaveCount(2)
    await expect(prep).toContainText('Own the 4.2 release')
    await page.getByLabel('Title').fill('Rollout plan review')
    await page.getByRole('textbox', { name: 'Reflection' }).click()
    await page.keyboard.insertText(
      '## What she owned\n\nShe walked me through the **rollout plan**; I only asked questions.\n\n> What would make you confident to ship on Thursday?'
    )
    await page.getByRole('radio', { name: '4: Good' }).check()
    await page.getByRole('radio', { name: '5: I led: asked, trusted, let them own it' }).check()
    await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible()
    await shoot(page, `one-on-one-${colorScheme}`)

    await page.getByRole('link', { name: 'Journal' }).click()
    await expect(page.getByRole('list', { name: 'Reflections' }).getByRole('listitem')).toHaveCount(4)
    await shoot(page, `journal-${colorScheme}`)
  })
}
