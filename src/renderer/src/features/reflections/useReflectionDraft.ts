import { useCallback, useEffect, useState } from 'react'
import type { Reflection, ReflectionKind, ReflectionSaved } from '../../../../shared/domain/reflections'
import type { SaveStatus } from '../../lib/autosave'
import { createReflectionSession, type FieldsPatch, type ReflectionFields } from './reflectionSession'

interface Options {
  kind: ReflectionKind
  memberId: string | null
  /** The stored reflection, or null for a new one (created by the first edit). */
  reflection: Reflection | null
  onCreated?: (id: string) => void
  onNotice?: (notice: NonNullable<ReflectionSaved['notice']>) => void
}

const withoutBody = ({ body: _body, ...fields }: ReflectionFields) => fields

/** React state over a reflection session: the fields as typed, the save status, the id once created. */
export function useReflectionDraft({ kind, memberId, reflection, onCreated, onNotice }: Options) {
  const [session] = useState(() => createReflectionSession({ kind, memberId, reflection }))
  const [fields, setFields] = useState(() => withoutBody(session.initialFields))
  const [savedId, setSavedId] = useState<string | null>(reflection?.id ?? null)
  const [status, setStatus] = useState<SaveStatus>(session.recovered ? 'pending' : 'saved')
  const [error, setError] = useState<Error | null>(null)
  // Text recovered from the draft after a restart: on its way to the journal until the first save ends.
  const [recovered, setRecovered] = useState<'saving' | 'saved' | null>(session.recovered ? 'saving' : null)

  useEffect(() => {
    session.listen({
      onStatus: (next, failure) => {
        setStatus(next)
        setError(failure)
        if (next === 'saved') setRecovered((was) => was && 'saved')
      },
      onCreated: (id) => {
        setSavedId(id)
        onCreated?.(id)
      },
      onNotice
    })
  })

  useEffect(() => {
    void session.resume()
    const flushOnLeave = () => void session.flush().catch(() => {})
    window.addEventListener('pagehide', flushOnLeave)
    return () => {
      window.removeEventListener('pagehide', flushOnLeave)
      flushOnLeave()
      session.dispose()
    }
  }, [session])

  const update = useCallback(
    (patch: FieldsPatch) => {
      const next = session.update(patch)
      // The editor draws the body itself: drawing the whole form again on every key press held up the frame
      // that shows the key, most in a long reflection.
      if (typeof patch === 'function' || Object.keys(patch).some((field) => field !== 'body'))
        setFields(withoutBody(next))
    },
    [session]
  )

  return {
    /** Every field but the body, as typed. */
    fields,
    /** The body as typed so far. */
    body: session.body,
    update,
    status,
    error,
    recovered,
    retry: () => void session.flush().catch(() => {}),
    ensureSaved: session.ensureSaved,
    /** Null until the first save has created the reflection. */
    id: savedId
  }
}
