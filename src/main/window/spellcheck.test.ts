import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { tempDir } from '../testing/tempJournal'
import { dictionaryLanguages, spellcheckPlan, type SpellcheckInput } from './spellcheck'

const folder = tempDir('leap-dictionaries-')
afterAll(() => folder.cleanup())
const input: SpellcheckInput = {
  platform: 'linux',
  preference: { enabled: true, languages: [] },
  available: ['de-DE', 'en-GB', 'en-US', 'fr', 'pt-BR'],
  locale: 'en-US',
  local: [],
  dictionariesFolder: '/home/ana/.config/Leap/Dictionaries'
}

describe('spellcheck without the network', () => {
  it('on Linux turns on only languages whose dictionary is already on disk, and says which are missing', () => {
    expect(spellcheckPlan(input)).toMatchObject({
      enabled: false,
      languages: [],
      view: { languages: [], missingDictionaries: ['en-US'], dictionariesFolder: input.dictionariesFolder }
    })
    const plan = spellcheckPlan({
      ...input,
      preference: { enabled: true, languages: ['en-US', 'fr'] },
      local: ['en-US', 'fr-FR']
    })
    expect(plan).toMatchObject({
      enabled: true,
      languages: ['en-US', 'fr'],
      view: { missingDictionaries: [] }
    })
    expect(plan.choices).toEqual(input.available)
  })

  it('on Windows uses the chosen languages or the system’s, which its own checker serves', () => {
    expect(spellcheckPlan({ ...input, platform: 'win32', locale: 'de-AT' })).toMatchObject({
      enabled: true,
      languages: ['de-DE'],
      view: { missingDictionaries: [] }
    })
  })

  it('on macOS leaves the languages to the system and only turns checking on or off', () => {
    expect(
      spellcheckPlan({ ...input, platform: 'darwin', preference: { enabled: false, languages: ['fr'] } })
    ).toEqual({
      enabled: false,
      languages: [],
      choices: [],
      view: { systemChooses: true, languages: [], missingDictionaries: [], dictionariesFolder: null }
    })
  })

  it('turned off, sets no language anywhere, so nothing is loaded', () => {
    const plan = spellcheckPlan({
      ...input,
      platform: 'win32',
      preference: { enabled: false, languages: ['fr'] }
    })
    expect(plan).toMatchObject({ enabled: false, languages: [] })
  })

  it('reads the languages of Chromium’s dictionary files in the folder', () => {
    mkdirSync(join(folder.dir, 'Dictionaries'))
    for (const name of ['en-US-10-1.bdic', 'pt-BR-3-0.bdic', 'Custom Dictionary.txt', 'notes.bdic'])
      writeFileSync(join(folder.dir, 'Dictionaries', name), '')
    expect(dictionaryLanguages(join(folder.dir, 'Dictionaries')).sort()).toEqual(['en-US', 'pt-BR'])
    expect(dictionaryLanguages(join(folder.dir, 'none'))).toEqual([])
  })
})
