import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { damage, writeJournalWithNotes } from '../testing/damagedJournals'
import { tempFolder, tempSession } from '../testing/tempJournal'

function setup(prepare?: (journalPath: string) => void) {
  const dataDir = tempFolder('leap-data-')
  prepare?.(join(dataDir, 'leap.sqlite'))
  const shown: string[] = []
  const { session, dispatch, backupDir } = tempSession({
    dataDir,
    platform: { showItemInFolder: (path) => void shown.push(path) }
  })
  return { session, dispatch, shown, backupDir }
}

describe('the session dispatcher', () => {
  it('backs up, lists and restores through the contract', async () => {
    const { dispatch } = setup()
    await dispatch('members.create', { name: 'Ana Lima' })
    const created = await dispatch('backups.create', {})
    expect(created).toMatchObject({ ok: true, data: { reason: 'manual' } })
    await dispatch('members.create', { name: 'Ben Okafor' })
    const list = await dispatch('backups.list', {})
    expect(list).toMatchObject({ ok: true, data: { backups: [{ reason: 'manual' }] } })

    const name = (created as { data: { name: string } }).data.name
    expect(await dispatch('backups.restore', { name })).toMatchObject({
      ok: true,
      data: { restored: { name }, safetyBackup: { reason: 'before-restore' } }
    })
    // The next journal call already works on the restored file.
    expect(await dispatch('members.list', {})).toMatchObject({ ok: true, data: [{ name: 'Ana Lima' }] })
  })

  it('rejects invalid input to maintenance calls, including paths in place of backup names', async () => {
    const { dispatch, shown } = setup()
    for (const [channel, input] of [
      ['backups.restore', { name: '../leap.sqlite' }],
      ['backups.restore', { name: '/etc/passwd' }],
      ['backups.restore', {}],
      ['backups.create', { reason: 'daily' }],
      ['backups.showInFolder', { name: 'leap-20261127-093005123-manual.sqlite/../../x' }],
      ['recovery.startFresh', { confirm: true }]
    ] as const) {
      expect(await dispatch(channel, input)).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    }
    expect(shown).toEqual([])
  })

  it('answers not_found for a backup that is not there', async () => {
    const { dispatch } = setup()
    const name = 'leap-20261127-093005123-manual.sqlite'
    expect(await dispatch('backups.restore', { name })).toMatchObject({
      ok: false,
      error: { code: 'not_found' }
    })
    expect(await dispatch('backups.showInFolder', { name })).toMatchObject({
      ok: false,
      error: { code: 'not_found' }
    })
  })

  it('shows the backups folder, or one backup, through the platform seam', async () => {
    const { dispatch, shown, backupDir } = setup()
    const created = (await dispatch('backups.create', {})) as { data: { name: string } }
    await dispatch('backups.showInFolder', {})
    await dispatch('backups.showInFolder', { name: created.data.name })
    expect(shown).toEqual([backupDir, join(backupDir, created.data.name)])
  })

  it('while the journal is damaged: explains, offers recovery calls, refuses journal calls', async () => {
    const { dispatch } = setup((path) => {
      writeJournalWithNotes(path)
      damage.clobberedHeader(path)
    })
    expect(await dispatch('app.info', {})).toMatchObject({ ok: true, data: { problem: expect.any(String) } })
    expect(await dispatch('recovery.status', {})).toMatchObject({
      ok: true,
      data: { problem: { kind: 'damaged' }, newestGoodBackup: null }
    })
    expect(await dispatch('members.create', { name: 'Ana' })).toMatchObject({
      ok: false,
      error: { code: 'journal_unavailable' }
    })
    expect(await dispatch('backups.create', {})).toMatchObject({
      ok: false,
      error: { code: 'journal_unavailable' }
    })
    expect(await dispatch('recovery.startFresh', {})).toEqual({ ok: true, data: {} })
    expect(await dispatch('members.create', { name: 'Ana' })).toMatchObject({ ok: true })
    expect(await dispatch('recovery.startFresh', {})).toMatchObject({
      ok: false,
      error: { code: 'conflict' }
    })
  })
})
