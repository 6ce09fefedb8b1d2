import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '..')
const seed = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/seed.ts'), ...args], {
    cwd: root,
    encoding: 'utf8'
  })
const usage = 'npm run seed -- --reflections 10000 [--data-dir <folder>] [--seed <n>] [--replace]\n'

describe('npm run seed', () => {
  it('prints its usage when asked, and for an option it does not know says which, without a stack trace', () => {
    expect(seed('--help')).toMatchObject({ status: 0, stdout: usage })
    expect(seed('--bogus')).toMatchObject({ status: 1, stderr: `Unknown option '--bogus'\n${usage}` })
  })
})
