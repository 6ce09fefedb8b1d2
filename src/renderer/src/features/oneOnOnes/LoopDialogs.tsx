import { Dialog } from '../../components/Dialog'
import { useToast } from '../../components/Toasts'
import { NewTalkingPoint } from '../talkingPoints/NewTalkingPoint'
import { loopDialog } from './loopDialogs'

/** The person's dialogs the palette opens, wherever the leader is. */
export function LoopDialogs() {
  const open = loopDialog.use()
  const toast = useToast()
  const close = () => loopDialog.set(null)
  return (
    <Dialog
      title={open ? `Add talking point for ${open.member.name}` : ''}
      open={open?.kind === 'talking_point'}
      onClose={close}
    >
      {open?.kind === 'talking_point' && (
        <NewTalkingPoint
          memberId={open.member.id}
          memberName={open.member.name}
          autoFocus
          onAdded={() => {
            close()
            toast({ message: `Talking point added for ${open.member.name}.` })
          }}
        />
      )}
    </Dialog>
  )
}
