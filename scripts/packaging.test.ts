import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import config from '../electron-builder.config.mjs'
import pkg from '../package.json' with { type: 'json' }

const root = join(import.meta.dirname, '..')

/** `npm run dist` cannot run here (it downloads Electron); this checks what it would build from. */
describe('the packaging configuration', () => {
  it('builds Leap for Linux (AppImage, deb), macOS (dmg) and Windows (NSIS)', () => {
    expect(config).toMatchObject({ appId: 'app.leap.journal', productName: 'Leap' })
    expect(config.linux?.target).toEqual(['AppImage', 'deb'])
    expect(config.mac?.target).toEqual(['dmg'])
    expect(config.win?.target).toEqual(['nsis'])
    expect(pkg.scripts.dist).toBe(
      'electron-vite build && electron-builder --config electron-builder.config.mjs'
    )
  })

  it('sets the fuses docs/RELIABILITY.md E9 asks for', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true
    })
  })

  it('unpacks better-sqlite3 from the asar archive and ships the built app', () => {
    expect(config.asarUnpack).toContain('node_modules/better-sqlite3/**')
    expect(config.files).toContain('out/**')
    expect(pkg.main.startsWith('./out/')).toBe(true)
  })

  it('has the icon in every size the platforms ask for', () => {
    expect(existsSync(join(root, config.icon as string))).toBe(true)
    for (const size of [16, 24, 32, 48, 64, 128, 256, 512, 1024])
      expect(existsSync(join(root, 'resources/icons', `${size}x${size}.png`))).toBe(true)
  })
})
