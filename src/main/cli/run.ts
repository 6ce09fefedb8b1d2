import { resolveDataDir } from '../config/paths'
import { parseCommand, usage, UsageError } from './args'
import { runExportCommand } from './exportCommand'
import { runImportCommand } from './importCommand'

export interface CliContext {
  /** The journal folder: --data-dir, else LEAP_DATA_DIR, else the default (the app's user-data folder). */
  dataDir(flag: string | undefined): string
  env: NodeJS.ProcessEnv
  stdout(text: string): void
  stderr(text: string): void
}

export interface CliEnvironment {
  env: NodeJS.ProcessEnv
  /** Where the journal is when neither --data-dir nor LEAP_DATA_DIR says: '' from the repo, userData in the app. */
  defaultDataDir: string
  stdout(text: string): void
  stderr(text: string): void
}

/**
 * The one entry point of Leap's terminal commands (`npm run export`, `npm run import`, `Leap --export`, `Leap --import`): prints the result as
 * JSON on stdout, or one sentence on stderr, and returns the exit code (0, or 1 when something is wrong).
 */
export async function runCli(args: readonly string[], environment: CliEnvironment): Promise<number> {
  const context: CliContext = {
    dataDir: (flag) =>
      flag || environment.env.LEAP_DATA_DIR?.trim() || environment.defaultDataDir
        ? resolveDataDir(flag ? ['--data-dir', flag] : [], environment.env, environment.defaultDataDir)
        : '',
    env: environment.env,
    stdout: environment.stdout,
    stderr: environment.stderr
  }
  try {
    const parsed = parseCommand(args)
    if (parsed.command === 'help') {
      environment.stdout(usage())
      return 0
    }
    const result =
      parsed.command === 'export'
        ? runExportCommand(parsed.options, context)
        : await runImportCommand(parsed.options, context)
    environment.stdout(JSON.stringify(result, null, 2))
    return 0
  } catch (error) {
    environment.stderr(error instanceof UsageError ? error.message : (error as Error).message)
    return 1
  }
}
