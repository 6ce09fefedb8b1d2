import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { ImportPreview, ImportResult } from '../../shared/domain/import'
import type { Envelope } from '../../shared/ipc/envelope'
import { JournalSession } from '../session/session'
import { writeObsidianNotes } from '../testing/importFixtures'
import { journalSnapshot } from '../testing/hostileJournal'
import { stubPlatform } from '../testing/stubPlatform'
import { tempDir } from '../testing/tempJournal'
import { importDialogOptions } from '../import/desktopDialog'
import { createSessionDispatch } from './dispatch'

const cleanups: (() => void)[] = []
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()))

function setup() {
  const data = tempDir('leap-import-data-')
  const backups = tempDir('leap-import-backups-')
  const notes = tempDir('leap-import-notes-')
  const session = new JournalSession({ dataDir: data.dir, backupDir: backups.dir }).open()
  cleanups.push(() => session.close(), data.cleanup, backups.cleanup, notes.cleanup)
  let chosen: string | null = null
  const dispatch = createSessionDispatch(
    session,
    {
      app: { name: 'Leap', version: 'test', dataDir: data.dir },
      platform: stubPlatform({ chooseImport: async () => chosen })
    },
    { log: () => {} }
  )
  const choose = (path: string | null) => (chosen = path)
  const db = () => session.journal!.db
  return { session, dispatch, choose, db, notesDir: notes.dir }
}

const data = <T>(envelope: Envelope<unknown>) => {
  if (!envelope.ok) throw new Error(`${envelope.error.code}: ${envelope.error.message}`)
  return envelope.data as T
}

