// The writer the crash-safety test kills: it writes through the journal code exactly as the app does (one
// transaction per call) and prints each member's id only after its transaction has committed.
// Run with Node 24: node --experimental-transform-types crashWriter.mjs <journal path>
import './tsHooks.mjs'

const { openJournal } = await import('../db/open.ts')
const { createMember } = await import('../journal/members.ts')

const journal = openJournal(process.argv[2])
for (let i = 0; ; i += 1) {
  // Notes from 100 bytes to 40 KB, so commits span many pages and a kill can land in the middle of one.
  const size = 100 + ((i * 7919) % 40_000)
  const member = journal.db.transaction(() =>
    createMember(journal.db, { name: `Writer ${size}`, notes: 'n'.repeat(size) })
  )()
  process.stdout.write(`${member.id} ${size}\n`)
}
