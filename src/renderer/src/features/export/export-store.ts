import { createStore } from '../../lib/store'

/** What the Export dialog opens with: the place it was opened from decides the first choice. */
export type ExportPreset =
  | { kind: 'reflection'; id: string; title: string; memberId: string | null }
  | { kind: 'member'; memberId: string }
  | { kind: 'all' }

const preset = createStore<ExportPreset | null>(null)

/** Opens the Export dialog; anything (a page button, the palette, Ctrl/Cmd+E) may call it. */
export const openExport = (next: ExportPreset = { kind: 'all' }): void => preset.set(next)
export const closeExport = (): void => preset.set(null)
export const useExportPreset = preset.use

/**
 * Ctrl/Cmd+E and the palette's Export: this reflection on a reflection's page, this person on their page,
 * otherwise everything (the dialog lets the user change it).
 */
export function exportFromHere(): void {
  const [section, id] = window.location.hash.replace(/^#\/?/, '').split('/').map(decodeURIComponent)
  if (section === 'journal' && id && id !== 'new') {
    openExport({ kind: 'reflection', id, title: 'The reflection open now', memberId: null })
  } else if ((section === 'team' || section === 'one-on-one') && id)
    openExport({ kind: 'member', memberId: id })
  else openExport({ kind: 'all' })
}
