import { mkdtempSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Dispatch } from './ipc/dispatch'
import { journalPathIn } from './config/paths'
import { openJournalForExport, runExport } from './export/exportJournal'

/**
 * `Leap --smoke-test`: what a packaged build must be able to do, run against a journal in a temp folder:
 * open it, add a member and a reflection through the same door the window uses, export that reflection,
 * and quit with 0 (or 1 and the reason). The hosted workflow runs it on every package it builds.
 */
export const isSmokeTest = (argv: readonly string[]): boolean => argv.includes('--smoke-test')

export const smokeTestDataDir = (): string => mkdtempSync(join(tmpdir(), 'leap-smoke-'))

export async function runSmokeTest(dispatch: Dispatch, dataDir: string): Promise<string> {
  const ok = async (channel: string, input: unknown) => {
    const answer = await dispatch(channel, input)
    if (!answer.ok) throw new Error(`${channel}: ${answer.error.message}`)
    return answer.data as { id: string; reflection?: { id: string } }
  }
  const member = await ok('members.create', { name: 'Smoke Test' })
  const saved = await ok('reflections.create', {
    kind: 'one_on_one',
    memberId: member.id,
    date: '2026-01-02'
  })
  const db = openJournalForExport(journalPathIn(dataDir))
  try {
    const folder = join(dataDir, 'export')
    const summary = runExport({
      db,
      folder,
      scope: { kind: 'reflection', id: saved.reflection!.id },
      settings: {
        layout: 'per_reflection',
        obsidianLinks: false,
        onConflict: 'keep_both',
        includeExportedAt: true,
        privateFiles: true,
        includePredictions: false
      }
    })
    const files = readdirSync(folder, { recursive: true }).filter((name) => String(name).endsWith('.md'))
    if (summary.written !== 1 || files.length !== 1) throw new Error(`export wrote ${files.length} files`)
    return `Leap smoke test passed: journal, member, reflection and export in ${dataDir}`
  } finally {
    db.close()
  }
}
