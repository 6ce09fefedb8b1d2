import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { writeBackupSync } from './backups'
import { tempJournal } from '../testing/tempJournal'

describe('the checking thread', () => {
  it('also runs under tsx, as the command-line tools and the benchmark do (esbuild keeps function names)', () => {
    const journal = tempJournal()
    try {
      const backup = writeBackupSync(journal.db, journal.dir, 'manual')
      const script = `import(${JSON.stringify(join(import.meta.dirname, 'backups.ts'))}).then(async ({ checkBackup }) =>
        console.log(JSON.stringify(await checkBackup(${JSON.stringify(join(journal.dir, backup.name))}))))`
      const tsx = join(import.meta.dirname, '../../../node_modules/.bin/tsx')
      const output = execFileSync(tsx, ['--eval', script], { encoding: 'utf8' })
      expect(JSON.parse(output)).toMatchObject({ ok: true, detail: 'ok', contents: { members: 0 } })
    } finally {
      journal.cleanup()
    }
  }, 30_000)
})
