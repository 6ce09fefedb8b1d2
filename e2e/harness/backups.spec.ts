import { join } from 'node:path'
import { createMember } from '../../src/main/journal/members'
import { dispatchFor } from '../../src/main/testing/dispatchFor'
import { expect, test } from './fixture'

test.describe('Backups', () => {
  test('a leader backs up, sees the backup listed, shows it in its folder, and restores it', async ({
    page,
    openApp,
    session,
    backupDir,
    shownInFolder
  }) => {
    createMember(session.journal!.db, { name: 'Ana Lima' })
    await openApp('/team')
    await page.getByRole('link', { name: 'Backups' }).click()
    await expect(page.getByRole('heading', { name: 'Backups', level: 1 })).toBeVisible()
    await expect(page.getByRole('heading', { name: 'No backups yet' })).toBeVisible()
    await expect(page.getByText(backupDir)).toBeVisible()

    await page.getByRole('button', { name: 'Back up now' }).click()
    const list = page.getByRole('list', { name: 'Backups' })
    await expect(list.getByRole('listitem')).toHaveCount(1)
    await expect(list).toContainText('Backed up by you')
    await expect(list).toContainText(/\d+ KB/)
    const [backup] = session.listBackups()

    await page.getByRole('button', { name: 'Show in folder' }).click()
    await page.getByRole('button', { name: /^Show the backup of / }).click()
    await expect.poll(() => shownInFolder).toEqual([backupDir, join(backupDir, backup!.name)])

    // Written after the backup: the restore takes the journal back to before it.
    createMember(session.journal!.db, { name: 'Ben Okafor' })
    await page.getByRole('button', { name: /^Restore the backup of / }).click()
    const dialog = page.getByRole('dialog', { name: 'Restore this backup?' })
    await expect(dialog).toContainText('first backs up your journal as it is now')
    await dialog.getByRole('button', { name: 'Restore' }).click()
    await expect(dialog).toBeHidden()
    await expect(list.getByRole('listitem')).toHaveCount(2)
    await expect(list).toContainText('Before a restore')

    await page.getByRole('link', { name: 'Team' }).click()
    const team = page.getByRole('list', { name: 'Team members' })
    await expect(team.getByRole('listitem')).toHaveCount(1)
    await expect(team).toContainText('Ana Lima')
    expect(session.journal!.db.prepare('SELECT name FROM members').pluck().all()).toEqual(['Ana Lima'])
  })

  test('the restore confirmation counts what would be lost since the backup', async ({
    page,
    openApp,
    session
  }) => {
    const leap = dispatchFor(session.journal!)
    const ana = await leap.ok('members.create', { name: 'Ana Lima' })
    const delegation = await leap.ok('delegations.create', {
      memberId: ana.id,
      title: 'Own the release',
      responsibility: 'Releases ship without me.',
      authorityLevel: 3,
      status: 'active',
      startedOn: '2026-11-01'
    })
    const old = await leap.ok('actionItems.create', { memberId: ana.id, owner: 'them', text: 'Old item' })
    await session.backup('manual')
    await leap.ok('actionItems.delete', { id: old.id })
    for (const title of ['Kickoff', 'Retro', 'Planning'])
      await leap.ok('reflections.create', { kind: 'general', date: '2026-11-20', title })
    await leap.ok('delegations.checkIn', {
      delegationId: delegation.id,
      date: '2026-11-21',
      progress: 'Half way',
      signal: 'on_track',
      leaderResponse: 'held_back'
    })
    for (const text of ['Send the plan', 'Book the room'])
      await leap.ok('actionItems.create', { memberId: ana.id, owner: 'me', text })
    await leap.ok('members.update', { id: ana.id, role: 'Staff engineer' })
    const ben = await leap.ok('members.create', { name: 'Ben Okafor' })
    await leap.ok('members.delete', { id: ben.id })

    await openApp('/backups')
    await page.getByRole('button', { name: /^Restore the backup of / }).click()
    const dialog = page.getByRole('dialog', { name: 'Restore this backup?' })
    await expect(dialog).toContainText(
      '3 reflections, 1 check-in and 2 action items written since then will no longer be in the journal. ' +
        '1 person changed since then will go back to how it was. ' +
        '1 action item moved to the trash since then will be back.'
    )
  })
})
