/**
 * Commands run from the menu or the palette are plain functions; what they report goes through the
 * window's toasts, which <AppCommands> hands over here once it is mounted.
 */
type Notify = (message: string, tone?: 'info' | 'error') => void

let notify: Notify = () => {}

export const setNotifier = (next: Notify): void => void (notify = next)
export const report: Notify = (message, tone) => notify(message, tone)

/** Runs a command and says how it went: `done` when it succeeds, the error's own message when it fails. */
export async function runAndReport(run: () => Promise<unknown>, done?: string): Promise<void> {
  try {
    await run()
    if (done) report(done)
  } catch (error) {
    report((error as Error).message, 'error')
  }
}
