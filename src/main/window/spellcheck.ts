import { readdirSync } from 'node:fs'
import type { SettingsView } from '../../shared/domain/settings'

/**
 * Spellcheck without the network. Electron 45 (see its session.md and spellchecker.md, and
 * shell/browser/api/electron_api_session.cc): macOS uses the system's checker and downloads nothing; Windows
 * and Linux use Hunspell dictionaries (Windows also its own checker for the languages it has), which Chromium
 * downloads from Google's CDN into `<userData>/Dictionaries` for every language set with
 * setSpellCheckerLanguages that has no `.bdic` file there; the default language is the OS locale's.
 * So on Linux Leap turns on only the languages whose dictionary is already in that folder (the user can copy
 * `.bdic` files there, for example from Chrome's or Chromium's profile), and everywhere it points the download
 * URL at that local folder (a file: URL, which Chromium's downloader does not fetch), so nothing is requested.
 */
export interface SpellcheckPlan {
  enabled: boolean
  /** For setSpellCheckerLanguages (not called on macOS, where it does nothing). */
  languages: string[]
  /** What the right-click menu offers to switch on and off; empty where the system chooses. */
  choices: string[]
  view: SettingsView['spelling']
}

export interface SpellcheckInput {
  platform: NodeJS.Platform
  preference: { enabled: boolean; languages: string[] }
  /** session.availableSpellCheckerLanguages */
  available: readonly string[]
  /** app.getLocale() or app.getSystemLocale(), e.g. en-US */
  locale: string
  /** The language codes of the .bdic files in the dictionaries folder (see dictionaryLanguages). */
  local: readonly string[]
  dictionariesFolder: string
}

const lower = (code: string) => code.toLowerCase()

/** The available code that best serves a locale or a dictionary: the same code, else the same language. */
function bestMatch(code: string, available: readonly string[]): string | undefined {
  const exact = available.find((candidate) => lower(candidate) === lower(code))
  if (exact) return exact
  const language = lower(code).split('-')[0]
  return (
    available.find((candidate) => lower(candidate) === language) ??
    available.find((candidate) => lower(candidate).split('-')[0] === language)
  )
}

export function spellcheckPlan(input: SpellcheckInput): SpellcheckPlan {
  const { platform, preference, available } = input
  if (platform === 'darwin') {
    return {
      enabled: preference.enabled,
      languages: [],
      choices: [],
      view: { systemChooses: true, languages: [], missingDictionaries: [], dictionariesFolder: null }
    }
  }
  const wanted = (preference.languages.length ? preference.languages : [input.locale])
    .map((code) => bestMatch(code, available))
    .filter((code): code is string => code !== undefined)
  const unique = [...new Set(wanted)]
  const hasDictionary = (code: string) => input.local.some((local) => bestMatch(local, [code]) !== undefined)
  // Windows' own checker covers its languages; on Linux only a local dictionary can, or Chromium would download one.
  const languages = platform === 'linux' ? unique.filter(hasDictionary) : unique
  return {
    enabled: preference.enabled && languages.length > 0,
    languages: preference.enabled ? languages : [],
    choices: [...available],
    view: {
      systemChooses: false,
      languages,
      missingDictionaries: platform === 'linux' ? unique.filter((code) => !hasDictionary(code)) : [],
      dictionariesFolder: input.dictionariesFolder
    }
  }
}

/** The languages of the Hunspell dictionaries in `folder` (Chromium names them like en-US-10-1.bdic). */
export function dictionaryLanguages(folder: string): string[] {
  try {
    return readdirSync(folder)
      .map((name) => /^([a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*?)-\d+-\d+\.bdic$/.exec(name)?.[1])
      .filter((code): code is string => code !== undefined)
  } catch {
    return []
  }
}
