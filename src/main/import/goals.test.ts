import { describe, expect, it } from 'vitest'
import { goalsOf } from './goals'

const ID = 'aaaaaaaa-0000-4000-8000-000000000001'
const section = (content: string, data: Record<string, unknown> | null = { id: ID, status: 'achieved' }) => ({
  key: 'goal',
  data,
  content
})

describe("growth goals read back from a person's note", () => {
  it('takes the title from the heading without its status, and the text below as why', () => {
    expect(goalsOf([section('### Achieved: Active: lead a \\*review\\*\n\nBecause she asked.')])).toEqual([
      {
        id: ID,
        title: 'Active: lead a *review*',
        why: 'Because she asked.',
        status: 'achieved',
        createdAt: null,
        updatedAt: null
      }
    ])
  })

  it('is null without goals, and refuses a goal that lost its data or its title, saying which', () => {
    expect(goalsOf([])).toBeNull()
    expect(goalsOf([section('### Active: Lead', null)])).toEqual({
      reason: 'A growth goal in it has lost its data: export the person again.'
    })
    expect(goalsOf([section('### Active: ')])).toEqual({
      reason: 'A growth goal in it has no title, or one over 200 characters.'
    })
  })
})
