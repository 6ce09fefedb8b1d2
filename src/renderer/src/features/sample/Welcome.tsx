import { Sparkles, X } from 'lucide-react'
import { useSettings, useUpdateSettings } from '../settings/hooks'
import { useOpenSampleTeam, useRemoveSampleTeam, useSampleTeam } from './hooks'
import '../desktop/desktop.css'

/**
 * The first run: on an empty Team screen, until closed, three lines on what Leap is for and the offer of a
 * sample team to explore (the empty state below it offers adding the first real member).
 */
export function Welcome() {
  const settings = useSettings()
  const update = useUpdateSettings()
  const open = useOpenSampleTeam()
  if (!settings.data || settings.data.preferences.welcomeDismissed) return null

  return (
    <section className="welcome card" aria-labelledby="welcome-title">
      <button
        type="button"
        className="icon-button welcome__close"
        aria-label="Close the welcome"
        onClick={() => update.mutate({ welcomeDismissed: true })}
      >
        <X size={16} aria-hidden />
      </button>
      <h2 id="welcome-title">Welcome to Leap</h2>
      <ul className="welcome__lines">
        <li>
          Leap is a private journal for leading a team. It stays on this computer, and never goes online.
        </li>
        <li>
          Record what you delegate: how much authority, what success looks like, when you would step in.
        </li>
        <li>Write after each one-on-one, and see over the weeks whether you are leading or managing.</li>
      </ul>
      <div className="welcome__actions">
        <button type="button" className="button" disabled={open.isPending} onClick={() => open.mutate()}>
          <Sparkles size={16} aria-hidden /> Open a sample team
        </button>
        <span className="welcome__note">Clearly marked, removed in one click.</span>
      </div>
    </section>
  )
}

/** While the sample team is in the journal: a reminder that it is sample data, and the one-click removal. */
export function SampleTeamBanner() {
  const sample = useSampleTeam()
  if (!sample.data?.present) return null
  return (
    <div className="banner banner--warning sample-banner" role="note">
      <span>
        You are exploring a <strong>sample team</strong>. Its members are marked “(sample)” and belong to
        “Sample team”.
      </span>
      <RemoveSampleTeam small />
    </div>
  )
}

/** Removes the sample team with everything recorded about it (the banner on Team, and Settings). */
export function RemoveSampleTeam({ small = false }: { small?: boolean }) {
  const remove = useRemoveSampleTeam()
  return (
    <button
      type="button"
      className={small ? 'button button--small' : 'button'}
      disabled={remove.isPending}
      onClick={() => remove.mutate()}
    >
      Remove sample team
    </button>
  )
}
