import { EventEmitter } from 'node:events'
import type { BrowserWindow, Notification } from 'electron'
import { describe, expect, it } from 'vitest'
import { desktopNotifier } from './desktop'

const id = '3f2a6c1e-8b7d-4c2a-9e1f-0a1b2c3d4e5f'
const notice = {
  title: 'One-on-one with Ana is due',
  body: 'Open Leap to prepare.',
  path: `/one-on-one/${id}`
}

/** Electron's Notification and a window, as far as the notifier uses them. */
function desktop({ supported = true, loading = false } = {}) {
  const shown: FakeNotification[] = []
  class FakeNotification extends EventEmitter {
    static isSupported = () => supported
    constructor(readonly options: { title: string; body: string }) {
      super()
    }
    show() {
      shown.push(this)
    }
  }
  const ran: string[] = []
  const contents = Object.assign(new EventEmitter(), {
    isLoading: () => loading,
    executeJavaScript: async (script: string) => void ran.push(script)
  })
  const calls: string[] = []
  const window = {
    isMinimized: () => true,
    restore: () => calls.push('restore'),
    show: () => calls.push('show'),
    focus: () => calls.push('focus'),
    webContents: contents
  }
  const notify = desktopNotifier({
    Notification: FakeNotification as unknown as typeof Notification,
    window: () => window as unknown as BrowserWindow
  })
  return { notify, shown, ran, calls, contents }
}

describe('desktopNotifier', () => {
  it('shows the notice; a click brings the window forward at the screen it is about', () => {
    const { notify, shown, ran, calls } = desktop()
    notify(notice)
    expect(shown.map((n) => n.options)).toEqual([{ title: notice.title, body: notice.body }])
    shown[0]!.emit('click')
    expect(calls).toEqual(['restore', 'show', 'focus'])
    expect(ran).toEqual([`window.location.hash = "/one-on-one/${id}"`])
  })

  it('waits for a window that is still loading before moving it', () => {
    const { notify, shown, ran, contents } = desktop({ loading: true })
    notify(notice)
    shown[0]!.emit('click')
    expect(ran).toEqual([])
    contents.emit('did-finish-load')
    expect(ran).toHaveLength(1)
  })

  it('shows nothing where the system has no notifications, and never a path outside the closed set', () => {
    const { notify, shown } = desktop({ supported: false })
    notify(notice)
    expect(shown).toEqual([])
    expect(() => desktop().notify({ ...notice, path: '/settings' })).toThrow(/cannot open/)
  })
})
