import { describe, expect, it } from 'vitest'
import { packetMarkdown } from '../export/packet'
import { seedDelegation } from '../testing/delegationFixtures'
import { eachTempJournal } from '../testing/tempJournal'
import { createActionItem, updateActionItem } from './actionItems'
import { createCheckin, updateCheckin } from './checkins'
import { changeAuthorityLevel, closeDelegation, createDelegation } from './delegations'
import { reviewPacket } from './packets'
import { createReflection } from './reflections'
import { createFeedback } from './feedback'
import { moveToTrash } from './trash'

const journal = eachTempJournal()
const period = { from: '2026-06-01', to: '2026-11-30' }

describe('the review packet', () => {
  it('gathers a person’s period: delegations with levels raised and outcomes, letting go, lessons, trends, done items, conversations', () => {
    const { member, delegation } = seedDelegation(journal.db, { successEstimate: 30 })
    changeAuthorityLevel(journal.db, {
      id: delegation.id,
      toLevel: 5,
      reason: 'Three clean releases',
      changedOn: '2026-10-20'
    })
    const held = createCheckin(journal.db, {
      delegationId: delegation.id,
      date: '2026-10-10',
      signal: 'blocked',
      leaderResponse: 'held_back'
    })
    updateCheckin(journal.db, { id: held.id, workedOut: 'yes', lesson: 'Ask the platform team first' })
    createCheckin(journal.db, {
      delegationId: delegation.id,
      date: '2026-10-15',
      signal: 'at_risk',
      leaderResponse: 'stepped_in'
    })
    closeDelegation(journal.db, {
      id: delegation.id,
      status: 'done',
      outcome: 'Weekly releases',
      completedOn: '2026-11-01'
    })
    // Before the period, and in the trash: neither counts.
    const old = createDelegation(journal.db, {
      memberId: member.id,
      title: 'Old one',
      authorityLevel: 2,
      status: 'active',
      startedOn: '2025-01-01'
    })
    closeDelegation(journal.db, { id: old.id, status: 'done', completedOn: '2025-02-01' })
    const gone = createDelegation(journal.db, {
      memberId: member.id,
      title: 'Trashed',
      authorityLevel: 3,
      status: 'active',
      startedOn: '2026-07-01'
    })
    moveToTrash(journal.db, 'delegation', gone.id)
    for (const [date, mood, stance] of [
      ['2026-07-01', 2, 2],
      ['2026-08-01', 3, 3],
      ['2026-09-01', 4, 4],
      ['2026-10-01', 5, 5]
    ] as const)
      createReflection(journal.db, {
        kind: 'one_on_one',
        memberId: member.id,
        date,
        mood,
        stance,
        title: `1:1 ${date}`,
        body: `\n\nShe owns it on ${date}.\n\nMore later.`
      })
    const item = createActionItem(journal.db, {
      memberId: member.id,
      owner: 'them',
      text: 'Write the runbook'
    })
    updateActionItem(journal.db, { id: item.id, status: 'done' })

    const today = new Date().toISOString().slice(0, 10)
    const packet = reviewPacket(journal.db, {
      memberId: member.id,
      ...period,
      to: today > period.to ? today : period.to
    })
    expect(packet.delegations).toMatchObject([
      {
        title: 'Run the release process',
        status: 'done',
        level: 5,
        outcome: 'Weekly releases',
        raised: [{ from: 3, to: 5, on: '2026-10-20', reason: 'Three clean releases' }]
      }
    ])
    expect(packet.interventions).toMatchObject({ lettingGo: 1, intervening: 1, ratio: 0.5 })
    expect(packet.lessons).toMatchObject([{ lesson: 'Ask the platform team first', workedOut: 'yes' }])
    expect(packet.predictions).toMatchObject([{ successEstimate: 30, verdict: 'under' }])
    expect(packet.mood).toEqual({ count: 4, firstHalf: 2.5, secondHalf: 4.5 })
    expect(packet.actionItemsDone).toMatchObject([{ text: 'Write the runbook', owner: 'them' }])
    expect(packet.reflections[0]).toMatchObject({ date: '2026-07-01', passage: 'She owns it on 2026-07-01.' })

    const markdown = packetMarkdown(packet)
    expect(markdown).toContain('# Review packet: Ana Lima')
    expect(markdown).toContain(
      '- **Run the release process**: Done on 2026-11-01, at 5 Advise; raised 3 Consult to 5 Advise on 2026-10-20 (Three clean releases)'
    )
    expect(markdown).toContain('- Intervention ratio: 50%')
    expect(markdown).toContain('- Mood: 2.5 then 4.5 (4 ratings)')
    expect(markdown).toContain('“Ask the platform team first”')
    expect(markdown).not.toContain('Old one')
    expect(markdown).not.toContain('Trashed')
  })

  it('says what is missing rather than leaving a section blank', () => {
    const { member } = seedDelegation(journal.db, { status: 'planned', startedOn: null })
    const markdown = packetMarkdown(reviewPacket(journal.db, { memberId: member.id, ...period }))
    expect(markdown).toContain('- None under way in this period.')
    expect(markdown).toContain('- Intervention ratio: no check-ins to judge')
    expect(markdown).toContain('- Mood: not recorded')
    expect(markdown).toContain('- No reflections in this period.')
    expect(markdown).toContain('- No growth goals active or achieved in this period.')
    expect(markdown).toContain('## Feedback given\n\n- None logged in this period.')
  })

  it('lists the growth goals active or achieved in the period, with the delegations serving them', () => {
    const { member } = seedDelegation(journal.db)
    const stamp = (day: string) => `${day}T10:00:00.000Z`
    const goal = journal.db.prepare(
      `INSERT INTO goals (id, member_id, title, why, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`
    )
    const ids = ['1', '2', '3', '4', '5'].map((n) => `aaaaaaaa-0000-4000-8000-00000000000${n}`)
    goal.run(
      ids[0],
      member.id,
      'Lead a review',
      'To become a lead',
      'active',
      stamp('2026-03-01'),
      stamp('2026-03-01')
    )
    goal.run(ids[1], member.id, 'Give a talk', null, 'achieved', stamp('2026-02-01'), stamp('2026-09-01'))
    goal.run(
      ids[2],
      member.id,
      'Achieved long ago',
      null,
      'achieved',
      stamp('2025-01-01'),
      stamp('2025-05-01')
    )
    goal.run(
      ids[3],
      member.id,
      'Set after the period',
      null,
      'active',
      stamp('2026-12-05'),
      stamp('2026-12-05')
    )
    goal.run(ids[4], member.id, 'Dropped', null, 'dropped', stamp('2026-07-01'), stamp('2026-07-01'))
    const serving = createDelegation(journal.db, {
      memberId: member.id,
      title: 'Chair the design review',
      authorityLevel: 4,
      goalId: ids[0]
    })
    const packet = reviewPacket(journal.db, { memberId: member.id, ...period })
    expect(packet.goals.map((g) => [g.title, g.status])).toEqual([
      ['Lead a review', 'active'],
      ['Give a talk', 'achieved']
    ])
    expect(packet.goals[0]!.delegations).toEqual([
      { id: serving.id, title: 'Chair the design review', authorityLevel: 4, status: 'planned' }
    ])
    const markdown = packetMarkdown(packet)
    expect(markdown).toContain('## Growth goals\n\n- **Lead a review**: active. To become a lead\n')
    expect(markdown).toContain('  - Served by Chair the design review: Planned, at 4 Agree')
    expect(markdown).toContain('- **Give a talk**: achieved\n')
  })

  it('lists the feedback given in the period, oldest first, with what was said', () => {
    const { member } = seedDelegation(journal.db)
    const log = (givenOn: string | null, behaviour: string, more = {}) =>
      createFeedback(journal.db, { memberId: member.id, kind: 'praise', behaviour, givenOn, ...more })
    log('2026-09-01', 'Led the\nincident review', { situation: 'Outage', response: 'Thanked the team' })
    log('2026-07-01', 'Wrote the runbook')
    log('2026-05-01', 'Before the period')
    log(null, 'Still to deliver')
    moveToTrash(journal.db, 'feedback', log('2026-08-01', 'Trashed').id)
    const packet = reviewPacket(journal.db, { memberId: member.id, ...period })
    expect(packet.feedbackGiven.map((f) => f.behaviour)).toEqual([
      'Wrote the runbook',
      'Led the\nincident review'
    ])
    expect(packetMarkdown(packet)).toContain(
      '## Feedback given\n\n- 2026-07-01, praise: Wrote the runbook\n- 2026-09-01, praise: Led the incident review\n' +
        '  - Situation: Outage\n  - Their response: Thanked the team\n'
    )
  })
})
