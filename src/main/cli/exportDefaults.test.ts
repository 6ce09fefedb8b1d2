import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { journalPathIn } from '../config/paths'
import { writeSettings } from '../config/settings'
import { closeJournal, openJournal } from '../db/open'
import { createMember } from '../journal/members'
import { createReflection } from '../journal/reflections'
import { tempFolder } from '../testing/tempJournal'
import { runCli } from './run'

/** A journal with one reflection, and the export defaults a person chose in Settings. */
function journalWithDefaults(exportDefaults: Parameters<typeof writeSettings>[1]['exportDefaults']) {
  const dataDir = tempFolder('leap-cli-data-')
  const journal = openJournal(journalPathIn(dataDir))
  const ana = createMember(journal.db, { name: 'Ana Lima' })
  createReflection(journal.db, {
    kind: 'one_on_one',
    memberId: ana.id,
    date: '2026-11-20',
    title: 'Handover'
  })
  closeJournal(journal)
  writeSettings(dataDir, { exportDefaults })
  return dataDir
}

async function exportWith(dataDir: string, ...flags: string[]) {
  const out = tempFolder('leap-cli-out-')
  const errors: string[] = []
  const code = await runCli(['export', '--data-dir', dataDir, '--out', out, ...flags], {
    env: {},
    defaultDataDir: '',
    stdout: () => {},
    stderr: (text) => errors.push(text)
  })
  expect(code, errors.join('\n')).toBe(0)
  return out
}

const files = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))

describe('an export from the terminal', () => {
  it('starts from the export defaults in Settings, and each flag overrides one', async () => {
    const dataDir = journalWithDefaults({
      layout: 'per_member',
      obsidianLinks: true,
      includeExportedAt: false,
      privateFiles: false
    })

    const [file] = files(await exportWith(dataDir))
    expect(file).toMatch(/Members\/Ana Lima\.md$/)
    expect(readFileSync(file!, 'utf8')).not.toMatch(/exported-at/)
    expect(statSync(file!).mode & 0o777).toBe(0o644)

    const overridden = await exportWith(
      dataDir,
      '--layout',
      'per-reflection',
      '--exported-at',
      '--no-shared-files'
    )
    const reflection = files(overridden).find((path) => path.includes('Reflections/2026'))!
    // Obsidian links still come from Settings.
    const text = readFileSync(reflection, 'utf8')
    expect(text).toMatch(/^member: "\[\[Ana Lima\]\]"$/m)
    expect(text).toMatch(/^exported-at: /m)
    expect(statSync(reflection).mode & 0o777).toBe(0o600)
  })
})
