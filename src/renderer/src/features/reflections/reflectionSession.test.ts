import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Reflection } from '../../../../shared/domain/reflections'
import { createReflectionSession } from './reflectionSession'

/** The page's storage, its idle moments and main's answers, each under the test's control. */
const storage = new Map<string, string>()
let storageWrites = 0
let idle: (() => void)[] = []
let answerSave: (() => void)[] = []

const stored: Reflection = {
  id: '6f1c1e8e-2a51-4a7b-9a55-0c7f3d1b2a10',
  createdAt: '2026-11-02T09:00:00.000Z',
  updatedAt: '2026-11-02T09:00:00.000Z',
  kind: 'one_on_one',
  memberId: null,
  memberName: null,
  date: '2026-11-02',
  title: 'Offsite',
  body: 'First words.',
  mood: null,
  stance: null,
  tags: [],
  deletedAt: null
}
const draftKey = `leap:draft:${stored.id}`
const draftBody = () => {
  const draft = storage.get(draftKey)
  return draft === undefined ? undefined : (JSON.parse(draft) as { fields: { body: string } }).fields.body
}
const runIdle = () => idle.splice(0).forEach((callback) => callback())

beforeEach(() => {
  vi.useFakeTimers()
  storage.clear()
  storageWrites = 0
  idle = []
  answerSave = []
  vi.stubGlobal('localStorage', {
    getItem: (key: string) => storage.get(key) ?? null,
    setItem: (key: string, value: string) => {
      storageWrites += 1
      storage.set(key, value)
    },
    removeItem: (key: string) => storage.delete(key)
  })
  vi.stubGlobal('window', {
    requestIdleCallback: (callback: () => void) => idle.push(callback),
    leap: {
      'reflections.update': (input: Partial<Reflection>) =>
        new Promise((resolve) =>
          answerSave.push(() =>
            resolve({
              ok: true,
              data: {
                reflection: { ...stored, ...input, updatedAt: '2026-11-02T09:05:00.000Z' },
                notice: null
              }
            })
          )
        )
    }
  })
})

afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

const open = () => createReflectionSession({ kind: 'one_on_one', memberId: null, reflection: stored })

describe('the draft of a reflection being written', () => {
  it('is written once the page is idle, once for any number of key presses before that', () => {
    const session = open()
    for (const body of ['First words. A', 'First words. An', 'First words. And']) session.update({ body })
    expect(draftBody()).toBeUndefined()
    runIdle()
    expect(draftBody()).toBe('First words. And')
    expect(storageWrites).toBe(1)
  })

  it('is written at once when the page is left, before the save is even sent', () => {
    const session = open()
    session.update({ body: 'First words. Then a reload.' })
    void session.flush()
    expect(draftBody()).toBe('First words. Then a reload.')
  })

  it('does not come back after the save that stored the same text, when the idle write runs late', async () => {
    const session = open()
    session.update({ body: 'First words. Saved.' })
    await vi.advanceTimersByTimeAsync(1000)
    expect(answerSave).toHaveLength(1)
    answerSave[0]!()
    await vi.waitFor(() => expect(draftBody()).toBeUndefined())
    runIdle()
    expect(draftBody()).toBeUndefined()
  })

  it('keeps what was typed while a save was on its way', async () => {
    const session = open()
    session.update({ body: 'First words. Saved.' })
    const flushed = session.flush()
    await vi.waitFor(() => expect(answerSave).toHaveLength(1))
    session.update({ body: 'First words. Saved. And more.' })
    answerSave[0]!()
    runIdle()
    expect(draftBody()).toBe('First words. Saved. And more.')
    await vi.waitFor(() => expect(answerSave).toHaveLength(2))
    answerSave[1]!()
    await flushed
    expect(draftBody()).toBeUndefined()
  })
})
