/** A small seeded PRNG (mulberry32): the same seed gives the same journal on every machine. */
export function createRandom(seed: number) {
  let state = seed >>> 0
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1))
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!
  /** Log-uniform between min and max: many short entries, a long tail of long ones. */
  const logUniform = (min: number, max: number): number =>
    Math.round(Math.exp(Math.log(min) + next() * (Math.log(max) - Math.log(min))))
  const uuid = (): string => {
    const hex = Array.from({ length: 32 }, () => int(0, 15).toString(16))
    hex[12] = '4'
    hex[16] = '89ab'[int(0, 3)]!
    const s = hex.join('')
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`
  }
  return { next, int, pick, logUniform, uuid }
}
export type Random = ReturnType<typeof createRandom>
