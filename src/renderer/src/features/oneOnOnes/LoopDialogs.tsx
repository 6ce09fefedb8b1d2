import { Dialog } from '../../components/Dialog'
import { useToast } from '../../components/Toasts'
import { GoalForm } from '../goals/GoalForm'
import { FeedbackForm } from '../feedback/FeedbackForm'
import { AwayForm, SkipForm } from '../leave/LeaveForms'
import { NewTalkingPoint } from '../talkingPoints/NewTalkingPoint'
import { loopDialog, type LoopDialogKind } from './loopDialogs'

const TITLES: Record<LoopDialogKind, (name: string) => string> = {
  talking_point: (name) => `Add talking point for ${name}`,
  away: (name) => `Mark ${name} away`,
  skip: (name) => `Skip a one-on-one with ${name}`,
  goal: (name) => `Add growth goal for ${name}`,
  feedback: (name) => `Log feedback for ${name}`
}

/** The person's dialogs the palette (or their page) opens, wherever the leader is. */
export function LoopDialogs() {
  const open = loopDialog.use()
  const toast = useToast()
  const close = () => loopDialog.set(null)
  const done = (message: string) => {
    close()
    toast({ message })
  }
  const member = open?.member
  return (
    <Dialog title={open ? TITLES[open.kind](open.member.name) : ''} open={open !== null} onClose={close}>
      {open?.kind === 'talking_point' && member && (
        <NewTalkingPoint
          memberId={member.id}
          memberName={member.name}
          autoFocus
          onAdded={() => done(`Talking point added for ${member.name}.`)}
        />
      )}
      {open?.kind === 'away' && member && (
        <AwayForm
          memberId={member.id}
          onDone={() => done(`${member.name} is marked away.`)}
          onCancel={close}
        />
      )}
      {open?.kind === 'skip' && member && (
        <SkipForm
          memberId={member.id}
          onDone={() => done(`One-on-one with ${member.name} skipped.`)}
          onCancel={close}
        />
      )}
      {open?.kind === 'goal' && member && (
        <GoalForm
          memberId={member.id}
          onDone={(goal) => done(`Growth goal added for ${member.name}: ${goal.title}.`)}
          onCancel={close}
        />
      )}
      {open?.kind === 'feedback' && member && (
        <FeedbackForm
          memberId={member.id}
          memberName={member.name}
          onDone={(saved) =>
            done(
              saved.givenOn === null
                ? `Feedback for ${member.name} added to your next one-on-one.`
                : `Feedback for ${member.name} logged.`
            )
          }
          onCancel={close}
        />
      )}
    </Dialog>
  )
}
