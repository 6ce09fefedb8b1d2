import {
  existsSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  statSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { join } from 'node:path'
import matter from 'gray-matter'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ExportScope, ExportSettings } from '../../shared/domain/export'
import { createActionItem } from '../journal/actionItems'
import { createReflection, getReflection, updateReflection } from '../journal/reflections'
import { insertDelegation, insertMember } from '../testing/rows'
import { tempDir, eachTempJournal } from '../testing/tempJournal'
import { exportSteps, openJournalForExport, runExport } from './exportJournal'
import { END_MARKER } from './noteFormat'
import { moveToTrash } from '../journal/trash'

const settings: ExportSettings = {
  layout: 'per_reflection',
  obsidianLinks: false,
  onConflict: 'keep_both',
  includeExportedAt: false,
  privateFiles: true,
  includePredictions: false
}

const journal = eachTempJournal()
let out: ReturnType<typeof tempDir>
let ana: string

beforeEach(() => {
  out = tempDir('leap-export-')
  ana = insertMember(journal.db, { name: 'Ana: "1:1" yes' })
})
afterEach(() => {
  out.cleanup()
})

const exportNow = (scope: ExportScope = { kind: 'all' }, overrides: Partial<ExportSettings> = {}) =>
  runExport({ db: journal.db, folder: out.dir, scope, settings: { ...settings, ...overrides } })

function reflection(title: string, date = '2026-02-03', memberId: string | null = ana) {
  return createReflection(journal.db, {
    kind: memberId ? 'one_on_one' : 'general',
    memberId,
    date,
    title,
    body: `Body of ${title}`,
    tags: ['growth']
  }).reflection
}

/** Every file under the export folder, relative path -> text. */
function files(dir = out.dir): Record<string, string> {
  const found: Record<string, string> = {}
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const path = join(entry.parentPath, entry.name)
      found[path.slice(dir.length + 1)] = readFileSync(path, 'utf8')
    }
  }
  return found
}

const fileOf = (title: string, date = '2026-02-03') =>
  `Reflections/${date.slice(0, 4)}/${date} Ana 1-1 yes - ${title}.md`

