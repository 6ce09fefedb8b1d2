import { describe, expect, it } from 'vitest'
import type { ImportPerson } from '../../../../shared/domain/import'
import { decisionsOf } from './decisions'

const person = (key: string, status: ImportPerson['status']): ImportPerson => ({
  key,
  name: key,
  status,
  memberId: status === 'matched' ? '0b7f3a52-7a43-4c59-8f0e-0a1a1e2f3c4d' : null,
  entries: 1
})
const ana = '1c2d3e4f-5a6b-4c7d-8e9f-a0b1c2d3e4f5'
const members = [{ id: ana }]
const people = [person('sam', 'missing'), person('ana', 'matched'), person('bo', 'missing')]

describe('decisionsOf', () => {
  it('creates every missing person nobody decided on, and sends nothing for people already known', () => {
    expect(decisionsOf(people, {}, members)).toEqual([
      { key: 'sam', action: 'create' },
      { key: 'bo', action: 'create' }
    ])
  })

  it('sends each choice, a mapping with its person, and forgets a person chosen before another action', () => {
    expect(
      decisionsOf(
        people,
        {
          sam: { action: 'map', memberId: ana },
          bo: { action: 'general', memberId: ana }
        },
        members
      )
    ).toEqual([
      { key: 'sam', action: 'map', memberId: ana },
      { key: 'bo', action: 'general' }
    ])
  })

  it('is not ready while someone is mapped to no one, or to a person deleted since', () => {
    expect(decisionsOf(people, { bo: { action: 'map', memberId: '' } }, members)).toBeNull()
    expect(decisionsOf(people, { bo: { action: 'map', memberId: ana } }, [])).toBeNull()
  })
})
