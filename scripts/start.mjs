// `npm start`: builds Leap and opens it. Electron's binary is fetched on first launch; where that cannot
// happen (no network), say so in one sentence instead of a stack trace.
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { electronPackageDir, findElectronBinary } from './electron-binary.mjs'

function ensureElectron() {
  if (findElectronBinary()) return true
  console.log('Leap: fetching Electron for the first launch…')
  const install = spawnSync(process.execPath, [join(electronPackageDir(), 'install.js')], {
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8'
  })
  return install.status === 0 && findElectronBinary() !== null
}

if (!ensureElectron()) {
  console.error(
    'Leap cannot start: Electron’s runtime is not installed and could not be downloaded; connect to the internet and run `npm start` again (or set ELECTRON_OVERRIDE_DIST_PATH to an installed Electron).'
  )
  process.exit(1)
}

const run = spawnSync('npx', ['electron-vite', 'preview', '--', ...process.argv.slice(2)], {
  stdio: 'inherit'
})
process.exit(run.status ?? 1)
