import { describe, expect, it } from 'vitest'
import type { PaletteCommand } from './commands'
import { matchCommands } from './match'

const command = (label: string, keywords: string[] = []): PaletteCommand => ({
  id: label,
  label,
  keywords,
  run: () => {}
})
const labels = (found: PaletteCommand[]) => found.map((entry) => entry.label)

describe('matchCommands', () => {
  const list = [
    command('Go to Team', ['people']),
    command('Log feedback for Zoë Brontë…', ['praise']),
    command('Export the journal', ['markdown', 'obsidian']),
    command('Log feedback for Ana Lima…', ['praise'])
  ]

  it('finds a command by the start of each word typed, in its label or keywords, case and accents aside', () => {
    expect(labels(matchCommands(list, 'log zoe'))).toEqual(['Log feedback for Zoë Brontë…'])
    expect(labels(matchCommands(list, 'PRAI bron'))).toEqual(['Log feedback for Zoë Brontë…'])
    expect(labels(matchCommands(list, 'obsid'))).toEqual(['Export the journal'])
    expect(matchCommands(list, 'eedback')).toEqual([])
  })

  it('offers every command when nothing is typed, and the first few when asked for a few', () => {
    expect(matchCommands(list, '  ')).toEqual(list)
    expect(labels(matchCommands(list, 'log', 1))).toEqual(['Log feedback for Zoë Brontë…'])
  })

  it('matches the same at every key, however often a team’s commands are matched', () => {
    const team = [command('Go to Zoë Brontë', ['engineer']), command('Go to Ana Lima', ['platform'])]
    for (let key = 0; key < 3; key += 1) {
      expect(labels(matchCommands(team, 'go zoe'))).toEqual(['Go to Zoë Brontë'])
      expect(labels(matchCommands(team, 'go platform'))).toEqual(['Go to Ana Lima'])
    }
  })
})
