import { readdirSync } from 'node:fs'
import fc from 'fast-check'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ExportStatus } from '../../shared/domain/export'
import type { Envelope } from '../../shared/ipc/envelope'
import { createDispatch, type Dispatch } from '../ipc/dispatch'
import { createReflection } from '../journal/reflections'
import { insertMember } from '../testing/rows'
import { tempDir, eachTempJournal } from '../testing/tempJournal'
import type { ExportDialogs } from './jobs'
import { stubPlatform } from '../testing/stubPlatform'

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000'
const settings = {
  layout: 'per_reflection',
  obsidianLinks: true,
  onConflict: 'keep_both',
  includeExportedAt: true,
  privateFiles: true
}

const journal = eachTempJournal()
let out: ReturnType<typeof tempDir>
let dispatch: Dispatch
let chosen: string | null
let opened: string[]
let memberId: string

beforeEach(() => {
  out = tempDir('leap-export-ipc-')
  chosen = out.dir
  opened = []
  const dialogs: ExportDialogs = {
    chooseFolder: async () => chosen,
    openFolder: (path) => opened.push(path)
  }
  dispatch = createDispatch(
    { journal, app: { name: 'Leap', version: '0', dataDir: '/d' }, platform: stubPlatform(dialogs) },
    { log: () => {} }
  )
  memberId = insertMember(journal.db, { name: 'Ana' })
  for (let i = 0; i < 250; i += 1) {
    createReflection(journal.db, { kind: 'one_on_one', memberId, date: '2026-01-02', title: `R${i}` })
  }
})
afterEach(() => {
  out.cleanup()
})

const call = async (channel: string, input: unknown) => {
  const result = (await dispatch(channel, input)) as Envelope<ExportStatus>
  if (!result.ok) throw new Error(result.error.message)
  return result.data
}

async function finished(jobId: string): Promise<ExportStatus> {
  for (;;) {
    const status = await call('export.status', { jobId })
    if (!['choosing', 'running'].includes(status.state)) return status
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
}

describe('export channels', () => {
  it('start runs the export in the background; status reports the summary; openFolder shows the folder', async () => {
    const started = await call('export.start', { scope: { kind: 'member', memberId }, settings })
    expect(started).toMatchObject({ state: 'choosing', done: 0, summary: null })
    const status = await finished(started.jobId)
    expect(status).toMatchObject({ state: 'done', done: 250, total: 250, error: null })
    expect(status.summary).toMatchObject({ written: 251, skipped: [] })
    expect(readdirSync(out.dir)).toEqual(['Reflections'])
    expect(await call('export.openFolder', { jobId: started.jobId })).toEqual({
      folder: status.summary!.folder
    })
    expect(opened).toEqual([status.summary!.folder])
  })

  it('cancel stops a running export and leaves no files; closing the dialog cancels too', async () => {
    const started = await call('export.start', { scope: { kind: 'all' }, settings })
    await call('export.cancel', { jobId: started.jobId })
    expect((await finished(started.jobId)).state).toBe('cancelled')
    expect(readdirSync(out.dir)).toEqual([])

    chosen = null
    const closed = await call('export.start', { scope: { kind: 'all' }, settings })
    expect(await finished(closed.jobId)).toMatchObject({ state: 'cancelled', summary: null })
  })

  it('answers not found for an unknown job or reflection, and conflict while an export runs', async () => {
    for (const channel of ['export.status', 'export.cancel', 'export.openFolder']) {
      expect(await dispatch(channel, { jobId: UNKNOWN_ID })).toMatchObject({
        ok: false,
        error: { code: 'not_found' }
      })
    }
    const missing = await call('export.start', { scope: { kind: 'reflection', id: UNKNOWN_ID }, settings })
    expect(await finished(missing.jobId)).toMatchObject({
      state: 'failed',
      error: 'This reflection no longer exists.'
    })
    const first = await call('export.start', { scope: { kind: 'all' }, settings })
    expect(await dispatch('export.start', { scope: { kind: 'all' }, settings })).toMatchObject({
      ok: false,
      error: { code: 'conflict' }
    })
    await finished(first.jobId)
  })

  it('refuses invalid input with a clear message and starts nothing', async () => {
    const invalid = [
      {},
      { scope: { kind: 'all' } },
      { scope: { kind: 'everything' }, settings },
      { scope: { kind: 'range', from: '2026-02-01', to: '2026-01-01' }, settings },
      { scope: { kind: 'all', folder: '/etc' }, settings },
      { scope: { kind: 'all' }, settings: { ...settings, layout: 'zip' } },
      { scope: { kind: 'all' }, settings, folder: '/tmp' }
    ]
    for (const input of invalid) {
      const result = await dispatch('export.start', input)
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    }
    await fc.assert(
      fc.asyncProperty(fc.anything(), async (input) => {
        const result = await dispatch('export.start', input)
        expect(result.ok).toBe(false)
      }),
      { seed: 11, numRuns: 100 }
    )
    expect(readdirSync(out.dir)).toEqual([])
    expect(await dispatch('export.status', { jobId: 'nope' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' }
    })
  })
})
