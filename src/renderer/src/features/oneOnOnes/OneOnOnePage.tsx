import { useRef, useState } from 'react'
import { ArrowLeft, Lightbulb } from 'lucide-react'
import type { OneOnOnePrep } from '../../../../shared/domain/oneOnOnes'
import { COACHING_PROMPTS, MOOD_LABELS, STANCE_LABELS } from '../../../../shared/domain/reflectionVocabulary'
import { formatDay } from '../../lib/dates'
import { navigate, replaceAddress } from '../../lib/router'
import { ActionItemRow } from '../actionItems/ActionItemRow'
import { useActionItems } from '../actionItems/hooks'
import { useReflection } from '../reflections/hooks'
import { NewTalkingPoint } from '../talkingPoints/NewTalkingPoint'
import { TalkingPointRow } from '../talkingPoints/TalkingPointRow'
import { DeliverDialog } from '../feedback/DeliverDialog'
import { PointFeedback } from '../feedback/PointFeedback'
import { toDeliver, useFeedbackOnPoints } from '../feedback/useFeedbackOnPoints'
import { openLoopDialog } from './loopDialogs'
import { useOneOnOnePrep } from './hooks'
import { PrepDelegations } from './PrepDelegations'
import { typingElsewhere } from '../../lib/focus'
import { ReflectionEditor, type EditorApi } from '../reflections/ReflectionEditor'
import { useReflectionNotices } from '../reflections/useReflectionNotices'
import './oneOnOnes.css'

/**
 * The one-on-one in one screen: what to bring up on the left (talking points, open action items, delegations,
 * last time, prompts), the write-up on the right. A new reflection exists from its first keystroke; its id then goes
 * into the address, so a reload reopens the same one.
 */
export function OneOnOnePage({ memberId, reflectionId }: { memberId: string; reflectionId: string | null }) {
  const [currentId, setCurrentId] = useState(reflectionId)
  const prep = useOneOnOnePrep(memberId, currentId)
  const existing = useReflection(reflectionId)
  const editor = useRef<EditorApi | null>(null)
  const saved = useRef<() => Promise<string>>(() =>
    Promise.reject(new Error('The reflection is still opening. Try again in a moment.'))
  )
  const onNotice = useReflectionNotices()

  if (prep.isError || existing.isError) {
    return (
      <div className="page">
        <p className="banner banner--error" role="alert">
          {(prep.error ?? existing.error)?.message}
        </p>
      </div>
    )
  }
  if (!prep.data || (reflectionId && !existing.data)) return <div className="page" aria-busy="true" />
  const { member } = prep.data

  return (
    <div className="one-on-one">
      <aside className="prep" aria-label="Preparation">
        <button type="button" className="link-button" onClick={() => navigate(`/team/${member.id}`)}>
          <ArrowLeft size={14} aria-hidden /> {member.name}
        </button>
        <h1 className="prep__title">One-on-one with {member.name}</h1>
        <PrepPanels
          prep={prep.data}
          currentReflectionId={currentId}
          onPrompt={(prompt) => editor.current?.insert(`**${prompt}**\n\n`)}
          reflectionId={() => saved.current()}
        />
      </aside>
      <div className="one-on-one__writing">
        <ReflectionEditor
          key={reflectionId ?? 'new'}
          kind="one_on_one"
          member={member}
          reflection={existing.data ?? null}
          onEditorReady={(api) => {
            editor.current = api
            // A new one-on-one is opened to be written: the cursor waits in the text, unless the person
            // is already typing in another field.
            if (!reflectionId && !typingElsewhere()) api.focus()
          }}
          onNotice={onNotice}
          onSaveReady={(ensureSaved) => {
            saved.current = ensureSaved
          }}
          onCreated={(id) => {
            setCurrentId(id)
            // Replace, not push: Back should leave the 1:1, and no re-render may disturb the editor.
            replaceAddress(`/one-on-one/${memberId}`, `/one-on-one/${memberId}/${id}`)
          }}
        />
      </div>
    </div>
  )
}

interface PrepPanelsProps {
  prep: OneOnOnePrep
  currentReflectionId: string | null
  onPrompt: (prompt: string) => void
  /** The reflection being written, saved first if it is new: ticking a talking point links it there. */
  reflectionId: () => Promise<string>
}

