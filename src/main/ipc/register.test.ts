import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { channels } from '../../shared/ipc/channels'
import { APP_ORIGIN } from '../window/protocol'
import { registerIpc } from './register'
import { isTrustedSender } from './sender'

type Listener = (event: { senderFrame: { url: string } | null }, input: unknown) => Promise<unknown>

function registered() {
  const listeners = new Map<string, Listener>()
  const dispatch = vi.fn(async () => ({ ok: true as const, data: 'done' }))
  registerIpc(
    { handle: (channel: string, listener: never) => listeners.set(channel, listener) } as never,
    dispatch,
    [APP_ORIGIN]
  )
  return { listeners, dispatch }
}

describe('the IPC wrapper', () => {
  it('registers every channel of the contract and nothing else', () => {
    expect([...registered().listeners.keys()]).toEqual([...channels])
  })

  it('passes calls from the app’s own page to the dispatcher', async () => {
    const { listeners, dispatch } = registered()
    await expect(
      listeners.get('members.list')!({ senderFrame: { url: `${APP_ORIGIN}/index.html#/team` } }, {})
    ).resolves.toEqual({
      ok: true,
      data: 'done'
    })
    expect(dispatch).toHaveBeenCalledWith('members.list', {})
  })

  it.each([
    ['another origin', { url: 'https://evil.example/' }],
    ['a look-alike host', { url: 'leap://app.evil.example/' }],
    ['a file URL', { url: 'file:///etc/passwd' }],
    ['a destroyed frame', null],
    ['a frame without a URL', { url: '' }]
  ])('refuses a call from %s without dispatching it', async (_label, senderFrame) => {
    const { listeners, dispatch } = registered()
    await expect(listeners.get('members.create')!({ senderFrame }, { name: 'Eve' })).resolves.toMatchObject({
      ok: false,
      error: { code: 'forbidden' }
    })
    expect(dispatch).not.toHaveBeenCalled()
  })

  it('trusts the dev server origin only when it is listed', () => {
    expect(isTrustedSender({ url: 'http://localhost:5173/' }, [APP_ORIGIN])).toBe(false)
    expect(isTrustedSender({ url: 'http://localhost:5173/' }, [APP_ORIGIN, 'http://localhost:5173'])).toBe(
      true
    )
  })

  it('is the only place in main that calls ipcMain.handle or ipcMain.on', () => {
    const root = join(import.meta.dirname, '..')
    const offenders: string[] = []
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name)
        if (statSync(path).isDirectory()) walk(path)
        else if (/\.tsx?$/.test(name) && !name.endsWith('.test.ts')) {
          const source = readFileSync(path, 'utf8')
          if (/ipcMain\.(handle|handleOnce|on|once)\(/.test(source) || /\.handle\(channel/.test(source)) {
            offenders.push(relative(root, path))
          }
        }
      }
    }
    walk(root)
    expect(offenders).toEqual(['ipc/register.ts'])
  })
})
