// The plainest whole-process export, the baseline of the benchmark's cli.export rows: better-sqlite3 reads
// every reflection with its person, and each is written to its own file (title, date, person, body).
// `node scripts/lib/raw-export.mjs <journal.sqlite> <folder>`
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'

const [journal, folder] = process.argv.slice(2)
const db = new Database(journal, { readonly: true })
const rows = db.prepare(
  `SELECT r.id, r.date, r.title, r.body, m.name FROM reflections r LEFT JOIN members m ON m.id = r.member_id
   WHERE r.deleted_at IS NULL ORDER BY r.date`
)
const made = new Set()
for (const row of rows.iterate()) {
  const dir = join(folder, row.date.slice(0, 4))
  if (!made.has(dir)) {
    mkdirSync(dir, { recursive: true })
    made.add(dir)
  }
  writeFileSync(
    join(dir, `${row.id}.md`),
    `---\ntitle: ${JSON.stringify(row.title)}\ndate: ${row.date}\nmember: ${JSON.stringify(row.name)}\n---\n\n${row.body}\n`
  )
}
db.close()
