import { APP_COMMAND_EVENT, isAppCommandId, type AppCommandId } from '../../shared/desktop/appCommands'

/**
 * The JavaScript main runs in the page to ask it to run a command: it dispatches a `leap:command` DOM event
 * whose detail is the command's id, which the renderer routes through the palette's command registry. The
 * text is built here from the closed list only, never from anything the page or a user typed, and
 * `window.leap` stays exactly the contract's calls.
 */
export function commandScript(id: AppCommandId): string {
  if (!isAppCommandId(id)) throw new Error(`Leap has no command named ${JSON.stringify(id)}.`)
  return `window.dispatchEvent(new CustomEvent(${JSON.stringify(APP_COMMAND_EVENT)}, { detail: ${JSON.stringify(id)} }))`
}
