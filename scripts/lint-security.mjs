// npm run lint:security: Electronegativity's static scan of Leap's sources through its JS API (its CLI exits
// 0 even with findings), failing on any finding of MEDIUM severity or above that is not explained below.
import Module, { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(join(root, 'package.json'))

/**
 * Checks left out of the scan, and why.
 * - AvailableSecurityFixesGlobalCheck downloads Electron's release list; the scan must run offline and give
 *   the same answer every time. Keeping Electron current is the dependency updates' job.
 */
const EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck']

/**
 * Findings Electronegativity reports where it cannot see the protection; each names the test that proves
 * it. An entry that no longer matches a finding fails the scan too, so this list cannot go stale.
 */
const EXPLAINED = [
  {
    id: 'CONTEXT_ISOLATION_JS_CHECK',
    file: 'main/index.ts',
    why: 'The window options come from mainWindowOptions() (contextIsolation: true), which the scan cannot follow; window.test.ts asserts them and the Electron suite reads them back with getLastWebPreferences().'
  },
  {
    id: 'SANDBOX_JS_CHECK',
    file: 'main/index.ts',
    why: 'Same call: sandbox: true is set in mainWindowOptions(), asserted in window.test.ts and the Electron suite.'
  },
  {
    id: 'AUXCLICK_JS_CHECK',
    file: 'main/index.ts',
    why: 'A middle-click on a link can only try to open a window or navigate: setWindowOpenHandler denies every new window and will-navigate keeps the app on its origin (guards unit-tested in window.test.ts; the Electron suite checks both).'
  },
  {
    id: 'OPEN_EXTERNAL_JS_CHECK',
    file: 'main/index.ts',
    why: 'Both shell.openExternal calls are guarded by isSafeExternalUrl() (https and mailto only), unit-tested in window.test.ts against file:, smb:, javascript: and http:.'
  },
  {
    id: 'OPEN_EXTERNAL_JS_CHECK',
    file: 'main/window/installContextMenu.ts',
    why: 'The right-click menu opens a link only when isSafeExternalUrl() allows it (https and mailto), and offers "Open link" only for those (contextMenu.test.ts).'
  }
]

// The scanner fetches translations from the network on start; answer from its bundled English instead.
const scannerRequire = createRequire(require.resolve('@doyensec/electronegativity'))
const gotPath = scannerRequire.resolve('got')
const offline = new Module(gotPath)
offline.exports = () => Promise.reject(new Error('Leap scans offline'))
offline.loaded = true
require.cache[gotPath] = offline
const quietLog = console.log
console.log = () => {}

const run = require('@doyensec/electronegativity')
const { severity } = scannerRequire('./finder/attributes')
const electronVersion = require('electron/package.json').version
let result
try {
  result = await run({
    input: join(root, 'src'),
    electronVersionOverride: electronVersion,
    isRelative: true,
    excludeFromScan: EXCLUDED_CHECKS,
    parserPlugins: []
  })
} finally {
  console.log = quietLog
}

const serious = result.issues.filter((issue) => issue.severity.value >= severity.MEDIUM.value)
const explains = (entry, issue) => entry.id === issue.id && issue.file.replaceAll('\\', '/') === entry.file
const unexplained = serious.filter((issue) => !EXPLAINED.some((entry) => explains(entry, issue)))
const stale = EXPLAINED.filter((entry) => !serious.some((issue) => explains(entry, issue)))
const parseErrors = result.errors.filter((error) => !error.tolerable)

console.log(
  `electronegativity ${require('@doyensec/electronegativity/package.json').version} (Electron ${electronVersion}): ` +
    `${result.atomicChecks + result.globalChecks} checks, ${result.issues.length} findings, ` +
    `${serious.length} of MEDIUM or above (${serious.length - unexplained.length} explained in scripts/lint-security.mjs), ` +
    `${unexplained.length} unexplained`
)
for (const issue of unexplained) {
  console.error(
    `  ${issue.severity.name} ${issue.id} ${issue.file}:${issue.location.line} ${issue.shortenedURL}`
  )
}
for (const entry of stale)
  console.error(`  no longer found, remove from EXPLAINED: ${entry.id} in ${entry.file}`)
for (const error of parseErrors) console.error(`  could not parse ${error.file}: ${error.message}`)
if (unexplained.length > 0 || stale.length > 0 || parseErrors.length > 0) process.exit(1)
