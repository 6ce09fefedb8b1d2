import type { InterventionCounts } from '../../../../shared/domain/delegations'
import { RESPONSE_LABELS, LEADER_RESPONSES } from '../../../../shared/domain/delegationVocabulary'
import { formatDay } from '../../lib/dates'
import { useInterventions } from './hooks'

const percent = (ratio: number) => `${Math.round(ratio * 100)}%`

function Period({ title, note, counts }: { title: string; note: string; counts: InterventionCounts }) {
  const judged = counts.lettingGo + counts.intervening
  return (
    <section className="interventions__period" aria-label={title}>
      <h4>{title}</h4>
      <p className="interventions__note">{note}</p>
      {counts.ratio === null ? (
        <p className="interventions__ratio interventions__ratio--none">No check-ins to judge yet</p>
      ) : (
        <>
          <p className="interventions__ratio">
            <strong>{percent(counts.ratio)}</strong> intervening
          </p>
          <p className="interventions__summary">
            Stepped in or took it back {counts.intervening} of {judged} times; held back or coached{' '}
            {counts.lettingGo}.
          </p>
          <div className="interventions__bar" aria-hidden>
            <span className="interventions__bar-go" style={{ flexGrow: counts.lettingGo }} />
            <span className="interventions__bar-in" style={{ flexGrow: counts.intervening }} />
          </div>
        </>
      )}
      <dl className="interventions__counts">
        {LEADER_RESPONSES.map((response) => (
          <div key={response}>
            <dt>{RESPONSE_LABELS[response]}</dt>
            <dd>{counts.byResponse[response]}</dd>
          </div>
        ))}
      </dl>
    </section>
  )
}

/**
 * The intervention log: how often the leader let go (held back, asked questions) versus intervened (stepped
 * in, took it back), overall and over the last 90 days. One person's, or the whole team's without memberId.
 */
export function InterventionLog({ memberId }: { memberId?: string }) {
  const log = useInterventions(memberId)
  return (
    <section className="interventions" aria-labelledby={`interventions-${memberId ?? 'team'}`}>
      <h3 id={`interventions-${memberId ?? 'team'}`}>Intervention log</h3>
      {log.isError && (
        <p className="banner banner--error" role="alert">
          {log.error.message}
        </p>
      )}
      {log.data && (
        <div className="interventions__periods">
          <Period title="Overall" note="Every check-in" counts={log.data.overall} />
          <Period
            title="Last 90 days"
            note={`Since ${formatDay(log.data.since)}`}
            counts={log.data.last90Days}
          />
        </div>
      )}
    </section>
  )
}
