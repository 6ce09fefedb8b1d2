import type { ImportSource } from '../../../../shared/domain/import'
import { createStore } from '../../lib/store'

const source = createStore<ImportSource | null>(null)

/** Opens the Import dialog, which asks the system for a folder (or a CSV file) at once. */
export const openImport = (next: ImportSource): void => source.set(next)
export const closeImport = (): void => source.set(null)
export const useImportSource = source.use