function PrepPanels({ prep, currentReflectionId, onPrompt, reflectionId }: PrepPanelsProps) {
  const last = prep.lastReflection
  const carried = useCarriedForwardItems(prep, currentReflectionId)
  const carriedFrom = new Map(prep.openActionItems.map((item) => [item.id, item.carriedFrom]))
  const feedback = useFeedbackOnPoints(prep.member.id)
  return (
    <>
      <section className="prep__panel" aria-labelledby="prep-talking-points">
        <h2 id="prep-talking-points">Talking points</h2>
        {prep.talkingPoints.length === 0 ? (
          <p className="muted">
            No topics yet. Jot one down here, on {prep.member.name}’s page or from the palette (Ctrl+K).
          </p>
        ) : (
          <ul className="action-list">
            {prep.talkingPoints.map((point) => (
              <TalkingPointRow
                key={point.id}
                point={point}
                discussIn={reflectionId}
                carriedFrom={point.carriedFrom}
                feedbackToDeliver={toDeliver(feedback.byPoint.get(point.id))}
                about={
                  feedback.byPoint.has(point.id) && (
                    <PointFeedback
                      feedback={feedback.byPoint.get(point.id)!}
                      onDeliver={() => feedback.setDelivering(feedback.byPoint.get(point.id)!)}
                    />
                  )
                }
              />
            ))}
          </ul>
        )}
        <NewTalkingPoint memberId={prep.member.id} memberName={prep.member.name} />
        <button type="button" className="link-button" onClick={() => openLoopDialog('feedback', prep.member)}>
          Log feedback for {prep.member.name}…
        </button>
        <DeliverDialog
          feedback={feedback.delivering}
          memberName={prep.member.name}
          deliverIn={reflectionId}
          onClose={() => feedback.setDelivering(null)}
        />
      </section>

      <section className="prep__panel" aria-labelledby="prep-actions">
        <h2 id="prep-actions">Open action items</h2>
        {carried.length === 0 ? (
          <p className="muted">
            Nothing open. Action items you add here carry forward to the next one-on-one.
          </p>
        ) : (
          <ul className="action-list">
            {carried.map((item) => (
              <ActionItemRow key={item.id} item={item} carriedFrom={carriedFrom.get(item.id) ?? null} />
            ))}
          </ul>
        )}
      </section>

      <PrepDelegations prep={prep} />

      <section className="prep__panel" aria-labelledby="prep-last">
        <h2 id="prep-last">Last time</h2>
        {last ? (
          <p>
            <a href={`#/journal/${last.id}`}>{formatDay(last.date)}</a>
            {last.mood !== null && ` · mood ${last.mood} (${MOOD_LABELS[last.mood - 1]})`}
            {last.stance !== null && ` · my stance ${last.stance} (${STANCE_LABELS[last.stance - 1]})`}
          </p>
        ) : (
          <p className="muted">This is your first one-on-one with {prep.member.name} in Leap.</p>
        )}
      </section>

      <section className="prep__panel" aria-labelledby="prep-prompts">
        <h2 id="prep-prompts">
          <Lightbulb size={14} aria-hidden /> Coaching prompts
        </h2>
        <ul className="prompts">
          {COACHING_PROMPTS.map((prompt) => (
            <li key={prompt}>
              <button
                type="button"
                className="prompt"
                onClick={() => onPrompt(prompt)}
                title="Add to the reflection"
              >
                {prompt}
              </button>
            </li>
          ))}
        </ul>
      </section>
    </>
  )
}

/**
 * The items brought into this one-on-one: every item seen open while it is on screen (so a ticked one stays in
 * view, ticked, and the leader sees what they closed), but not those written in this reflection, which show
 * beside it. Only fresh data counts as seen: a cached copy from before a write elsewhere (an item ticked off on
 * the Action items screen) would otherwise keep that item here as if it had been closed in this meeting.
 */
function useCarriedForwardItems(prep: OneOnOnePrep, currentReflectionId: string | null) {
  const items = useActionItems({ memberId: prep.member.id })
  const list = items.data ?? prep.openActionItems
  const [seenOpen, setSeenOpen] = useState<ReadonlySet<string>>(() => new Set())
  const fresh = items.data !== undefined && !items.isStale
  const newlyOpen = fresh ? list.filter((item) => item.status === 'open' && !seenOpen.has(item.id)) : []
  if (newlyOpen.length > 0) setSeenOpen(new Set([...seenOpen, ...newlyOpen.map((item) => item.id)]))
  return list.filter(
    (item) => item.reflectionId !== currentReflectionId && (item.status === 'open' || seenOpen.has(item.id))
  )
}
