import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, relative } from 'node:path'
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

  it('sets the fuses docs/RELIABILITY.md E9 asks for, and leaves cookie encryption off (no cookies, no Keychain prompt)', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: false
    })
  })

  it('never compiles: no rebuild of native modules, the prebuilt binary as it is', () => {
    expect(config).toMatchObject({
      npmRebuild: false,
      nodeGypRebuild: false,
      buildDependenciesFromSource: false
    })
    expect(pkg.allowScripts).toMatchObject({ 'better-sqlite3': false })
  })

  it('ships only lib/ and this system’s binary of better-sqlite3, and unpacks only the binary', () => {
    // electron-builder's own matcher for node_modules, with the macros of a Linux x64 build.
    const { getNodeModuleFileMatcher } = createRequire(import.meta.url)('app-builder-lib/out/fileMatcher')
    const expand = (pattern: string) => pattern.replace('${platform}', 'linux').replace('${arch}', 'x64')
    const packager = { config, debugLogger: { isEnabled: false } }
    const filter = getNodeModuleFileMatcher(root, '/app', expand, {}, packager).createFilter()
    const moduleDir = join(root, 'node_modules/better-sqlite3')
    const shipped = readdirSync(moduleDir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name))
      .filter((file) => filter(file, statSync(file)))
      .map((file) => relative(moduleDir, file).replaceAll('\\', '/'))
    expect(shipped.filter((file) => file.endsWith('.node'))).toEqual(['prebuilds/linux-x64.node'])
    expect(
      shipped.filter((file) => !file.startsWith('lib/') && !file.startsWith('prebuilds/')).sort()
    ).toEqual(['LICENSE', 'README.md', 'package.json'])
    expect(config.asarUnpack).toEqual(['node_modules/better-sqlite3/prebuilds/*.node'])
    expect(config.files).toContain('out/**')
    expect(pkg.main.startsWith('./out/')).toBe(true)
  })

  it('installs the AppArmor profile Ubuntu 24.04 asks of Chromium’s sandbox with the .deb', () => {
    const template = 'node_modules/app-builder-lib/templates/linux/apparmor-profile.tpl'
    expect(readFileSync(join(root, template), 'utf8')).toContain('userns,')
    expect(config.linux?.target).toContain('deb')
  })

  it('has the icon in every size the platforms ask for', () => {
    expect(existsSync(join(root, config.icon as string))).toBe(true)
    for (const size of [16, 24, 32, 48, 64, 128, 256, 512, 1024])
      expect(existsSync(join(root, 'resources/icons', `${size}x${size}.png`))).toBe(true)
  })
})
