import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createAutosaver } from './autosave'

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('autosave', () => {
  it('the last edit always persists, whatever the interleaving of edits, flushes and slow saves', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            value: fc.string({ maxLength: 8 }),
            pauseMs: fc.integer({ min: 0, max: 6 }),
            flush: fc.boolean()
          }),
          { minLength: 1, maxLength: 12 }
        ),
        fc.array(fc.integer({ min: 0, max: 8 }), { minLength: 1, maxLength: 12 }),
        async (edits, latencies) => {
          let stored: string | undefined
          let saves = 0
          let concurrent = 0
          let maxConcurrent = 0
          const saver = createAutosaver<string>({
            delayMs: 3,
            save: async (value) => {
              concurrent += 1
              maxConcurrent = Math.max(maxConcurrent, concurrent)
              await tick(latencies[saves++ % latencies.length]!)
              stored = value
              concurrent -= 1
            }
          })
          for (const edit of edits) {
            saver.change(edit.value)
            if (edit.flush) void saver.flush()
            await tick(edit.pauseMs)
          }
          await saver.flush()
          expect(stored).toBe(edits.at(-1)!.value)
          expect(maxConcurrent).toBe(1)
        }
      ),
      { numRuns: 60, seed: 20261127 }
    )
  })

  it('says a run of edits is pending once, then saving and saved', async () => {
    const statuses: string[] = []
    const saver = createAutosaver<string>({
      delayMs: 1000,
      onStatus: (status) => statuses.push(status),
      save: async () => {}
    })
    for (const text of ['a', 'ab', 'abc']) saver.change(text)
    await saver.flush()
    saver.change('abcd')
    await saver.flush()
    expect(statuses).toEqual(['pending', 'saving', 'saved', 'pending', 'saving', 'saved'])
  })

  it('keeps a failed value and stores it on the next flush', async () => {
    let fail = true
    let stored: string | undefined
    const statuses: string[] = []
    const saver = createAutosaver<string>({
      delayMs: 1,
      onStatus: (status) => statuses.push(status),
      save: async (value) => {
        if (fail) throw new Error('disk full')
        stored = value
      }
    })
    saver.change('precious words')
    await expect(saver.flush()).rejects.toThrow('disk full')
    expect(statuses.at(-1)).toBe('error')
    fail = false
    await saver.flush()
    expect(stored).toBe('precious words')
    expect(statuses.at(-1)).toBe('saved')
  })

  it('tries a save that met a passing fault again on its own, until it is stored', async () => {
    let failures = 2
    let stored: string | undefined
    const statuses: string[] = []
    const saver = createAutosaver<string>({
      delayMs: 1,
      retryAfterMs: (error) => (error.message === 'disk full' ? 5 : null),
      onStatus: (status) => statuses.push(status),
      save: async (value) => {
        if (failures > 0) {
          failures -= 1
          throw new Error('disk full')
        }
        stored = value
      }
    })
    saver.change('precious words')
    await tick(60)
    expect(stored).toBe('precious words')
    expect(statuses.filter((status) => status === 'error')).toHaveLength(2)
    expect(statuses.at(-1)).toBe('saved')
  })

  it('does not try again on its own after a failure that waits for the user (a refused text)', async () => {
    let saves = 0
    const saver = createAutosaver<string>({
      delayMs: 1,
      retryAfterMs: () => null,
      save: async () => {
        saves += 1
        throw new Error('invalid')
      }
    })
    saver.change('text with a NUL')
    await tick(40)
    expect(saves).toBe(1)
    saver.dispose()
  })
})
