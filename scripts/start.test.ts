import { spawnSync } from 'node:child_process'
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { electronExecutable } from './electron-binary.mjs'

const root = join(import.meta.dirname, '..')
const folder = mkdtempSync(join(tmpdir(), 'leap-start-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

/**
 * A stand-in for Electron at ELECTRON_OVERRIDE_DIST_PATH (where path.txt, or the default name, says the
 * executable is): it records how it was launched and exits with code 7, as a real Electron would exit
 * with its own code.
 */
function standIn(): { dist: string; record: string } {
  const dist = mkdtempSync(join(folder, 'dist-'))
  const record = join(dist, 'launch.json')
  const executable = electronExecutable({ ELECTRON_OVERRIDE_DIST_PATH: dist }).path
  mkdirSync(dirname(executable), { recursive: true })
  writeFileSync(
    executable,
    `#!/bin/sh\nnode -e 'require("fs").writeFileSync(process.argv[1], JSON.stringify({ args: process.argv.slice(2), cwd: process.cwd(), rendererUrl: process.env.ELECTRON_RENDERER_URL ?? null }))' "${record}" "$@"\nexit 7\n`
  )
  chmodSync(executable, 0o755)
  return { dist, record }
}

/** `npm <args>` as a user types it, through the npm that runs this test when there is one. */
function npm(args: string[], env: NodeJS.ProcessEnv) {
  const npmCli = process.env.npm_execpath
  const [command, prefix] = npmCli?.endsWith('.js') ? [process.execPath, [npmCli]] : ['npm', []]
  return spawnSync(command, [...prefix, ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 240_000
  })
}

// A shell-script stand-in cannot stand for electron.exe; the hosted workflow starts the real one on Windows.
describe.skipIf(process.platform === 'win32')('starting Leap with an installed Electron', () => {
  it('npm start builds the app, launches Electron on it with the given arguments and exits with its code', () => {
    const { dist, record } = standIn()
    const run = npm(['start', '--', '--data-dir', join(folder, 'data')], {
      ELECTRON_OVERRIDE_DIST_PATH: dist
    })
    expect(run.status, run.stderr).toBe(7)
    const launch = JSON.parse(readFileSync(record, 'utf8'))
    expect(launch).toEqual({ args: ['.', '--data-dir', join(folder, 'data')], cwd: root, rendererUrl: null })
    expect(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).main).toBe('./out/main/index.js')
    expect(readFileSync(join(root, 'out/main/index.js'), 'utf8').length).toBeGreaterThan(0)
  }, 300_000)

  it('npm run dev launches it on the app with the dev server and exits with its code', () => {
    const { dist, record } = standIn()
    const run = npm(['run', 'dev', '--', '--data-dir', join(folder, 'data')], {
      ELECTRON_OVERRIDE_DIST_PATH: dist
    })
    expect(run.status, run.stderr).toBe(7)
    const launch = JSON.parse(readFileSync(record, 'utf8'))
    expect(launch.args).toEqual(['.', '--data-dir', join(folder, 'data')])
    expect(launch.cwd).toBe(root)
    expect(launch.rendererUrl).toMatch(/^http:\/\/localhost:\d+$/)
  }, 300_000)

  it('says in one sentence where Electron was expected when the override folder has none', () => {
    const empty = mkdtempSync(join(folder, 'empty-'))
    const run = npm(['start'], { ELECTRON_OVERRIDE_DIST_PATH: empty })
    expect(run.status).toBe(1)
    expect(run.stderr).toContain(
      `Leap cannot start: ELECTRON_OVERRIDE_DIST_PATH is set, but there is no Electron executable at ${join(empty, 'electron')}.`
    )
    expect(run.stderr).not.toMatch(/\n\s+at /)
  }, 60_000)
})
