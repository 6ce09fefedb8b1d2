import type { IpcMain, IpcMainInvokeEvent } from 'electron'
import { channels } from '../../shared/ipc/channels'
import type { Envelope } from '../../shared/ipc/envelope'
import type { Dispatch } from './dispatch'
import { isTrustedSender } from './sender'

const forbidden: Envelope<never> = {
  ok: false,
  error: { code: 'forbidden', message: 'This call did not come from Leap’s own window and was refused.' }
}

/** The only place that calls ipcMain.handle: every channel passes the sender check, then the dispatcher. */
export function registerIpc(
  ipcMain: Pick<IpcMain, 'handle'>,
  dispatch: Dispatch,
  trustedOrigins: readonly string[]
) {
  for (const channel of channels) {
    ipcMain.handle(channel, (event: Pick<IpcMainInvokeEvent, 'senderFrame'>, input: unknown) =>
      isTrustedSender(event.senderFrame, trustedOrigins)
        ? dispatch(channel, input)
        : Promise.resolve(forbidden)
    )
  }
}
