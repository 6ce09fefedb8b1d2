// Finds Electron's executable without triggering electron@45's download-on-first-use, which would print a
// stack trace where the network is closed. Mirrors node_modules/electron/index.js (45.5.0): path.txt names the
// executable inside the distribution folder, ELECTRON_OVERRIDE_DIST_PATH replaces that folder.
import { accessSync, constants, existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

const require = createRequire(import.meta.url)

export function electronPackageDir() {
  return dirname(require.resolve('electron/package.json'))
}

/** Where Electron's executable is (or would be), and what is wrong with it: null, 'missing' or 'not-executable'. */
export function electronExecutable(env = process.env) {
  const dir = electronPackageDir()
  const pathFile = join(dir, 'path.txt')
  const relativePath = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : ''
  const fallback = process.platform === 'win32' ? 'electron.exe' : 'electron'
  const path = env.ELECTRON_OVERRIDE_DIST_PATH
    ? join(env.ELECTRON_OVERRIDE_DIST_PATH, relativePath || fallback)
    : join(dir, 'dist', relativePath || fallback)
  if (!existsSync(path)) return { path, problem: 'missing' }
  try {
    accessSync(path, constants.X_OK)
  } catch {
    return { path, problem: 'not-executable' }
  }
  return { path, problem: null }
}

/** The path of an installed, runnable Electron executable, or null. */
export function findElectronBinary() {
  const { path, problem } = electronExecutable()
  return problem ? null : path
}
