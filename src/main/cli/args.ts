import { parseArgs, type ParseArgsConfig } from 'node:util'

/**
 * Leap's terminal commands: `npm run export`, `node out/cli/leap.mjs` and the installed app's `Leap --export`
 * all parse their arguments here. A command is its options (node:util parseArgs, strict) and one line of
 * usage; add one by adding an entry.
 */
export const commands = {
  export: {
    usage:
      'export --out <folder> [--data-dir <folder>] [--member <name or id>] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--tag <tag> ...] [--reflection <id>] [--layout per-reflection|per-member] [--[no-]obsidian] [--on-conflict keep-both|skip|overwrite] [--[no-]exported-at] [--[no-]shared-files] [--[no-]predictions] [--progress] (what is left out comes from the export defaults in Settings)',
    options: {
      'data-dir': { type: 'string' },
      out: { type: 'string' },
      member: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      tag: { type: 'string', multiple: true },
      reflection: { type: 'string' },
      layout: { type: 'string' },
      obsidian: { type: 'boolean' },
      'on-conflict': { type: 'string' },
      'exported-at': { type: 'boolean' },
      'shared-files': { type: 'boolean' },
      predictions: { type: 'boolean' },
      progress: { type: 'boolean' }
    }
  },
  import: {
    usage:
      'import --from <folder or file.csv> [--data-dir <folder>] [--backup-dir <folder>] [--dry-run] [--map "<name in the notes>=<person in Leap>" ...] [--unknown create|general|skip]',
    options: {
      'data-dir': { type: 'string' },
      'backup-dir': { type: 'string' },
      from: { type: 'string' },
      'dry-run': { type: 'boolean' },
      map: { type: 'string', multiple: true },
      unknown: { type: 'string' }
    }
  }
} as const satisfies Record<string, { usage: string; options: NonNullable<ParseArgsConfig['options']> }>

export type CommandName = keyof typeof commands
type OptionValues<O> = {
  [K in keyof O]?: O[K] extends { multiple: true }
    ? string[]
    : O[K] extends { type: 'boolean' }
      ? boolean
      : string
}
export type CommandOptions<C extends CommandName> = OptionValues<(typeof commands)[C]['options']>

export type ParsedCommand =
  | { [C in CommandName]: { command: C; options: CommandOptions<C> } }[CommandName]
  | { command: 'help'; options: Record<string, never> }

export const usage = (): string =>
  ['Usage: leap <command> [options]', ...Object.values(commands).map((c) => `  leap ${c.usage}`)].join('\n')

export class UsageError extends Error {}

/** parseArgs' refusals in Leap's words; the quoted word is what was typed. */
function inWords(command: CommandName, { code, message }: NodeJS.ErrnoException): string {
  const typed = /'([^' ]+)/.exec(message)?.[1]
  if (!typed) return message
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `leap ${command} has no option ${typed}.`
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL')
    return `leap ${command} takes options only (each starts with --), not "${typed}".`
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
    return message.includes('does not take')
      ? `${typed} takes no value: write ${typed} or --no-${typed.slice(2)}.`
      : `${typed} needs a value.`
  return message
}

/** `args` as typed after the program's name: a command, then its options. */
export function parseCommand(args: readonly string[]): ParsedCommand {
  const [name, ...rest] = args
  const asksForHelp = (word: string | undefined) => word === '--help' || word === '-h'
  if (name === undefined || name === 'help' || asksForHelp(name) || rest.some(asksForHelp)) {
    return { command: 'help', options: {} }
  }
  if (!Object.hasOwn(commands, name)) {
    throw new UsageError(`Leap has no command "${name}".\n${usage()}`)
  }
  const command = name as CommandName
  const refuse = (message: string) => new UsageError(`${message}\nUsage: leap ${commands[command].usage}`)
  let parsed
  try {
    parsed = parseArgs({
      args: [...rest],
      options: commands[command].options,
      strict: true,
      allowNegative: true,
      tokens: true
    })
  } catch (error) {
    throw refuse(inWords(command, error as NodeJS.ErrnoException))
  }
  // parseArgs keeps the last of an option given twice: `--member Ana --member Bo` would export Bo's alone.
  const given = new Map<string, number>()
  for (const token of parsed.tokens) {
    if (token.kind !== 'option') continue
    const option = (commands[command].options as Record<string, { multiple?: boolean }>)[token.name]
    if (option?.multiple) continue
    given.set(token.name, (given.get(token.name) ?? 0) + 1)
    if (given.get(token.name) === 2) throw refuse(`--${token.name} is given more than once: give it once.`)
  }
  return { command, options: parsed.values } as ParsedCommand
}
