// `npm start` (build, then open Leap) and `npm run dev` (hot reload): `node scripts/start.mjs [dev] [app args]`.
// Finds Electron's executable first (fetching it on first use unless ELECTRON_OVERRIDE_DIST_PATH names an
// installed one) and hands it to electron-vite as ELECTRON_EXEC_PATH, the only way electron-vite 6 finds an
// Electron outside node_modules. electron-vite's own script is run with this Node, never through `npx` (which
// needs a shell on Windows). Every failure is one sentence and exit code 1; otherwise the exit code is Electron's.
import { spawn, spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { electronExecutable, electronPackageDir } from './electron-binary.mjs'

const require = createRequire(import.meta.url)
const [mode, ...appArgs] =
  process.argv[2] === 'dev' ? process.argv.slice(2) : ['preview', ...process.argv.slice(2)]

function fail(sentence) {
  console.error(`Leap cannot start: ${sentence}`)
  process.exit(1)
}

function downloadElectron() {
  console.log('Leap: fetching Electron for the first launch…')
  spawnSync(process.execPath, [join(electronPackageDir(), 'install.js')], {
    stdio: ['ignore', 'ignore', 'pipe']
  })
}

let electron = electronExecutable()
if (electron.problem === 'missing' && !process.env.ELECTRON_OVERRIDE_DIST_PATH) {
  downloadElectron()
  electron = electronExecutable()
}
if (electron.problem === 'missing') {
  fail(
    process.env.ELECTRON_OVERRIDE_DIST_PATH
      ? `ELECTRON_OVERRIDE_DIST_PATH is set, but there is no Electron executable at ${electron.path}.`
      : 'Electron’s runtime is not installed and could not be downloaded; connect to the internet and run it again (or set ELECTRON_OVERRIDE_DIST_PATH to the folder of an installed Electron).'
  )
}
if (electron.problem === 'not-executable') fail(`${electron.path} is not executable (chmod +x it).`)

const electronVite = join(dirname(require.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js')
const child = spawn(process.execPath, [electronVite, mode, '--', ...appArgs], {
  stdio: 'inherit',
  env: { ...process.env, ELECTRON_EXEC_PATH: electron.path }
})
child.on('error', (error) => fail(`electron-vite could not be run (${error.message}).`))
child.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
