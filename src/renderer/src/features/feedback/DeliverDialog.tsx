import { useState } from 'react'
import type { Feedback } from '../../../../shared/domain/feedback'
import { Dialog } from '../../components/Dialog'
import { Field } from '../../components/Field'
import { FormFooter } from '../../components/FormFooter'
import { todayLocal } from '../../lib/dates'
import { KIND_LABELS } from './labels'
import { useDeliverFeedback } from './hooks'

interface DeliverDialogProps {
  feedback: Feedback | null
  memberName: string
  /** In a one-on-one: the reflection it is delivered in (saving a new one first); else it asks for the day. */
  deliverIn?: () => Promise<string>
  onClose: () => void
}

/** "Delivered": their response, and the day (the one-on-one's, when delivered in one). */
export function DeliverDialog({ feedback, memberName, deliverIn, onClose }: DeliverDialogProps) {
  return (
    <Dialog title="Feedback delivered" open={feedback !== null} onClose={onClose}>
      {feedback && (
        <DeliverForm feedback={feedback} memberName={memberName} deliverIn={deliverIn} onClose={onClose} />
      )}
    </Dialog>
  )
}

function DeliverForm({
  feedback,
  memberName,
  deliverIn,
  onClose
}: DeliverDialogProps & { feedback: Feedback }) {
  const deliver = useDeliverFeedback()
  const [response, setResponse] = useState('')
  const [day, setDay] = useState(todayLocal())
  const [failed, setFailed] = useState<string | undefined>()
  return (
    <form
      className="form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        const when = deliverIn
          ? deliverIn().then((reflectionId) => ({ reflectionId }))
          : Promise.resolve({ givenOn: day })
        when
          .then((at) => deliver.mutateAsync({ id: feedback.id, response, ...at }))
          .then(onClose)
          .catch((error: Error) => setFailed(error.message))
      }}
    >
      <p className="muted">
        {KIND_LABELS[feedback.kind]}: {feedback.behaviour}
      </p>
      {!deliverIn && (
        <Field label="Given on">
          <input type="date" value={day} onChange={(event) => setDay(event.target.value)} />
        </Field>
      )}
      <Field label={`${memberName}’s response`} hint="What they said or how they took it (optional)">
        <textarea rows={3} autoFocus value={response} onChange={(event) => setResponse(event.target.value)} />
      </Field>
      <FormFooter error={failed} onCancel={onClose} submitting={deliver.isPending} submitLabel="Save" />
    </form>
  )
}
