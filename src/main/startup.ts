/**
 * What the one error box says when Leap cannot start (Electron's dialog.showErrorBox: a native box once the
 * app is ready; before that, on Linux, Electron 45 prints it to stderr instead).
 */
export function startupFailure(error: unknown): { title: string; content: string } {
  const reason = error instanceof Error ? error.message : String(error)
  return {
    title: 'Leap could not start',
    content: `${reason}\n\nNothing in your journal was changed. Open Leap again; if this keeps happening, start it from a terminal to see more.`
  }
}
