import { createFlag } from '../../lib/flag'

/** The Ctrl/Cmd+N person picker. */
export const personPicker = createFlag()
/** The keyboard shortcuts sheet (Ctrl/Cmd+/). */
export const shortcutsSheet = createFlag()
/**
 * Export (Ctrl/Cmd+E, File > Export…, the palette): raised here, answered by the export dialog, which
 * mounts where the export feature lives and watches `exportRequest.useValue()`.
 */
export const exportRequest = createFlag()
