import { daysAgo } from '../support/days'
import { createCheckin } from '../../src/main/journal/checkins'
import { changeAuthorityLevel, closeDelegation, createDelegation } from '../../src/main/journal/delegations'
import { createMember } from '../../src/main/journal/members'
import type { Journal } from '../../src/main/db/open'
import { expect, shoot, test } from './shots'

/** The delegation pictures in docs/, retaken on every run from a small, realistic team. */

function seed({ db }: Journal) {
  const ana = createMember(db, { name: 'Ana Lima', role: 'Senior engineer', team: 'Payments' })
  const ben = createMember(db, { name: 'Ben Okafor', role: 'Product designer', team: 'Payments' })
  const chloe = createMember(db, { name: 'Chloé Martin', role: 'Engineer', team: 'Checkout' })
  const release = createDelegation(db, {
    memberId: ana.id,
    title: 'Run the release process',
    responsibility:
      'Releases ship **every week** without me in the loop.\n\nThe team trusts the process, and rollbacks are rare and boring.',
    whyThisPerson: 'Ana wants to lead the platform team; owning releases is a team-wide responsibility.',
    successCriteria: [
      'Weekly releases for a quarter',
      'No rollback without a written cause',
      'Runbook others can follow'
    ],
    authorityLevel: 3,
    resources: 'A day a week for tooling; the SRE team for questions.',
    constraints: 'No releases on Fridays.',
    rescueTrigger: 'a customer-facing release is at risk and she has not called it.',
    checkinEveryDays: 7,
    status: 'active',
    startedOn: daysAgo(60),
    dueDate: daysAgo(-30)
  })
  const checkins = [
    [52, 'on_track', 'held_back', 'First release cut on her own.'],
    [45, 'at_risk', 'asked_questions', 'Flaky pipeline slowed things down.'],
    [38, 'struggling', 'provided_resources', 'Needed access to the deploy dashboards.'],
    [30, 'blocked', 'stepped_in', 'A hotfix collided with the release; I paired on it.'],
    [16, 'on_track', 'held_back', 'Two clean releases.']
  ] as const
  for (const [ago, signal, leaderResponse, progress] of checkins)
    createCheckin(db, { delegationId: release.id, date: daysAgo(ago), signal, leaderResponse, progress })
  changeAuthorityLevel(db, {
    id: release.id,
    toLevel: 5,
    reason: 'Three clean releases in a row.',
    changedOn: daysAgo(20)
  })

  const rota = createDelegation(db, {
    memberId: ana.id,
    title: 'Own the on-call rota',
    authorityLevel: 4,
    status: 'active',
    startedOn: daysAgo(100),
    checkinEveryDays: 14
  })
  createCheckin(db, {
    delegationId: rota.id,
    date: daysAgo(90),
    signal: 'on_track',
    leaderResponse: 'asked_questions'
  })
  changeAuthorityLevel(db, {
    id: rota.id,
    toLevel: 6,
    reason: 'The rota ran itself for a month.',
    changedOn: daysAgo(70)
  })
  closeDelegation(db, {
    id: rota.id,
    status: 'done',
    outcome: 'A fair rota the team keeps itself.',
    completedOn: daysAgo(40)
  })

  createDelegation(db, {
    memberId: ben.id,
    title: 'Design review ritual',
    authorityLevel: 5,
    status: 'active',
    startedOn: daysAgo(10),
    checkinEveryDays: 7
  })
  createDelegation(db, {
    memberId: ben.id,
    title: 'Onboard the new designer',
    authorityLevel: 2,
    status: 'planned'
  })
  const hiring = createDelegation(db, {
    memberId: chloe.id,
    title: 'Hiring loop for checkout',
    authorityLevel: 4,
    status: 'active',
    startedOn: daysAgo(30)
  })
  createCheckin(db, {
    delegationId: hiring.id,
    date: daysAgo(5),
    signal: 'blocked',
    leaderResponse: 'took_back'
  })
  closeDelegation(db, { id: hiring.id, status: 'handed_back', outcome: 'Too much at once with the launch.' })
  return { ana, release }
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`delegation screens (${colorScheme})`, async ({ page, openApp, journal }) => {
    await page.emulateMedia({ colorScheme })
    await page.setViewportSize({ width: 1400, height: 900 })
    const { ana, release } = seed(journal)

    await openApp('/delegations')
    await expect(page.getByRole('list', { name: 'Active' }).getByRole('listitem')).toHaveCount(2)
    await expect(page.getByText(/Check-in overdue \d+d/).first()).toBeVisible()
    await shoot(page, `delegations-board-${colorScheme}`)

    await openApp(`/delegations/${release.id}`)
    await expect(page.getByRole('list', { name: 'Check-in timeline' }).getByRole('listitem')).toHaveCount(5)
    await shoot(page, `delegation-${colorScheme}`, true)

    await openApp(`/team/${ana.id}`)
    const section = page.getByRole('region', { name: 'Delegations' })
    await expect(section.getByRole('list', { name: 'Authority ladder' })).toContainText(
      'Raised from 3 · Consult to 5 · Advise'
    )
    await section.scrollIntoViewIfNeeded()
    await shoot(section, `member-ladder-${colorScheme}`)

    await section.getByRole('button', { name: 'Check in on Run the release process' }).click()
    const dialog = page.getByRole('dialog', { name: 'Check in: Run the release process' })
    await dialog.getByRole('radio', { name: 'At risk', exact: true }).check()
    await dialog.getByRole('radio', { name: /^Asked questions/ }).check()
    await shoot(page, `checkin-dialog-${colorScheme}`)
  })
}
