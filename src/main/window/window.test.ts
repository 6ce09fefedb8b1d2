import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import {
  denyPermission,
  denyWindowOpen,
  isAllowedNavigation,
  isLocalRequest,
  isSafeExternalUrl
} from './guards'
import { mainWindowOptions } from './options'
import { APP_ORIGIN, APP_SCHEME_PRIVILEGES, CONTENT_SECURITY_POLICY, resolveAppAsset } from './protocol'

describe('main window options', () => {
  const { webPreferences } = mainWindowOptions('/app/out/preload/index.cjs', false)

  it('isolates the renderer from Node.js and Electron', () => {
    expect(webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false
    })
    expect(webPreferences).not.toHaveProperty('enableBlinkFeatures')
    expect(webPreferences?.preload).toBe('/app/out/preload/index.cjs')
  })
})

describe('navigation and window guards', () => {
  it('keeps the window on the app’s own page', () => {
    expect(isAllowedNavigation(`${APP_ORIGIN}/#/team`, [APP_ORIGIN])).toBe(true)
    expect(isAllowedNavigation(`${APP_ORIGIN}/index.html`, [APP_ORIGIN])).toBe(true)
    expect(isAllowedNavigation('http://localhost:5173/', [APP_ORIGIN, 'http://localhost:5173'])).toBe(true)
    for (const url of [
      // Relative links in a reflection resolve to these: the page would be replaced by a 404.
      `${APP_ORIGIN}/notes.md`,
      `${APP_ORIGIN}/Reflections/2026/ana.md`,
      `${APP_ORIGIN}/assets/index.js`,
      `${APP_ORIGIN}/?q=1`,
      'https://example.com/',
      'file:///etc/passwd',
      'leap://other/',
      'javascript:alert(1)',
      'not a url'
    ]) {
      expect(isAllowedNavigation(url, [APP_ORIGIN])).toBe(false)
    }
  })

  it('opens only https and mailto links outside the app', () => {
    expect(isSafeExternalUrl('https://example.com/article')).toBe(true)
    expect(isSafeExternalUrl('mailto:ana@example.com')).toBe(true)
    for (const url of [
      'http://example.com',
      'file:///etc/passwd',
      'smb://host/share',
      'javascript:alert(1)',
      'leap://app/',
      'notes.md',
      'mailto:',
      ''
    ]) {
      expect(isSafeExternalUrl(url)).toBe(false)
    }
  })

  it('lets the session request only the app, the dev server and data in the page', () => {
    const origins = [APP_ORIGIN, 'http://localhost:5173']
    for (const url of [
      `${APP_ORIGIN}/assets/index.js`,
      'http://localhost:5173/src/main.tsx',
      'ws://localhost:5173/',
      'data:image/png;base64,AA=='
    ])
      expect(isLocalRequest(url, origins)).toBe(true)
    for (const url of [
      'https://redirector.gvt1.com/edgedl/chrome/dict/en-us-10-1.bdic',
      'https://tracker.example/pixel.png',
      'http://localhost:5174/',
      'file:///etc/passwd',
      'leap://other/',
      'nonsense'
    ])
      expect(isLocalRequest(url, [APP_ORIGIN])).toBe(false)
  })

  it('denies new windows and every permission request', () => {
    expect(denyWindowOpen()).toEqual({ action: 'deny' })
    const callback = vi.fn()
    expect(denyPermission('media', callback)).toBe(false)
    expect(callback).toHaveBeenCalledWith(false)
  })
})

describe('the leap:// protocol', () => {
  const root = '/app/out/renderer'

  it('serves files inside the renderer folder, index.html at the root', () => {
    expect(resolveAppAsset(root, `${APP_ORIGIN}/`)).toBe(join(root, 'index.html'))
    expect(resolveAppAsset(root, `${APP_ORIGIN}/assets/index-abc.js`)).toBe(join(root, 'assets/index-abc.js'))
    expect(resolveAppAsset(root, `${APP_ORIGIN}/assets/my%20file.css?x=1#y`)).toBe(
      join(root, 'assets/my file.css')
    )
  })

  it.each([
    '/..%2f..%2fetc/passwd',
    '/assets/..%2f..%2f..%2fetc/passwd',
    '/..%5c..%5cwindows',
    '/assets/%00.js',
    '/%E0%A4%A'
  ])('answers 404 (null) for %s', (path) => {
    expect(resolveAppAsset(root, `${APP_ORIGIN}${path}`)).toBeNull()
  })

  it('never resolves outside the renderer folder, whatever dot segments the URL holds', () => {
    for (const path of [
      '/%2e%2e/%2e%2e/etc/passwd',
      '/../../etc/passwd',
      '/assets/./../../x',
      '/.%2e/.%2e/x'
    ]) {
      const resolved = resolveAppAsset(root, `${APP_ORIGIN}${path}`)
      expect(resolved === null || resolved.startsWith(`${root}/`)).toBe(true)
    }
  })

  it('answers 404 for other hosts and schemes', () => {
    expect(resolveAppAsset(root, 'leap://evil/index.html')).toBeNull()
    expect(resolveAppAsset(root, 'file:///app/out/renderer/index.html')).toBeNull()
  })

  it('is a standard, secure scheme whose scripts V8 may cache, and bypasses nothing', () => {
    // Electron throws at registration for codeCache on a scheme that is not standard.
    expect(APP_SCHEME_PRIVILEGES).toEqual({
      standard: true,
      secure: true,
      supportFetchAPI: true,
      codeCache: true
    })
  })

  it('sends a Content Security Policy that allows no inline script, plugins or framing', () => {
    for (const directive of [
      "script-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "frame-ancestors 'none'"
    ]) {
      expect(CONTENT_SECURITY_POLICY).toContain(directive)
    }
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval')
  })
})
