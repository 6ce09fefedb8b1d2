import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { daysAgo } from '../support/days'
import { createCheckin, updateCheckin } from '../../src/main/journal/checkins'
import { changeAuthorityLevel, closeDelegation, createDelegation } from '../../src/main/journal/delegations'
import { createMember } from '../../src/main/journal/members'
import { createReflection } from '../../src/main/journal/reflections'
import { expect, test } from './fixture'

test('the review packet: a person’s last six months on one page, saved as PDF and as markdown', async ({
  page,
  openApp,
  journal,
  exportFolder
}) => {
  const ana = createMember(journal.db, { name: 'Ana Lima', role: 'Senior engineer' })
  const release = createDelegation(journal.db, {
    memberId: ana.id,
    title: 'Own the release train',
    authorityLevel: 4,
    status: 'active',
    startedOn: daysAgo(120),
    successEstimate: 40
  })
  changeAuthorityLevel(journal.db, {
    id: release.id,
    toLevel: 6,
    reason: 'Clean releases',
    changedOn: daysAgo(60)
  })
  const held = createCheckin(journal.db, {
    delegationId: release.id,
    date: daysAgo(50),
    signal: 'blocked',
    leaderResponse: 'held_back'
  })
  updateCheckin(journal.db, { id: held.id, workedOut: 'yes', lesson: 'Freeze the branch a day early' })
  closeDelegation(journal.db, {
    id: release.id,
    status: 'done',
    outcome: 'Weekly releases',
    completedOn: daysAgo(20)
  })
  createReflection(journal.db, {
    kind: 'one_on_one',
    memberId: ana.id,
    date: daysAgo(30),
    title: 'Release retro',
    body: 'She ran the retro herself and the team listened.\n\nMore.',
    mood: 4,
    stance: 5
  })
  // Older than six months: not in the packet.
  createReflection(journal.db, {
    kind: 'one_on_one',
    memberId: ana.id,
    date: daysAgo(400),
    title: 'Long ago'
  })

  await openApp(`/team/${ana.id}`)
  await page.getByRole('button', { name: 'Review packet' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Review packet: Ana Lima' })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Delegations' })).toContainText('Own the release train: Done')
  await expect(page.getByRole('region', { name: 'Delegations' })).toContainText('raised 4 Agree to 6 Inquire')
  await expect(page.getByRole('region', { name: 'What they learned' })).toContainText(
    'Freeze the branch a day early'
  )
  await expect(page.getByRole('region', { name: 'Letting go' })).toContainText(
    'Predicted 40% for Own the release train: done (under)'
  )
  const conversations = page.getByRole('region', { name: 'Conversations' })
  await expect(conversations).toContainText('She ran the retro herself and the team listened.')
  await expect(conversations).not.toContainText('Long ago')

  // On paper the app around it is left out.
  await page.emulateMedia({ media: 'print' })
  await expect(page.getByRole('navigation', { name: 'Sections' })).toBeHidden()
  await page.emulateMedia({ media: 'screen' })

  const savedAs = (extension: string) =>
    readdirSync(exportFolder)
      .filter((name) => name.startsWith('Review packet - Ana Lima - ') && name.endsWith(extension))
      .map((name) => join(exportFolder, name))
  await page.getByRole('button', { name: 'Save as PDF…' }).click()
  await expect(page.getByRole('status')).toContainText(
    'Saved the review packet as “Review packet - Ana Lima - '
  )
  await expect.poll(() => savedAs('.pdf').length).toBe(1)
  expect(readFileSync(savedAs('.pdf')[0]!).subarray(0, 5).toString()).toBe('%PDF-')

  await page.getByRole('button', { name: 'Export as markdown…' }).click()
  await expect.poll(() => savedAs('.md').length).toBe(1)
  const markdown = readFileSync(savedAs('.md')[0]!, 'utf8')
  expect(markdown).toContain('# Review packet: Ana Lima')
  expect(markdown).toContain('Freeze the branch a day early')
  expect(markdown).not.toContain('Long ago')

  // From the palette, for anyone.
  await page.keyboard.press('Control+k')
  const palette = page.getByRole('dialog', { name: 'Search and commands' })
  await palette.getByRole('combobox', { name: 'Search or run a command' }).fill('review packet ana')
  await palette.getByRole('option', { name: /Review packet for Ana Lima/ }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Review packet: Ana Lima' })).toBeVisible()
})
