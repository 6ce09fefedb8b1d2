export function cliOutput(root?: string): string
export function buildCli(root?: string): Promise<void>
export function cliIsStale(root?: string): boolean
