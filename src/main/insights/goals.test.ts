import { describe, expect, it } from 'vitest'
import { createDelegation } from '../journal/delegations'
import { createGoal, updateGoal } from '../journal/goals'
import { createMember } from '../journal/members'
import { moveToTrash } from '../journal/trash'
import { eachTempJournal } from '../testing/tempJournal'
import { goalInsights } from './goals'

const journal = eachTempJournal()

describe('goalInsights', () => {
  it('counts active and achieved goals per person, and the delegations serving them', () => {
    const db = journal.db
    const ana = createMember(db, { name: 'Ana' }).id
    const ben = createMember(db, { name: 'Ben' }).id
    const lead = createGoal(db, { memberId: ana, title: 'Lead a review' })
    const talk = createGoal(db, { memberId: ana, title: 'Give a talk' })
    updateGoal(db, { id: talk.id, status: 'achieved' })
    updateGoal(db, { id: createGoal(db, { memberId: ana, title: 'Dropped' }).id, status: 'dropped' })
    moveToTrash(db, 'goal', createGoal(db, { memberId: ben, title: 'Trashed' }).id)
    createDelegation(db, { memberId: ana, title: 'Chair it', authorityLevel: 4, goalId: lead.id })
    const gone = createDelegation(db, { memberId: ana, title: 'Gone', authorityLevel: 4, goalId: lead.id })
    moveToTrash(db, 'delegation', gone.id)
    createDelegation(db, { memberId: ana, title: 'Meetup', authorityLevel: 5, goalId: talk.id })

    const insights = goalInsights(db, {})
    expect(insights.total).toEqual({ active: 1, achieved: 1, serving: 2 })
    expect(insights.byMember).toEqual([
      {
        memberId: ana,
        name: 'Ana',
        active: 1,
        achieved: 1,
        serving: 2,
        goals: [
          { id: lead.id, title: 'Lead a review', status: 'active', serving: 1 },
          { id: talk.id, title: 'Give a talk', status: 'achieved', serving: 1 }
        ]
      },
      { memberId: ben, name: 'Ben', active: 0, achieved: 0, serving: 0, goals: [] }
    ])
    expect(goalInsights(db, { memberId: ben }).total).toEqual({ active: 0, achieved: 0, serving: 0 })
  })
})
