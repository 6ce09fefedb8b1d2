// Finds Electron's executable without triggering electron@45's download-on-first-use, which would print a
// stack trace where the network is closed.
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

const require = createRequire(import.meta.url)

export function electronPackageDir() {
  return dirname(require.resolve('electron/package.json'))
}

/** The path of an installed Electron executable, or null. */
export function findElectronBinary() {
  const dir = electronPackageDir()
  const pathFile = join(dir, 'path.txt')
  const relativePath = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    const candidate = join(process.env.ELECTRON_OVERRIDE_DIST_PATH, relativePath || 'electron')
    return existsSync(candidate) ? candidate : null
  }
  if (!relativePath) return null
  const candidate = join(dir, 'dist', relativePath)
  return existsSync(candidate) ? candidate : null
}
