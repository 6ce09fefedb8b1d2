import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { cliIsStale, cliOutput } from './build-cli.mjs'

const folder = mkdtempSync(join(tmpdir(), 'leap-cli-build-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

/** A repository whose CLI was built at `builtAt` from two sources last changed at `changedAt`. */
function repository(builtAt: number, changedAt: number): string {
  const root = mkdtempSync(join(folder, 'repo-'))
  const write = (path: string, text: string, at: number) => {
    mkdirSync(dirname(join(root, path)), { recursive: true })
    writeFileSync(join(root, path), text)
    utimesSync(join(root, path), at, at)
  }
  write('src/main/cli/main.ts', 'export {}', changedAt)
  write('node_modules/.package-lock.json', '{}', changedAt)
  write('src/main/cli/main.test.ts', 'test', builtAt + 60)
  const output = cliOutput(root).slice(root.length + 1)
  write(
    `${output}.inputs.json`,
    JSON.stringify(['src/main/cli/main.ts', 'node_modules/.package-lock.json']),
    builtAt
  )
  write(output, '// built', builtAt)
  return root
}

describe('npm run export rebuilds the CLI', () => {
  const built = Date.now() / 1000 - 3600

  it('not when nothing it was made from changed since, whatever else did (a test)', () => {
    expect(cliIsStale(repository(built, built - 60))).toBe(false)
  })

  it('when a source it bundles, or an installed package, changed after it was built', () => {
    const root = repository(built, built - 60)
    utimesSync(join(root, 'src/main/cli/main.ts'), built + 60, built + 60)
    expect(cliIsStale(root)).toBe(true)
    const packages = repository(built, built - 60)
    utimesSync(join(packages, 'node_modules/.package-lock.json'), built + 60, built + 60)
    expect(cliIsStale(packages)).toBe(true)
  })

  it('when a source it bundled is gone, or it was never built', () => {
    const root = repository(built, built - 60)
    rmSync(join(root, 'src/main/cli/main.ts'))
    expect(cliIsStale(root)).toBe(true)
    const unbuilt = repository(built, built - 60)
    rmSync(cliOutput(unbuilt))
    expect(cliIsStale(unbuilt)).toBe(true)
  })
})