describe('export to markdown', () => {
  it('writes one file per reflection with front matter, tasks and a member index, mode 0600', () => {
    const first = reflection('Kickoff')
    const delegation = insertDelegation(journal.db, { memberId: ana, title: 'Release: "train"' })
    journal.db
      .prepare('INSERT INTO reflection_delegations (reflection_id, delegation_id) VALUES (?, ?)')
      .run(first.id, delegation)
    createActionItem(journal.db, { memberId: ana, reflectionId: first.id, owner: 'them', text: 'Draft RFC' })
    reflection('Later', '2027-01-05')
    reflection('General thoughts', '2026-05-01', null)

    const summary = exportNow()
    expect(summary).toMatchObject({ total: 3, written: 5, updated: 0, unchanged: 0, skipped: [] })
    const written = files()
    expect(Object.keys(written).sort()).toEqual([
      fileOf('Kickoff'),
      'Reflections/2026/2026-05-01 General thoughts.md',
      fileOf('Later', '2027-01-05'),
      'Reflections/Delegations/Ana 1-1 yes - Release train.md',
      'Reflections/People/Ana 1-1 yes.md'
    ])
    const parsed = matter(written[fileOf('Kickoff')]!, {})
    expect(parsed.data).toEqual({
      title: 'Kickoff',
      date: '2026-02-03',
      member: 'Ana: "1:1" yes',
      'member-id': ana,
      kind: 'one-on-one',
      mood: null,
      stance: null,
      tags: ['growth'],
      delegations: ['Release: "train"'],
      'delegation-ids': [delegation],
      id: first.id,
      created: first.createdAt,
      updated: first.updatedAt
    })
    expect(parsed.content).toContain('- [ ] Draft RFC (owner: Ana: "1:1" yes)')
    const person = written['Reflections/People/Ana 1-1 yes.md']!
    expect(matter(person, {}).data).toMatchObject({ title: 'Ana: "1:1" yes', kind: 'person', id: ana })
    expect(person).toContain('- [2026-02-03 Kickoff](<../2026/2026-02-03 Ana 1-1 yes - Kickoff.md>)')
    expect(person).toContain('- [Release: "train"](<../Delegations/Ana 1-1 yes - Release train.md>)')
    const delegationNote = matter(written['Reflections/Delegations/Ana 1-1 yes - Release train.md']!, {})
    expect(delegationNote.data).toMatchObject({
      title: 'Release: "train"',
      kind: 'delegation',
      id: delegation
    })
    expect(statSync(join(out.dir, fileOf('Kickoff'))).mode & 0o777).toBe(0o600)
    expect(readdirSync(out.dir)).toEqual(['Reflections'])
  })

  it('gives the same bytes for the same journal when the export time is off', () => {
    reflection('One')
    reflection('One')
    exportNow()
    const first = files()
    out.cleanup()
    mkdirSync(out.dir)
    exportNow()
    expect(files()).toEqual(first)
    expect(Object.keys(first)).toContain(fileOf('One').replace('.md', ' (2).md'))
  })

  it('writes the same files whether a second thread writes them or not', () => {
    for (let i = 0; i < 40; i += 1)
      reflection(i % 4 === 0 ? 'Same title' : `Talk ${i}`, `2026-02-${10 + (i % 9)}`)
    const threaded = tempDir('leap-export-threaded-')
    try {
      runExport({
        db: journal.db,
        folder: threaded.dir,
        scope: { kind: 'all' },
        settings,
        writeInThread: true
      })
      exportNow()
      expect(files(threaded.dir)).toEqual(files())
      expect(Object.keys(files()).length).toBe(41)
    } finally {
      threaded.cleanup()
    }
  })

  it('exports one reflection, a member, or a date range with tags', () => {
    const kickoff = reflection('Kickoff')
    const bo = insertMember(journal.db, { name: 'Bo' })
    reflection('Bo chat', '2026-04-01', bo)
    createReflection(journal.db, { kind: 'general', date: '2026-06-01', title: 'Tagged', tags: ['hiring'] })

    expect(exportNow({ kind: 'reflection', id: kickoff.id }).written).toBe(1)
    expect(exportNow({ kind: 'member', memberId: bo }).written).toBe(2) // the reflection and Bo's note
    const range = exportNow({ kind: 'range', from: '2026-05-01', to: '2026-12-31', tags: ['HIRING'] })
    expect(range).toMatchObject({ total: 1, written: 1 })
    expect(Object.keys(files()).sort()).toEqual([
      'Reflections/2026/2026-02-03 Ana 1-1 yes - Kickoff.md',
      'Reflections/2026/2026-04-01 Bo - Bo chat.md',
      'Reflections/2026/2026-06-01 Tagged.md',
      'Reflections/People/Bo.md'
    ])
  })

  it('re-exports: rewrites only what changed, follows a renamed reflection, leaves other files alone', () => {
    const kickoff = reflection('Kickoff')
    reflection('Steady')
    const gone = reflection('Gone')
    exportNow()
    const userNote = join(out.dir, 'Reflections', 'my notes.md')
    writeFileSync(userNote, '# mine\n')
    const steadyBefore = statSync(join(out.dir, fileOf('Steady'))).mtimeMs

    updateReflection(journal.db, { id: kickoff.id, baseUpdatedAt: kickoff.updatedAt, title: 'Kickoff v2' })
    moveToTrash(journal.db, 'reflection', gone.id)
    const summary = exportNow({ kind: 'all' }, { includeExportedAt: true })
    expect(summary).toMatchObject({ written: 0, updated: 2, unchanged: 1 }) // Kickoff and Ana's note
    const after = files()
    expect(after[fileOf('Kickoff')]).toBeUndefined()
    expect(matter(after[fileOf('Kickoff v2')]!, {}).data.id).toBe(kickoff.id)
    expect(after[fileOf('Gone')]).toBeDefined() // a file of a trashed reflection is the user's to remove
    expect(after['Reflections/my notes.md']).toBe('# mine\n')
    expect(statSync(join(out.dir, fileOf('Steady'))).mtimeMs).toBe(steadyBefore)
  })

  it('counts what it writes: reflections in the trash are left out, of a person and of no one', () => {
    reflection('Kept')
    moveToTrash(journal.db, 'reflection', reflection('Trashed').id)
    const general = reflection('General kept', '2026-02-04', null)
    moveToTrash(journal.db, 'reflection', reflection('General trashed', '2026-02-05', null).id)
    insertMember(journal.db, { name: 'Ben' })
    expect(exportNow().total).toBe(2)
    moveToTrash(journal.db, 'reflection', general.id)
    out.cleanup()
    out = tempDir('leap-export-')
    expect(exportNow().total).toBe(1)
    expect(Object.keys(files()).filter((path) => path.includes('General'))).toEqual([])
  })

  it('re-exports keep what the user added: their own properties and the text below the marker', () => {
    const kickoff = reflection('Kickoff')
    exportNow()
    const path = join(out.dir, fileOf('Kickoff'))
    const original = readFileSync(path, 'utf8')
    const edited = original
      .replace('---\ntitle:', '---\nrating: 5 # out of 5\naliases:\n  - "KO"\ntitle:')
      .replace(END_MARKER, `${END_MARKER}\n## My notes\n\nFollow up in March.\n`)
    writeFileSync(path, edited)

    updateReflection(journal.db, { id: kickoff.id, baseUpdatedAt: kickoff.updatedAt, body: 'New words' })
    expect(exportNow()).toMatchObject({ updated: 1 })
    const after = readFileSync(path, 'utf8')
    expect(after).toContain('\nNew words\n')
    expect(after).toContain('rating: 5 # out of 5\naliases:\n  - "KO"\n---\n')
    expect(after.endsWith(edited.slice(edited.indexOf(END_MARKER)))).toBe(true)
    expect(matter(after, {}).data).toMatchObject({ rating: 5, aliases: ['KO'], id: kickoff.id })

    // Unchanged in the journal: the file with the user's additions is left alone.
    expect(exportNow()).toMatchObject({ updated: 0 })
    expect(readFileSync(path, 'utf8')).toBe(after)

    // Renamed: the new file carries them, the old one goes.
    const current = getReflection(journal.db, kickoff.id)
    updateReflection(journal.db, { id: kickoff.id, baseUpdatedAt: current.updatedAt, title: 'Kickoff v2' })
    exportNow()
    expect(existsSync(path)).toBe(false)
    const renamed = readFileSync(join(out.dir, fileOf('Kickoff v2')), 'utf8')
    expect(renamed).toContain('rating: 5 # out of 5\n')
    expect(renamed.endsWith(edited.slice(edited.indexOf(END_MARKER)))).toBe(true)

    // Properties it cannot read: the file is left as it is, with a reason.
    writeFileSync(join(out.dir, fileOf('Kickoff v2')), renamed.replace('rating: 5', 'rating: [5'))
    const broken = getReflection(journal.db, kickoff.id)
    updateReflection(journal.db, { id: kickoff.id, baseUpdatedAt: broken.updatedAt, body: 'Again' })
    expect(exportNow().skipped).toEqual([
      { path: fileOf('Kickoff v2'), reason: 'Its properties cannot be read, so Leap left it as it is.' }
    ])
  })

  it('never overwrites a file Leap did not write: keep both, skip, or overwrite when asked', () => {
    reflection('Kickoff')
    reflection('Other')
    mkdirSync(join(out.dir, 'Reflections', '2026'), { recursive: true })
    const theirs = join(out.dir, fileOf('Kickoff'))
    writeFileSync(theirs, 'my own file')

    expect(exportNow({ kind: 'all' }, { onConflict: 'skip' }).skipped).toEqual([
      { path: fileOf('Kickoff'), reason: 'A file with this name exists (not written by Leap).' }
    ])
    expect(readFileSync(theirs, 'utf8')).toBe('my own file')
    exportNow({ kind: 'all' }, { onConflict: 'keep_both' })
    expect(readFileSync(theirs, 'utf8')).toBe('my own file')
    expect(matter(readFileSync(join(out.dir, fileOf('Kickoff (2)')), 'utf8'), {}).data.title).toBe('Kickoff')
    // A second keep-both export recognises its " (2)" file by id and does not add a third.
    expect(exportNow({ kind: 'all' }, { onConflict: 'keep_both' })).toMatchObject({
      written: 0,
      unchanged: 3
    })
  })

  it('refuses a symbolic link at a target path or on the way to it: the linked file is unchanged', () => {
    reflection('Kickoff')
    const outside = tempDir('leap-outside-')
    try {
      const secret = join(outside.dir, 'secret.md')
      writeFileSync(secret, 'do not touch')
      mkdirSync(join(out.dir, 'Reflections', '2026'), { recursive: true })
      symlinkSync(secret, join(out.dir, fileOf('Kickoff')))
      for (const onConflict of ['skip', 'overwrite'] as const) {
        expect(exportNow({ kind: 'all' }, { onConflict }).skipped[0]?.reason).toMatch(/link/)
      }
      expect(readFileSync(secret, 'utf8')).toBe('do not touch')
      expect(lstatSync(join(out.dir, fileOf('Kickoff'))).isSymbolicLink()).toBe(true)

      // A linked folder on the way is not followed either.
      reflection('Next year', '2027-01-01')
      symlinkSync(outside.dir, join(out.dir, 'Reflections', '2027'))
      const summary = exportNow({ kind: 'all' }, { onConflict: 'keep_both' })
      expect(summary.skipped.map((skip) => skip.path)).toContain(fileOf('Next year', '2027-01-01'))
      expect(readdirSync(outside.dir)).toEqual(['secret.md'])
    } finally {
      outside.cleanup()
    }
  })

  it('cancelled or failed, leaves nothing behind: no staging folder, no temp file', () => {
    for (let i = 0; i < 5; i += 1) reflection(`R${i}`)
    for (const writeInThread of [false, true]) {
      const steps = exportSteps({
        db: journal.db,
        folder: out.dir,
        scope: { kind: 'all' },
        settings,
        writeInThread
      })
      steps.next()
      steps.next()
      steps.return(undefined as never)
      expect(readdirSync(out.dir)).toEqual([])
    }

    exportNow()
    updateReflection(journal.db, { id: reflection('R9').id, baseUpdatedAt: '', body: 'changed' })
    const again = exportSteps({ db: journal.db, folder: out.dir, scope: { kind: 'all' }, settings })
    again.next()
    again.return(undefined as never)
    expect(Object.keys(files()).filter((path) => /leap-tmp|\.leap-export-/.test(path))).toEqual([])
  })

  it('says so when the reflection or the folder does not exist', () => {
    expect(() => exportNow({ kind: 'reflection', id: '0b8c5b7e-55b5-4c2b-9f0a-6c1f9d0f3a11' })).toThrowError(
      /no longer exists/
    )
    expect(() =>
      runExport({ db: journal.db, folder: join(out.dir, 'missing'), scope: { kind: 'all' }, settings })
    ).toThrowError(/does not exist/)
    expect(existsSync(join(out.dir, 'missing'))).toBe(false)
  })

  it('one file per member: every reflection of a person in one file', () => {
    reflection('Kickoff')
    reflection('Later', '2027-01-01')
    reflection('Alone', '2026-01-01', null)
    expect(exportNow({ kind: 'all' }, { layout: 'per_member' }).written).toBe(2)
    const members = files()
    expect(Object.keys(members).sort()).toEqual(['Members/Ana 1-1 yes.md', 'Members/General reflections.md'])
    const file = matter(members['Members/Ana 1-1 yes.md']!, {})
    expect(file.data).toMatchObject({ title: 'Ana: "1:1" yes', kind: 'member-reflections', id: ana })
    expect(file.content).toMatch(/## 2026-02-03 Kickoff[\s\S]*## 2027-01-01 Later/)
  })
})

describe('an export while the journal is being written', () => {
  it('writes what it counted: progress never passes its total, and the summary adds up', () => {
    const people = [ana, ...['Ben', 'Caro'].map((name) => insertMember(journal.db, { name }))]
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
