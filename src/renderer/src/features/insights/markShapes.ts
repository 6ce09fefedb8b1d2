/**
 * The authority ladder's mark shapes, one per person in turn, as path pieces: each person's marks are drawn as
 * one path, since a hundred people's year of steps is over a thousand marks and an element per mark took
 * seconds to draw. Outlines follow d3's symbols of area 64, the size the ladder's points always had.
 */
export const SHAPES = ['circle', 'square', 'triangle', 'diamond', 'star', 'cross', 'wye'] as const
export type Shape = (typeof SHAPES)[number]

/** The character that shows each shape in the key, where names are listed. */
export const SHAPE_MARKS: Record<Shape, string> = {
  circle: '●',
  square: '■',
  triangle: '▲',
  diamond: '◆',
  star: '★',
  cross: '✚',
  wye: 'Y'
}

const AREA = 64
type Point = [number, number]

function starOutline(): Point[] {
  const r = Math.sqrt(AREA * 0.8908130915292852)
  const inner = Math.sin(Math.PI / 10) / Math.sin((7 * Math.PI) / 10)
  const [x, y] = [Math.sin(Math.PI / 5) * inner * r, -Math.cos(Math.PI / 5) * inner * r]
  const points: Point[] = [
    [0, -r],
    [x, y]
  ]
  for (let i = 1; i < 5; i += 1) {
    const [cos, sin] = [Math.cos((2 * Math.PI * i) / 5), Math.sin((2 * Math.PI * i) / 5)]
    points.push([sin * r, -cos * r], [cos * x - sin * y, sin * x + cos * y])
  }
  return points
}

function wyeOutline(): Point[] {
  const [c, s, k] = [-0.5, Math.sqrt(3) / 2, 1 / Math.sqrt(12)]
  const r = Math.sqrt(AREA / ((k / 2 + 1) * 3))
  const arm: Point[] = [
    [r / 2, r * k],
    [r / 2, r * k + r],
    [-r / 2, r * k + r]
  ]
  return [
    ...arm,
    ...arm.map(([x, y]): Point => [c * x - s * y, s * x + c * y]),
    ...arm.map(([x, y]): Point => [c * x + s * y, c * y - s * x])
  ]
}

function outline(shape: Exclude<Shape, 'circle'>): Point[] {
  switch (shape) {
    case 'square': {
      const half = Math.sqrt(AREA) / 2
      return [
        [-half, -half],
        [half, -half],
        [half, half],
        [-half, half]
      ]
    }
    case 'triangle': {
      const y = -Math.sqrt(AREA / (Math.sqrt(3) * 3))
      return [
        [0, 2 * y],
        [-Math.sqrt(3) * y, -y],
        [Math.sqrt(3) * y, -y]
      ]
    }
    case 'diamond': {
      const y = Math.sqrt(AREA / (2 * Math.sqrt(1 / 3)))
      const x = y * Math.sqrt(1 / 3)
      return [
        [0, -y],
        [x, 0],
        [0, y],
        [-x, 0]
      ]
    }
    case 'star':
      return starOutline()
    case 'cross': {
      const r = Math.sqrt(AREA / 5) / 2
      const quarter: Point[] = [
        [-3 * r, -r],
        [-r, -r],
        [-r, -3 * r]
      ]
      // The same corner turned a quarter at a time.
      return [0, 1, 2, 3].flatMap((turn) =>
        quarter.map(([x, y]): Point => {
          const [cos, sin] = [
            Math.round(Math.cos((turn * Math.PI) / 2)),
            Math.round(Math.sin((turn * Math.PI) / 2))
          ]
          return [x * cos - y * sin, x * sin + y * cos]
        })
      )
    }
    case 'wye':
      return wyeOutline()
  }
}

const n = (value: number) => Math.round(value * 100) / 100

/** A shape's outline relative to its centre: moved to from the centre, so every mark starts at "M cx cy". */
function relativeOutline(shape: Shape): string {
  if (shape === 'circle') {
    const r = n(Math.sqrt(AREA / Math.PI))
    return `m${-r} 0a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0z`
  }
  const points = outline(shape)
  const steps = points.slice(1).map(([x, y], i) => `${n(x - points[i]![0])} ${n(y - points[i]![1])}`)
  return `m${n(points[0]![0])} ${n(points[0]![1])}l${steps.join(' ')}z`
}
const outlines = Object.fromEntries(SHAPES.map((shape) => [shape, relativeOutline(shape)])) as Record<
  Shape,
  string
>

/** One path's data drawing `shape` centred on every point. */
export const marksPath = (shape: Shape, centres: readonly { cx: number; cy: number }[]) =>
  centres.map(({ cx, cy }) => `M${n(cx)} ${n(cy)}${outlines[shape]}`).join('')
