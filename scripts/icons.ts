// Renders resources/icon.svg to the PNG sizes packaging needs (npm run icons), with the Chromium the tests
// use, so no image library is needed. electron-builder makes the macOS .icns and the Windows .ico from
// resources/icon.png (1024 px) at `npm run dist`; Linux uses resources/icons/<size>x<size>.png.
import { mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { chromium } from '@playwright/test'
import { CHROMIUM_ARGS, NO_BROWSER_MESSAGE, findChromium } from '../e2e/support/browser'

const SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024]
const resources = join(import.meta.dirname, '../resources')
const executablePath = findChromium()
if (!executablePath) {
  console.error(NO_BROWSER_MESSAGE)
  process.exit(1)
}
const svg = readFileSync(join(resources, 'icon.svg'), 'utf8')
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS })
try {
  mkdirSync(join(resources, 'icons'), { recursive: true })
  for (const size of SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size } })
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`
    )
    const shot = { omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } }
    await page.screenshot({ ...shot, path: join(resources, 'icons', `${size}x${size}.png`) })
    if (size === 1024) await page.screenshot({ ...shot, path: join(resources, 'icon.png') })
    await page.close()
  }
} finally {
  await browser.close()
}
console.log(`Leap: icons written to ${resources} (${SIZES.join(', ')} px)`)
