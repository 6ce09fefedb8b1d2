import type { DotItemDotProps } from 'recharts'
import { navigate } from '../../lib/router'

/** Chart parts every panel shares: sizes, axis text, and a click that opens the entries behind a point. */
export const CHART_HEIGHT = 240
export const axisTick = { fill: 'var(--text-2)', fontSize: 12 }
export const grid = { stroke: 'var(--border)', strokeDasharray: '3 3' }
export const tooltipStyle = {
  contentStyle: {
    background: 'var(--surface)',
    border: '1px solid var(--border-strong)',
    borderRadius: 6,
    color: 'var(--text)'
  },
  labelStyle: { color: 'var(--text)', fontWeight: 600 }
}

/** Opens the entries behind the point or bar at `index`, if there are any. */
export const openAt = (linkFor: (index: number) => string | null) => (index: number) => {
  const link = linkFor(index)
  if (link) navigate(link)
}

/**
 * A clickable point: a circle or a square (the shape tells two lines apart as well as their dash), which
 * opens the entries behind it. Periods without a value draw nothing.
 */
export const clickableDot =
  (shape: 'circle' | 'square', open: (index: number) => void) =>
  ({ cx, cy, value, index }: DotItemDotProps) => {
    if (cx === undefined || cy === undefined || value === null || value === undefined)
      return <g key={index} />
    const props = { key: index, className: `insight-dot insight-dot--${shape}`, onClick: () => open(index) }
    return shape === 'circle' ? (
      <circle {...props} cx={cx} cy={cy} r={5} />
    ) : (
      <rect {...props} x={cx - 4.5} y={cy - 4.5} width={9} height={9} />
    )
  }

/** A link that changes screens the way every in-app link does (hash routes). */
export function EntryLink({ to, children }: { to: string; children: React.ReactNode }) {
  return (
    <a
      href={`#${to}`}
      onClick={(event) => {
        event.preventDefault()
        navigate(to)
      }}
    >
      {children}
    </a>
  )
}
