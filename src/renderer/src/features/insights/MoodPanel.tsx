import type { InsightBucket, MoodTrend } from '../../../../shared/domain/insights'
import { formatDay } from '../../lib/dates'
import { EntryLink, openAt } from './chartKit'
import { oneDecimal, periodName } from './format'
import { useMoodTrend } from './hooks'
import { InsightPanel } from './InsightPanel'
import { journalLink } from './links'
import { RatingChart, RatingFigures } from './RatingTrend'
import { plural } from '../../lib/words'

export function moodSummary(trend: MoodTrend, bucket: InsightBucket, who: string): string {
  const periods = plural(trend.buckets.length, bucket === 'month' ? 'month' : 'week')
  if (trend.total.average === null) return `No moods recorded for ${who} in the last ${periods}.`
  const rated = trend.buckets.filter((b) => b.average !== null)
  const [first, last] = [rated[0]!, rated.at(-1)!]
  const change =
    rated.length < 2
      ? ''
      : last.average! > first.average!
        ? ' Rising'
        : last.average! < first.average!
          ? ' Falling'
          : ' Steady'
  return (
    `Mood of ${who} averaged ${oneDecimal(trend.total.average)} of 5 over the last ${periods}, from ${plural(trend.total.count, 'reflection')}.` +
    (change
      ? `${change}: ${oneDecimal(first.average!)} in ${periodName(bucket, first.start)}, ${oneDecimal(last.average!)} in ${periodName(bucket, last.start)}.`
      : '')
  )
}

/** Mood: how people seemed in one-on-ones, per week or month. */
export function MoodPanel({ bucket, memberId }: { bucket: InsightBucket; memberId?: string }) {
  const query = useMoodTrend(bucket, memberId)
  const trend = query.data
  if (!trend) return <InsightPanel id="mood" title="Mood" summary={query.error?.message ?? 'Loading…'} />
  const who = memberId ? (trend.members[0]?.name ?? 'them') : 'the team'
  const linkFor = (i: number) => {
    const b = trend.buckets[i]
    return b && b.count > 0 ? journalLink({ from: b.start, to: b.end, memberId }) : null
  }
  return (
    <InsightPanel
      id="mood"
      title="Mood"
      summary={moodSummary(trend, bucket, who)}
      empty={
        trend.total.count === 0 &&
        'Record the person’s mood (1 to 5) when you write up a one-on-one to see how it moves over time.'
      }
      keyItems={[{ label: 'Average mood, 1 low to 5 high', sample: 'solid' }]}
      chart={<RatingChart bucket={bucket} periods={trend.buckets} name="Mood" open={openAt(linkFor)} />}
      figures={
        <RatingFigures
          bucket={bucket}
          periods={trend.buckets}
          caption="Mood per period"
          rating="Mood"
          linkFor={linkFor}
        />
      }
    >
      {!memberId && (
        <ul className="insight-people" aria-label="Mood per person">
          {trend.members.map((m) => (
            <li key={m.memberId}>
              <EntryLink to={journalLink({ memberId: m.memberId, from: trend.from })}>{m.name}</EntryLink>
              <span>
                {m.average === null
                  ? 'no mood in this range'
                  : `${oneDecimal(m.average)} average (${plural(m.count, 'entry', 'entries')})`}
                {m.last && `; last ${m.last.mood} on ${formatDay(m.last.date)}`}
              </span>
            </li>
          ))}
        </ul>
      )}
    </InsightPanel>
  )
}
