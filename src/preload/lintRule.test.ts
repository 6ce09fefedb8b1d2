import { join } from 'node:path'
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

/** The ESLint rule that keeps ipcRenderer out of the page: proven to catch each way of leaking it. */
const root = join(import.meta.dirname, '../..')
const eslint = new ESLint({ cwd: root })

async function preloadErrors(source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: join(root, 'src/preload/index.ts') })
  return result!.messages.filter((message) => message.ruleId === 'no-restricted-syntax').map((m) => m.message)
}

const header = `import { contextBridge, ipcRenderer } from 'electron'\nimport { createLeapBridge } from '../shared/ipc/bridge'\nimport { channels } from '../shared/ipc/channels'\n`

describe('the preload lint rule', () => {
  it('accepts the bridge', async () => {
    expect(
      await preloadErrors(
        `${header}contextBridge.exposeInMainWorld('leap', createLeapBridge(channels, (c, i) => ipcRenderer.invoke(c, i)))\n`
      )
    ).toEqual([])
  })

  it.each([
    ['ipcRenderer itself', `contextBridge.exposeInMainWorld('leap', ipcRenderer)`],
    ['one of its methods', `contextBridge.exposeInMainWorld('leap', { send: ipcRenderer.send })`],
    ['a second global', `contextBridge.exposeInMainWorld('electron', {})`]
  ])('refuses exposing %s', async (_label, line) => {
    expect(await preloadErrors(`${header}${line}\n`)).not.toEqual([])
  })
})
