import { describe, expect, it } from 'vitest'
import { DelegationCreate } from './delegations'
import { AUTHORITY_LEVELS, authorityLevel } from './delegationVocabulary'

describe('DelegationCreate', () => {
  it('reports a due date before the start together with the other mistakes', () => {
    const result = DelegationCreate.safeParse({
      memberId: 'x',
      title: '',
      startedOn: '2026-11-10',
      dueDate: '2026-11-01'
    })
    const paths = result.error?.issues.map((issue) => issue.path.join('.'))
    expect(paths).toEqual(expect.arrayContaining(['memberId', 'title', 'authorityLevel', 'dueDate']))
  })

  it('refuses input that is not an object, without throwing', () => {
    for (const input of [null, 'x', 3, []]) expect(DelegationCreate.safeParse(input).success).toBe(false)
  })
})

describe('authority levels', () => {
  it('are the seven levels of delegation poker, in order', () => {
    expect(AUTHORITY_LEVELS.map(({ level, name }) => `${level} ${name}`)).toEqual([
      '1 Tell',
      '2 Sell',
      '3 Consult',
      '4 Agree',
      '5 Advise',
      '6 Inquire',
      '7 Delegate'
    ])
    expect(authorityLevel(5).meaning).toBe('I advise, they decide.')
    expect(() => authorityLevel(8)).toThrow(RangeError)
  })
})
