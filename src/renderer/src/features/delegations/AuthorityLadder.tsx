import { ArrowRight, TrendingDown, TrendingUp } from 'lucide-react'
import type { LadderEntry } from '../../../../shared/domain/delegations'
import { STATUS_LABELS, authorityLevel } from '../../../../shared/domain/delegationVocabulary'
import { formatDay } from '../../lib/dates'
import { navigate } from '../../lib/router'
import { LevelBadge } from './LevelBadge'
import { useLadder } from './hooks'

function movement({ startLevel, currentLevel }: LadderEntry): string {
  const from = `${startLevel} · ${authorityLevel(startLevel).name}`
  const to = `${currentLevel} · ${authorityLevel(currentLevel).name}`
  if (currentLevel > startLevel) return `Raised from ${from} to ${to}`
  if (currentLevel < startLevel) return `Lowered from ${from} to ${to}`
  return `At ${to} since the start`
}

/** A person's authority ladder: for each delegation, every level it had and why it changed. */
export function AuthorityLadder({ memberId }: { memberId: string }) {
  const ladder = useLadder(memberId)
  const entries = ladder.data ?? []
  return (
    <section className="ladder" aria-labelledby={`ladder-${memberId}`}>
      <h3 id={`ladder-${memberId}`}>Authority ladder</h3>
      {ladder.isError && (
        <p className="banner banner--error" role="alert">
          {ladder.error.message}
        </p>
      )}
      {ladder.isSuccess && entries.length === 0 && (
        <p className="muted">Each delegation’s authority level shows here, and how it grows as trust does.</p>
      )}
      <ul className="ladder__list" aria-label="Authority ladder">
        {entries.map((entry) => (
          <li key={entry.delegationId} className="ladder__rung">
            <div className="ladder__head">
              <button
                type="button"
                className="link-button ladder__title"
                onClick={() => navigate(`/delegations/${entry.delegationId}`)}
              >
                {entry.title}
              </button>
              <span className="badge">{STATUS_LABELS[entry.status]}</span>
              <span className="ladder__movement">
                {entry.currentLevel > entry.startLevel && <TrendingUp size={14} aria-hidden />}
                {entry.currentLevel < entry.startLevel && <TrendingDown size={14} aria-hidden />}
                {movement(entry)}
              </span>
            </div>
            <ol className="ladder__steps" aria-label={`Levels of ${entry.title}`}>
              {entry.steps.map((step, index) => (
                <li key={step.id} className="ladder__step">
                  {index > 0 && <ArrowRight size={14} className="ladder__arrow" aria-hidden />}
                  <span className="ladder__level">
                    <LevelBadge level={step.toLevel} />
                    <span className="ladder__when">{formatDay(step.changedOn)}</span>
                    {step.reason && <span className="ladder__reason">{step.reason}</span>}
                  </span>
                </li>
              ))}
            </ol>
          </li>
        ))}
      </ul>
    </section>
  )
}
