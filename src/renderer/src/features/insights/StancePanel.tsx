import type { InsightBucket, StanceTrend } from '../../../../shared/domain/insights'
import { EntryLink, openAt } from './chartKit'
import { oneDecimal, percent, periodName } from './format'
import { useStanceTrend } from './hooks'
import { InsightPanel } from './InsightPanel'
import { journalLink, memberLink } from './links'
import { RatingChart, RatingFigures } from './RatingTrend'
import { plural } from '../../lib/words'

const unit = (bucket: InsightBucket) => (bucket === 'month' ? 'month' : 'week')

export function stanceSummary(trend: StanceTrend, bucket: InsightBucket): string {
  const periods = plural(trend.buckets.length, unit(bucket))
  const { average, count, intervening, lettingGo, ratio } = trend.total
  const stance =
    average === null
      ? `No stance ratings in the last ${periods}.`
      : `Over the last ${periods} you rated your stance ${oneDecimal(average)} on average (1 managed, 5 led), from ${plural(count, 'reflection')}.`
  const rated = trend.buckets.filter((b) => b.average !== null)
  const latest = rated.at(-1)
  const trendText =
    rated.length >= 2 && latest
      ? ` Latest, ${periodName(bucket, latest.start)}: ${oneDecimal(latest.average!)}, against ${oneDecimal(rated[0]!.average!)} in ${periodName(bucket, rated[0]!.start)}.`
      : ''
  const checkins =
    ratio === null
      ? ' No check-ins with a judged response yet.'
      : ` You stepped in or took it back at ${intervening} of ${intervening + lettingGo} check-ins (${percent(ratio)}).`
  return stance + trendText + checkins
}

/** Leading vs managing: stance over time, with the intervention ratio beside it. */
export function StancePanel({ bucket, memberId }: { bucket: InsightBucket; memberId?: string }) {
  const query = useStanceTrend(bucket, memberId)
  const trend = query.data
  if (!trend)
    return (
      <InsightPanel id="stance" title="Leading vs managing" summary={query.error?.message ?? 'Loading…'} />
    )
  const linkFor = (i: number) => {
    const period = trend.buckets[i]
    return period ? journalLink({ from: period.start, to: period.end, memberId }) : null
  }
  const nothing = trend.total.count === 0 && trend.total.ratio === null
  return (
    <InsightPanel
      id="stance"
      title="Leading vs managing"
      summary={stanceSummary(trend, bucket)}
      empty={
        nothing &&
        'Rate your stance when you write a reflection (1 I managed: told, directed, fixed; 5 I led: asked, trusted, let them own it), and record how you responded at each check-in, to see this trend.'
      }
      keyItems={[
        { label: 'Stance, 1 managed to 5 led (left scale)', sample: 'solid' },
        { label: 'Intervening at check-ins, % (right scale)', sample: 'dashed' }
      ]}
      chart={
        <RatingChart
          bucket={bucket}
          periods={trend.buckets}
          name="Stance"
          open={openAt(linkFor)}
          second={{
            name: 'Intervening %',
            percents: trend.buckets.map((b) => (b.ratio === null ? null : Math.round(b.ratio * 100)))
          }}
        />
      }
      figures={
        <RatingFigures
          bucket={bucket}
          periods={trend.buckets}
          caption={`Stance and intervening per ${unit(bucket)}`}
          rating="Stance"
          extra={{
            header: 'Intervening',
            cell: (i) => {
              const b = trend.buckets[i]!
              return b.ratio === null
                ? '–'
                : `${percent(b.ratio)} (${b.intervening} of ${b.intervening + b.lettingGo})`
            }
          }}
          linkFor={linkFor}
        />
      }
    >
      {trend.members.length > 0 && (
        <table className="insight-table">
          <caption>Per person, same {plural(trend.buckets.length, unit(bucket))}</caption>
          <thead>
            <tr>
              <th scope="col">Person</th>
              <th scope="col">Stance</th>
              <th scope="col">Intervening</th>
            </tr>
          </thead>
          <tbody>
            {trend.members.map((m) => (
              <tr key={m.memberId}>
                <th scope="row">
                  <EntryLink to={memberLink(m.memberId)}>{m.name}</EntryLink>
                </th>
                <td>
                  {m.average === null
                    ? 'No ratings'
                    : `${oneDecimal(m.average)} (${plural(m.count, 'reflection')})`}
                </td>
                <td>
                  {m.ratio === null
                    ? 'No check-ins'
                    : `${percent(m.ratio)} (${m.intervening} of ${m.intervening + m.lettingGo})`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </InsightPanel>
  )
}
