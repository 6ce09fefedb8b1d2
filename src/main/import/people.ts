/**
 * How a name in a note finds a person in the journal: case, accents and spacing ignored ("zoe orsted" finds
 * "Zoë Ørsted"), as the search does.
 */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/ø/giu, 'o')
    .replace(/æ/giu, 'ae')
    .replace(/ß/gu, 'ss')
    .replace(/đ/giu, 'd')
    .replace(/ł/giu, 'l')
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim()
}

/** The name inside an Obsidian link (`[[People/Ana|Ana L]]` -> `Ana`), or the text itself. */
export function linkTarget(text: string): string {
  const link = /^\s*\[\[([^\]|#]+)(?:[#|][^\]]*)?\]\]\s*$/u.exec(text)
  if (!link) return text.trim()
  const target = link[1]!.trim()
  return target.slice(target.lastIndexOf('/') + 1)
}

/** Every Obsidian link's target in a text, in order. */
export function linkTargets(text: string): string[] {
  return [...text.matchAll(/\[\[([^\]|#\n]+)(?:[#|][^\]\n]*)?\]\]/gu)].map((match) => {
    const target = match[1]!.trim()
    return target.slice(target.lastIndexOf('/') + 1)
  })
}
