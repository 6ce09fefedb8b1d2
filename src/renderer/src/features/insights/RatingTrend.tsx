import type { ReactNode } from 'react'
import { CartesianGrid, ComposedChart, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import type { InsightBucket } from '../../../../shared/domain/insights'
import { CHART_HEIGHT, EntryLink, axisTick, clickableDot, grid, tooltipStyle } from './chartKit'
import { oneDecimal, periodLabel, periodName } from './format'

/** A period of a 1-5 rating trend (stance, mood): its days, the average (null: none) and how many rated it. */
interface RatedPeriod {
  start: string
  end: string
  average: number | null
  count: number
}

const oneDecimalOrNull = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10)

/**
 * A rating per period as a solid line with circles on a 1-5 scale; `second` adds a dashed line with squares
 * on a percent scale at the right. A point opens the entries behind it.
 */
export function RatingChart({
  bucket,
  periods,
  name,
  open,
  second
}: {
  bucket: InsightBucket
  periods: readonly RatedPeriod[]
  name: string
  open: (index: number) => void
  second?: { name: string; percents: readonly (number | null)[] }
}) {
  const data = periods.map((period, i) => ({
    label: periodLabel(bucket, period.start),
    rating: oneDecimalOrNull(period.average),
    second: second?.percents[i] ?? null
  }))
  return (
    <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
      <ComposedChart data={data} accessibilityLayer={false} margin={{ top: 12, right: second ? 8 : 16 }}>
        <CartesianGrid {...grid} />
        <XAxis dataKey="label" tick={axisTick} />
        <YAxis yAxisId="rating" domain={[1, 5]} ticks={[1, 2, 3, 4, 5]} tick={axisTick} width={28} />
        {second && (
          <YAxis yAxisId="second" orientation="right" domain={[0, 100]} unit="%" tick={axisTick} width={44} />
        )}
        <Tooltip {...tooltipStyle} />
        <Line
          yAxisId="rating"
          dataKey="rating"
          name={name}
          className="insight-line"
          stroke="var(--accent)"
          strokeWidth={2.5}
          dot={clickableDot('circle', open)}
          activeDot={false}
          connectNulls
          isAnimationActive={false}
        />
        {second && (
          <Line
            yAxisId="second"
            dataKey="second"
            name={second.name}
            stroke="var(--warning)"
            strokeWidth={2}
            strokeDasharray="6 4"
            dot={clickableDot('square', open)}
            activeDot={false}
            connectNulls
            isAnimationActive={false}
          />
        )}
      </ComposedChart>
    </ResponsiveContainer>
  )
}

/**
 * The figures behind a rating trend: a row per period with its average and count, any `extra` column, and a
 * link to the reflections of the period.
 */
export function RatingFigures({
  bucket,
  periods,
  caption,
  rating,
  extra,
  linkFor
}: {
  bucket: InsightBucket
  periods: readonly RatedPeriod[]
  caption: string
  rating: string
  extra?: { header: string; cell: (index: number) => ReactNode }
  linkFor: (index: number) => string | null
}) {
  return (
    <table className="insight-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{bucket === 'month' ? 'Month' : 'Week of'}</th>
          <th scope="col">{rating}</th>
          <th scope="col">Reflections</th>
          {extra && <th scope="col">{extra.header}</th>}
          <th scope="col">Entries</th>
        </tr>
      </thead>
      <tbody>
        {periods.map((period, i) => {
          const link = period.count > 0 ? linkFor(i) : null
          return (
            <tr key={period.start}>
              <th scope="row">{periodLabel(bucket, period.start)}</th>
              <td>{period.average === null ? '–' : oneDecimal(period.average)}</td>
              <td>{period.count}</td>
              {extra && <td>{extra.cell(i)}</td>}
              <td>
                {link ? (
                  <EntryLink to={link}>Reflections of {periodName(bucket, period.start)}</EntryLink>
                ) : (
                  '–'
                )}
              </td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}
