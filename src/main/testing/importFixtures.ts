import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * A small Obsidian vault of one-on-one notes: five notes about two people (Ana Lima, whom the journal knows,
 * and Sam Rivera, whom it does not), with properties the way Obsidian writes them, a [[link]], a note dated only
 * by its file name, and the vault's own hidden folder.
 */
export function writeObsidianNotes(dir: string): string {
  const vault = join(dir, 'Vault')
  const note = (path: string, text: string) => {
    mkdirSync(join(vault, path, '..'), { recursive: true })
    writeFileSync(join(vault, path), text)
  }
  note('.obsidian/app.json', '{}')
  note(
    '1-1s/2026-01-12 Ana.md',
    '---\nperson: "[[Ana Lima]]"\ndate: 2026-01-12\nmood: 4\ntags:\n  - growth\n  - "#career"\n---\n\n## What is on your mind?\n\nThe promotion packet.\n'
  )
  note(
    '1-1s/2026-02-09 Ana.md',
    '---\nmember: Ana Lima\ntitle: Feedback on the launch\nmood: 3\n---\nShe ran the launch retro.\n'
  )
  note(
    '1-1s/2026-01-15 Sam kickoff.md',
    '---\nperson: Sam Rivera\ntags: onboarding, first-week\n---\nFirst one-on-one.\n'
  )
  note('Sam Rivera/2026-02-02.md', 'Talked about [[Quarterly planning]] and the on-call rota.\n')
  note(
    'Ana Lima/Mentoring.md',
    '---\ndate: 2026-03-01\nmood: 9\n---\nAsked about mentoring [[Sam Rivera]].\n'
  )
  return vault
}
