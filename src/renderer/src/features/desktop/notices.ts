/**
 * Commands run from the menu or the palette are plain functions; what they report goes through the
 * window's toasts, which <AppCommands> hands over here once it is mounted.
 */
type Notify = (message: string, tone?: 'info' | 'error') => void

let notify: Notify = () => {}

export const setNotifier = (next: Notify): void => void (notify = next)
export const report: Notify = (message, tone) => notify(message, tone)
