import { createStore } from '../../lib/store'

export type LoopDialogKind = 'talking_point' | 'away' | 'skip' | 'goal' | 'feedback'

/** The dialog the palette (or a button) opened for a person: jot a talking point, mark them away, skip a 1:1. */
export const loopDialog = createStore<{ kind: LoopDialogKind; member: { id: string; name: string } } | null>(
  null
)

export const openLoopDialog = (kind: LoopDialogKind, member: { id: string; name: string }) =>
  loopDialog.set({ kind, member: { id: member.id, name: member.name } })
