import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses'
import { expect, test } from '@playwright/test'
import { seedJournal } from '../../scripts/lib/seed'
import { closeJournal, openJournal } from '../../src/main/db/open'

/**
 * The packaged app that `npm run dist` built (the hosted workflow runs this after packaging): its smoke test,
 * the terminal export and the fuses. Skips, saying why, where no package has been built.
 */
const dist = join(import.meta.dirname, '../../dist')
const executable = {
  linux: join(dist, 'linux-unpacked/leap'),
  darwin: join(dist, process.arch === 'arm64' ? 'mac-arm64' : 'mac', 'Leap.app/Contents/MacOS/Leap'),
  win32: join(dist, 'win-unpacked/Leap.exe')
}[process.platform as 'linux' | 'darwin' | 'win32']
/** A fuse reads as the character '0' (off) or '1' (on) in the binary (@electron/fuses' FuseState). */
const OFF = '0'.charCodeAt(0)
const ON = '1'.charCodeAt(0)
const SKIP_REASON =
  'Packaged-app suite skipped: no package in dist/ (run `npm run dist`, which needs the network).'
const built = executable !== undefined && existsSync(executable)
if (!built && process.env.TEST_WORKER_INDEX === undefined) console.log(SKIP_REASON)

test.describe('the packaged Leap', () => {
  test.skip(!built, SKIP_REASON)

  test('passes its smoke test: a temp journal, a member, a reflection exported, exit 0', async ({}, testInfo) => {
    const run = spawnSync(executable!, ['--smoke-test', `--user-data-dir=${testInfo.outputPath('user')}`], {
      encoding: 'utf8',
      timeout: 120_000
    })
    expect(run.status, run.stderr).toBe(0)
    expect(run.stdout).toContain('Leap smoke test passed')
  })

  test('answers Leap --export from a terminal with JSON and exit 0', async ({}, testInfo) => {
    const dataDir = testInfo.outputPath('data')
    mkdirSync(dataDir, { recursive: true })
    const journal = openJournal(join(dataDir, 'leap.sqlite'))
    seedJournal(journal.db, { reflections: 20, seed: 2 })
    closeJournal(journal)
    const run = spawnSync(
      executable!,
      [
        '--export',
        '--data-dir',
        dataDir,
        '--out',
        testInfo.outputPath('out'),
        `--user-data-dir=${testInfo.outputPath('user')}`
      ],
      { encoding: 'utf8', timeout: 120_000 }
    )
    expect(run.status, run.stderr).toBe(0)
    expect(JSON.parse(run.stdout)).toMatchObject({ total: 20 })
  })

  test('has RELIABILITY.md’s fuses', async () => {
    const wire = await getCurrentFuseWire(executable!)
    expect(wire[FuseV1Options.RunAsNode]).toBe(OFF)
    expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(OFF)
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(OFF)
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(ON)
    expect(wire[FuseV1Options.EnableCookieEncryption]).toBe(OFF)
  })
})
