/**
 * Navigation, new windows, permissions and external links: the renderer may do none of them on its own.
 * Plain functions, so each rule is unit-tested without Electron.
 */

/** In-app navigation stays on the app's origin; everything else is refused. */
export function isAllowedNavigation(targetUrl: string, appOrigins: readonly string[]): boolean {
  try {
    const url = new URL(targetUrl)
    return appOrigins.includes(`${url.protocol}//${url.host}`)
  } catch {
    return false
  }
}

/** Links a user clicks (say, an https link in a reflection) may open in their browser or mail client only. */
export function isSafeExternalUrl(targetUrl: string): boolean {
  try {
    const url = new URL(targetUrl)
    return (url.protocol === 'https:' && url.hostname !== '') || url.protocol === 'mailto:'
  } catch {
    return false
  }
}

/** setWindowOpenHandler's answer: never a new Electron window. */
export const denyWindowOpen = (): { action: 'deny' } => ({ action: 'deny' })

/** Camera, microphone, notifications, geolocation...: a journal needs none of them. */
export function denyPermission(_permission: string, callback?: (granted: boolean) => void): boolean {
  callback?.(false)
  return false
}
