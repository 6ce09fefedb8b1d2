import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { createLeapBridge } from '../shared/ipc/bridge'
import { channels } from '../shared/ipc/channels'

describe('window.leap', () => {
  it('has exactly one function per channel of the contract, and is frozen', () => {
    const api = createLeapBridge(channels, async () => null)
    expect(Object.keys(api)).toEqual([...channels])
    expect(Object.values(api).every((value) => typeof value === 'function')).toBe(true)
    expect(Object.isFrozen(api)).toBe(true)
  })

  it('passes each call through to invoke with its channel name', async () => {
    const invoke = vi.fn(async () => ({ ok: true, data: [] }))
    const api = createLeapBridge(channels, invoke)
    await api['members.list']({ includeArchived: true })
    expect(invoke).toHaveBeenCalledWith('members.list', { includeArchived: true })
  })

  it('is serialisable into a page (no imports or closures), as the e2e harness does', () => {
    const rebuilt = new Function(`return (${createLeapBridge.toString()})`)() as typeof createLeapBridge
    expect(Object.keys(rebuilt(['a.b'], async () => null))).toEqual(['a.b'])
  })

  it('exposes the bridge and never ipcRenderer itself', () => {
    const source = readFileSync(join(import.meta.dirname, 'index.ts'), 'utf8')
    expect(source).toMatch(/exposeInMainWorld\(\s*'leap',\s*createLeapBridge\(/)
    expect(source.match(/exposeInMainWorld/g)).toHaveLength(1)
  })
})
