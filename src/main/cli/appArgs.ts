const TERMINAL_COMMANDS = ['export', 'import'] as const

/**
 * The installed app answers `Leap --export --out <folder> [options]` and `Leap --import --from <folder>
 * [options]` without a window: the same commands and options as `npm run export` and `npm run import`.
 * `argv` is Electron's process.argv: the executable, then (when Electron runs an app folder,
 * `process.defaultApp`) that folder, then the user's arguments. Returns the CLI's arguments (`export ...`,
 * `import ...`), or null for a normal launch.
 */
export function terminalCommandOf(argv: readonly string[], defaultApp: boolean): string[] | null {
  const args = argv.slice(defaultApp ? 2 : 1)
  const command = TERMINAL_COMMANDS.find((name) => args.includes(`--${name}`))
  if (!command) return null
  return [command, ...args.filter((arg) => arg !== `--${command}`)]
}
