import { useState } from 'react'
import './talkingPoints.css'
import { MessageSquarePlus } from 'lucide-react'
import { useToast } from '../../components/Toasts'
import { useCreateTalkingPoint } from './hooks'

/** A talking point Leap drafts (e.g. "ready for more"), added to the person's next one-on-one in one click. */
export function DraftTalkingPoint({
  memberId,
  name,
  text
}: {
  memberId: string
  name: string
  text: string
}) {
  const create = useCreateTalkingPoint()
  const toast = useToast()
  const [added, setAdded] = useState(false)
  return (
    <button
      type="button"
      className="link-button draft-talking-point"
      disabled={added || create.isPending}
      onClick={() =>
        create.mutate(
          { memberId, owner: 'me', text },
          {
            onSuccess: () => {
              setAdded(true)
              toast({ message: `Added to the talking points for your next one-on-one with ${name}.` })
            },
            onError: (error) => toast({ message: error.message, tone: 'error' })
          }
        )
      }
    >
      <MessageSquarePlus size={14} aria-hidden /> {added ? 'Talking point added' : 'Add as a talking point'}
    </button>
  )
}
