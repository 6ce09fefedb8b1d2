/** The part of Electron's WebFrameMain the check needs; a plain object in tests. */
export interface SenderFrame {
  url: string
}

/**
 * Only the app's own page may call into main. A null frame (navigated away or destroyed) and any other
 * origin (an injected iframe, a page reached by a navigation bug) are refused.
 */
export function isTrustedSender(
  frame: SenderFrame | null | undefined,
  trustedOrigins: readonly string[]
): boolean {
  if (!frame || typeof frame.url !== 'string') return false
  let origin: string
  try {
    const url = new URL(frame.url)
    // Custom schemes give "null" as URL.origin; compare scheme and host instead.
    origin = `${url.protocol}//${url.host}`
  } catch {
    return false
  }
  return trustedOrigins.includes(origin)
}
