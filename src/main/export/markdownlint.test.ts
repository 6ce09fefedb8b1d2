import { textProblem } from '../../shared/domain/text'
import { mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { main as markdownlint } from 'markdownlint-cli2'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedJournal } from '../../../scripts/lib/seed'
import type { ExportSettings } from '../../shared/domain/export'
import { createActionItem } from '../journal/actionItems'
import { createReflection } from '../journal/reflections'
import { insertMember } from '../testing/rows'
import { tempDir, tempJournal } from '../testing/tempJournal'
import { runExport } from './exportJournal'

const config = join(import.meta.dirname, '../../../.markdownlint-cli2.jsonc')
const hostile = JSON.parse(
  readFileSync(new URL('../testing/hostile-strings.json', import.meta.url), 'utf8')
) as string[]

let journal: ReturnType<typeof tempJournal>
const out = tempDir('leap-lint-')

/** A seeded journal plus people, titles and action items named with every hostile string. */
beforeAll(() => {
  journal = tempJournal()
  seedJournal(journal.db, { reflections: 200, seed: 2 })
  hostile.forEach((raw, i) => {
    // What Leap refuses to store (a NUL) cannot reach an export.
    const text = textProblem(raw) === null ? raw : `Text ${i}`
    const name = text.trim() === '' ? `Person ${i}` : text.slice(0, 200)
    const memberId = insertMember(journal.db, { name })
    const { reflection } = createReflection(journal.db, {
      kind: 'one_on_one',
      memberId,
      date: `2025-0${1 + (i % 9)}-1${i % 10}`,
      title: text.slice(0, 300),
      body: '## What do you want?\n\nA clear *scope*.'
    })
    createActionItem(journal.db, { memberId, reflectionId: reflection.id, owner: 'them', text: `${name}!` })
  })
})
afterAll(() => {
  journal.cleanup()
  out.cleanup()
})

/** Runs markdownlint-cli2 with the committed config over a folder; returns the problems it reports. */
async function lint(folder: string): Promise<string[]> {
  const problems: string[] = []
  const code = await markdownlint({
    directory: folder,
    argv: ['--config', config, '**/*.md'],
    logMessage: () => {},
    logError: (message: string) => problems.push(message)
  })
  expect(problems.length === 0).toBe(code === 0)
  return problems
}

const base: ExportSettings = {
  layout: 'per_reflection',
  obsidianLinks: false,
  onConflict: 'keep_both',
  includeExportedAt: true,
  privateFiles: true,
  includePredictions: false
}

// markdownlint reads every file: seconds on a busy machine.
describe('exported markdown passes markdownlint-cli2 with the committed config', { timeout: 30_000 }, () => {
  for (const settings of [
    base,
    { ...base, obsidianLinks: true },
    { ...base, layout: 'per_member' as const }
  ]) {
    it(`${settings.layout}${settings.obsidianLinks ? ' with Obsidian links' : ''}`, async () => {
      const folder = join(out.dir, `${settings.layout}-${settings.obsidianLinks}`)
      mkdirSync(folder)
      const summary = runExport({ db: journal.db, folder, scope: { kind: 'all' }, settings })
      expect(summary.skipped).toEqual([])
      expect(await lint(folder)).toEqual([])
    }, 60_000)
  }
})
