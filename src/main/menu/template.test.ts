import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { APP_COMMANDS, APP_COMMAND_EVENT, isAppCommandId } from '../../shared/desktop/appCommands'
import { commandScript } from './commandScript'
import { appMenuTemplate } from './template'

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? flatten(item.submenu as MenuItemConstructorOptions[]) : [])
  ])
}

const platforms = ['darwin', 'linux', 'win32'] as const

describe.each(platforms)('the application menu on %s', (platform) => {
  const run = vi.fn()
  const template = appMenuTemplate({ platform, appName: 'Leap', development: false, run })
  const items = flatten(template)
  const leapItems = items.filter((item) => item.id !== undefined)

  it('has File, Edit, View, Go, Window and Help (and the app menu on macOS)', () => {
    const labels = template.map((item) => item.label?.replace('&', ''))
    const expected = ['File', 'Edit', 'View', 'Go', 'Window', 'Help']
    expect(labels).toEqual(platform === 'darwin' ? ['Leap', ...expected] : expected)
  })

  it('has the usual roles for editing, zoom and full screen', () => {
    const roles = items.map((item) => item.role).filter(Boolean)
    for (const role of ['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'zoomIn', 'zoomOut'])
      expect(roles).toContain(role)
    expect(roles).toContain('resetZoom')
    expect(roles).toContain('togglefullscreen')
    expect(roles).not.toContain('toggleDevTools')
  })

  it('offers every Leap command exactly once, each with its accelerator and a click that runs it', () => {
    expect(leapItems.map((item) => item.id).sort()).toEqual(APP_COMMANDS.map((command) => command.id).sort())
    for (const item of leapItems) {
      expect(isAppCommandId(item.id)).toBe(true)
      expect(item.accelerator).toMatch(/^CmdOrCtrl\+/)
      run.mockClear()
      ;(item.click as () => void)()
      expect(run).toHaveBeenCalledExactlyOnceWith(item.id)
    }
  })

  it('gives no two items the same accelerator', () => {
    const accelerators = leapItems.map((item) => item.accelerator)
    expect(new Set(accelerators).size).toBe(accelerators.length)
    // The edit and zoom roles own these; a Leap command must not take them.
    for (const taken of ['Z', 'Y', 'X', 'C', 'V', 'A', '0', 'Plus', '-', 'Q', 'W', 'M'])
      expect(accelerators).not.toContain(`CmdOrCtrl+${taken}`)
  })
})

describe.each(['linux', 'win32'] as const)('the Window menu on %s', (platform) => {
  it('leaves Ctrl+M to the reflection editor (the minimize role would take it) and still minimises', () => {
    const template = appMenuTemplate({ platform, appName: 'Leap', development: false, run: () => {} })
    const minimize = flatten(template).find((item) => item.label === 'Minimize')
    expect(minimize?.role).toBeUndefined()
    expect(minimize?.accelerator).toBeUndefined()
    const window = { minimize: vi.fn() }
    ;(minimize?.click as (item: unknown, window: unknown) => void)(null, window)
    expect(window.minimize).toHaveBeenCalledOnce()
  })
})

describe('the menu in development', () => {
  it('adds reload and developer tools', () => {
    const roles = flatten(
      appMenuTemplate({ platform: 'linux', appName: 'Leap', development: true, run: () => {} })
    ).map((item) => item.role)
    expect(roles).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']))
  })
})

describe('the script a menu click runs in the page', () => {
  it('dispatches the leap:command event with the command id, and nothing else', () => {
    const seen: unknown[] = []
    const target = new EventTarget()
    target.addEventListener(APP_COMMAND_EVENT, (event) => seen.push((event as CustomEvent).detail))
    new Function('window', commandScript('export.open'))(target)
    expect(seen).toEqual(['export.open'])
  })

  it('refuses an id outside the closed list', () => {
    expect(() => commandScript('"); alert(1); ("' as never)).toThrow(/no command/)
  })
})
