import { describe, expect, it } from 'vitest'
import { SHAPES, marksPath } from './markShapes'

/** The points a path's outline visits, in absolute coordinates (moves and relative lines; arcs end where they began). */
function polygons(d: string): [number, number][][] {
  const shapes: [number, number][][] = []
  let at: [number, number] = [0, 0]
  for (const [, command, args] of d.matchAll(/([MmLlAaZz])([^MmLlAaZz]*)/g)) {
    const numbers = args!
      .trim()
      .split(/[\s,]+/)
      .filter(Boolean)
      .map(Number)
    if (command === 'M') shapes.push([(at = [numbers[0]!, numbers[1]!])])
    if (command === 'm') shapes.at(-1)!.splice(0, 1, (at = [at[0] + numbers[0]!, at[1] + numbers[1]!]))
    if (command === 'l')
      for (let i = 0; i < numbers.length; i += 2)
        shapes.at(-1)!.push((at = [at[0] + numbers[i]!, at[1] + numbers[i + 1]!]))
  }
  return shapes
}
const area = (points: [number, number][]) =>
  Math.abs(
    points.reduce((sum, [x, y], i) => {
      const [nx, ny] = points[(i + 1) % points.length]!
      return sum + x * ny - nx * y
    }, 0)
  ) / 2

describe('the authority ladder’s marks', () => {
  const centres = [
    { cx: 10, cy: 20 },
    { cx: 100.5, cy: 7 }
  ]

  it('draws one mark per point, each starting at its centre', () => {
    for (const shape of SHAPES) {
      const d = marksPath(shape, centres)
      expect([...d.matchAll(/M([\d.]+) ([\d.]+)/g)].map(([, x, y]) => [Number(x), Number(y)])).toEqual([
        [10, 20],
        [100.5, 7]
      ])
    }
  })

  it('keeps every outline the size points always had (an area of 64) around its centre', () => {
    for (const shape of SHAPES.filter((s) => s !== 'circle')) {
      const [outline] = polygons(marksPath(shape, [{ cx: 0, cy: 0 }]))
      expect(area(outline!)).toBeCloseTo(64, 0)
      const centroid = outline!.reduce(
        ([x, y], [px, py]) => [x + px / outline!.length, y + py / outline!.length],
        [0, 0]
      )
      expect(Math.hypot(centroid[0]!, centroid[1]!)).toBeLessThan(1.5)
    }
    expect(marksPath('circle', [{ cx: 0, cy: 0 }])).toContain('a4.51 4.51')
  })
})
