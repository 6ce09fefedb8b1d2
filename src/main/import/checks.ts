import { TagName } from '../../shared/domain/reflections'

/**
 * The journal's own rules, checked before anything is written, so one bad file is listed and skipped instead
 * of failing the whole import at a CHECK constraint. They follow SQLite's reading of the schema: trim() takes
 * off spaces only, length() counts characters, and text stops at a NUL for both.
 */

/** Text SQLite and a markdown file can both hold exactly: no NUL, no lone UTF-16 surrogate. */
// With the u flag a surrogate pair is one character, so this matches only a surrogate standing alone.
const LONE_SURROGATE = /[\uD800-\uDFFF]/u
export const storable = (text: string) => !text.includes('\u0000') && !LONE_SURROGATE.test(text)

/** `length(trim(text))` between min and max, as the schema's CHECK reads it. */
export function sqliteLength(text: string): number {
  return [...text.replace(/^ +| +$/gu, '')].length
}

export const isDay = (value: unknown): value is string =>
  typeof value === 'string' &&
  /^\d{4}-\d{2}-\d{2}$/u.test(value) &&
  new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/u
export const isTimestamp = (value: unknown): value is string =>
  typeof value === 'string' && TIMESTAMP.test(value) && !Number.isNaN(Date.parse(value))

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/iu
export const isId = (value: unknown): value is string => typeof value === 'string' && UUID.test(value)

/** A day from a property: a string, or the Date js-yaml makes of an unquoted 2024-01-01. */
export function dayOf(value: unknown): string | null {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10)
  if (typeof value !== 'string') return null
  const day = value.trim().slice(0, 10)
  return isDay(day) && /^\d{4}-\d{2}-\d{2}(?:$|[T ])/u.test(value.trim()) ? day : null
}

/** A whole number in [min, max] from a property (a number, or digits in a string), or undefined if not one. */
export function intOf(value: unknown, min: number, max: number): number | null | undefined {
  if (value === null || value === undefined || value === '') return null
  const number = typeof value === 'string' && /^\s*\d+\s*$/u.test(value) ? Number(value) : value
  return typeof number === 'number' && Number.isInteger(number) && number >= min && number <= max
    ? number
    : undefined
}

/** Optional text: a string is kept as it is, anything else is no text. */
export const textOf = (value: unknown): string | null => (typeof value === 'string' ? value : null)

/** Tags the journal accepts, and the ones it would refuse (reported, not imported). */
export function tagsOf(value: unknown): { tags: string[]; refused: string[] } {
  const raw = Array.isArray(value)
    ? value
    : typeof value === 'string'
      ? value.split(/[,\s]+/u)
      : value === null || value === undefined
        ? []
        : [value]
  const tags: string[] = []
  const refused: string[] = []
  for (const item of raw) {
    const name = String(item).trim().replace(/^#/u, '')
    if (name === '') continue
    const parsed = TagName.safeParse(name)
    if (parsed.success && !tags.some((tag) => tag.toLowerCase() === parsed.data.toLowerCase()))
      tags.push(parsed.data)
    else if (!parsed.success) refused.push(name)
  }
  return { tags: tags.slice(0, 20), refused: [...refused, ...tags.slice(20)] }
}

/** Any string value anywhere in an entity that the journal could not store; names the first one. */
export function unstorable(values: readonly unknown[]): string | null {
  for (const value of values) {
    if (typeof value === 'string' && !storable(value)) return value
    if (Array.isArray(value)) {
      const found = unstorable(value)
      if (found !== null) return found
    }
  }
  return null
}
