import { execFile } from 'node:child_process'
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { journalPathIn } from '../src/main/config/paths'
import { writeSettings } from '../src/main/config/settings'
import { closeJournal, openJournal } from '../src/main/db/open'
import { createMember } from '../src/main/journal/members'
import { createReflection } from '../src/main/journal/reflections'
import { tempFolder } from '../src/main/testing/tempJournal'

const script = join(import.meta.dirname, 'export.ts')
const run = promisify(execFile)

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

const exportWith = async (dataDir: string, ...flags: string[]) => {
  const out = tempFolder('leap-cli-out-')
  await run(process.execPath, ['--import', 'tsx', script, '--data-dir', dataDir, '--out', out, ...flags])
  return out
}

const files = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))

describe('npm run export', () => {
  it('starts from the export defaults in Settings, and each flag overrides one', async () => {
    const dataDir = journalWithDefaults({
      layout: 'per_member',
      obsidianLinks: true,
      includeExportedAt: false,
      privateFiles: false
    })

    const chosen = await exportWith(dataDir)
    const [file] = files(chosen)
    expect(file).toMatch(/Members\/Ana Lima\.md$/)
    const text = readFileSync(file!, 'utf8')
    expect(text).not.toMatch(/exported-at/)
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
    expect(readFileSync(reflection, 'utf8')).toMatch(/exported-at[\s\S]*Member: \[\[Ana Lima\]\]/)
    expect(statSync(reflection).mode & 0o777).toBe(0o600)
  }, 60_000)
})
