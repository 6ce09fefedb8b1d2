import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import type { InsightBucket } from '../../../../shared/domain/insights'
import type { FeedbackTrend } from '../../../../shared/domain/feedbackInsights'
import { FEEDBACK_ENTRIES_SHOWN } from '../../../../shared/domain/feedbackInsights'
import { formatDay } from '../../lib/dates'
import { useFeedbackTrend } from './hooks'
import { CHART_HEIGHT, EntryLink, axisTick, grid, tooltipStyle } from './chartKit'
import { periodLabel } from './format'
import { InsightPanel } from './InsightPanel'
import { memberLink } from './links'
import { plural } from '../../lib/words'

const feedbackLink = (memberId: string, id: string) => `${memberLink(memberId)}?feedback=${id}`

/** "9 praise and 3 redirects for the team in the last 12 weeks. No praise in that time: Ben Okafor." */
export function feedbackSummary(trend: FeedbackTrend, bucket: InsightBucket, who: string): string {
  const periods = plural(trend.buckets.length, bucket === 'month' ? 'month' : 'week')
  const { praise, redirect } = trend.total
  if (praise + redirect === 0) return `No feedback given to ${who} in the last ${periods}.`
  const unpraised = trend.members.filter((m) => m.praise === 0).map((m) => m.name)
  return (
    `${praise} praise and ${plural(redirect, 'redirect')} for ${who} in the last ${periods}.` +
    (trend.members.length > 1 && unpraised.length > 0
      ? ` No praise in that time: ${unpraised.join(', ')}.`
      : '')
  )
}

/** Feedback: praise and redirect given per week or month, per person, and the entries behind them. */
export function FeedbackPanel({ bucket, memberId }: { bucket: InsightBucket; memberId?: string }) {
  const query = useFeedbackTrend(bucket, memberId)
  const trend = query.data
  if (!trend)
    return <InsightPanel id="feedback" title="Feedback given" summary={query.error?.message ?? 'Loading…'} />
  const who = memberId ? (trend.members[0]?.name ?? 'them') : 'the team'
  const given = trend.total.praise + trend.total.redirect
  const data = trend.buckets.map((b) => ({ ...b, label: periodLabel(bucket, b.start) }))
  return (
    <InsightPanel
      id="feedback"
      title="Feedback given"
      summary={feedbackSummary(trend, bucket, who)}
      empty={
        given === 0 &&
        'Log praise and redirects on a person’s page (or “Log feedback” in the palette) to see how often you give each.'
      }
      keyItems={[
        { label: 'Praise', sample: 'dots' },
        { label: 'Redirect', sample: 'hatch' }
      ]}
      chart={
        <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
          <BarChart data={data} accessibilityLayer={false} margin={{ top: 20 }}>
            <CartesianGrid {...grid} vertical={false} />
            <XAxis dataKey="label" tick={{ ...axisTick, fontSize: 11 }} />
            <YAxis allowDecimals={false} tick={axisTick} width={28} />
            <Tooltip {...tooltipStyle} cursor={{ fill: 'var(--surface-2)' }} />
            <Bar
              dataKey="praise"
              name="Praise"
              stackId="f"
              fill="url(#insight-dots)"
              stroke="var(--success)"
              isAnimationActive={false}
            />
            <Bar
              dataKey="redirect"
              name="Redirect"
              stackId="f"
              fill="url(#insight-hatch)"
              stroke="var(--warning)"
              isAnimationActive={false}
            />
          </BarChart>
        </ResponsiveContainer>
      }
      figures={
        <>
          <table className="insight-table">
            <caption className="visually-hidden">Feedback per person</caption>
            <thead>
              <tr>
                <th scope="col">Person</th>
                <th scope="col">Praise</th>
                <th scope="col">Redirect</th>
                <th scope="col">Last praise</th>
              </tr>
            </thead>
            <tbody>
              {trend.members.map((m) => (
                <tr key={m.memberId}>
                  <th scope="row">
                    <EntryLink to={memberLink(m.memberId)}>{m.name}</EntryLink>
                  </th>
                  <td>{m.praise}</td>
                  <td>{m.redirect}</td>
                  <td>{m.lastPraiseOn ? formatDay(m.lastPraiseOn) : 'never'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <ul className="insight-people" aria-label="Feedback given">
            {trend.entries.map((entry) => (
              <li key={entry.id}>
                <EntryLink to={feedbackLink(entry.memberId, entry.id)}>
                  {formatDay(entry.givenOn)}, {entry.name}
                </EntryLink>
                <span>
                  {entry.kind === 'praise' ? 'Praise' : 'Redirect'}: {entry.behaviour}
                </span>
              </li>
            ))}
          </ul>
          {given > trend.entries.length && (
            <p className="muted">
              The newest {FEEDBACK_ENTRIES_SHOWN} are listed; each person’s page has all of theirs.
            </p>
          )}
        </>
      }
    />
  )
}
