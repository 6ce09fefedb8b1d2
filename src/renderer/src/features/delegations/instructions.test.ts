import { describe, expect, it } from 'vitest'
import { readsLikeInstructions } from './instructions'

describe('readsLikeInstructions', () => {
  it('is quiet for an outcome', () => {
    expect(readsLikeInstructions(null)).toBe(false)
    expect(
      readsLikeInstructions('Releases ship every week without me, and the team trusts the process.')
    ).toBe(false)
    expect(readsLikeInstructions('Own the on-call rota.\n\nThe team should feel it is fair.')).toBe(false)
  })

  it('spots numbered steps', () => {
    expect(readsLikeInstructions('1. Open the dashboard\n2) Check the errors\n3. File a ticket')).toBe(true)
    expect(readsLikeInstructions('1. Only one step\nThen a thought')).toBe(false)
  })

  it('spots many orders, in a bulleted list or not', () => {
    expect(
      readsLikeInstructions('- Send the agenda on Monday\n- Book the room\n- Make sure everyone comes')
    ).toBe(true)
    expect(readsLikeInstructions('First open Jira.\nThen update the board.\nFinally email me.')).toBe(true)
  })
})
