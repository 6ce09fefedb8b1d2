/**
 * The installed app answers `Leap --export --out <folder> [options]` without a window: the same command and
 * options as `npm run export`. `argv` is Electron's process.argv: the executable, then (when Electron runs an
 * app folder, `process.defaultApp`) that folder, then the user's arguments. Returns the CLI's arguments
 * (`export ...`), or null for a normal launch.
 */
export function terminalCommandOf(argv: readonly string[], defaultApp: boolean): string[] | null {
  const args = argv.slice(defaultApp ? 2 : 1)
  if (!args.includes('--export')) return null
  return ['export', ...args.filter((arg) => arg !== '--export')]
}
