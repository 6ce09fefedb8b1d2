/**
 * Navigation, new windows, permissions and external links: the renderer may do none of them on its own.
 * Plain functions, so each rule is unit-tested without Electron.
 */

import { linkTarget } from '../../shared/desktop/links'

/**
 * The window may load only the app's page itself (`/` or `/index.html` on the app's origin; screens are hash
 * routes, which do not navigate). Any other path on the same origin, such as a relative link `notes.md` in a
 * reflection, would replace the app with a 404 and strand the window, so it is refused like another origin.
 */
export function isAllowedNavigation(targetUrl: string, appOrigins: readonly string[]): boolean {
  try {
    const url = new URL(targetUrl)
    return (
      appOrigins.includes(`${url.protocol}//${url.host}`) &&
      (url.pathname === '/' || url.pathname === '/index.html') &&
      url.search === ''
    )
  } catch {
    return false
  }
}

/** Links a user clicks (say, an https link in a reflection) may open in their browser or mail client only. */
export function isSafeExternalUrl(targetUrl: string): boolean {
  return linkTarget(targetUrl).kind === 'external'
}

/** setWindowOpenHandler's answer: never a new Electron window. */
export const denyWindowOpen = (): { action: 'deny' } => ({ action: 'deny' })

/** Camera, microphone, notifications, geolocation...: a journal needs none of them. */
export function denyPermission(_permission: string, callback?: (granted: boolean) => void): boolean {
  callback?.(false)
  return false
}

/**
 * What the window's session may request at all (session.webRequest, Electron 45): the app's own origin, the
 * dev server and its hot-reload socket while developing, and data in the page. Anything else (a remote image,
 * a font, a prefetch) is cancelled: Leap makes no network requests.
 */
export function isLocalRequest(targetUrl: string, appOrigins: readonly string[]): boolean {
  try {
    const url = new URL(targetUrl)
    if (['data:', 'blob:', 'devtools:'].includes(url.protocol)) return true
    const origin = `${url.protocol.replace(/^ws(s?):$/, 'http$1:')}//${url.host}`
    return appOrigins.includes(origin)
  } catch {
    return false
  }
}
