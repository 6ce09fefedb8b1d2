/**
 * `node out/cli/leap.mjs <command> [options]`: the terminal commands without Electron, built once by
 * scripts/build-cli.mjs and run by `npm run export` / `npm run import` and by the installed app's `Leap --export` / `Leap --import`.
 */
import { runCli, type CliEnvironment } from './run'

export { runCli, type CliEnvironment }

/** Run from a terminal (not imported by the app): the arguments after the script's name. */
export async function runFromTerminal(): Promise<void> {
  process.exitCode = await runCli(process.argv.slice(2), {
    env: process.env,
    defaultDataDir: '',
    stdout: (text) => process.stdout.write(`${text}\n`),
    stderr: (text) => process.stderr.write(`${text}\n`)
  })
}
