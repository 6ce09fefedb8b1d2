import type { Platform } from '../platform'

/** A desktop that does nothing unless a test says otherwise: the folder dialog is cancelled. */
export function stubPlatform(overrides: Partial<Platform> = {}): Platform {
  return {
    showItemInFolder: () => {},
    chooseFolder: async () => null,
    chooseImport: async () => null,
    openFolder: () => {},
    setTheme: () => {},
    chooseSaveFile: async () => null,
    printToPdf: async () => new Uint8Array(),
    ...overrides
  }
}
