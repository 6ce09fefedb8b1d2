import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ExportSettings } from '../../shared/domain/export'
import { createReflection } from '../journal/reflections'
import { insertMember } from '../testing/rows'
import { tempDir, tempJournal } from '../testing/tempJournal'
import { exportSteps, openJournalForExport } from './exportJournal'

const settings: ExportSettings = {
  layout: 'per_reflection',
  obsidianLinks: false,
  onConflict: 'keep_both',
  includeExportedAt: false,
  privateFiles: true
}

let journal: ReturnType<typeof tempJournal>
let out: ReturnType<typeof tempDir>
beforeEach(() => {
  journal = tempJournal()
  out = tempDir('leap-export-')
})
afterEach(() => {
  journal.cleanup()
  out.cleanup()
})

describe('an export while the journal is being written', () => {
  it('writes what it counted: progress never passes its total, and the summary adds up', () => {
    const people = ['Ana', 'Ben', 'Caro'].map((name) => insertMember(journal.db, { name }))
    const write = (memberId: string, title: string) =>
      createReflection(journal.db, { kind: 'one_on_one', memberId, date: '2026-02-03', title })
    for (const memberId of people) for (let i = 0; i < 5; i += 1) write(memberId, `Before ${i}`)

    // The export reads through its own connection, as the app's export does, while the app writes.
    const reader = openJournalForExport(journal.path)
    const steps = exportSteps({ db: reader, folder: out.dir, scope: { kind: 'all' }, settings })
    try {
      let step = steps.next()
      let lastDone = 0
      for (; !step.done; step = steps.next()) {
        lastDone = step.value.done
        expect(step.value.done).toBeLessThanOrEqual(step.value.total)
        // Someone keeps writing one-on-ones with every person while the export runs.
        for (const memberId of people) write(memberId, `During ${step.value.done}`)
      }
      expect(lastDone).toBe(15)
      expect(step.value.total).toBe(15)
      expect(step.value.written).toBe(15 + people.length) // and one index per person
    } finally {
      steps.return(undefined as never)
      reader.close()
    }
  })
})
