import { beforeEach, describe, expect, it, vi } from 'vitest'
import { channels } from '../../shared/ipc/channels'
import { contract } from '../../shared/ipc/contract'
import { LATEST_SCHEMA_VERSION } from '../db/open'
import { eachTempJournal } from '../testing/tempJournal'
import { createDispatch, createUnavailableDispatch, type Dispatch } from './dispatch'
import { handlers } from './handlers'
import { maintenanceChannels, maintenanceHandlers } from './maintenance'

const app = { name: 'Leap', version: '0.1.0', dataDir: '/data' }
const journal = eachTempJournal()
let dispatch: Dispatch
const memberCount = () => journal.db.prepare('SELECT count(*) FROM members').pluck().get()

beforeEach(() => {
  dispatch = createDispatch({ journal, app }, { log: () => {} })
})

describe('dispatch', () => {
  it('has a handler and schemas for exactly the channels of the contract, each handled in one place', () => {
    expect(Object.keys(contract).sort()).toEqual([...channels].sort())
    expect([...Object.keys(handlers), ...Object.keys(maintenanceHandlers)].sort()).toEqual(
      [...channels].sort()
    )
    expect(Object.keys(maintenanceHandlers).sort()).toEqual([...maintenanceChannels].sort())
  })

  it('answers valid input with { ok: true, data }', async () => {
    const created = await dispatch('members.create', { name: '  Ana  ', email: '', role: '' })
    expect(created).toMatchObject({ ok: true, data: { name: 'Ana', email: null, role: null } })
    const info = await dispatch('app.info', {})
    expect(info).toMatchObject({
      ok: true,
      data: { version: '0.1.0', schemaVersion: LATEST_SCHEMA_VERSION, problem: null }
    })
  })

  it('rejects invalid input with field messages and writes nothing', async () => {
    const result = await dispatch('members.create', { name: '', cadenceDays: 0, email: 'not-an-email' })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.code).toBe('invalid_input')
    expect(result.error.fields).toMatchObject({
      name: 'Enter a name.',
      cadenceDays: 'Use a whole number of days from 1 to 365.',
      email: expect.stringContaining('email address')
    })
    expect(memberCount()).toBe(0)
  })

  it('rejects unknown keys (strict objects), wrong types and missing input', async () => {
    for (const input of [{ name: 'Ana', isAdmin: true }, { name: 42 }, null, 'Ana', undefined, []]) {
      const result = await dispatch('members.create', input)
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    }
    expect(memberCount()).toBe(0)
  })

  it('rejects unknown channels, including names inherited from Object.prototype', async () => {
    for (const channel of ['members.drop', 'toString', '__proto__', 'constructor']) {
      expect(await dispatch(channel, {})).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    }
  })

  it('answers not_found for an unknown id', async () => {
    const result = await dispatch('members.get', { id: '00000000-0000-4000-8000-000000000000' })
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } })
  })

  it('rolls back and reports an internal error when a handler returns data that breaks the contract', async () => {
    const log = vi.fn()
    const broken = createDispatch(
      { journal, app },
      {
        log,
        handlers: {
          ...handlers,
          'members.create': (context, input) =>
            ({ ...handlers['members.create'](context, input), cadenceDays: 'often' }) as never
        }
      }
    )
    const result = await broken('members.create', { name: 'Ana' })
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'internal', message: expect.stringContaining('Nothing was changed') }
    })
    expect(memberCount()).toBe(0)
    expect(log).toHaveBeenCalledOnce()
  })

  it('never throws across the bridge, even when a handler throws', async () => {
    const broken = createDispatch(
      { journal, app },
      {
        log: () => {},
        handlers: {
          ...handlers,
          'members.list': () => {
            throw new TypeError('boom')
          }
        }
      }
    )
    await expect(broken('members.list', {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'internal' }
    })
  })

  it('when the journal is unavailable, explains why and refuses every other call', async () => {
    const unavailable = createUnavailableDispatch(app, '/data/leap.sqlite', 'It is from a newer Leap.')
    expect(await unavailable('app.info', {})).toMatchObject({
      ok: true,
      data: { problem: 'It is from a newer Leap.' }
    })
    expect(await unavailable('members.create', { name: 'Ana' })).toMatchObject({
      ok: false,
      error: { code: 'journal_unavailable', message: 'It is from a newer Leap.' }
    })
  })
})
