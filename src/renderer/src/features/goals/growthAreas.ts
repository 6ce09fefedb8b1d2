/** The same words whatever the case, spacing or list marker: "- Lead  reviews" is "lead reviews". */
const normal = (line: string) =>
  line
    .replace(/^\s*(?:[-*•]|\d+[.)])\s+/u, '')
    .replace(/\s+/gu, ' ')
    .trim()

/**
 * The lines of a person's free-text growth areas that are not yet the title of one of their goals: each can
 * become a goal in one step. Nothing is moved on a guess; the text stays as the leader wrote it.
 */
export function growthAreasToOffer(growthAreas: string | null, goalTitles: readonly string[]): string[] {
  const taken = new Set(goalTitles.map((title) => normal(title).toLowerCase()))
  const lines = (growthAreas ?? '').split(/\r?\n/u).map(normal)
  const offered = new Set<string>()
  return lines.filter((line) => {
    const key = line.toLowerCase()
    if (line === '' || line.length > 200 || taken.has(key) || offered.has(key)) return false
    offered.add(key)
    return true
  })
}
