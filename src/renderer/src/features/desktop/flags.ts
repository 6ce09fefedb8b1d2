import { createFlag } from '../../lib/store'

/** The Ctrl/Cmd+N person picker. */
export const personPicker = createFlag()
/** The keyboard shortcuts sheet (Ctrl/Cmd+/). */
export const shortcutsSheet = createFlag()
