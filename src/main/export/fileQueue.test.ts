import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { tempDir } from '../testing/tempJournal'
import { inlineQueue, threadQueue, type FileQueue } from './fileQueue'

const modes = { file: 0o600, dir: 0o700 }
let out: ReturnType<typeof tempDir>
beforeEach(() => (out = tempDir('leap-queue-')))
afterEach(() => out.cleanup())

const countFiles = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).length

describe.each([
  ['in this thread', inlineQueue],
  ['on a second thread', threadQueue]
] as const)('writing files %s', (_, open: (m: typeof modes) => FileQueue) => {
  it('writes every file whole, with its folders and modes, by the time finish returns', () => {
    const queue = open(modes)
    // More files than one batch and than the queue holds, with text that is not ASCII.
    const files = Array.from({ length: 1500 }, (_, i) => ({
      target: join(out.dir, `year-${i % 3}`, `note ${i}.md`),
      content: `# Note ${i}\n\nÇa va? 1:1 🚀 ${'x'.repeat(i % 700)}\n`
    }))
    for (const file of files) queue.add(file.target, file.content)
    queue.finish()
    for (const file of files) expect(readFileSync(file.target, 'utf8')).toBe(file.content)
    expect(statSync(files[0]!.target).mode & 0o777).toBe(0o600)
    expect(statSync(join(out.dir, 'year-0')).mode & 0o777).toBe(0o700)
  })

  it('never replaces a file, and reports the failed write with its reason', () => {
    const existing = join(out.dir, 'taken.md')
    writeFileSync(existing, 'the user’s own file')
    const queue = open(modes)
    const attempt = () => {
      queue.add(existing, 'from Leap')
      queue.finish()
    }
    expect(attempt).toThrow(expect.objectContaining({ code: 'EEXIST' }))
    expect(readFileSync(existing, 'utf8')).toBe('the user’s own file')
  })
})

describe('writing files on a second thread', () => {
  it('lets a caller that must not block wait for the disk, after which finish has nothing left to wait for', async () => {
    const queue = threadQueue(modes)
    const dir = join(out.dir, 'staging')
    for (let i = 0; i < 1500; i += 1) queue.add(join(dir, `${i}.md`), `text ${i}\n`)
    const wait = queue.behind(true)
    if (wait) await wait()
    expect(countFiles(dir)).toBe(1500)
    expect(queue.behind(true)).toBeNull()
    queue.finish()
  })

  it('stops writing once stop returns, so the folder can be removed', async () => {
    const queue = threadQueue(modes)
    const dir = join(out.dir, 'staging')
    for (let i = 0; i < 3000; i += 1) queue.add(join(dir, `${i}.md`), `text ${i}\n`)
    queue.stop()
    const afterStop = existsSync(dir) ? countFiles(dir) : 0
    expect(afterStop).toBeLessThan(3000)
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(existsSync(dir) ? countFiles(dir) : 0).toBe(afterStop)
  })

  it('writes nothing more after a failed write', async () => {
    const blocked = join(out.dir, 'blocked')
    writeFileSync(blocked, 'a file where a folder should be')
    const queue = threadQueue(modes)
    const later = join(out.dir, 'later')
    const run = () => {
      queue.add(join(blocked, 'first.md'), 'text')
      for (let i = 0; i < 2000; i += 1) queue.add(join(later, `${i}.md`), 'text')
      queue.finish()
    }
    expect(run).toThrow(/ENOTDIR|EEXIST/)
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(existsSync(later)).toBe(false)
  })
})
