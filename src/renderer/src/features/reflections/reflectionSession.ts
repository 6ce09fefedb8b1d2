import type { Reflection, ReflectionKind, ReflectionSaved } from '../../../../shared/domain/reflections'
import { call } from '../../lib/api'
import { createAutosaver, type SaveStatus } from '../../lib/autosave'
import { refreshAfter } from '../../lib/query'
import { todayLocal } from '../../lib/dates'
import { clearDraft, readDraft, whenIdle, writeDraft } from '../../lib/drafts'
import { FAULT_RETRY_MS, faultOf } from '../../lib/faults'

export interface ReflectionFields {
  date: string
  title: string
  body: string
  mood: number | null
  stance: number | null
  tags: string[]
}

/** What changed, or how to change it from the fields as they are now (an Undo long after the edit). */
export type FieldsPatch =
  Partial<ReflectionFields> | ((fields: ReflectionFields) => Partial<ReflectionFields>)

export interface SessionListeners {
  onStatus?: (status: SaveStatus, error: Error | null) => void
  onCreated?: (id: string) => void
  onNotice?: (notice: NonNullable<ReflectionSaved['notice']>) => void
}

const AUTOSAVE_DELAY_MS = 400
const IN_FLIGHT_GRACE_MS = 600

function fieldsOf(reflection: Reflection | null): ReflectionFields {
  if (!reflection) return { date: todayLocal(), title: '', body: '', mood: null, stance: null, tags: [] }
  const { date, title, body, mood, stance, tags } = reflection
  return { date, title, body, mood, stance, tags }
}

function sameFields(a: ReflectionFields, b: ReflectionFields): boolean {
  return (
    a.date === b.date &&
    a.title === b.title &&
    a.body === b.body &&
    a.mood === b.mood &&
    a.stance === b.stance &&
    a.tags.join('\n') === b.tags.join('\n')
  )
}

/**
 * One editing session of one reflection, outside React: every change goes to a local draft when the page is
 * next idle (at once when it is left) and to the journal after a short pause; a new reflection is created by its first save; each save builds on the
 * version the previous one returned. A draft left by a reload or crash is picked up and saved by resume().
 */
export function createReflectionSession(options: {
  kind: ReflectionKind
  memberId: string | null
  reflection: Reflection | null
}) {
  const { kind, memberId } = options
  const newKey = `new:${kind}:${memberId ?? 'general'}`
  let id = options.reflection?.id ?? null
  let version = options.reflection?.updatedAt ?? null
  const recovered = readDraft<ReflectionFields>(id ?? newKey)
  let latest = recovered?.fields ?? fieldsOf(options.reflection)
  const listeners: SessionListeners = {}
  let resuming: Promise<void> = Promise.resolve()
  // Whether `latest` is newer than the draft in storage.
  let draftDue = false
  const writeLatestDraft = () => {
    if (!draftDue) return
    draftDue = false
    writeDraft(id ?? newKey, { fields: latest, baseUpdatedAt: version })
  }

  const saver = createAutosaver<ReflectionFields>({
    delayMs: AUTOSAVE_DELAY_MS,
    // A full disk or another program's lock passes: the text stays in the draft and is tried again.
    retryAfterMs: (error) => (faultOf(error) ? FAULT_RETRY_MS : null),
    onStatus: (status, error) => listeners.onStatus?.(status, error ?? null),
    save: async (value) => {
      // The first save after a reload waits until resume() has settled which version it builds on.
      await resuming
      draftDue = false
      writeDraft(id ?? newKey, { fields: latest, baseUpdatedAt: version, inFlight: value })
      const saved: ReflectionSaved = id
        ? await call('reflections.update', { id, baseUpdatedAt: version!, ...value })
        : await call('reflections.create', { kind, memberId, ...value })
      const created = id === null
      id = saved.reflection.id
      version = saved.reflection.updatedAt
      draftDue = false
      if (latest === value) clearDraft(id)
      else writeDraft(id, { fields: latest, baseUpdatedAt: version })
      if (created) {
        clearDraft(newKey)
        listeners.onCreated?.(id)
      }
      if (saved.notice) listeners.onNotice?.(saved.notice)
      // Other screens catch up in the background: typing need not wait for them.
      void refreshAfter(created ? 'reflections.create' : 'reflections.update')
    }
  })

  return {
    initialFields: latest,
    recovered: recovered !== null,
    listen(next: SessionListeners) {
      Object.assign(listeners, next)
    },
    update(patch: FieldsPatch): ReflectionFields {
      latest = { ...latest, ...(typeof patch === 'function' ? patch(latest) : patch) }
      if (!draftDue) whenIdle(writeLatestDraft)
      draftDue = true
      saver.change(latest)
      return latest
    },
    /** The body as typed so far (the editor draws it; React state does not follow every key press). */
    body: () => latest.body,
    /** The reflection's id, saving it first if it is new (action items need something to belong to). */
    async ensureSaved(): Promise<string> {
      if (!id) saver.change(latest)
      await saver.flush()
      return id!
    },
    resume(): Promise<void> {
      if (!recovered) return resuming
      resuming = (async () => {
        let stored = options.reflection
        // A save sent just before the page went away may still be on its way to main: give it a moment to
        // land before deciding, or our own earlier words would come back as a "conflicting copy".
        if (stored && recovered.inFlight && stored.updatedAt === recovered.baseUpdatedAt) {
          await new Promise((resolve) => setTimeout(resolve, IN_FLIGHT_GRACE_MS))
          stored = await call('reflections.get', { id: stored.id }).catch(() => stored)
        }
        // If the journal holds exactly the save that was in flight, that save landed and this draft builds
        // on it; otherwise the draft's own base decides whether it is a conflict.
        const landed = stored && recovered.inFlight && sameFields(fieldsOf(stored), recovered.inFlight)
        version = landed ? stored!.updatedAt : (recovered.baseUpdatedAt ?? version)
      })()
      saver.change(latest)
      return resuming
    },
    flush: () => {
      writeLatestDraft()
      return saver.flush()
    },
    dispose: () => saver.dispose()
  }
}

export type ReflectionSession = ReturnType<typeof createReflectionSession>
