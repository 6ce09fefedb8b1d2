import { join } from 'node:path'
import { test as harness, type Page } from '../harness/fixture'

/**
 * The pictures in README.md and docs/screenshots, taken by `npm run screenshots` (not by every test run).
 * Each journey first checks that the screen shows what its picture is meant to show. The pages show the
 * folders a person on Linux would see, not the test's own.
 */
export const test = harness.extend({
  shownFolders: {
    dataDir: '/home/alex/.config/Leap',
    backupDir: '/home/alex/.local/share/Leap Backups',
    importDir: '/home/alex/Documents'
  }
})

export { expect } from '../harness/fixture'

const shotsDir = join(import.meta.dirname, '../../docs/screenshots')

/** The whole window, or one part of it, as docs/screenshots/<name>.png. */
export const shoot = (target: Pick<Page, 'screenshot'>, name: string, fullPage = false) =>
  target.screenshot({ path: join(shotsDir, `${name}.png`), ...(fullPage ? { fullPage } : {}) })