describe('import channels', () => {
  it('preview reads the chosen folder and writes nothing; apply backs up, imports, and the backup undoes it', async () => {
    const { dispatch, choose, db, notesDir } = setup()
    const ana = data<{ id: string }>(await dispatch('members.create', { name: 'Ana Lima' }))
    choose(writeObsidianNotes(notesDir))
    const before = journalSnapshot(db())

    const { preview } = data<{ state: 'ready'; preview: ImportPreview }>(
      await dispatch('import.preview', { source: 'markdown' })
    )
    expect(journalSnapshot(db())).toEqual(before)
    expect(preview.counts).toEqual({ create: 5, update: 0, unchanged: 0, skip: 1 })
    expect(preview.entries.find((e) => e.outcome === 'skip')).toMatchObject({
      path: '.obsidian',
      kind: 'file'
    })
    expect(preview.people).toEqual(
      expect.arrayContaining([
        { key: `id:${ana.id}`, name: 'Ana Lima', status: 'matched', memberId: ana.id, entries: 3 },
        { key: 'name:sam rivera', name: 'Sam Rivera', status: 'missing', memberId: null, entries: 2 }
      ])
    )
    const mentoring = preview.entries.find((e) => e.path === 'Ana Lima/Mentoring.md')!
    expect(mentoring.reason).toMatch(/mood "9" is not a number from 1 to 5/)

    // Sam's notes filed under Ana: no one is created.
    const result = data<ImportResult>(
      await dispatch('import.apply', {
        previewId: preview.previewId,
        people: [{ key: 'name:sam rivera', action: 'map', memberId: ana.id }]
      })
    )
    expect(result.counts).toMatchObject({ create: 5 })
    expect(result.backup.reason).toBe('before-import')
    const rows = db().prepare('SELECT member_id, title, date, mood FROM reflections ORDER BY date').all()
    expect(rows).toEqual([
      { member_id: ana.id, title: '2026-01-12 Ana'.replace('2026-01-12 ', ''), date: '2026-01-12', mood: 4 },
      { member_id: ana.id, title: 'Sam kickoff', date: '2026-01-15', mood: null },
      { member_id: ana.id, title: '1:1 with Ana Lima, 2 Feb 2026', date: '2026-02-02', mood: null },
      { member_id: ana.id, title: 'Feedback on the launch', date: '2026-02-09', mood: 3 },
      { member_id: ana.id, title: 'Mentoring', date: '2026-03-01', mood: null }
    ])
    expect(db().prepare('SELECT count(*) FROM members').pluck().get()).toBe(1)
    const found = data<{ groups: { hits: unknown[] }[] }>(
      await dispatch('search.query', { text: 'promotion' })
    )
    expect(found.groups.flatMap((group) => group.hits)).toHaveLength(1)

    // The preview is used up; the backup taken first restores the journal as it was.
    expect(await dispatch('import.apply', { previewId: preview.previewId, people: [] })).toMatchObject({
      ok: false,
      error: { code: 'not_found' }
    })
    data(await dispatch('backups.restore', { name: result.backup.name }))
    expect(journalSnapshot(db())).toEqual(before)
  })

  it('creates missing people by default, and importing the same folder again changes nothing', async () => {
    const { dispatch, choose, db, notesDir } = setup()
    choose(writeObsidianNotes(notesDir))
    for (let round = 0; round < 2; round += 1) {
      const { preview } = data<{ preview: ImportPreview }>(
        await dispatch('import.preview', { source: 'markdown' })
      )
      const result = data<ImportResult>(
        await dispatch('import.apply', { previewId: preview.previewId, people: [] })
      )
      expect(result.entries.filter((entry) => entry.outcome === 'update')).toEqual([])
      expect(result.counts).toMatchObject(
        round === 0 ? { create: 5 } : { create: 0, update: 0, unchanged: 5 }
      )
    }
    expect(db().prepare('SELECT name FROM members ORDER BY name').pluck().all()).toEqual([
      'Ana Lima',
      'Sam Rivera'
    ])
    expect(db().prepare('SELECT count(*) FROM reflections').pluck().get()).toBe(5)
  })

  it('a name Leap cannot create (a NUL, half a character, 2,000 characters) can still be mapped to someone', async () => {
    const { dispatch, choose, db, notesDir } = setup()
    const ana = data<{ id: string }>(await dispatch('members.create', { name: 'Ana Lima' }))
    const names = ['\u0000nul', 'half \ud800 a character', 'Long '.repeat(400)]
    names.forEach((name, i) =>
      writeFileSync(
        join(notesDir, `2026-01-0${i + 1} note.md`),
        `---\nperson: ${JSON.stringify(name)}\n---\nText\n`
      )
    )
    choose(notesDir)
    const { preview } = data<{ preview: ImportPreview }>(
      await dispatch('import.preview', { source: 'markdown' })
    )
    const missing = preview.people.filter((person) => person.status === 'missing')
    expect(missing).toHaveLength(3)
    const result = data<ImportResult>(
      await dispatch('import.apply', {
        previewId: preview.previewId,
        people: missing.map((person) => ({ key: person.key, action: 'map', memberId: ana.id }))
      })
    )
    expect(result.counts).toMatchObject({ create: 3, skip: 0 })
    expect(db().prepare('SELECT DISTINCT member_id FROM reflections').pluck().all()).toEqual([ana.id])
  })

  it('answers cancelled when the dialog is closed, and refuses bad input and bad folders with a message', async () => {
    const { dispatch, choose, notesDir } = setup()
    expect(await dispatch('import.preview', { source: 'markdown' })).toEqual({
      ok: true,
      data: { state: 'cancelled' }
    })
    for (const input of [{ source: 'pdf' }, { source: 'markdown', folder: '/etc' }, {}]) {
      expect(await dispatch('import.preview', input)).toMatchObject({
        ok: false,
        error: { code: 'invalid_input' }
      })
    }
    for (const input of [{ previewId: '/etc/passwd', people: [] }, { previewId: crypto.randomUUID() }]) {
      expect(await dispatch('import.apply', input)).toMatchObject({
        ok: false,
        error: { code: 'invalid_input' }
      })
    }
    expect(await dispatch('import.apply', { previewId: crypto.randomUUID(), people: [] })).toMatchObject({
      ok: false,
      error: { code: 'not_found' }
    })
    const file = join(notesDir, 'note.md')
    writeFileSync(file, '# a note')
    choose(file)
    expect(await dispatch('import.preview', { source: 'markdown' })).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        message: expect.stringMatching(/is a file, not a folder\. Choose a folder\./)
      }
    })
    choose(join(notesDir, 'missing'))
    expect(await dispatch('import.preview', { source: 'markdown' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' }
    })
    choose(notesDir)
    expect(await dispatch('import.preview', { source: 'csv' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: expect.stringMatching(/is a folder, not a CSV file/) }
    })
  })

  it('a failed import leaves the journal exactly as it was', async () => {
    const { dispatch, choose, db, notesDir } = setup()
    const folder = join(notesDir, 'many')
    mkdirSync(folder)
    for (let i = 0; i < 20; i += 1)
      writeFileSync(join(folder, `2026-01-${String(i + 1).padStart(2, '0')}.md`), `Note ${i}`)
    choose(folder)
    const { preview } = data<{ preview: ImportPreview }>(
      await dispatch('import.preview', { source: 'markdown' })
    )
    // The disk fails on the tenth reflection.
    db().exec(`CREATE TRIGGER fail BEFORE INSERT ON reflections WHEN (SELECT count(*) FROM reflections) >= 9
      BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END`)
    const before = journalSnapshot(db())
    expect(await dispatch('import.apply', { previewId: preview.previewId, people: [] })).toMatchObject({
      ok: false,
      error: { code: 'internal' }
    })
    expect(journalSnapshot(db())).toEqual(before)
  })

  it('imports a team from CSV: headers matched loosely, updates by email, the same preview and undo', async () => {
    const { dispatch, choose, db, notesDir } = setup()
    data(await dispatch('members.create', { name: 'Ana Lima', email: 'ana@example.com', role: 'Engineer' }))
    const file = join(notesDir, 'team.csv')
    writeFileSync(
      file,
      '\uFEFFFull Name;Job Title;Department;E-mail;Start date;1:1 cadence\n' +
        'Ana L.;Senior engineer;Payments;ANA@example.com;2021-03-01;weekly\n' +
        'Sam Rivera;Designer;Growth;not-an-email;01/02/2024;3 weeks\n' +
        ';No name;;;;\n' +
        'Sam Rivera;Designer;Growth;;;\n'
    )
    choose(file)
    const { preview } = data<{ preview: ImportPreview }>(await dispatch('import.preview', { source: 'csv' }))
    expect(preview.entries.map(({ path, outcome }) => [path, outcome])).toEqual([
      ['team.csv, row 2', 'update'],
      ['team.csv, row 3', 'create'],
      ['team.csv, row 4', 'skip'],
      ['team.csv, row 5', 'skip']
    ])
    expect(preview.entries[1]!.reason).toMatch(/not an email address.*not a day like/)
    data(await dispatch('import.apply', { previewId: preview.previewId, people: [] }))
    expect(
      db()
        .prepare('SELECT name, role, team, email, start_date, cadence_days FROM members ORDER BY name')
        .all()
    ).toEqual([
      {
        name: 'Ana Lima',
        role: 'Senior engineer',
        team: 'Payments',
        email: 'ANA@example.com',
        start_date: '2021-03-01',
        cadence_days: 7
      },
      {
        name: 'Sam Rivera',
        role: 'Designer',
        team: 'Growth',
        email: null,
        start_date: null,
        cadence_days: 21
      }
    ])
  })
})

describe('the import dialog', () => {
  it('asks for a folder of notes, or a CSV file', () => {
    expect(importDialogOptions('markdown').properties).toEqual(['openDirectory'])
    expect(importDialogOptions('csv')).toMatchObject({
      properties: ['openFile'],
      filters: [
        { name: 'CSV', extensions: ['csv', 'tsv', 'txt'] },
        { name: 'All files', extensions: ['*'] }
      ]
    })
  })
})
