import { contextBridge, ipcRenderer } from 'electron'
import { createLeapBridge } from '../shared/ipc/bridge'
import { channels } from '../shared/ipc/channels'

// Only the contract's calls cross into the page; ipcRenderer itself never does.
contextBridge.exposeInMainWorld(
  'leap',
  createLeapBridge(channels, (channel, input) => ipcRenderer.invoke(channel, input))
)
