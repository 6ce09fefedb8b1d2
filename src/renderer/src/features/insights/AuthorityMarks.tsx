import { useMemo, useState, type MouseEvent } from 'react'
import { usePlotArea, useXAxisScale, useYAxisScale } from 'recharts'
import { formatDay } from '../../lib/dates'
import { marksPath, type Shape } from './markShapes'
import { levelName } from './format'

/** A level agreed from a day (a step), or acted at on a day (a check-in), for one person. */
export interface LadderMark {
  x: number
  level: number
  day: string
  title: string
  name: string
  delegationId: string
  shape: Shape
  acted: boolean
}
type Placed = LadderMark & { cx: number; cy: number }

/** How near the pointer must be to a mark's centre to point at it, in pixels: a little over its size. */
const REACH = 8
const TOOLTIP = { width: 280, height: 64, gap: 12 }

/**
 * The ladder's marks inside its chart: one path per shape and kind (agreed, acted), with the pointer finding
 * the nearest mark for its tooltip and click, since a path per mark is what made the ladder slow to draw.
 */
export function AuthorityMarks({
  marks,
  onOpen
}: {
  marks: LadderMark[]
  onOpen: (delegationId: string) => void
}) {
  const xScale = useXAxisScale()
  const yScale = useYAxisScale()
  const area = usePlotArea()
  const [pointed, setPointed] = useState<Placed | null>(null)
  const placed = useMemo(
    () =>
      xScale && yScale
        ? marks.map((mark) => ({
            ...mark,
            cx: xScale(mark.x) ?? Number.NaN,
            cy: yScale(mark.level) ?? Number.NaN
          }))
        : [],
    [marks, xScale, yScale]
  )
  const paths = useMemo(() => {
    const groups = new Map<string, Placed[]>()
    for (const mark of placed) {
      const key = `${mark.shape} ${mark.acted ? 'acted' : 'agreed'}`
      const group = groups.get(key)
      if (group) group.push(mark)
      else groups.set(key, [mark])
    }
    return [...groups].map(([key, group]) => ({
      key,
      acted: group[0]!.acted,
      d: marksPath(group[0]!.shape, group)
    }))
  }, [placed])
  if (!area) return null

  const nearest = (event: MouseEvent<SVGRectElement>): Placed | null => {
    const surface = event.currentTarget.ownerSVGElement!.getBoundingClientRect()
    const [x, y] = [event.clientX - surface.left, event.clientY - surface.top]
    let best: Placed | null = null
    let bestDistance = REACH * REACH
    for (const mark of placed) {
      const distance = (mark.cx - x) ** 2 + (mark.cy - y) ** 2
      if (distance <= bestDistance) [best, bestDistance] = [mark, distance]
    }
    return best
  }
  return (
    <g className="insight-marks">
      {/* Agreed levels first, so the hollow marks of levels acted at stay visible over them. */}
      {paths
        .sort((a, b) => Number(a.acted) - Number(b.acted))
        .map((path) => (
          <path key={path.key} d={path.d} className={`insight-marks__${path.acted ? 'acted' : 'agreed'}`} />
        ))}
      {pointed && <circle cx={pointed.cx} cy={pointed.cy} r={REACH} className="insight-marks__pointed" />}
      {/* Reaching past the plot by a mark's size: the marks of levels 1 and 7 lie on its edges. */}
      <rect
        x={area.x - REACH}
        y={area.y - REACH}
        width={area.width + 2 * REACH}
        height={area.height + 2 * REACH}
        className="insight-marks__hit"
        onMouseMove={(event) => setPointed(nearest(event))}
        onMouseLeave={() => setPointed(null)}
        onClick={(event) => {
          const mark = nearest(event)
          if (mark) onOpen(mark.delegationId)
        }}
      />
      {pointed && <MarkTooltip mark={pointed} area={area} />}
    </g>
  )
}

/** What a mark stands for, beside it, kept inside the plot. */
function MarkTooltip({ mark, area }: { mark: Placed; area: { x: number; width: number; y: number } }) {
  const right = mark.cx + TOOLTIP.gap + TOOLTIP.width <= area.x + area.width
  return (
    <foreignObject
      x={right ? mark.cx + TOOLTIP.gap : mark.cx - TOOLTIP.gap - TOOLTIP.width}
      y={Math.max(area.y, mark.cy - TOOLTIP.height / 2)}
      width={TOOLTIP.width}
      height={TOOLTIP.height}
      className="insight-marks__tooltip"
    >
      <div className={`insight-tooltip${right ? '' : ' insight-tooltip--left'}`}>
        <strong>{mark.title}</strong>
        <br />
        {mark.name}: {mark.acted ? 'acted at' : 'agreed'} {mark.level} {levelName(mark.level)}{' '}
        {mark.acted ? 'on' : 'from'} {formatDay(mark.day)}
      </div>
    </foreignObject>
  )
}
