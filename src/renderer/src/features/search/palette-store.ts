import { createFlag } from '../../lib/store'

/** Whether the command palette is open; anything (a sidebar button, a menu) may open it. */
const palette = createFlag()

export const setPaletteOpen = palette.set
export const openPalette = palette.open
export const usePaletteOpen = palette.use
