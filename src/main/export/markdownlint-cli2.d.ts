// markdownlint-cli2 ships no types; this is the part of its API the lint test uses.
declare module 'markdownlint-cli2' {
  export function main(options: {
    directory?: string
    argv: string[]
    logMessage?: (message: string) => void
    logError?: (message: string) => void
  }): Promise<number>
}
