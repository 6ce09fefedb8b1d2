import { extname, isAbsolute, relative, resolve, sep } from 'node:path'

/** The renderer is served from leap://app/, a privileged standard scheme, never file://. */
export const APP_SCHEME = 'leap'
export const APP_HOST = 'app'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`

/**
 * leap:// behaves like https (an origin, fetch, a secure context), and V8 keeps the code it compiles from the
 * scheme's scripts in the session's "Code Cache" folder, so later launches parse less of the bundle. Electron
 * refuses codeCache on a scheme that is not standard (shell/browser/api/electron_api_protocol.cc), and its own
 * test of the privilege (spec/api-protocol-spec.ts) serves the page the way Leap does: protocol.handle over
 * net.fetch of the file. Registered before the app is ready, once.
 */
export const APP_SCHEME_PRIVILEGES = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
  codeCache: true
} as const

/**
 * Enforced as a response header by the protocol handler and repeated in index.html's meta tag, so the page
 * is covered however it is loaded. No inline script, no eval, no remote anything: a journal has no reason
 * to talk to the network.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'"
].join('; ')

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8'
}

export function contentTypeFor(path: string): string {
  return contentTypes[extname(path).toLowerCase()] ?? 'application/octet-stream'
}

/**
 * Maps a request URL to a file inside `root`, or null (answered with 404). Decodes the path once, so an
 * encoded `..%2f` is seen for what it is, and refuses anything that resolves outside the root, other hosts
 * and other schemes. "/" is the app's index.html.
 */
export function resolveAppAsset(root: string, requestUrl: string, origin = APP_ORIGIN): string | null {
  let url: URL
  try {
    url = new URL(requestUrl)
  } catch {
    return null
  }
  if (`${url.protocol}//${url.host}` !== origin) return null
  let pathname: string
  try {
    pathname = decodeURIComponent(url.pathname)
  } catch {
    return null
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null
  const relativePath = pathname === '/' || pathname === '' ? 'index.html' : pathname.replace(/^\/+/, '')
  const absoluteRoot = resolve(root)
  const target = resolve(absoluteRoot, relativePath)
  const fromRoot = relative(absoluteRoot, target)
  if (
    fromRoot === '' ||
    fromRoot.startsWith('..') ||
    fromRoot.split(sep).includes('..') ||
    isAbsolute(fromRoot)
  ) {
    return null
  }
  return target
}
